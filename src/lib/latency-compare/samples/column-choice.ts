/**
 * Choosing the latency column of a table by meaning, never by position: a name that says
 * latency wins; a clock (epoch range or a steadily rising column), a row counter or a status
 * code is never chosen, whatever its position.
 */
import { newNumberScan, scanQuantity } from './numbers.ts';

/** Names that say a column holds a latency, strongest first. */
const MEANINGS: ReadonlyArray<[RegExp, number, string]> = [
  [/ttfb|first.?byte|starttransfer|time.?to.?first/i, 6, 'time to first byte'],
  [/latency|rtt|round.?trip/i, 5, 'latency'],
  [/elapsed|duration|response|resp.?time|wait/i, 4, 'a response time'],
  [/total|took|time|ms\b|_ms|_s\b|_us\b/i, 2, 'a time'],
];
/** Names that say a column is not a latency even if it holds numbers. */
const NOT_LATENCY =
  /^(?:#|n|i|idx|index|id|no|nr|num|seq|sequence|row|run|iteration|step|count|ts|timestamp|epoch|date|datetime|start|started|starttime|start.?time|end.?time|clock|offset|seconds|status|status.?code|code|http.?code|bytes|size|threads|users|vus)$/i;

export interface ColumnProfile {
  name: string;
  /** Share of sampled rows where the cell is a number. */
  numeric: number;
  /** Values in the range of Unix times in s, ms, µs or ns (2001–2033). */
  epoch: boolean;
  /** Strictly rising through the sampled rows (a counter or a clock). */
  rising: boolean;
  /** Rising by exactly 1 each row: a row index. */
  counter: boolean;
}

const EPOCH_RANGES: ReadonlyArray<[number, number]> = [
  [1e9, 2e9],
  [1e12, 2e12],
  [1e15, 2e15],
  [1e18, 2e18],
];

/** What the first rows say about each column. */
export function profileColumns(
  names: readonly string[],
  rows: readonly string[][],
  decimalComma: boolean,
): ColumnProfile[] {
  const scan = newNumberScan();
  return names.map((name, c) => {
    const values: number[] = [];
    for (const row of rows) {
      const cell = (row[c] ?? '').trim();
      if (scanQuantity(cell, 0, cell.length, scan, decimalComma)) values.push(scan.value);
    }
    const numeric = rows.length === 0 ? 0 : values.length / rows.length;
    const epoch = values.length > 0 && values.every((v) => EPOCH_RANGES.some(([lo, hi]) => v >= lo && v < hi));
    let rising = values.length >= 4;
    let counter = values.length >= 3;
    for (let i = 1; i < values.length; i++) {
      const step = (values[i] as number) - (values[i - 1] as number);
      if (!(step > 0)) rising = false;
      if (step !== 1) counter = false;
    }
    return { name, numeric, epoch, rising, counter };
  });
}

export interface ColumnPick {
  index: number;
  reason: string;
  byMeaning: boolean;
}

const meaningOf = (name: string) => MEANINGS.find(([pattern]) => pattern.test(name)) ?? null;

/**
 * Why a column cannot be the latency, or null when it can. A rising column is a clock unless its
 * name says latency: sorted latencies rise too.
 */
export function disqualified(profile: ColumnProfile): string | null {
  if (profile.numeric < 0.5) return 'not numbers';
  if (profile.epoch) return 'a clock (Unix time)';
  if (profile.counter) return 'a row counter';
  if (NOT_LATENCY.test(profile.name.trim())) return 'by its name, not a latency';
  const meaning = meaningOf(profile.name);
  if (profile.rising && (meaning === null || meaning[1] < 4)) return 'a clock or counter (always rising)';
  return null;
}

/** The column to read: the best name among those that can be a latency, else the first such. */
export function pickLatencyColumn(profiles: readonly ColumnProfile[]): ColumnPick | null {
  let best: ColumnPick | null = null;
  let bestScore = 0;
  for (const [index, profile] of profiles.entries()) {
    if (disqualified(profile)) continue;
    const meaning = meaningOf(profile.name);
    if (meaning && meaning[1] > bestScore) {
      best = { index, reason: `its name says ${meaning[2]}`, byMeaning: true };
      bestScore = meaning[1];
    }
  }
  if (best) return best;
  const first = profiles.findIndex((profile) => !disqualified(profile));
  if (first !== -1)
    return {
      index: first,
      reason: 'the first column of numbers that is not a clock, counter or status',
      byMeaning: false,
    };
  const anyNumeric = profiles.findIndex((profile) => profile.numeric >= 0.5 && !profile.epoch);
  if (anyNumeric === -1) return null;
  return {
    index: anyNumeric,
    reason: 'no column looks like a latency; this is the first column of numbers',
    byMeaning: false,
  };
}
