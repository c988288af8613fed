import type { NumberRule } from '../number-input/index';
import { booleanParam, enumParam, numberParam, type ParamCodec, type UrlSchema } from '../url-state/index';
import { SUITE_IDS } from './cipher-suites';
import { MAX_PACKET_BYTES, MIN_PACKET_BYTES } from './esp-overhead';
import type { HeadroomInputs } from './index';
import { formatPacketMix, parsePacketMix, singleSizeMix, SIMPLE_IMIX, type PacketMix } from './packet-mix';
import { MAX_PATH_MTU, MIN_PATH_MTU } from './path-mtu';

/** Ranges shared by the URL codec and the number fields, so both refuse the same values. */
export const FIELD_RULES = {
  mtu: { min: MIN_PATH_MTU, max: MAX_PATH_MTU, integer: true },
  ratingMbps: { min: 1, max: 1_000_000 },
  ratedAtBytes: { min: MIN_PACKET_BYTES, max: MAX_PACKET_BYTES, integer: true },
  demandMbps: { min: 0, max: 1_000_000 },
  growthPercent: { min: -50, max: 100 },
  ceilingPercent: { min: 1, max: 100 },
  rttMs: { min: 0.1, max: 5000 },
  // 1 GiB: the largest window TCP window scaling allows (RFC 7323 §2.3).
  windowKiB: { min: 1, max: 1_048_576 },
  lossPercent: { min: 0, max: 50 },
} as const satisfies Record<string, NumberRule>;

export const packetMixParam: ParamCodec<PacketMix> = {
  parse(raw) {
    const parsed = parsePacketMix(raw);
    return parsed.ok ? { ok: true, value: parsed.mix } : { ok: false, reason: parsed.message };
  },
  format: formatPacketMix,
};

/** One readable query parameter per input; the names are part of every shared link. */
export const IPSEC_URL_SCHEMA: UrlSchema<HeadroomInputs> = {
  suite: { key: 'suite', codec: enumParam(SUITE_IDS) },
  mode: { key: 'mode', codec: enumParam(['tunnel', 'transport'] as const) },
  outer: { key: 'outer', codec: enumParam(['ipv4', 'ipv6'] as const) },
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

/** The tools page: a modern AEAD tunnel carrying a small-packet mix, to show both bounds apart. */
export const DEFAULT_INPUTS: HeadroomInputs = {
  suite: 'aes-gcm-16',
  mode: 'tunnel',
  outer: 'ipv4',
  natt: false,
  mix: SIMPLE_IMIX,
  mtu: 1500,
  ratingMbps: 1000,
  ratedAtBytes: 1400,
  demandMbps: 150,
  growthPercent: 3,
  ceilingPercent: 80,
  rttMs: 40,
  windowKiB: 64,
  lossPercent: 0.01,
};

/**
 * The tunnel story: a device rated 350 Mbps, saturated around December 2015, next to the
 * 2 Gbps model that was considered. Only the two ratings and the saturation come from the
 * record; every other value is an assumption, listed in STORY_ASSUMPTIONS and shown as such.
 */
export const STORY_INPUTS: HeadroomInputs = {
  suite: 'aes-cbc-sha1',
  mode: 'tunnel',
  outer: 'ipv4',
  natt: false,
  mix: singleSizeMix(1400),
  mtu: 1500,
  ratingMbps: 350,
  ratedAtBytes: 1400,
  demandMbps: 350,
  growthPercent: 5,
  ceilingPercent: 80,
  rttMs: 50,
  windowKiB: 64,
  lossPercent: 0.01,
};

export const STORY_ALTERNATIVE_RATING_MBPS = 2000;

export const STORY_FACTS: readonly string[] = [
  'The tunnels ended on a device rated at 350 Mbps of IPsec.',
  'It reached saturation around December 2015, so demand is set to the rating: 350 Mbps.',
  'A bigger model rated at 2 Gbps was on the table and was not bought.',
];

export const STORY_ASSUMPTIONS: readonly string[] = [
  'Cipher AES-CBC with HMAC-SHA1, tunnel mode over IPv4, no NAT-T: the record does not name them.',
  'Traffic of 1400-byte packets (bulk imports and exports) and a rating measured at 1400 bytes: neither size is recorded.',
  'Growth of 5 % a month, 50 ms round trip, 64 KiB window and 0.01 % loss: illustrative values, not from the record.',
];
