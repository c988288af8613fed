import type { NumberRules } from '../number-input/index.ts';
import type { LatencyState } from './model.ts';

/** Longest environment name; a label is a name, not a note. */
export const LABEL_MAX = 40;
/** Longest column name kept in a link (CSV headers, k6 metrics, hyperfine commands). */
export const COLUMN_MAX = 120;

// Summary figures up to 10 minutes: any longer is not a response time.
const SUMMARY_RULE = { min: 0, max: 600_000 };
const RTT_RULE = { min: 0, max: 2_000 };

/** Ranges shared by the URL codec and the number fields, so both refuse the same values. */
export const FIELD_RULES = {
  aMs: SUMMARY_RULE,
  bMs: SUMMARY_RULE,
  aP50: SUMMARY_RULE,
  bP50: SUMMARY_RULE,
  aP95: SUMMARY_RULE,
  bP95: SUMMARY_RULE,
  aP99: SUMMARY_RULE,
  bP99: SUMMARY_RULE,
  rttA: RTT_RULE,
  rttB: RTT_RULE,
  distanceKm: { min: 0, max: 20_000 },
} as const satisfies NumberRules<LatencyState>;
