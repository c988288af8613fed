import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import reference from './fixtures/dip-r-diptest.json' with { type: 'json' };
import { dipStatistic, spreadTies } from './dip-test.ts';

describe('dipStatistic against R', () => {
  // fixtures/dip-r-diptest.json: seeded samples (normal, lognormal, gamma, uniform, both bimodal
  // mixtures, and whole-ms rounded data with ties), n = 5 … 200, with the dip that the R package
  // diptest 0.76-0 (Debian r-cran-diptest, R 4.2.2) computed for each exact sample.
  it.each(reference.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(dipStatistic(Float64Array.from(c.x))).toBeCloseTo(c.dip, 14);
  });
});

describe('dipStatistic', () => {
  it('is ¼ for two equal clusters far apart, the largest dip there is', () => {
    const x = Float64Array.from([
      ...Array.from({ length: 50 }, (_, i) => i / 1000),
      ...Array.from({ length: 50 }, (_, i) => 1000 + i / 1000),
    ]);
    expect(dipStatistic(x)).toBeGreaterThan(0.24);
    expect(dipStatistic(x)).toBeLessThanOrEqual(0.25);
  });

  it('is 1/(2n) for evenly spaced values (a uniform sample fits a unimodal CDF exactly)', () => {
    const x = Float64Array.from({ length: 40 }, (_, i) => i);
    expect(dipStatistic(x)).toBeCloseTo(1 / 80, 12);
  });

  it('handles n < 2 and a constant sample', () => {
    expect(dipStatistic([])).toBe(0);
    expect(dipStatistic([3])).toBe(0.5);
    expect(dipStatistic([3, 3, 3, 3])).toBe(1 / 8);
  });

  it('stays between 1/(2n) and ¼ and does not depend on location or scale', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 100_000 }), { minLength: 3, maxLength: 150 }),
        fc.double({ min: 0.001, max: 1000, noNaN: true }),
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        (values, scale, shift) => {
          const x = Float64Array.from(values).sort();
          const n = x.length;
          const dip = dipStatistic(x);
          expect(dip).toBeGreaterThanOrEqual(1 / (2 * n) - 1e-12);
          expect(dip).toBeLessThanOrEqual(0.25 + 1e-12);
          const moved = x.map((v) => shift + scale * v);
          expect(dipStatistic(moved)).toBeCloseTo(dip, 9);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('spreadTies', () => {
  it('returns untied samples unchanged', () => {
    const x = Float64Array.from([1, 2.5, 3, 8]);
    expect(spreadTies(x)).toBe(x);
  });

  it('spreads each run of ties evenly over its rounding interval, keeping the order', () => {
    const spread = Array.from(spreadTies([4, 5, 5, 5, 5, 6, 8]));
    // Resolution 1 (the smallest gap); four 5s go to 4.625, 4.875, 5.125, 5.375.
    expect(spread).toEqual([4, 4.625, 4.875, 5.125, 5.375, 6, 8]);
  });

  it('treats floating-point noise from a unit conversion as a tie', () => {
    const x = [0.003 * 1000, 0.003 * 1000, 3, 4]; // 3.0000000000000004, …, 3, 4
    const spread = Array.from(spreadTies(x.sort((p, q) => p - q)));
    for (let i = 1; i < spread.length; i++) expect(spread[i]!).toBeGreaterThan(spread[i - 1]!);
  });

  it('makes rounded unimodal data look unimodal to the dip: the staircase does not', () => {
    const rounded = reference.cases.find((c) => c.name === 'lognormal rounded to 1 ms, n = 100')!;
    const x = Float64Array.from(rounded.x);
    expect(dipStatistic(x)).toBeGreaterThan(0.07); // the raw staircase
    expect(dipStatistic(spreadTies(x))).toBeLessThan(0.04);
  });
});
