import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erfc, normalCdf, normalUpperTail } from './normal-cdf.ts';
import { normalQuantile } from './normal-quantile.ts';

// Reference values from SciPy 1.17.1: scipy.stats.norm.cdf / norm.sf and scipy.special.erfc.
describe('normal CDF and upper tail', () => {
  const table: Array<[number, number, number]> = [
    [-3, 0.0013498980316300933, 0.9986501019683699],
    [-1.5, 0.06680720126885807, 0.9331927987311419],
    [0, 0.5, 0.5],
    [0.5, 0.6914624612740131, 0.3085375387259869],
    [1.96, 0.9750021048517795, 0.024997895148220435],
    [2.5, 0.9937903346742238, 0.006209665325776132],
    [3.5, 0.9997673709209645, 0.00023262907903552502],
    [6, 0.9999999990134123, 9.865876450376946e-10],
  ];
  it.each(table)('z = %s', (z, cdf, sf) => {
    expect(normalCdf(z)).toBeCloseTo(cdf, 14);
    expect(normalUpperTail(z) / sf).toBeCloseTo(1, 11);
  });

  it.each([
    [10, 7.61985302416047e-24],
    [20, 2.7536241186061556e-89],
    [37, 5.7255712225239266e-300],
  ])('keeps relative accuracy far in the tail (z = %s)', (z, sf) => {
    expect(normalUpperTail(z) / sf).toBeCloseTo(1, 11);
  });

  it.each([
    [0.1, 0.8875370839817152],
    [1, 0.15729920705028516],
    [2.4, 0.0006885138966450789],
    [2.6, 0.000236034416529349],
    [5, 1.5374597944280347e-12],
  ])('erfc(%s) on both sides of the series / continued-fraction switch', (x, value) => {
    expect(erfc(x) / value).toBeCloseTo(1, 10);
    expect(erfc(-x)).toBeCloseTo(2 - value, 14);
  });

  it('inverts normalQuantile and stays in [0, 1]', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }), (p) => {
        expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 8);
      }),
    );
    expect(normalCdf(-40)).toBeGreaterThanOrEqual(0);
    expect(normalCdf(40)).toBe(1);
    expect(Number.isNaN(erfc(Number.NaN))).toBe(true);
  });
});
