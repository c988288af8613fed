/** Measured load from two snapshots of interface counters (issue 18). */
export {
  measuredLoad,
  detectCounterFormats,
  MAX_INTERVAL_SECONDS,
  MAX_FRAMING_BYTES,
  MAX_COUNTER_TEXT,
} from './measured-load';
export type {
  CounterInputs,
  CounterDirection,
  MeasuredLoad,
  MeasuredLoadError,
  MeasuredLoadProblem,
  MeasuredLoadResult,
} from './measured-load';
export { counterDelta, COUNTER_32_MODULUS } from './counter-delta';
export type { CounterDelta, CounterPair, CounterWidth, WidthBasis, WidthChoice } from './counter-delta';
export { COUNTER_FORMATS, FORMAT_LABELS } from './snapshot';
export type { CounterFormat, InterfaceReading, LinkKind, SnapshotPair, SnapshotParse } from './snapshot';
export { parseIpLink } from './ip-link';
export { parseProcNetDev } from './proc-net-dev';
export { parseIfconfig } from './ifconfig';
export { parseJunosInterface } from './junos-interface';
export { parseJunosIpsecStatistics } from './junos-ipsec-statistics';
export { parseSnmp } from './snmpget';
