import type { NumberRules } from '../number-input/index';
import { MAX_PACKET_BYTES, MIN_PACKET_BYTES, type EspMode, type IpVersion } from './esp-overhead';
import type { HeadroomInputs } from './model';
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
} as const satisfies NumberRules<HeadroomInputs>;

export const ESP_MODES = ['tunnel', 'transport'] as const satisfies readonly EspMode[];
export const OUTER_VERSIONS = ['ipv4', 'ipv6'] as const satisfies readonly IpVersion[];
