export { cleanCounterText, counterTextParam, ifaceParam, MAX_LINKED_COUNTER_TEXT } from './counter-params';
import {
  booleanParam,
  enumParam,
  numberParam,
  optionalNumberParam,
  type ParamCodec,
  type UrlSchema,
} from '../url-state/index';
import { SUITE_IDS } from './cipher-suites';
import { COUNTER_BITS, COUNTER_DIRECTIONS, ESP_MODES, FIELD_RULES, OUTER_VERSIONS } from './fields';
import { counterTextParam, ifaceParam } from './counter-params';
import type { HeadroomInputs } from './model';
import { formatPacketMix, parsePacketMix, type PacketMix } from './packet-mix';

export const packetMixParam: ParamCodec<PacketMix> = { parse: parsePacketMix, format: formatPacketMix };

/** One readable query parameter per input; the names are part of every shared link. */
export const URL_SCHEMA: UrlSchema<HeadroomInputs> = {
  suite: { key: 'suite', codec: enumParam(SUITE_IDS) },
  mode: { key: 'mode', codec: enumParam(ESP_MODES) },
  outer: { key: 'outer', codec: enumParam(OUTER_VERSIONS) },
  natt: { key: 'natt', codec: booleanParam() },
  mix: { key: 'mix', codec: packetMixParam },
  mtu: { key: 'mtu', codec: numberParam(FIELD_RULES.mtu) },
  ratingMbps: { key: 'rating', codec: numberParam(FIELD_RULES.ratingMbps) },
  ratedAtBytes: { key: 'rated_at', codec: numberParam(FIELD_RULES.ratedAtBytes) },
  demandMbps: { key: 'demand', codec: numberParam(FIELD_RULES.demandMbps) },
  growthPercent: { key: 'growth', codec: numberParam(FIELD_RULES.growthPercent) },
  ceilingPercent: { key: 'ceiling', codec: numberParam(FIELD_RULES.ceilingPercent) },
  rttMs: { key: 'rtt', codec: numberParam(FIELD_RULES.rttMs) },
  windowKiB: { key: 'window', codec: numberParam(FIELD_RULES.windowKiB) },
  lossPercent: { key: 'loss', codec: numberParam(FIELD_RULES.lossPercent) },
  counters: { key: 'counters', codec: counterTextParam },
  counterSeconds: { key: 'counter_seconds', codec: optionalNumberParam(FIELD_RULES.counterSeconds) },
  direction: { key: 'direction', codec: enumParam(COUNTER_DIRECTIONS) },
  iface: { key: 'iface', codec: ifaceParam },
  counterBits: { key: 'counter_bits', codec: enumParam(COUNTER_BITS) },
  cores: { key: 'cores', codec: optionalNumberParam(FIELD_RULES.cores) },
  perSaMbps: { key: 'per_sa_mbps', codec: optionalNumberParam(FIELD_RULES.perSaMbps) },
  perSaPps: { key: 'per_sa_pps', codec: optionalNumberParam(FIELD_RULES.perSaPps) },
  saCount: { key: 'sa_count', codec: numberParam(FIELD_RULES.saCount) },
  perCpuSa: { key: 'per_cpu_sa', codec: booleanParam() },
};
