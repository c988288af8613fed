/**
 * Every sentence and figure the latency tool shows or copies: the verdict lines, and what its share
 * bar copies (the two sides, the results as their <output>s show them with the same formatter and
 * digits, the round-trip split and the reader's own tuning steps). Number formatting is passed in
 * so the page can use the site-wide formatter. Notes about how an input was read are in
 * sample-notes.ts.
 */
import { figureText, type NumberFormat } from '../format/index.ts';
import type { ShareContent, ShareRow } from '../share/summary.ts';
import { formatParamNumber } from '../url-state/index.ts';
import type { Verdict } from './median-diff.ts';
import type { ComparisonView, LatencyState, SideFigures } from './model.ts';
import type { SummaryComparison } from './summary-compare.ts';
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
export function summaryVerdictText(
  comparison: Extract<SummaryComparison, { kind: 'compared' }>,
  formatMs: FormatMs,
): string {
  const what = comparison.statistic === 'median' ? 'median' : 'mean';
  if (comparison.diffMs > 0)
    return `B slower by ${formatMs(comparison.diffMs)} ms in ${what} (summary only: no uncertainty known)`;
  if (comparison.diffMs < 0)
    return `A slower by ${formatMs(-comparison.diffMs)} ms in ${what} (summary only: no uncertainty known)`;
  return `No difference shown: the two ${what}s are equal (summary only: no uncertainty known)`;
}

/** How the results print their figures (LatencyResults and RoundTripPanel pass the same to each <Result>). */
export const FIGURE_FORMATS = {
  count: { digits: 12 },
  percentile: { digits: 4 },
  difference: { digits: 3 },
} as const satisfies Record<string, NumberFormat>;

/** Words an <output> shows instead of a figure. */
export const NOT_GIVEN = 'not given';
export const NOT_KNOWN = 'not known';

export const PERCENTILE_NOTE =
  'Percentiles by linear interpolation between order statistics (Hyndman–Fan type 7, as NumPy and R).';
export const SUMMARY_ONLY_NOTE = 'Summary only: no uncertainty known.';
export const STORY_NOTE = 'The KVM record gives averages only; the RTTs are assumptions.';

const ms = (value: number | null, format: NumberFormat, fallback: string) =>
  value === null || !Number.isFinite(value) ? fallback : `${figureText(value, format)} ms`;

function sideSource(figures: SideFigures): string {
  if (figures.source === 'samples') return figures.n === null ? 'samples' : `${figures.n} samples`;
  if (figures.source === 'summary') return 'summary figures';
  if (figures.source === 'unreadable') return 'samples that could not be read';
  return 'no data';
}

function sideInputs(name: 'A' | 'B', label: string, figures: SideFigures): ShareRow[] {
  const rows: ShareRow[] = [{ label: `${name}: ${label}`, value: sideSource(figures) }];
  if (figures.source === 'summary') {
    const parts = (
      [
        ['mean', figures.meanMs],
        ['p50', figures.p50Ms],
        ['p95', figures.p95Ms],
        ['p99', figures.p99Ms],
      ] as const
    ).filter(([, value]) => value !== null);
    rows.push({
      label: `${name} summary`,
      value: parts.map(([what, value]) => `${what} ${formatParamNumber(value!)} ms`).join(', '),
    });
  }
  return rows;
}

function sideResults(side: 'a' | 'b', figures: SideFigures): ShareRow[] {
  const name = side.toUpperCase();
  return [
    {
      label: `${name} samples`,
      value:
        figures.n === null
          ? figures.source === 'summary'
            ? NOT_KNOWN
            : 'none'
          : figureText(figures.n, FIGURE_FORMATS.count),
      output: `${side}-n`,
    },
    { label: `${name} p50`, value: ms(figures.p50Ms, FIGURE_FORMATS.percentile, NOT_GIVEN), output: `${side}-p50` },
    { label: `${name} p95`, value: ms(figures.p95Ms, FIGURE_FORMATS.percentile, NOT_GIVEN), output: `${side}-p95` },
    { label: `${name} p99`, value: ms(figures.p99Ms, FIGURE_FORMATS.percentile, NOT_GIVEN), output: `${side}-p99` },
  ];
}

