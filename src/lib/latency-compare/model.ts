/**
 * What the widget shows, from the sample analysis (if any) and the summary figures in the URL
 * state: per-side figures, B − A with its interval when samples allow one, the verdict, and the
 * round-trip split. Kept here so the island only lays the results out.
 */
import type { LatencyAnalysis } from './analyse.ts';
import { summaryVerdictText, verdictText, type FormatMs } from './wording.ts';
import { explainGap, type ConnectionMode, type RoundTripBreakdown, type TlsVersion } from './round-trips.ts';
import { compareSummaries, type LatencyFigures } from './summary-compare.ts';
import type { ReaderStep } from './tuning-ledger.ts';
import type { UnitChoice } from './samples/units.ts';

export interface LatencyState {
  aLabel: string;
  bLabel: string;
  /** Summary figures in ms, used for a side with no samples; null when not given. */
  aMs: number | null;
  bMs: number | null;
  aP50: number | null;
  bP50: number | null;
  aP95: number | null;
  bP95: number | null;
  aP99: number | null;
  bP99: number | null;
  rttA: number;
  rttB: number;
  tls: TlsVersion;
  conn: ConnectionMode;
  /** Compressed samples ('' when the side has none in the link). */
  aData: string;
  bData: string;
  steps: ReaderStep[];
  /** How each side's samples are read: unit ('auto': what the format or the numbers say, else ms). */
  aUnit: UnitChoice;
  bUnit: UnitChoice;
  /** Column (CSV header, curl variable, k6 metric, HAR timing, hyperfine command); '' for the format's default. */
  aColumn: string;
  bColumn: string;
  /** Time compared for formats with phases; 'auto' for the format's default. */
  aPhase: PhaseChoice;
  bPhase: PhaseChoice;
  /** Format the samples in a_data / b_data were first read from ('' when unknown), so a link can say so. */
  aFormat: string;
  bFormat: string;
  /** The samples in the link were plain numbers taken to be ms (nothing said which unit), so the verdict says so again. */
  aUnitGuessed: boolean;
  bUnitGuessed: boolean;
  /** What-if length of B's network path, in km of fibre. */
  distanceKm: number;
}

export type PhaseChoice = 'auto' | 'ttfb' | 'total';

export type SideSource = 'samples' | 'summary' | 'unreadable' | 'none';

export interface SideFigures {
  source: SideSource;
  n: number | null;
  meanMs: number | null;
  p50Ms: number | null;
  p95Ms: number | null;
  p99Ms: number | null;
}

export type VerdictKind = 'b-slower' | 'a-slower' | 'no-difference';

export interface ComparisonView {
  a: SideFigures;
  b: SideFigures;
  /** samples: both sides have samples; summary: at least one side is summary only; incomplete: no comparison. */
  mode: 'samples' | 'summary' | 'incomplete';
  statistic: 'median' | 'mean' | null;
  diffMs: number | null;
  ciLowMs: number | null;
  ciHighMs: number | null;
  ratio: number | null;
  verdictKind: VerdictKind;
  verdict: string;
  /** The two figures compared (median or mean), for the round-trip split. */
  ttfbAMs: number | null;
  ttfbBMs: number | null;
  roundTrips: RoundTripBreakdown | null;
  /** Mann–Whitney p-value and P(B slower) as the page prints them; null unless both sides have samples and the test ran. */
  rankP: string | null;
  probBSlower: string | null;
  /** Sentences under the verdict: the tests disagree, a side looks multimodal, the rank test could not run. */
  cautions: string[];
}

function sideFigures(
  side: 'a' | 'b',
  analysis: LatencyAnalysis | null,
  state: LatencyState,
  hasText: boolean,
): SideFigures {
  const summary = analysis?.[side].summary ?? null;
  if (hasText) {
    if (summary) {
      return {
        source: 'samples',
        n: summary.n,
        meanMs: summary.meanMs,
        p50Ms: summary.p50Ms,
        p95Ms: summary.p95Ms,
        p99Ms: summary.p99Ms,
      };
    }
    return { source: 'unreadable', n: null, meanMs: null, p50Ms: null, p95Ms: null, p99Ms: null };
  }
  const figures =
    side === 'a'
      ? { meanMs: state.aMs, p50Ms: state.aP50, p95Ms: state.aP95, p99Ms: state.aP99 }
      : { meanMs: state.bMs, p50Ms: state.bP50, p95Ms: state.bP95, p99Ms: state.bP99 };
  const any = figures.meanMs !== null || figures.p50Ms !== null;
  return { source: any ? 'summary' : 'none', n: null, ...figures };
}

