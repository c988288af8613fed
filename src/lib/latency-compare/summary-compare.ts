/**
 * Comparison when a side has only summary figures (a mean, maybe p50/p95/p99), as in the KVM
 * story's "60 ms vs 112 ms average". Without samples there is no spread, so no interval: the
 * result carries `uncertainty: 'unknown'` and the page badges it.
 */
import { ratioOf } from './ratio.ts';

export interface LatencyFigures {
  meanMs?: number | undefined;
  p50Ms?: number | undefined;
  p95Ms?: number | undefined;
  p99Ms?: number | undefined;
}

export type SummaryStatistic = 'median' | 'mean';

export type SummaryComparison =
  | {
      kind: 'compared';
      /** Which statistic both sides share: the median when both have one, else the mean. */
      statistic: SummaryStatistic;
      aMs: number;
      bMs: number;
      /** B − A. */
      diffMs: number;
      /** B ÷ A, or null when A is 0. */
      ratio: number | null;
      /** B − A at p95 when both sides give a p95. */
      p95DiffMs: number | null;
      uncertainty: 'unknown';
    }
  | { kind: 'missing'; missing: Array<'a' | 'b'> }
  /** One side gives only a median, the other only a mean: comparing those would mislead. */
  | { kind: 'mismatched' };

function usable(value: number | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

export function compareSummaries(a: LatencyFigures, b: LatencyFigures): SummaryComparison {
  let statistic: SummaryStatistic | null = null;
  if (usable(a.p50Ms) && usable(b.p50Ms)) statistic = 'median';
  else if (usable(a.meanMs) && usable(b.meanMs)) statistic = 'mean';
  if (statistic === null) {
    const missing: Array<'a' | 'b'> = [];
    if (!usable(a.p50Ms) && !usable(a.meanMs)) missing.push('a');
    if (!usable(b.p50Ms) && !usable(b.meanMs)) missing.push('b');
    return missing.length > 0 ? { kind: 'missing', missing } : { kind: 'mismatched' };
  }
  const aMs = statistic === 'median' ? (a.p50Ms as number) : (a.meanMs as number);
  const bMs = statistic === 'median' ? (b.p50Ms as number) : (b.meanMs as number);
  return {
    kind: 'compared',
    statistic,
    aMs,
    bMs,
    diffMs: bMs - aMs,
    ratio: ratioOf(bMs, aMs),
    p95DiffMs: usable(a.p95Ms) && usable(b.p95Ms) ? b.p95Ms - a.p95Ms : null,
    uncertainty: 'unknown',
  };
}
