import { booleanParam, enumParam, numberParam, type ParamCodec, type UrlSchema } from '../url-state/index';
import { SUITE_IDS } from './cipher-suites';
import { ESP_MODES, FIELD_RULES, OUTER_VERSIONS } from './fields';
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
};
