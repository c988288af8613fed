/**
 * Everything the widget computes from two pasted inputs, in one pure call. The island runs it in
 * a Web Worker for large inputs and inline for small ones; the benchmark times this function.
 */
import { summarisePhases, type PhaseSummary } from './curl-phases.ts';
import { ecdfOverlay, percentilePlot, type EcdfOverlay, type PercentilePlot } from './distribution-plots.ts';
import { bootstrapMedianDiff } from './median-bootstrap.ts';
import { medianVerdict, type MedianDiff, type Verdict } from './median-diff.ts';
import { checkMultimodality, type MultimodalityCheck } from './multimodality.ts';
import { parseSamples, type ParsedSamples, type UnitChoice } from './samples/index.ts';
import { percentileEstimate, type PercentileEstimate } from './percentile-ci.ts';
import {
  REPORTED_PERCENTILES,
  quantileSorted,
  sortSamples,
  summariseSorted,
  type LatencySummary,
} from './percentiles.ts';
import { mannWhitney, type MannWhitneyResult } from './rank-test.ts';
import { compareTests, type TestsAgreement } from './verdict-agreement.ts';
import { testWording, type TestWording } from './test-wording.ts';

export interface SideInput {
  text: string;
  unit: UnitChoice;
  column: string | null;
  /** For formats with phases (curl, HAR, k6, JMeter, hey): compare time to first byte or the total; null: the format's default. */
  phase?: 'ttfb' | 'total' | null;
}

/** The reading choices of a side, as ParseOptions takes them. */
export const parseOptionsOf = (input: Omit<SideInput, 'text'>) => ({
  unit: input.unit,
  column: input.column,
  phase: input.phase ?? null,
});

export interface EcdfPoint {
  ms: number;
  /** Fraction of samples at or below ms. */
  fraction: number;
}

export interface SideAnalysis {
  parsed: Omit<ParsedSamples, 'valuesMs' | 'curlTimings'>;
  summary: LatencySummary | null;
  percentiles: PercentileEstimate[];
  ecdf: EcdfPoint[];
  phases: PhaseSummary | null;
  /** Sorted samples, kept only while few enough that a share link could carry them. */
  linkableSortedMs: Float64Array | null;
  /** Dip test: does this side look like more than one population? null without samples. */
  multimodality: MultimodalityCheck | null;
}

export interface Histogram {
  /** Bin edges in ms, one more than the counts. */
  edgesMs: number[];
  countsA: number[];
  countsB: number[];
  /** Samples above the last edge (the slowest 0.5 % of the pooled data are folded here). */
  overflowA: number;
  overflowB: number;
}

export interface LatencyAnalysis {
  a: SideAnalysis;
  b: SideAnalysis;
  /** B − A in median with its 95 % percentile-bootstrap interval (median-bootstrap.ts). */
  diff: MedianDiff | null;
  verdict: Verdict | null;
  histogram: Histogram | null;
  /** Mann–Whitney U test of B against A; null unless both sides have samples. */
  rankTest: MannWhitneyResult | null;
  /** Whether the median interval and the rank test tell the same story; null unless both sides have samples. */
  agreement: TestsAgreement | null;
  /** eCDF overlay with its table rows; null unless a side has samples. */
  ecdfOverlay: EcdfOverlay | null;
  /** Percentile plot on a log "nines" axis with its table rows; null unless a side has samples. */
  percentilePlot: PercentilePlot | null;
  /** The rank test, the agreement and the multimodality warnings in words (test-wording.ts). */
  words: TestWording;
}

export const ECDF_POINTS = 200;
export const HISTOGRAM_BINS = 30;
/** Samples beyond this cannot fit an 8,000-character link, so they are not kept for it. */
export const LINKABLE_SAMPLES = 5_000;

export function ecdfPoints(sorted: Float64Array, maxPoints = ECDF_POINTS): EcdfPoint[] {
  const n = sorted.length;
  if (n === 0) return [];
  if (n <= maxPoints) {
    // Exact steps: the i-th smallest sample has fraction i/n at or below it.
    const points: EcdfPoint[] = [];
    for (let i = 0; i < n; i++) {
      if (i + 1 < n && sorted[i + 1] === sorted[i]) continue; // ties: keep the top of the step
      points.push({ ms: sorted[i] as number, fraction: (i + 1) / n });
    }
    return points;
  }
  const points: EcdfPoint[] = [];
  for (let k = 0; k <= maxPoints; k++) {
    const index = Math.min(n - 1, Math.round((k / maxPoints) * (n - 1)));
    points.push({ ms: sorted[index] as number, fraction: (index + 1) / n });
  }
  return points;
}

