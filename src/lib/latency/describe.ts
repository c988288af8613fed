/**
 * Plain-words text for results: the verdict line and notes about how an input was read.
 * Number formatting is passed in so the page can use the site-wide formatter.
 */
import type { Verdict } from './median-diff.ts';
import type { ParsedSamples, SampleFormat, TimeUnit } from './parse-samples.ts';
import type { PercentileEstimate } from './percentile-ci.ts';
import type { SummaryComparison } from './summary-compare.ts';

export type FormatMs = (ms: number) => string;

const FORMAT_NAMES: Record<SampleFormat, string> = {
  numbers: 'one number per line',
  csv: 'CSV',
  'curl-kv': 'curl -w timings',
  'curl-json': "curl -w '%{json}' lines",
  'hyperfine-json': 'hyperfine JSON export',
};

const UNIT_NAMES: Record<TimeUnit, string> = { ms: 'ms', s: 'seconds', us: 'µs' };

/** Verdict text; it always starts "B slower", "A slower" or "No difference shown". */
export function verdictText(verdict: Verdict, formatMs: FormatMs): string {
  switch (verdict.kind) {
    case 'b-slower':
      return `B slower by ${formatMs(verdict.byMs)} ms (95 % CI ${formatMs(verdict.lowMs)} to ${formatMs(verdict.highMs)} ms)`;
    case 'a-slower':
      return `A slower by ${formatMs(verdict.byMs)} ms (95 % CI ${formatMs(verdict.lowMs)} to ${formatMs(verdict.highMs)} ms)`;
    case 'no-difference':
      return verdict.reason === 'too-few-samples'
        ? `No difference shown at this sample size: each side needs at least 6 samples for an interval (B − A is ${formatMs(verdict.diffMs)} ms)`
        : `No difference shown at this sample size: the 95 % interval for B − A includes 0 (B − A is ${formatMs(verdict.diffMs)} ms)`;
  }
}

/** Verdict for summary-only figures: a direction and a size, with no interval to back it. */
export function summaryVerdictText(comparison: Extract<SummaryComparison, { kind: 'compared' }>, formatMs: FormatMs): string {
  const what = comparison.statistic === 'median' ? 'median' : 'mean';
  if (comparison.diffMs > 0) return `B slower by ${formatMs(comparison.diffMs)} ms in ${what} (summary only: no uncertainty known)`;
  if (comparison.diffMs < 0) return `A slower by ${formatMs(-comparison.diffMs)} ms in ${what} (summary only: no uncertainty known)`;
  return `No difference shown: the two ${what}s are equal (summary only: no uncertainty known)`;
}

function listPositions(positions: number[], total: number): string {
  const shown = positions.join(', ');
  return total > positions.length ? `${shown} and ${total - positions.length} more` : shown;
}

/** One message per noteworthy thing about how an input was read; errors first. */
export function parseNotes(parsed: Omit<ParsedSamples, 'valuesMs' | 'curlTimings'>, n: number): Array<{ level: 'error' | 'warning' | 'info'; text: string }> {
  const notes: Array<{ level: 'error' | 'warning' | 'info'; text: string }> = [];
  const { rejected } = parsed;
  const kind = rejected.positionKind === 'entry' ? 'entries' : 'lines';
  if (parsed.format !== 'empty' && n === 0) {
    notes.push({
      level: 'error',
      text: `No samples could be read: ${rejected.count.toLocaleString('en')} ${kind} were not numbers this tool understands (${kind} ${listPositions(rejected.positions, rejected.count)}).`,
    });
  } else if (rejected.count > 0) {
    notes.push({
      level: 'warning',
      text: `${rejected.count.toLocaleString('en')} ${rejected.count === 1 ? kind.slice(0, -1) : kind} could not be read and ${rejected.count === 1 ? 'was' : 'were'} left out: ${rejected.positionKind} ${listPositions(rejected.positions, rejected.count)}.`,
    });
  }
  if (parsed.truncated) notes.push({ level: 'warning', text: 'Only the first 1,000,000 samples were read.' });
  if (parsed.format !== 'empty' && n > 0) {
    const column = parsed.column ? `, column “${parsed.column}”` : '';
    const unit =
      parsed.unitSource === 'chosen'
        ? `${UNIT_NAMES[parsed.unit]} as chosen`
        : parsed.unitSource === 'detected'
          ? `${UNIT_NAMES[parsed.unit]}, detected`
          : `${UNIT_NAMES[parsed.unit]} assumed (no unit given)`;
    notes.push({ level: 'info', text: `Read ${n.toLocaleString('en')} samples as ${FORMAT_NAMES[parsed.format]}${column}; ${unit}.` });
  }
  if (parsed.unitHint === 's') {
    notes.push({ level: 'warning', text: 'Every value is under 10 with decimals: if these are seconds, choose "s" as the unit.' });
  }
  if (parsed.commentLines > 0) notes.push({ level: 'info', text: `${parsed.commentLines.toLocaleString('en')} comment lines (starting with #) were skipped.` });
  return notes;
}

/** Note for a percentile that the sample size cannot really support, or null when it can. */
export function percentileNote(estimate: PercentileEstimate, n: number): string | null {
  const name = `p${Math.round(estimate.p * 100)}`;
  // nearMax implies too few samples for an interval too (n < 1/(1 − p) is below every minimum).
  if (estimate.nearMax && estimate.ci.kind === 'too-few-samples') {
    return `Too few samples: with ${n} samples the ${name} is little more than the maximum; a 95 % interval needs at least ${estimate.ci.minN}.`;
  }
  if (estimate.ci.kind === 'too-few-samples') {
    return `Too few samples for a 95 % interval on the ${name}: it needs at least ${estimate.ci.minN}.`;
  }
  return null;
}
