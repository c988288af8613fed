import { describe, expect, it, vi } from 'vitest';
import { betaDraw, gammaDraws, resampledQuantileDraws } from './order-statistic-draws.ts';
import { quantileSorted } from './percentiles.ts';
import { mulberry32 } from './seeded-random.ts';

// Draw-heavy checks can be slow on a busy two-core machine; this is a hang guard, not a speed check.
vi.setConfig({ testTimeout: 60_000 });

/**
 * The exact bootstrap distribution of the type-7 p-quantile of x, by listing all nⁿ equally likely
 * resamples (n ≤ 6). This is the definition the fast draws must reproduce.
 */
function exactBootstrapLaw(x: number[], p: number): Map<number, number> {
  const n = x.length;
  const law = new Map<number, number>();
  const total = n ** n;
  const resample = new Float64Array(n);
  for (let code = 0; code < total; code++) {
    let c = code;
    for (let i = 0; i < n; i++) {
      resample[i] = x[c % n]!;
      c = Math.floor(c / n);
    }
    resample.sort();
    const q = quantileSorted(resample, p);
    law.set(q, (law.get(q) ?? 0) + 1 / total);
  }
  return law;
}

/** Every value's drawn frequency lies within 5 binomial standard errors of its exact probability. */
function expectDrawsFollow(draw: () => number, law: Map<number, number>, draws: number) {
  const counts = new Map<number, number>();
  for (let i = 0; i < draws; i++) {
    const v = draw();
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  for (const v of counts.keys()) expect(law.has(v), `drew ${v}, which no resample gives`).toBe(true);
  for (const [v, prob] of law) {
    const freq = (counts.get(v) ?? 0) / draws;
    const se = Math.sqrt((prob * (1 - prob)) / draws);
    expect(Math.abs(freq - prob), `value ${v}: drawn ${freq}, exact ${prob}`).toBeLessThan(5 * se + 1e-4);
  }
}

describe('resampledQuantileDraws', () => {
  it('draws the exact bootstrap law of the median, odd n', () => {
    const x = [3, 8, 9, 15, 40];
    expectDrawsFollow(resampledQuantileDraws(x, 0.5, mulberry32(1)), exactBootstrapLaw(x, 0.5), 200_000);
  });

  it('draws the exact law of the median for even n (mean of two order statistics), with ties', () => {
    const x = [1, 2, 2, 3, 7, 9];
    expectDrawsFollow(resampledQuantileDraws(x, 0.5, mulberry32(2)), exactBootstrapLaw(x, 0.5), 200_000);
  });

  it('draws the exact law of another percentile (p90, h = 4.5)', () => {
    const x = [10, 11, 12, 13, 20, 50];
    expectDrawsFollow(resampledQuantileDraws(x, 0.9, mulberry32(3)), exactBootstrapLaw(x, 0.9), 200_000);
  });

  it('returns the only value for n = 1 and equal values for a constant sample', () => {
    const one = resampledQuantileDraws([42], 0.5, mulberry32(4));
    expect(one()).toBe(42);
    const constant = resampledQuantileDraws([5, 5, 5, 5], 0.5, mulberry32(5));
    for (let i = 0; i < 100; i++) expect(constant()).toBe(5);
  });

  it('stays inside the sample at n = 10⁶ (indices never fall off either end)', () => {
    const n = 1_000_000;
    const x = new Float64Array(n);
    for (let i = 0; i < n; i++) x[i] = i;
    for (const p of [0, 0.5, 0.999999, 1]) {
      const draw = resampledQuantileDraws(x, p, mulberry32(6));
      for (let i = 0; i < 2000; i++) {
        const v = draw();
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(n - 1);
      }
    }
  });
});

describe('gamma and beta draws', () => {
  it.each([1, 3.5, 500_000])('gamma(%s) has mean and variance equal to its shape', (shape) => {
    const gamma = gammaDraws(mulberry32(7));
    const draws = 50_000;
    let sum = 0;
    let sumSq = 0;
    for (let i = 0; i < draws; i++) {
      const g = gamma(shape);
      sum += g;
      sumSq += g * g;
    }
    const mean = sum / draws;
    const variance = sumSq / draws - mean * mean;
    // The mean of 50,000 draws has standard error √(shape/50,000).
    expect(Math.abs(mean - shape)).toBeLessThan(5 * Math.sqrt(shape / draws));
    expect(variance / shape).toBeGreaterThan(0.95);
    expect(variance / shape).toBeLessThan(1.05);
  });

  it('beta(k, n − k + 1) has mean k/(n + 1)', () => {
    const gamma = gammaDraws(mulberry32(8));
    let sum = 0;
    const draws = 50_000;
    for (let i = 0; i < draws; i++) sum += betaDraw(gamma, 3, 8);
    expect(sum / draws).toBeCloseTo(3 / 11, 2);
  });

  it('refuses shapes below 1, which the squeeze method does not cover', () => {
    expect(() => gammaDraws(mulberry32(9))(0.5)).toThrow(RangeError);
  });
});
