import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { minSamplesForPercentileCi, orderStatisticRanks, percentileCi, percentileEstimate } from './percentile-ci.ts';
import { quantileSorted, sortSamples } from './percentiles.ts';
import { mulberry32 } from './seeded-random.ts';

// Property runs and simulations can be slow on a busy two-core machine; this is a hang guard,
// not a speed check (speed is measured by scripts/bench-latency.mjs).
vi.setConfig({ testTimeout: 60_000 });

describe('orderStatisticRanks', () => {
  it('gives the textbook (X(2), X(9)) interval for the median of 10', () => {
    // Binomial(10, ½): P(B ≤ 1) = 11/1024 ≤ 0.025 < P(B ≤ 2) = 56/1024, and symmetrically,
    // so the interval is (X(2), X(9)) with coverage 1 − 2·11/1024 = 0.978515625.
    const ranks = orderStatisticRanks(10, 0.5)!;
    expect(ranks.lowRank).toBe(2);
    expect(ranks.highRank).toBe(9);
    expect(ranks.coverage).toBeCloseTo(1 - 22 / 1024, 12);
  });

  it('gives (X(2), X(10)) for the median of 11', () => {
    // P(B ≤ 1) = 12/2048, P(B ≤ 2) = 67/2048 > 0.025; P(B ≤ 9) = 1 − 12/2048 ≥ 0.975.
    const ranks = orderStatisticRanks(11, 0.5)!;
    expect([ranks.lowRank, ranks.highRank]).toEqual([2, 10]);
    expect(ranks.coverage).toBeCloseTo(1 - 24 / 2048, 12);
  });

  it('agrees across the switch from the exact walk to the windowed one', () => {
    for (const p of [0.5, 0.9, 0.99]) {
      const exact = orderStatisticRanks(5000, p)!;
      const windowed = orderStatisticRanks(5001, p)!;
      expect(windowed.lowRank - exact.lowRank).toBeGreaterThanOrEqual(0);
      expect(windowed.lowRank - exact.lowRank).toBeLessThanOrEqual(1);
      expect(windowed.highRank - exact.highRank).toBeGreaterThanOrEqual(0);
      expect(windowed.highRank - exact.highRank).toBeLessThanOrEqual(1);
      expect(Math.abs(windowed.coverage - exact.coverage)).toBeLessThan(0.003);
    }
  });

  it('works for a million samples without underflow', () => {
    const ranks = orderStatisticRanks(1_000_000, 0.99)!;
    // Normal approximation: 990,000 ± 1.96·√(10⁶·0.99·0.01) ≈ ± 195.
    expect(ranks.lowRank).toBeGreaterThan(990_000 - 200);
    expect(ranks.lowRank).toBeLessThan(990_000 - 190);
    expect(ranks.highRank).toBeGreaterThan(990_000 + 190);
    expect(ranks.highRank).toBeLessThan(990_000 + 200);
    expect(ranks.coverage).toBeGreaterThanOrEqual(0.95);
    expect(ranks.coverage).toBeLessThan(0.952);
  });
});

describe('minimum sample sizes', () => {
  // (1 − p)ⁿ ≤ 0.025 and pⁿ ≤ 0.025: ln 0.025 / ln p = 5.32, 35.01, 71.92 and 367.04.
  it.each([
    [0.5, 6],
    [0.9, 36],
    [0.95, 72],
    [0.99, 368],
  ])('p = %s needs n ≥ %s', (p, minN) => {
    expect(minSamplesForPercentileCi(p)).toBe(minN);
    expect(orderStatisticRanks(minN - 1, p)).toBeNull();
    expect(orderStatisticRanks(minN, p)).not.toBeNull();
  });

  it('says "too few samples" for a p99 from 50 samples, with a typed flag', () => {
    const sorted = sortSamples(Array.from({ length: 50 }, (_, i) => i + 1));
    const estimate = percentileEstimate(sorted, 0.99);
    expect(estimate.nearMax).toBe(true);
    expect(estimate.ci).toEqual({ kind: 'too-few-samples', n: 50, minN: 368 });
    expect(estimate.valueMs).toBeCloseTo(49.51, 10); // h = 48.51: between the two largest
  });
});

describe('coverage by simulation', () => {
  // 1,000 data sets of 200 exponential samples (rate 1/20 ms, so the true p-quantile is
  // −20·ln(1 − p)). The interval should hold the true value about as often as its exact
  // binomial coverage says: a binomial standard error is √(0.95·0.05/1000) ≈ 0.007, so ±0.025
  // is 3.6 standard errors.
  it.each([0.5, 0.9, 0.95])('holds the true p%s about 95 % of the time', (p) => {
    const random = mulberry32(20261125);
    const truth = -20 * Math.log(1 - p);
    const n = 200;
    const runs = 1000;
    let covered = 0;
    let nominal = 0;
    for (let run = 0; run < runs; run++) {
      const values = new Float64Array(n);
      for (let i = 0; i < n; i++) values[i] = -20 * Math.log(1 - random());
      const ci = percentileCi(sortSamples(values), p);
      if (ci.kind !== 'interval') throw new Error('n = 200 should support this percentile');
      nominal = ci.coverage;
      if (ci.lowMs <= truth && truth <= ci.highMs) covered++;
    }
    expect(nominal).toBeGreaterThanOrEqual(0.95);
    expect(Math.abs(covered / runs - nominal)).toBeLessThan(0.025);
  });
});

describe('interval properties', () => {
  const valuesArb = fc.array(fc.double({ min: 0, max: 1e5, noNaN: true, noDefaultInfinity: true }), {
    minLength: 1,
    maxLength: 600,
  });

  it('contains the type-7 point estimate whenever it exists', () => {
    fc.assert(
      fc.property(valuesArb, fc.double({ min: 0.01, max: 0.99, noNaN: true }), (values, p) => {
        const sorted = sortSamples(values);
        const ci = percentileCi(sorted, p);
        if (ci.kind === 'too-few-samples') {
          expect(ci.minN).toBeGreaterThan(sorted.length);
          return;
        }
        const point = quantileSorted(sorted, p);
        expect(ci.lowMs).toBeLessThanOrEqual(point);
        expect(point).toBeLessThanOrEqual(ci.highMs);
        expect(ci.lowRank).toBeGreaterThanOrEqual(1);
        expect(ci.highRank).toBeLessThanOrEqual(sorted.length);
        expect(ci.coverage).toBeGreaterThanOrEqual(0.95);
        expect(ci.coverage).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
