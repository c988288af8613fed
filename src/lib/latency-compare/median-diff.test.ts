import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { medianDiff, medianStandardError, medianVerdict, MIN_SAMPLES_FOR_MEDIAN_DIFF } from './median-diff.ts';
import { sortSamples } from './percentiles.ts';
import { logNormalSamples, mulberry32 } from './seeded-random.ts';

// Property runs and simulations can be slow on a busy two-core machine; this is a hang guard,
// not a speed check (speed is measured by scripts/bench-latency.mjs).
vi.setConfig({ testTimeout: 60_000 });

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('medianDiff worked example', () => {
  // A = 1…11, B = 11…21. Median interval for n = 11 is (X(2), X(10)) with coverage
  // 1 − 24/2048 = 0.98828; z = Φ⁻¹(0.99414) = 2.52050; se = (10 − 2)/(2·2.52050) = 1.58699.
  // Half-width = 1.95996·√2·1.58699 = 4.39882, so B − A = 10 with CI 5.60118 to 14.39882.
  const a = sortSamples(range(1, 11));
  const b = sortSamples(range(11, 21));

  it('estimates each median standard error from its order statistics', () => {
    expect(medianStandardError(a)).toBeCloseTo(1.58699, 4);
  });

  it('gives the difference, interval and ratio', () => {
    const diff = medianDiff(a, b);
    expect(diff.kind).toBe('interval');
    if (diff.kind !== 'interval') return;
    expect(diff.diffMs).toBe(10);
    expect(diff.lowMs).toBeCloseTo(5.60118, 3);
    expect(diff.highMs).toBeCloseTo(14.39882, 3);
    expect(diff.ratio).toBeCloseTo(16 / 6, 12);
  });

  it('calls B slower when the whole interval is above 0', () => {
    expect(medianVerdict(medianDiff(a, b))).toMatchObject({ kind: 'b-slower', byMs: 10 });
    expect(medianVerdict(medianDiff(b, a))).toMatchObject({ kind: 'a-slower', byMs: 10 });
  });

  it('shows no difference when the interval includes 0', () => {
    const verdict = medianVerdict(medianDiff(a, sortSamples(range(2, 12))));
    expect(verdict).toEqual({ kind: 'no-difference', reason: 'interval-includes-zero', diffMs: 1 });
  });

  it('says too few samples below six a side, with a typed flag', () => {
    const diff = medianDiff(sortSamples([1, 2, 3, 4, 5]), b);
    expect(diff).toMatchObject({ kind: 'too-few-samples', minN: MIN_SAMPLES_FOR_MEDIAN_DIFF, diffMs: 13 });
    expect(medianVerdict(diff)).toMatchObject({ kind: 'no-difference', reason: 'too-few-samples' });
  });

  it('has no ratio when A is 0', () => {
    expect(medianDiff(sortSamples([0, 0, 0, 0, 0, 0]), b).ratio).toBeNull();
  });
});

describe('coverage by simulation', () => {
  // 1,000 pairs of log-normal data sets (right-skewed like real TTFB) whose true medians differ
  // by a known amount. The interval should hold the true difference close to 95 % of the time.
  it.each([
    [40, 0.4],
    [200, 0.6],
  ])('holds the true difference about 95 percent of the time (n = %s, σ = %s)', (n, sigma) => {
    const random = mulberry32(4242 + n);
    const runs = 1000;
    const trueDiff = 112 - 60;
    let covered = 0;
    for (let run = 0; run < runs; run++) {
      const a = sortSamples(logNormalSamples(random, n, 60, sigma));
      const b = sortSamples(logNormalSamples(random, n, 112, sigma));
      const diff = medianDiff(a, b);
      if (diff.kind !== 'interval') throw new Error('n is large enough for an interval');
      if (diff.lowMs <= trueDiff && trueDiff <= diff.highMs) covered++;
    }
    const coverage = covered / runs;
    expect(coverage).toBeGreaterThan(0.925);
    expect(coverage).toBeLessThan(0.985);
  });
});

describe('properties', () => {
  const sideArb = fc.array(fc.double({ min: 0, max: 1e5, noNaN: true, noDefaultInfinity: true }), {
    minLength: 1,
    maxLength: 200,
  });

  it('swapping A and B flips the sign of the difference and its interval', () => {
    fc.assert(
      fc.property(sideArb, sideArb, (rawA, rawB) => {
        const a = sortSamples(rawA);
        const b = sortSamples(rawB);
        const ab = medianDiff(a, b);
        const ba = medianDiff(b, a);
        expect(ba.diffMs).toBe(-ab.diffMs);
        if (ab.kind === 'interval' && ba.kind === 'interval') {
          expect(ba.lowMs).toBeCloseTo(-ab.highMs, 9);
          expect(ba.highMs).toBeCloseTo(-ab.lowMs, 9);
        } else {
          expect(ab.kind).toBe(ba.kind);
        }
        const verdictAb = medianVerdict(ab).kind;
        const verdictBa = medianVerdict(ba).kind;
        const flipped = { 'b-slower': 'a-slower', 'a-slower': 'b-slower', 'no-difference': 'no-difference' } as const;
        expect(verdictBa).toBe(flipped[verdictAb]);
      }),
    );
  });

  it('the interval contains the estimate and nothing is NaN or infinite', () => {
    fc.assert(
      fc.property(sideArb, sideArb, (rawA, rawB) => {
        const diff = medianDiff(sortSamples(rawA), sortSamples(rawB));
        expect(Number.isFinite(diff.diffMs)).toBe(true);
        if (diff.ratio !== null) expect(Number.isFinite(diff.ratio)).toBe(true);
        if (diff.kind === 'interval') {
          expect(Number.isFinite(diff.lowMs) && Number.isFinite(diff.highMs)).toBe(true);
          expect(diff.lowMs).toBeLessThanOrEqual(diff.diffMs);
          expect(diff.diffMs).toBeLessThanOrEqual(diff.highMs);
        }
      }),
    );
  });
});
