import type { NumberRules } from '../number-input/index';
import { MAX_PACKET_BYTES, MIN_PACKET_BYTES, type EspMode, type IpVersion } from './esp-overhead';
import type { CounterDirection } from './interface-counters/measured-load';
import type { HeadroomInputs } from './model';
import { MAX_INTERVAL_SECONDS, MIN_INTERVAL_SECONDS } from './interface-counters/limits';
import { MAX_PATH_MTU, MIN_PATH_MTU } from './path-mtu';
import { SA_CEILING_LIMITS } from './sa-limits';

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
  // Issue 18: measured load and the single-SA ceiling. A millisecond is the finest interval worth typing.
  counterSeconds: { min: MIN_INTERVAL_SECONDS, max: MAX_INTERVAL_SECONDS },
  cores: { min: 1, max: SA_CEILING_LIMITS.maxCores, integer: true },
  perSaMbps: { min: 0.001, max: 1_000_000 },
  perSaPps: { min: 1, max: 1_000_000_000 },
  saCount: { min: 1, max: SA_CEILING_LIMITS.maxSaCount, integer: true },
} as const satisfies NumberRules<HeadroomInputs>;

export const ESP_MODES = ['tunnel', 'transport'] as const satisfies readonly EspMode[];
export const OUTER_VERSIONS = ['ipv4', 'ipv6'] as const satisfies readonly IpVersion[];
export const COUNTER_DIRECTIONS = ['tx', 'rx'] as const satisfies readonly CounterDirection[];
export const COUNTER_BITS = ['auto', '32', '64'] as const;
export type CounterBitsChoice = (typeof COUNTER_BITS)[number];
/** Longest interface name kept (Linux allows 15; Junos and SNMP names run longer). */
export const MAX_IFACE_LENGTH = 64;
