// The IPsec headroom calculator's public names. Islands import the module they need directly, so a
// lazily loaded part never ends up in the first download through this file.
export { calculator } from './calculator';
export { ipsecHeadroom, type HeadroomInputs, type HeadroomResult } from './model';
export { COUNTER_BITS, COUNTER_DIRECTIONS, ESP_MODES, FIELD_RULES, OUTER_VERSIONS } from './fields';
export { cleanCounterText, MAX_LINKED_COUNTER_TEXT, packetMixParam, URL_SCHEMA } from './url-schema';
export { PRESETS, STORY_ALTERNATIVE_RATING_MBPS } from './presets';
export {
  CAPACITY_NOTE,
  describeMix,
  FIGURE_FORMATS,
  monthsFallback,
  monthsValue,
  STORY_ASSUMPTIONS,
  STORY_FACTS,
} from './wording';
export { headroomInputRows, headroomResultRows, headroomShareContent } from './share-content';
export { CIPHER_SUITES, isSuiteId, paddingAlignment, SUITE_IDS, type CipherSuite, type SuiteId } from './cipher-suites';
export {
  espPacket,
  espPadBytes,
  MAX_PACKET_BYTES,
  MIN_PACKET_BYTES,
  overheadBounds,
  overheadSeries,
  type EncapSettings,
  type EspMode,
  type EspPacket,
  type IpVersion,
  type OverheadBounds,
  type SegmentKey,
} from './esp-overhead';
export {
  formatPacketMix,
  meanPacketBytes,
  mixStats,
  packetsPerSecond,
  parsePacketMix,
  SIMPLE_IMIX,
  singleSizeMix,
  type MixParse,
  type PacketMix,
} from './packet-mix';
export {
  fragmentCount,
  IPV6_MIN_MTU,
  MAX_PATH_MTU,
  maxInnerBytes,
  MIN_PATH_MTU,
  pathFit,
  tcpMss,
  type PathFit,
} from './path-mtu';
export { capacityRange, utilisation, type CapacityRange, type DeviceRating, type Utilisation } from './device-capacity';
export {
  chartHorizonMonths,
  demandSeries,
  headroomForecast,
  monthsUntil,
  type HeadroomForecast,
  type MonthsUntil,
} from './demand-forecast';
export { bdpBytes, flowLimits, mathisBound, windowBoundMbps, type FlowLimits, type MathisBound } from './tcp-flow';
