/**
 * Time units of latency samples: their size in ms, the suffixes written after numbers, and the
 * unit a column name announces ("ttfb_ms", "time (s)", "latency [µs]").
 */

export type TimeUnit = 'ns' | 'us' | 'ms' | 's';
/** 'auto': the unit of the format, the column name or a suffix, else ms (and the result says so). */
export type UnitChoice = 'auto' | TimeUnit;

/** Units a reader can choose in the picker (ns only ever comes from a format that uses it). */
export const TIME_UNITS: readonly TimeUnit[] = ['ms', 's', 'us', 'ns'];
export const MS_PER_UNIT: Readonly<Record<TimeUnit, number>> = { ns: 1e-6, us: 0.001, ms: 1, s: 1000 };
export const UNIT_NAMES: Readonly<Record<TimeUnit, string>> = {
  ns: 'nanoseconds',
  us: 'microseconds',
  ms: 'milliseconds',
  s: 'seconds',
};

const UNIT_SUFFIXES = new Map<string, TimeUnit>([
  ['ns', 'ns'],
  ['ms', 'ms'],
  ['msec', 'ms'],
  ['s', 's'],
  ['sec', 's'],
  ['us', 'us'],
  ['µs', 'us'],
  ['μs', 'us'],
  ['usec', 'us'],
]);

/** Unit of a suffix such as "ms", " s", "µs" (case-insensitive); undefined if not a unit. */
export function suffixUnit(suffix: string): TimeUnit | undefined {
  const trimmed = suffix.trimStart();
  if (trimmed.length > 4) return undefined;
  return UNIT_SUFFIXES.get(trimmed) ?? UNIT_SUFFIXES.get(trimmed.toLowerCase());
}

/** Unit named in a CSV header or column name, e.g. "ttfb_ms", "time (s)", "latency [µs]". */
export function unitFromName(name: string): TimeUnit | null {
  const lower = name.toLowerCase().slice(0, 200);
  if (/(?:^|[^a-z])(?:ms|msec|millis|milliseconds?)(?:[^a-z]|$)/.test(lower)) return 'ms';
  if (/(?:^|[^a-z])(?:us|µs|μs|usec|micros|microseconds?)(?:[^a-z]|$)/.test(lower)) return 'us';
  if (/(?:^|[^a-z])(?:ns|nanos|nanoseconds?)(?:[^a-z]|$)/.test(lower)) return 'ns';
  if (/(?:^|[^a-z])(?:s|sec|secs|seconds?)(?:[^a-z]|$)/.test(lower)) return 's';
  return null;
}
