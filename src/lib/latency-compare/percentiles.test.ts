import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { percentileIsNearMax, quantileSorted, quantileUnsorted, sortSamples, summariseSorted } from './percentiles.ts';

// Property runs and simulations can be slow on a busy two-core machine; this is a hang guard,
// not a speed check (speed is measured by scripts/bench-latency.mjs).
vi.setConfig({ testTimeout: 60_000 });

// Expected values computed by hand from h = (n − 1)·p and cross-checked with
// numpy.percentile(x, 100·p, method="linear") (NumPy 2.4), which is Hyndman–Fan type 7.
describe('quantileSorted (type 7)', () => {
  it('interpolates between order statistics', () => {
    const x = [1, 2, 3, 4];
    expect(quantileSorted(x, 0)).toBe(1);
    expect(quantileSorted(x, 0.5)).toBe(2.5); // h = 1.5
    expect(quantileSorted(x, 0.9)).toBeCloseTo(3.7, 12); // h = 2.7
    expect(quantileSorted(x, 0.95)).toBeCloseTo(3.85, 12); // h = 2.85
    expect(quantileSorted(x, 0.99)).toBeCloseTo(3.97, 12);
    expect(quantileSorted(x, 1)).toBe(4);
  });

  it('matches the five-value textbook example', () => {
    const x = [15, 20, 35, 40, 50];
    expect(quantileSorted(x, 0.4)).toBeCloseTo(29, 12); // h = 1.6 → 20 + 0.6·15
    expect(quantileSorted(x, 0.5)).toBe(35);
    expect(quantileSorted(x, 0.9)).toBeCloseTo(46, 12); // h = 3.6 → 40 + 0.6·10
  });

  it('handles ties without drifting', () => {
    const x = [5, 5, 5, 10];
    expect(quantileSorted(x, 0.5)).toBe(5); // between two 5s
    expect(quantileSorted(x, 0.9)).toBeCloseTo(8.5, 12); // h = 2.7 → 5 + 0.7·5
    expect(quantileSorted([3, 3, 3], 0.37)).toBe(3);
  });

  it('returns the only value for n = 1', () => {
    for (const p of [0, 0.5, 0.95, 0.99, 1]) expect(quantileSorted([7], p)).toBe(7);
  });

  it('interpolates the whole gap for n = 2', () => {
    expect(quantileSorted([10, 20], 0.5)).toBe(15);
    expect(quantileSorted([10, 20], 0.95)).toBeCloseTo(19.5, 12);
    expect(quantileSorted([10, 20], 0.99)).toBeCloseTo(19.9, 12);
  });

  it('refuses an empty sample rather than inventing a value', () => {
    expect(() => quantileSorted([], 0.5)).toThrow(RangeError);
  });

  it('sorts numerically, not as text', () => {
    expect(Array.from(sortSamples([10, 9, 100, 1.5]))).toEqual([1.5, 9, 10, 100]);
  });
});

const sampleArb = fc.array(fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }), {
  minLength: 1,
  maxLength: 300,
});
const probArb = fc.double({ min: 0, max: 1, noNaN: true });

describe('percentile properties', () => {
  it('are monotonic in p and stay within [min, max]', () => {
    fc.assert(
      fc.property(sampleArb, probArb, probArb, (values, p1, p2) => {
        const sorted = sortSamples(values);
        const [lo, hi] = p1 <= p2 ? [p1, p2] : [p2, p1];
        const qLo = quantileSorted(sorted, lo);
        const qHi = quantileSorted(sorted, hi);
        expect(qLo).toBeLessThanOrEqual(qHi);
        expect(qLo).toBeGreaterThanOrEqual(sorted[0]!);
        expect(qHi).toBeLessThanOrEqual(sorted[sorted.length - 1]!);
        expect(Number.isFinite(qLo) && Number.isFinite(qHi)).toBe(true);
      }),
    );
  });

  it('quickselect agrees with the sorted computation', () => {
    fc.assert(
      fc.property(sampleArb, probArb, (values, p) => {
        expect(quantileUnsorted(values, p)).toBe(quantileSorted(sortSamples(values), p));
      }),
    );
  });

  it('summaries are finite and ordered for any valid input', () => {
    fc.assert(
      fc.property(sampleArb, (values) => {
        const s = summariseSorted(sortSamples(values))!;
        for (const v of Object.values(s)) expect(Number.isFinite(v)).toBe(true);
        expect(s.minMs).toBeLessThanOrEqual(s.p50Ms);
        expect(s.p50Ms).toBeLessThanOrEqual(s.p90Ms);
        expect(s.p90Ms).toBeLessThanOrEqual(s.p95Ms);
        expect(s.p95Ms).toBeLessThanOrEqual(s.p99Ms);
        expect(s.p99Ms).toBeLessThanOrEqual(s.maxMs);
        expect(s.meanMs).toBeGreaterThanOrEqual(s.minMs);
        expect(s.meanMs).toBeLessThanOrEqual(s.maxMs);
      }),
    );
  });
});

describe('summariseSorted', () => {
  it('gives n, mean and the reported percentiles', () => {
    const s = summariseSorted(sortSamples([4, 1, 3, 2]))!;
    expect(s).toMatchObject({ n: 4, meanMs: 2.5, minMs: 1, maxMs: 4, p50Ms: 2.5 });
    expect(s.p95Ms).toBeCloseTo(3.85, 12);
  });

  it('is null for no samples', () => {
    expect(summariseSorted(new Float64Array(0))).toBeNull();
  });
});

describe('percentileIsNearMax', () => {
  it('flags a p99 from fewer than 100 samples', () => {
    expect(percentileIsNearMax(50, 0.99)).toBe(true);
    expect(percentileIsNearMax(99, 0.99)).toBe(true);
    expect(percentileIsNearMax(100, 0.99)).toBe(false);
    expect(percentileIsNearMax(19, 0.95)).toBe(true);
    expect(percentileIsNearMax(20, 0.95)).toBe(false);
  });
});
