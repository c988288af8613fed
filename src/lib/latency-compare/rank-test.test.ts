import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortSamples } from './percentiles.ts';
import { MANN_WHITNEY_EXACT_LIMIT, MANN_WHITNEY_TIES_EXACT_LIMIT, mannWhitney } from './rank-test.ts';

const sorted = (values: number[]) => sortSamples(values);
const range = (n: number, f: (i: number) => number) => Array.from({ length: n }, (_, i) => f(i));

function tested(a: number[], b: number[]) {
  const result = mannWhitney(sorted(a), sorted(b));
  if (result.kind !== 'tested') throw new Error(`expected a test, got ${result.kind}`);
  return result;
}

/**
 * Reference p-values from SciPy 1.17.1: scipy.stats.mannwhitneyu(B, A, method=…,
 * use_continuity=True); its statistic is U of the first argument, which is our uB.
 */
describe('mannWhitney against SciPy', () => {
  it('exact, small, no ties', () => {
    const a = [1.1, 2.4, 3.9, 5.2, 6.0, 7.7, 8.3];
    const b = [4.4, 6.6, 8.8, 9.1, 10.5, 11.2, 12.9, 13.3, 14.0];
    const r = tested(a, b);
    expect(r.method).toBe('exact');
    expect(r.uB).toBe(57);
    expect(r.pValue).toBeCloseTo(0.005244755244755245, 12);
    expect(r.probBSlower).toBeCloseTo(57 / 63, 12);
  });

  it('exact at the limit, 50 a side, no ties', () => {
    const a = range(50, (i) => i + 1 + 0.37 * Math.sin(i + 1));
    const b = range(50, (i) => i + 1 + 4.5 + 0.41 * Math.cos(i + 1));
    const r = tested(a, b);
    expect(r.method).toBe('exact');
    expect(r.uB).toBe(1467);
    expect(r.pValue).toBeCloseTo(0.13602691683171014, 10);
  });

  it('normal approximation with tie and continuity corrections', () => {
    const a = range(60, (i) => (7 * i) % 23);
    const b = range(70, (i) => ((5 * i + 3) % 23) + (i % 2 === 0 ? 6 : 0));
    const r = tested(a, b);
    expect(r.method).toBe('normal-approximation');
    expect(r.hasTies).toBe(true);
    expect(r.uB).toBe(2555.5);
    expect(r.pValue).toBeCloseTo(0.033450120249573306, 9);
  });

  it('normal approximation without ties', () => {
    const a = range(200, (i) => i + 1);
    const b = range(200, (i) => i + 1 + 20.5);
    const r = tested(a, b);
    expect(r.uB).toBe(23890);
    expect(r.pValue).toBeCloseTo(0.0007676500727869921, 11);
  });
});

/** P-value by listing every way to choose which pooled values are B's (the definition of the exact test). */
function bruteForceP(a: number[], b: number[]): number {
  const pooled = [...a, ...b].sort((x, y) => x - y);
  const midRank = (v: number) => {
    const first = pooled.indexOf(v);
    const last = pooled.lastIndexOf(v);
    return (first + last + 2) / 2;
  };
  const ranks = pooled.map(midRank);
  const observed = b.reduce((s, v) => s + midRank(v), 0);
  let total = 0;
  let lower = 0;
  let upper = 0;
  const pick = (start: number, left: number, sum: number) => {
    if (left === 0) {
      total++;
      if (sum <= observed + 1e-9) lower++;
      if (sum >= observed - 1e-9) upper++;
      return;
    }
    for (let i = start; i <= ranks.length - left; i++) pick(i + 1, left - 1, sum + ranks[i]!);
  };
  pick(0, b.length, 0);
  return Math.min(1, (2 * Math.min(lower, upper)) / total);
}

describe('exact test with ties', () => {
  it('matches the permutation distribution listed in full', () => {
    const cases: Array<[number[], number[]]> = [
      [
        [1, 2, 2, 3, 3, 3],
        [2, 3, 4, 4, 5, 5],
      ],
      [
        [10, 10, 10, 12, 12, 15, 15, 15],
        [10, 12, 12, 15, 18, 18, 18, 20, 20],
      ],
      [
        [5, 5, 5, 5, 6],
        [5, 6, 6, 6, 6, 6, 7],
      ],
    ];
    for (const [a, b] of cases) {
      const r = tested(a, b);
      expect(r.method).toBe('exact');
      expect(r.hasTies).toBe(true);
      expect(r.pValue).toBeCloseTo(bruteForceP(a, b), 12);
    }
  });

  it('matches the listed distribution on random small tied samples', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 7 }),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 7 }),
        (a, b) => {
          const r = mannWhitney(sorted(a), sorted(b));
          if (r.kind === 'all-equal') return;
          if (r.kind !== 'tested') throw new Error('expected a test');
          expect(r.pValue).toBeCloseTo(bruteForceP(a, b), 10);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('switches to the normal approximation above the limits', () => {
    const tied = (n: number, shift: number) => range(n, (i) => (i % 7) + shift);
    expect(tested(tied(MANN_WHITNEY_TIES_EXACT_LIMIT, 0), tied(MANN_WHITNEY_TIES_EXACT_LIMIT, 1)).method).toBe('exact');
    expect(tested(tied(MANN_WHITNEY_TIES_EXACT_LIMIT + 1, 0), tied(10, 1)).method).toBe('normal-approximation');
    expect(
      tested(
        range(MANN_WHITNEY_EXACT_LIMIT + 1, (i) => i),
        [0.5],
      ).method,
    ).toBe('normal-approximation');
  });
});

describe('edge cases and properties', () => {
  it('reports empty and all-equal inputs instead of a p-value', () => {
    expect(mannWhitney(sorted([]), sorted([1]))).toEqual({ kind: 'empty' });
    expect(mannWhitney(sorted([4, 4]), sorted([4, 4, 4]))).toEqual({ kind: 'all-equal', nA: 2, nB: 3 });
  });

  it('keeps tiny p-values accurate far in the tail (SciPy: 3.815202452573959e-57)', () => {
    const r = tested(
      range(300, (i) => i),
      range(300, (i) => i + 150.5),
    );
    expect(r.uB).toBe(78825);
    expect(r.pValue / 3.815202452573959e-57).toBeCloseTo(1, 9);
  });

  it('swapping A and B mirrors U and keeps p; p stays in [0, 1]', () => {
    const side = fc.array(fc.double({ min: 0, max: 1000, noNaN: true, noDefaultInfinity: true }), {
      minLength: 1,
      maxLength: 80,
    });
    fc.assert(
      fc.property(side, side, (a, b) => {
        const ab = mannWhitney(sorted(a), sorted(b));
        const ba = mannWhitney(sorted(b), sorted(a));
        if (ab.kind !== 'tested' || ba.kind !== 'tested') {
          expect(ab.kind).toBe(ba.kind);
          return;
        }
        expect(ba.uB).toBeCloseTo(ab.nA * ab.nB - ab.uB, 6);
        expect(ba.pValue).toBeCloseTo(ab.pValue, 9);
        expect(ab.pValue).toBeGreaterThanOrEqual(0);
        expect(ab.pValue).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });
});
