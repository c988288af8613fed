/**
 * Does one side look like two (or more) populations, so that one number hides them? Answered with
 * Hartigan's dip test (dip-test.ts): the dip of the sample, with rounded values spread over their
 * rounding interval, against the critical value for its size. Critical values come from the
 * uniform distribution, the least favourable unimodal law, so the false-alarm rate on any
 * unimodal latency shape is at most the test's level (5 %) and in practice far below it; the
 * seeded study in the tests and scripts/bench/latency-coverage.mjs measures it on lognormal,
 * gamma and rounded data, and the detection rate on the bimodal mixtures.
 *
 * When the test fires, the sample is split in two where the split best separates it (Otsu's
 * criterion: the largest between-group variance), so the page can say where the populations
 * sit ("52 % around 20 ms, 48 % around 195 ms").
 */
import { DIP_CRITICAL_LEVELS, DIP_CRITICAL_VALUES } from './dip-critical-values.ts';
import { dipStatistic, spreadTies } from './dip-test.ts';

/**
 * Above this many samples the dip is computed on this many evenly spaced order statistics: their
 * eCDF is within 1/DIP_THINNED_POINTS of the sample's everywhere, and the dip moves by no more
 * than that (it is 1-Lipschitz in the sup norm), while the cost of a million-sample side falls
 * from two full passes to a fraction of one. The decision subtracts that bound, so thinning can
 * only make the warning rarer: 1e-5 against a critical dip of 5.4e-4 at n = 10⁶.
 */
export const DIP_THINNED_POINTS = 100_000;

/** Below this many samples a side the dip test has almost no power; no verdict is given. */
export const MULTIMODALITY_MIN_SAMPLES = 10;
/** Level at which the warning is shown. */
export const MULTIMODALITY_LEVEL = 0.05;

export interface PopulationSplit {
  /** Samples at or below this value form the lower population. */
  splitMs: number;
  /** Share of samples in the lower population, 0 … 1. */
  lowerShare: number;
  lowerMedianMs: number;
  upperMedianMs: number;
}

export type MultimodalityCheck =
  | {
      kind: 'checked';
      n: number;
      /** Hartigan's dip, 1/(2n) … ¼ (above DIP_THINNED_POINTS samples, of that many order statistics). */
      dip: number;
      /** Dip the test needs at MULTIMODALITY_LEVEL for this n. */
      criticalDip: number;
      /** Smallest tabulated level (0.01, 0.05 or 0.1) whose critical value the dip exceeds; null if none. */
      pBelow: number | null;
      /** The warning: the dip test rejects one population at MULTIMODALITY_LEVEL. */
      multimodal: boolean;
      /** True when tied (rounded) values were spread before testing. */
      tiesSpread: boolean;
      /** Where the two populations sit; only when multimodal. */
      split: PopulationSplit | null;
    }
  | { kind: 'too-few-samples'; n: number; minN: number };

/**
 * Critical √n·dip at a tabulated level, interpolated linearly in log n between tabulated sizes.
 * Beyond the largest size the last value is used: √n·dip has nearly reached its limit there
 * (it rises by well under 1 % from 20,000 to 72,000 in published tables).
 */
export function criticalScaledDip(n: number, level: number): number {
  const column = DIP_CRITICAL_LEVELS.indexOf(level as (typeof DIP_CRITICAL_LEVELS)[number]);
  if (column < 0) throw new RangeError(`no critical values tabulated at level ${level}`);
  const rows = DIP_CRITICAL_VALUES;
  const value = (row: readonly number[]) => row[column + 1] as number;
  if (n <= rows[0]![0]) return value(rows[0]!);
  for (let i = 1; i < rows.length; i++) {
    const upper = rows[i]!;
    if (n <= upper[0]) {
      const lower = rows[i - 1]!;
      const t = (Math.log(n) - Math.log(lower[0])) / (Math.log(upper[0]) - Math.log(lower[0]));
      return value(lower) + t * (value(upper) - value(lower));
    }
  }
  return value(rows[rows.length - 1]!);
}

/** The two-group split of an ascending sample with the largest between-group variance (Otsu). */
export function splitPopulations(sorted: ArrayLike<number>): PopulationSplit | null {
  const n = sorted.length;
  if (n < 2 || sorted[0] === sorted[n - 1]) return null;
  let total = 0;
  for (let i = 0; i < n; i++) total += sorted[i] as number;
  let best = -1;
  let bestK = 0;
  let prefix = 0;
  for (let k = 1; k < n; k++) {
    prefix += sorted[k - 1] as number;
    if (sorted[k] === sorted[k - 1]) continue; // split only between distinct values
    const meanLow = prefix / k;
    const meanHigh = (total - prefix) / (n - k);
    const between = k * (n - k) * (meanHigh - meanLow) * (meanHigh - meanLow);
    if (between > best) {
      best = between;
      bestK = k;
    }
  }
  if (bestK === 0) return null;
  // Type-7 median of sorted[start … end − 1], without copying a million values.
  const medianOf = (start: number, end: number) => {
    const h = (end - start - 1) / 2;
    const low = sorted[start + Math.floor(h)] as number;
    return h === Math.floor(h) ? low : low + 0.5 * ((sorted[start + Math.ceil(h)] as number) - low);
  };
  return {
    splitMs: sorted[bestK - 1] as number,
    lowerShare: bestK / n,
    lowerMedianMs: medianOf(0, bestK),
    upperMedianMs: medianOf(bestK, n),
  };
}

/** m order statistics at evenly spaced ranks (the ((j + ½)/m)-th quantiles, j = 0 … m − 1). */
export function evenlySpacedOrderStatistics(sorted: ArrayLike<number>, m: number): Float64Array {
  const n = sorted.length;
  const out = new Float64Array(m);
  for (let j = 0; j < m; j++) out[j] = sorted[Math.min(n - 1, Math.floor(((j + 0.5) * n) / m))] as number;
  return out;
}

/** Dip test of one ascending sample. */
export function checkMultimodality(sorted: ArrayLike<number>): MultimodalityCheck {
  const n = sorted.length;
  if (n < MULTIMODALITY_MIN_SAMPLES) return { kind: 'too-few-samples', n, minN: MULTIMODALITY_MIN_SAMPLES };
  const thinned = n > DIP_THINNED_POINTS ? evenlySpacedOrderStatistics(sorted, DIP_THINNED_POINTS) : sorted;
  const spread = spreadTies(thinned);
  const dip = dipStatistic(spread);
  const thinningError = thinned === sorted ? 0 : 1 / DIP_THINNED_POINTS;
  const scaled = Math.sqrt(n) * Math.max(0, dip - thinningError);
  const criticalDip = criticalScaledDip(n, MULTIMODALITY_LEVEL) / Math.sqrt(n);
  let pBelow: number | null = null;
  // Levels run 0.1, 0.05, 0.01 as the critical value rises; keep the smallest one exceeded.
  for (const level of DIP_CRITICAL_LEVELS) if (scaled > criticalScaledDip(n, level)) pBelow = level;
  const multimodal = dip - thinningError > criticalDip;
  return {
    kind: 'checked',
    n,
    dip,
    criticalDip,
    pBelow,
    multimodal,
    tiesSpread: spread !== thinned,
    split: multimodal ? splitPopulations(sorted) : null,
  };
}
