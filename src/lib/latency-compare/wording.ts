/**
 * Plain-words verdict lines for results. Number formatting is passed in so the page can use the
 * site-wide formatter. Notes about how an input was read are in sample-notes.ts.
 */
import type { Verdict } from './median-diff.ts';
import type { SummaryComparison } from './summary-compare.ts';
import type { ComparisonView, LatencyState, SideFigures } from './model.ts';
import { stepChange } from './tuning-ledger.ts';

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

/** Rows for the Markdown summary: labels are escaped by the share kit, so URL text stays text. */
export function summaryRows(view: ComparisonView, state: LatencyState, formatMs: FormatMs): Array<[string, string]> {
  const ms = (value: number | null) => (value === null ? 'not known' : `${formatMs(value)} ms`);
  const side = (name: string, label: string, figures: SideFigures): Array<[string, string]> => [
    [`${name}: ${label}`, figures.source === 'samples' ? `${figures.n} samples` : figures.source === 'summary' ? 'summary only' : 'no data'],
    [`${name} p50`, ms(figures.p50Ms)],
    [`${name} p95`, ms(figures.p95Ms)],
    [`${name} p99`, ms(figures.p99Ms)],
    ...(figures.source === 'summary' ? ([[`${name} mean`, ms(figures.meanMs)]] as Array<[string, string]>) : []),
  ];
  const rows: Array<[string, string]> = [...side('A', state.aLabel, view.a), ...side('B', state.bLabel, view.b)];
  if (view.diffMs !== null) {
    rows.push([`B − A (${view.statistic})`, ms(view.diffMs)]);
    rows.push(['95 % CI', view.ciLowMs !== null && view.ciHighMs !== null ? `${formatMs(view.ciLowMs)} to ${formatMs(view.ciHighMs)} ms` : 'no uncertainty known']);
    if (view.ratio !== null) rows.push(['B ÷ A', `${formatMs(view.ratio)}×`]);
  }
  rows.push(['Verdict', view.verdict]);
  if (view.roundTrips) {
    rows.push([`Round trips (TLS ${state.tls}, ${state.conn})`, `${view.roundTrips.roundTrips} × RTT; RTT A ${formatMs(state.rttA)} ms, B ${formatMs(state.rttB)} ms`]);
    rows.push(['Gap the RTTs explain', ms(view.roundTrips.explainedMs)]);
    rows.push(['Gap left for server and host', ms(view.roundTrips.unexplainedMs)]);
  }
  for (const step of state.steps) {
    const change = stepChange(step);
    rows.push([`Your step: ${step.label}`, `p50 ${formatMs(step.p50BeforeMs)} → ${formatMs(step.p50AfterMs)} ms (${change.changeMs >= 0 ? '+' : '−'}${formatMs(Math.abs(change.changeMs))} ms)`]);
  }
  return rows;
}