const asFigures = (side: SideFigures): LatencyFigures => ({
  meanMs: side.meanMs ?? undefined,
  p50Ms: side.p50Ms ?? undefined,
  p95Ms: side.p95Ms ?? undefined,
  p99Ms: side.p99Ms ?? undefined,
});

function incompleteReason(a: SideFigures, b: SideFigures): string {
  const problems: string[] = [];
  for (const [name, side] of [
    ['A', a],
    ['B', b],
  ] as const) {
    if (side.source === 'unreadable') problems.push(`${name}'s samples could not be read`);
    if (side.source === 'none') problems.push(`${name} has no samples or summary figures`);
  }
  return problems.length > 0
    ? `No difference shown: ${problems.join(' and ')}.`
    : 'No difference shown: one side gives only a median and the other only a mean, which cannot be compared fairly.';
}

/**
 * When nothing says which unit a side's numbers are in, the verdict depends on that guess (ms):
 * a side in seconds read as ms looks a thousand times faster. Appended to the verdict.
 */
function unitCaveat(analysis: LatencyAnalysis): string {
  const guessed = (['a', 'b'] as const).filter((side) => analysis[side].parsed.unitAmbiguous);
  if (guessed.length === 0) return '';
  const who = guessed.length === 2 ? 'both sides are' : `${guessed[0]!.toUpperCase()} is`;
  return `; assumes ${who} in ms (no unit given), so the verdict depends on that choice`;
}

function cautions(analysis: LatencyAnalysis, hasText: { a: boolean; b: boolean }): string[] {
  const { words } = analysis;
  const both = hasText.a && hasText.b;
  return [
    both ? words.agreement : null,
    both ? words.rankNote : null,
    hasText.a ? words.multimodal.a : null,
    hasText.b ? words.multimodal.b : null,
  ].filter((text): text is string => text !== null);
}

export function buildComparison(
  analysis: LatencyAnalysis | null,
  state: LatencyState,
  hasText: { a: boolean; b: boolean },
  formatMs: FormatMs,
): ComparisonView {
  const a = sideFigures('a', analysis, state, hasText.a);
  const b = sideFigures('b', analysis, state, hasText.b);
  const rtt = (ttfbAMs: number, ttfbBMs: number) =>
    explainGap({ ttfbAMs, ttfbBMs, rttAMs: state.rttA, rttBMs: state.rttB, tls: state.tls, conn: state.conn });

  if (a.source === 'samples' && b.source === 'samples' && analysis?.diff && analysis.verdict) {
    const diff = analysis.diff;
    return {
      a,
      b,
      mode: 'samples',
      statistic: 'median',
      diffMs: diff.diffMs,
      ciLowMs: diff.kind === 'interval' ? diff.lowMs : null,
      ciHighMs: diff.kind === 'interval' ? diff.highMs : null,
      ratio: diff.ratio,
      verdictKind: analysis.verdict.kind,
      verdict: verdictText(analysis.verdict, formatMs) + unitCaveat(analysis),
      ttfbAMs: diff.medianAMs,
      ttfbBMs: diff.medianBMs,
      roundTrips: rtt(diff.medianAMs, diff.medianBMs),
      rankP: analysis.words.rankP,
      probBSlower: analysis.words.probBSlower,
      cautions: cautions(analysis, hasText),
    };
  }

  const usable = (side: SideFigures) => side.source === 'samples' || side.source === 'summary';
  const comparison = usable(a) && usable(b) ? compareSummaries(asFigures(a), asFigures(b)) : null;
  if (comparison?.kind === 'compared') {
    return {
      a,
      b,
      mode: 'summary',
      statistic: comparison.statistic,
      diffMs: comparison.diffMs,
      ciLowMs: null,
      ciHighMs: null,
      ratio: comparison.ratio,
      verdictKind: comparison.diffMs > 0 ? 'b-slower' : comparison.diffMs < 0 ? 'a-slower' : 'no-difference',
      verdict: summaryVerdictText(comparison, formatMs),
      ttfbAMs: comparison.aMs,
      ttfbBMs: comparison.bMs,
      roundTrips: rtt(comparison.aMs, comparison.bMs),
      rankP: null,
      probBSlower: null,
      cautions: analysis ? cautions(analysis, hasText) : [],
    };
  }
  return {
    a,
    b,
    mode: 'incomplete',
    statistic: null,
    diffMs: null,
    ciLowMs: null,
    ciHighMs: null,
    ratio: null,
    verdictKind: 'no-difference',
    verdict: incompleteReason(a, b),
    ttfbAMs: null,
    ttfbBMs: null,
    roundTrips: null,
    rankP: null,
    probBSlower: null,
    cautions: analysis ? cautions(analysis, hasText) : [],
  };
}
