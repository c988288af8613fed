/**
 * Data for the two distribution pictures, downsampled for drawing, each with rows for its data
 * table (the text alternative). Pure: the page turns these into chart.js configs and tables.
 *
 * - eCDF overlay: A's and B's empirical CDFs on one latency axis (the points come from
 *   ecdfPoints in analyse.ts), with a table of exact type-7 latencies at selected fractions.
 * - Percentile plot on a "nines" axis, as HdrHistogram draws it: x = 1/(1 − p) on a log scale,
 *   so 90 %, 99 %, 99.9 % … are evenly spaced and the tail gets as much room as the body. Each
 *   side is drawn up to p = 1 − 1/n, the last percentile its sample size can resolve.
 */
import type { EcdfPoint } from './analyse.ts';
import { quantileSorted } from './percentiles.ts';

/** Fractions in the eCDF table (as the page's table has always shown). */
export const ECDF_TABLE_FRACTIONS = [0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 1] as const;
/** Points per side on the percentile plot; spaced evenly in log(1/(1 − p)). */
export const PERCENTILE_PLOT_POINTS = 120;
/** Most nines the percentile plot and its table go to (99.9999 %). */
export const MAX_NINES = 6;

export interface EcdfTableRow {
  fraction: number;
  /** Type-7 latency at that fraction; null when the side has no samples. */
  aMs: number | null;
  bMs: number | null;
}

export interface EcdfOverlay {
  a: EcdfPoint[];
  b: EcdfPoint[];
  rows: EcdfTableRow[];
}

export interface PercentilePoint {
  p: number;
  /** 1/(1 − p): the x coordinate on the log "nines" axis (1 at p = 0, 10 at 90 %, 100 at 99 %). */
  inverseTail: number;
  ms: number;
}

export interface NinesTick {
  inverseTail: number;
  p: number;
  /** "0 %", "90 %", "99 %", "99.9 %", … */
  label: string;
}

export interface PercentileTableRow {
  p: number;
  label: string;
  /** null where that side has fewer than 1/(1 − p) samples, so the value would be its maximum in all but name. */
  aMs: number | null;
  bMs: number | null;
}

export interface PercentilePlot {
  a: PercentilePoint[];
  b: PercentilePoint[];
  ticks: NinesTick[];
  rows: PercentileTableRow[];
}

/** "99.9 %" for 0.999; whole numbers of nines print without float noise. */
export function percentLabel(p: number): string {
  const percent = Number((p * 100).toPrecision(12));
  return `${percent} %`;
}

/** The p with k nines: 0.9, 0.99, 0.999 … (k = 0 gives 0). */
function nines(k: number): number {
  return k === 0 ? 0 : Number((1 - 10 ** -k).toFixed(k));
}

export function ecdfOverlay(
  sortedA: ArrayLike<number>,
  sortedB: ArrayLike<number>,
  ecdfA: EcdfPoint[],
  ecdfB: EcdfPoint[],
): EcdfOverlay {
  const at = (sorted: ArrayLike<number>, f: number) => (sorted.length === 0 ? null : quantileSorted(sorted, f));
  return {
    a: ecdfA,
    b: ecdfB,
    rows: ECDF_TABLE_FRACTIONS.map((fraction) => ({
      fraction,
      aMs: at(sortedA, fraction),
      bMs: at(sortedB, fraction),
    })),
  };
}

/** Percentile curve of one side, PERCENTILE_PLOT_POINTS points from p = 0 to 1 − 1/n. */
export function percentileCurve(sorted: ArrayLike<number>, points = PERCENTILE_PLOT_POINTS): PercentilePoint[] {
  const n = sorted.length;
  if (n === 0) return [];
  const maxInverseTail = Math.min(n, 10 ** MAX_NINES);
  if (maxInverseTail <= 1) return [{ p: 0, inverseTail: 1, ms: sorted[0] as number }];
  const out: PercentilePoint[] = [];
  for (let k = 0; k < points; k++) {
    const inverseTail = maxInverseTail ** (k / (points - 1));
    const p = k === 0 ? 0 : 1 - 1 / inverseTail;
    out.push({ p, inverseTail, ms: quantileSorted(sorted, p) });
  }
  return out;
}

export function percentilePlot(sortedA: ArrayLike<number>, sortedB: ArrayLike<number>): PercentilePlot {
  const largest = Math.max(sortedA.length, sortedB.length);
  // Ticks and rows go as far as the larger side resolves, at most MAX_NINES nines.
  let most = 0;
  while (most < MAX_NINES && 10 ** (most + 1) <= largest) most++;
  const ticks: NinesTick[] = [];
  for (let k = 0; k <= most; k++) {
    const p = nines(k);
    ticks.push({ p, inverseTail: 10 ** k, label: percentLabel(p) });
  }
  const rowPs = [0.5, ...ticks.slice(1).map((t) => t.p)];
  const at = (sorted: ArrayLike<number>, p: number) =>
    sorted.length === 0 || sorted.length * (1 - p) < 1 - 1e-9 ? null : quantileSorted(sorted, p);
  return {
    a: percentileCurve(sortedA),
    b: percentileCurve(sortedB),
    ticks,
    rows: rowPs.map((p) => ({ p, label: percentLabel(p), aMs: at(sortedA, p), bMs: at(sortedB, p) })),
  };
}
