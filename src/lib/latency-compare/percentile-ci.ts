/**
 * Distribution-free confidence interval for a population percentile from order statistics.
 *
 * If B counts the samples that fall below the true p-quantile, B ~ Binomial(n, p) whatever the
 * shape of the latency distribution (for continuous data). The interval between the l-th and
 * u-th smallest samples (1-based) covers the true quantile with probability P(l ≤ B ≤ u − 1).
 * We pick the narrowest such ranks with at most α/2 left in each tail, so the exact coverage is
 * at least the requested level, and report that exact coverage.
 */
import { percentileIsNearMax, quantileSorted } from './percentiles.ts';

export type PercentileCi =
  | {
      kind: 'interval';
      lowMs: number;
      highMs: number;
      /** 1-based ranks of the order statistics used. */
      lowRank: number;
      highRank: number;
      /** Exact binomial coverage of this pair of ranks (≥ the requested level). */
      coverage: number;
    }
  | {
      /** The sample is too small for either end of the interval to exist inside the data. */
      kind: 'too-few-samples';
      n: number;
      /** Smallest sample size that supports a two-sided interval at this level. */
      minN: number;
    };

export interface PercentileEstimate {
  p: number;
  valueMs: number;
  ci: PercentileCi;
  /** True when n·(1 − p) < 1, i.e. the estimate sits between the two largest samples. */
  nearMax: boolean;
}

/** Smallest n for which both tails of Binomial(n, p) can hold no more than α/2 each. */
export function minSamplesForPercentileCi(p: number, level = 0.95): number {
  const halfAlpha = (1 - level) / 2;
  const forLow = Math.log(halfAlpha) / Math.log(1 - p);
  const forHigh = Math.log(halfAlpha) / Math.log(p);
  return Math.max(1, Math.ceil(Math.max(forLow, forHigh) - 1e-9));
}

/** ln(k!) exactly (summed) for small k, by Stirling's series beyond, where it is accurate to ~1e-15. */
function lnFactorial(k: number): number {
  if (k < 30) {
    let sum = 0;
    for (let i = 2; i <= k; i++) sum += Math.log(i);
    return sum;
  }
  const inv = 1 / k;
  const inv2 = inv * inv;
  return k * Math.log(k) - k + 0.5 * Math.log(2 * Math.PI * k) + inv * (1 / 12 - inv2 * (1 / 360 - inv2 / 1260));
}

/** Below this n the CDF walk starts at k = 0; above it, far in the lower tail (see below). */
const EXACT_WALK_MAX_N = 5000;

/**
 * Ranks (1-based) of the order-statistic interval for the p-quantile, or null if n is too small.
 * Walks the Binomial(n, p) CDF in log space, so n = 10⁶ neither underflows nor overflows. For
 * large n the walk starts 15 standard deviations below the mean, where the mass left out is far
 * below 1e-30, so the cost is O(√n) rather than O(n).
 */
export function orderStatisticRanks(
  n: number,
  p: number,
  level = 0.95,
): { lowRank: number; highRank: number; coverage: number } | null {
  if (!(n >= 1) || !Number.isInteger(n) || !(p > 0 && p < 1) || !(level > 0 && level < 1)) return null;
  const halfAlpha = (1 - level) / 2;
  const logP = Math.log(p);
  const logQ = Math.log1p(-p);
  const logOdds = logP - logQ;
  const start = n <= EXACT_WALK_MAX_N ? 0 : Math.max(0, Math.floor(n * p - 15 * Math.sqrt(n * p * (1 - p)) - 10));
  let logPmf = lnFactorial(n) - lnFactorial(start) - lnFactorial(n - start) + start * logP + (n - start) * logQ;
  let cdf = 0;
  let cdfBeforeLow = 0; // F(l − 1)
  let lowRank = 0;
  for (let k = start; k <= n; k++) {
    if (k > start) logPmf += Math.log((n - k + 1) / k) + logOdds;
    cdf += logPmf > -745 ? Math.exp(logPmf) : 0;
    if (cdf <= halfAlpha) {
      lowRank = k + 1;
      cdfBeforeLow = cdf;
    } else if (cdf >= 1 - halfAlpha) {
      const highRank = k + 1;
      if (lowRank < 1 || highRank > n) return null;
      return { lowRank, highRank, coverage: Math.min(1, cdf) - cdfBeforeLow };
    }
  }
  return null;
}

/** Order-statistic confidence interval for the p-quantile of an ascending sample. */
export function percentileCi(sorted: ArrayLike<number>, p: number, level = 0.95): PercentileCi {
  const n = sorted.length;
  const ranks = orderStatisticRanks(n, p, level);
  if (!ranks) return { kind: 'too-few-samples', n, minN: minSamplesForPercentileCi(p, level) };
  return {
    kind: 'interval',
    lowMs: sorted[ranks.lowRank - 1] as number,
    highMs: sorted[ranks.highRank - 1] as number,
    lowRank: ranks.lowRank,
    highRank: ranks.highRank,
    coverage: ranks.coverage,
  };
}

/** Point estimate (type 7), its interval and the near-maximum flag together. */
export function percentileEstimate(sorted: ArrayLike<number>, p: number, level = 0.95): PercentileEstimate {
  return {
    p,
    valueMs: quantileSorted(sorted, p),
    ci: percentileCi(sorted, p, level),
    nearMax: percentileIsNearMax(sorted.length, p),
  };
}
