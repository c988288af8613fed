/**
 * Percentiles by Hyndman–Fan type 7: linear interpolation between order statistics,
 * the default of NumPy (`method="linear"`) and R (`quantile(type = 7)`).
 * With the sample sorted ascending, x[0..n-1], the p-quantile is at h = (n − 1)·p:
 * x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]).
 */

/** Copy into a Float64Array and sort ascending (typed-array sort is numeric, not lexical). */
export function sortSamples(values: ArrayLike<number>): Float64Array {
  const sorted = Float64Array.from(values);
  sorted.sort();
  return sorted;
}

/** Type-7 quantile of an ascending sample. p is clamped to [0, 1]; the sample must be non-empty. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError('quantileSorted needs at least one sample');
  const prob = Number.isFinite(p) ? Math.min(1, Math.max(0, p)) : 0;
  const h = (n - 1) * prob;
  const lo = Math.floor(h);
  const loValue = sorted[lo] as number;
  if (lo >= n - 1) return sorted[n - 1] as number;
  const fraction = h - lo;
  const hiValue = sorted[lo + 1] as number;
  // Written as a + f·(b − a); equal neighbours give exactly a, so ties never drift.
  return fraction === 0 ? loValue : loValue + fraction * (hiValue - loValue);
}

export interface LatencySummary {
  n: number;
  meanMs: number;
  minMs: number;
  p50Ms: number;
  p90Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** The percentiles the tool reports, as probabilities. */
export const REPORTED_PERCENTILES = [0.5, 0.9, 0.95, 0.99] as const;
export type ReportedPercentile = (typeof REPORTED_PERCENTILES)[number];

/** n, mean, p50/p90/p95/p99, min and max of an ascending sample; null for an empty one. */
export function summariseSorted(sorted: ArrayLike<number>): LatencySummary | null {
  const n = sorted.length;
  if (n === 0) return null;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i] as number;
  // A mean of sorted values can still round just outside [min, max]; clamp it back in.
  const minMs = sorted[0] as number;
  const maxMs = sorted[n - 1] as number;
  const meanMs = Math.min(maxMs, Math.max(minMs, sum / n));
  return {
    n,
    meanMs,
    minMs,
    p50Ms: quantileSorted(sorted, 0.5),
    p90Ms: quantileSorted(sorted, 0.9),
    p95Ms: quantileSorted(sorted, 0.95),
    p99Ms: quantileSorted(sorted, 0.99),
    maxMs,
  };
}

/**
 * When n·(1 − p) < 1 there is not even one sample expected above the percentile, so the
 * type-7 value lies between the two largest samples: a "p99" from 50 samples is the maximum
 * in all but name.
 */
export function percentileIsNearMax(n: number, p: number): boolean {
  return n * (1 - p) < 1;
}

/**
 * Type-7 quantile without a full sort: quickselect (median-of-three pivot) on a scratch copy,
 * O(n) on average. Used where only one statistic of a large array is needed.
 */
export function quantileUnsorted(values: ArrayLike<number>, p: number): number {
  const n = values.length;
  if (n === 0) throw new RangeError('quantileUnsorted needs at least one sample');
  const scratch = Float64Array.from(values);
  const prob = Number.isFinite(p) ? Math.min(1, Math.max(0, p)) : 0;
  const h = (n - 1) * prob;
  const k = Math.floor(h);
  selectInPlace(scratch, k);
  const lowValue = scratch[k] as number;
  const fraction = h - k;
  if (fraction === 0 || k >= n - 1) return lowValue;
  // After selection everything right of k is ≥ scratch[k]; the next order statistic is their minimum.
  let next = Infinity;
  for (let i = k + 1; i < n; i++) if ((scratch[i] as number) < next) next = scratch[i] as number;
  return lowValue + fraction * (next - lowValue);
}

function selectInPlace(a: Float64Array, k: number): void {
  let left = 0;
  let right = a.length - 1;
  while (right > left) {
    const mid = (left + right) >>> 1;
    // Median of three as pivot keeps sorted or reversed input from going quadratic.
    const x = a[left] as number;
    const y = a[mid] as number;
    const z = a[right] as number;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = left;
    let j = right;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}