export function histogram(sortedA: Float64Array, sortedB: Float64Array, bins = HISTOGRAM_BINS): Histogram | null {
  if (sortedA.length === 0 && sortedB.length === 0) return null;
  const lows: number[] = [];
  const highs: number[] = [];
  for (const sorted of [sortedA, sortedB]) {
    if (sorted.length === 0) continue;
    lows.push(sorted[0] as number);
    highs.push(quantileSorted(sorted, 0.995));
  }
  const low = Math.min(...lows);
  let high = Math.max(...highs);
  if (!(high > low)) high = low + 1; // all samples equal: one visible bin
  const width = (high - low) / bins;
  const edgesMs = Array.from({ length: bins + 1 }, (_, i) => low + i * width);
  const count = (sorted: Float64Array) => {
    const counts = new Array<number>(bins).fill(0);
    let overflow = 0;
    for (const value of sorted) {
      if (value > high) overflow++;
      else counts[Math.min(bins - 1, Math.floor((value - low) / width))]!++;
    }
    return { counts, overflow };
  };
  const a = count(sortedA);
  const b = count(sortedB);
  return { edgesMs, countsA: a.counts, countsB: b.counts, overflowA: a.overflow, overflowB: b.overflow };
}

export function analyseSide(input: SideInput): { side: SideAnalysis; sorted: Float64Array } {
  return analyseParsedSide(parseSamples(input.text, parseOptionsOf(input)));
}

/** The same from samples already parsed (a file streamed through createSampleParser). */
export function analyseParsedSide(parsed: ParsedSamples): { side: SideAnalysis; sorted: Float64Array } {
  const sorted = sortSamples(parsed.valuesMs);
  const summary = summariseSorted(sorted);
  const percentiles = summary ? REPORTED_PERCENTILES.map((p) => percentileEstimate(sorted, p)) : [];
  const phases = parsed.curlTimings ? summarisePhases(parsed.curlTimings) : null;
  const { valuesMs, curlTimings, ...rest } = parsed;
  return {
    side: {
      parsed: rest,
      summary,
      percentiles,
      ecdf: ecdfPoints(sorted),
      phases,
      linkableSortedMs: sorted.length > 0 && sorted.length <= LINKABLE_SAMPLES ? sorted : null,
      multimodality: sorted.length > 0 ? checkMultimodality(sorted) : null,
    },
    sorted,
  };
}

export function analyseLatency(a: SideInput, b: SideInput): LatencyAnalysis {
  return compareSides(analyseSide(a), analyseSide(b));
}

/** Both sides' statistics and the comparison between them, from each side's analysis. */
export function compareSides(
  sideA: { side: SideAnalysis; sorted: Float64Array },
  sideB: { side: SideAnalysis; sorted: Float64Array },
): LatencyAnalysis {
  const both = sideA.sorted.length > 0 && sideB.sorted.length > 0;
  const either = sideA.sorted.length > 0 || sideB.sorted.length > 0;
  const diff = both ? bootstrapMedianDiff(sideA.sorted, sideB.sorted) : null;
  const verdict = diff ? medianVerdict(diff) : null;
  const rankTest = both ? mannWhitney(sideA.sorted, sideB.sorted) : null;
  const agreement = verdict && rankTest ? compareTests(verdict, rankTest) : null;
  return {
    a: sideA.side,
    b: sideB.side,
    diff,
    verdict,
    histogram: histogram(sideA.sorted, sideB.sorted),
    rankTest,
    agreement,
    ecdfOverlay: either ? ecdfOverlay(sideA.sorted, sideB.sorted, sideA.side.ecdf, sideB.side.ecdf) : null,
    percentilePlot: either ? percentilePlot(sideA.sorted, sideB.sorted) : null,
    words: testWording(rankTest, agreement, { a: sideA.side.multimodality, b: sideB.side.multimodality }),
  };
}