export function latencyShareContent(
  view: ComparisonView,
  state: LatencyState,
  formatMs: FormatMs,
  options: { lastValid: boolean; story: boolean },
): ShareContent {
  const what = view.statistic ?? 'median or mean';
  const noInterval = view.mode === 'summary' ? 'none: summary only' : 'none';
  const results: ShareRow[] = [
    { label: 'Verdict', value: view.verdict, output: 'verdict' },
    ...sideResults('a', view.a),
    ...sideResults('b', view.b),
    { label: `B − A (${what})`, value: ms(view.diffMs, FIGURE_FORMATS.difference, NOT_KNOWN), output: 'diff-ms' },
    { label: '95 % CI, low', value: ms(view.ciLowMs, FIGURE_FORMATS.difference, noInterval), output: 'diff-ci-low' },
    { label: '95 % CI, high', value: ms(view.ciHighMs, FIGURE_FORMATS.difference, noInterval), output: 'diff-ci-high' },
    {
      label: 'B ÷ A',
      value:
        view.ratio === null || !Number.isFinite(view.ratio)
          ? 'not defined'
          : `${figureText(view.ratio, FIGURE_FORMATS.difference)} ×`,
      output: 'ratio',
    },
  ];
  if (view.rankP !== null && view.probBSlower !== null) {
    results.push(
      { label: 'Mann–Whitney U test', value: view.rankP, output: 'mann-whitney-p' },
      { label: 'Chance a request from B is slower than one from A', value: view.probBSlower, output: 'prob-b-slower' },
    );
  }
  if (view.roundTrips) {
    results.push(
      {
        label: 'Gap the RTTs explain',
        value: ms(view.roundTrips.explainedMs, FIGURE_FORMATS.difference, NOT_KNOWN),
        output: 'rtt-explained-ms',
      },
      {
        label: 'Gap left for server and host',
        value: ms(view.roundTrips.unexplainedMs, FIGURE_FORMATS.difference, NOT_KNOWN),
        output: 'unexplained-ms',
      },
    );
  }
  const inputs: ShareRow[] = [
    ...sideInputs('A', state.aLabel, view.a),
    ...sideInputs('B', state.bLabel, view.b),
    { label: 'RTT to A, to B', value: `${formatParamNumber(state.rttA)} ms, ${formatParamNumber(state.rttB)} ms` },
    {
      label: 'TLS version, connection',
      value: `TLS ${state.tls}, ${state.conn === 'cold' ? 'cold (new connection)' : 'warm (reused)'}`,
    },
  ];
  // The ledger's rows as its table prints them.
  const steps = state.steps.map((step) => {
    const change = stepChange(step);
    const sign = change.changeMs > 0 ? '+' : change.changeMs < 0 ? '−' : '';
    return `${step.label}: p50 ${formatMs(step.p50BeforeMs)} → ${formatMs(step.p50AfterMs)} ms (${sign}${formatMs(Math.abs(change.changeMs))} ms)`;
  });
  return {
    title: `Latency comparison: A (${state.aLabel}) against B (${state.bLabel})`,
    tables: [
      { heading: 'Inputs', rows: inputs },
      { heading: 'Results', rows: results },
    ],
    lists: steps.length > 0 ? [{ heading: 'Your tuning steps', items: steps }] : [],
    notes: [
      ...view.cautions,
      PERCENTILE_NOTE,
      ...(view.mode === 'summary' ? [SUMMARY_ONLY_NOTE] : []),
      ...(options.story ? [STORY_NOTE] : []),
    ],
    lastValid: options.lastValid,
  };
}
