/**
 * Plain-words verdict lines for results. Number formatting is passed in so the page can use the
 * site-wide formatter. Notes about how an input was read are in sample-notes.ts.
 */
import type { Verdict } from './median-diff.ts';
import type { SummaryComparison } from './summary-compare.ts';

export type FormatMs = (ms: number) => string;

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
