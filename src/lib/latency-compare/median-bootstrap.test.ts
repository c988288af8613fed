import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { BOOTSTRAP_REPLICATES, bootstrapMedianDiff, bootstrapMedianDiffReplicates } from './median-bootstrap.ts';
import { MIN_SAMPLES_FOR_MEDIAN_DIFF, medianVerdict } from './median-diff.ts';
import { quantileSorted, sortSamples } from './percentiles.ts';
import { mulberry32 } from './seeded-random.ts';

// Property runs can be slow on a busy two-core machine; this is a hang guard, not a speed check.
vi.setConfig({ testTimeout: 60_000 });

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('bootstrapMedianDiff', () => {
  const a = sortSamples(range(1, 11));
  const b = sortSamples(range(11, 21));

  it('gives the median difference, ratio and an interval from the replicates', () => {
    const diff = bootstrapMedianDiff(a, b);
    expect(diff.kind).toBe('interval');
    if (diff.kind !== 'interval') return;
    expect(diff.diffMs).toBe(10);
    expect(diff.ratio).toBeCloseTo(16 / 6, 12);
    const replicates = bootstrapMedianDiffReplicates(a, b);
    expect(replicates.length).toBe(BOOTSTRAP_REPLICATES);
    expect(diff.lowMs).toBe(Math.min(10, quantileSorted(replicates, 0.025)));
    expect(diff.highMs).toBe(Math.max(10, quantileSorted(replicates, 0.975)));
    // Each resampled median of 1…11 lies in 1…11 and of 11…21 in 11…21, so B* − A* lies in 0…20.
    expect(diff.lowMs).toBeGreaterThan(0);
    expect(diff.highMs).toBeLessThan(20);
    expect(medianVerdict(diff)).toMatchObject({ kind: 'b-slower', byMs: 10 });
  });

  it('is a function of the samples: the same input gives the same interval', () => {
    expect(bootstrapMedianDiff(a, b)).toEqual(bootstrapMedianDiff(a, b));
  });

  it('has a zero-width interval at 0 when every value is the same', () => {
    const same = sortSamples([7, 7, 7, 7, 7, 7, 7]);
    const diff = bootstrapMedianDiff(same, same);
    expect(diff).toMatchObject({ kind: 'interval', diffMs: 0, lowMs: 0, highMs: 0 });
    expect(medianVerdict(diff).kind).toBe('no-difference');
  });

  it('still has width when both sides hold the same varied samples', () => {
    const x = sortSamples(range(1, 30));
    const diff = bootstrapMedianDiff(x, x);
    if (diff.kind !== 'interval') throw new Error('expected an interval');
    expect(diff.lowMs).toBeLessThan(0);
    expect(diff.highMs).toBeGreaterThan(0);
  });

  it('says too few samples below six a side, as the older interval did', () => {
    const diff = bootstrapMedianDiff(sortSamples([1, 2, 3, 4, 5]), b);
    expect(diff).toMatchObject({ kind: 'too-few-samples', minN: MIN_SAMPLES_FOR_MEDIAN_DIFF, diffMs: 13 });
  });

  it('spans both modes when a bimodal median could land in either', () => {
    // 11 fast and 10 slow requests: the median is the 11th, fast, but one more slow request in a
    // resample moves it to the slow mode, so the interval must reach across the gap.
    const bimodal = sortSamples([...range(20, 30), ...range(200, 209)]);
    const unimodal = sortSamples(range(20, 40));
    const diff = bootstrapMedianDiff(unimodal, bimodal);
    if (diff.kind !== 'interval') throw new Error('expected an interval');
    expect(diff.highMs).toBeGreaterThan(150);
    expect(medianVerdict(diff).kind).toBe('no-difference');
  });

  it('gives a tight interval on large samples', () => {
    const random = mulberry32(12);
    const n = 200_000;
    const x = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      x[i] = 60 + 10 * random();
      y[i] = 61 + 10 * random();
    }
    const diff = bootstrapMedianDiff(x.sort(), y.sort());
    if (diff.kind !== 'interval') throw new Error('expected an interval');
    // The median of U(60, 70) has standard error 1/(2·0.1·√n) = 0.011, so B − A has 0.016 and
    // its 95 % interval is about 0.06 wide.
    expect(diff.highMs - diff.lowMs).toBeLessThan(0.1);
    expect(diff.lowMs).toBeLessThan(1);
    expect(diff.highMs).toBeGreaterThan(1);
  });
});

describe('properties', () => {
  const sideArb = fc.array(fc.double({ min: 0, max: 1e5, noNaN: true, noDefaultInfinity: true }), {
    minLength: 1,
    maxLength: 120,
  });

  it('the interval holds the estimate, lies within the possible range, and nothing is NaN', () => {
    fc.assert(
      fc.property(sideArb, sideArb, (rawA, rawB) => {
        const a = sortSamples(rawA);
        const b = sortSamples(rawB);
        const diff = bootstrapMedianDiff(a, b, { replicates: 400 });
        expect(Number.isFinite(diff.diffMs)).toBe(true);
        if (diff.kind !== 'interval') return;
        expect(diff.lowMs).toBeLessThanOrEqual(diff.diffMs);
        expect(diff.diffMs).toBeLessThanOrEqual(diff.highMs);
        // Resampled medians stay within each sample's range.
        expect(diff.lowMs).toBeGreaterThanOrEqual(b[0]! - a[a.length - 1]! - 1e-9);
        expect(diff.highMs).toBeLessThanOrEqual(b[b.length - 1]! - a[0]! + 1e-9);
      }),
      { numRuns: 150 },
    );
  });

  it('swapping A and B flips the verdict unless it sits on the edge of the interval', () => {
    fc.assert(
      fc.property(sideArb, sideArb, (rawA, rawB) => {
        const a = sortSamples(rawA);
        const b = sortSamples(rawB);
        const ab = bootstrapMedianDiff(a, b, { replicates: 400 });
        const ba = bootstrapMedianDiff(b, a, { replicates: 400 });
        // === so that 0 and −0 count as the same difference.
        expect(ba.diffMs === -ab.diffMs, `${ba.diffMs} against ${-ab.diffMs}`).toBe(true);
        expect(ba.kind).toBe(ab.kind);
        if (ab.kind !== 'interval' || ba.kind !== 'interval') return;
        // Different random streams serve each side after a swap, so the ends move by Monte Carlo
        // noise only; a verdict can flip only when 0 sits close to an end.
        const width = Math.max(ab.highMs - ab.lowMs, 1e-9);
        const vAb = medianVerdict(ab).kind;
        const vBa = medianVerdict(ba).kind;
        const flipped = { 'b-slower': 'a-slower', 'a-slower': 'b-slower', 'no-difference': 'no-difference' } as const;
        const nearEdge = Math.min(Math.abs(ab.lowMs), Math.abs(ab.highMs)) < 0.25 * width;
        if (!nearEdge) expect(vBa).toBe(flipped[vAb]);
      }),
      { numRuns: 150 },
    );
  });
});
