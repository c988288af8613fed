import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  chartHorizonMonths,
  demandAfter,
  demandSeries,
  headroomForecast,
  MAX_FORECAST_MONTHS,
  monthsUntil,
} from './demand-forecast';

describe('monthsUntil', () => {
  it('solves demand × (1 + g)^m = target: 150 → 186.996 Mbps at 3 %/month takes 7.458 months', () => {
    const result = monthsUntil(150, 3, 186.99633699633699);
    expect(result.kind).toBe('in');
    if (result.kind === 'in') {
      expect(result.months).toBeCloseTo(7.45814, 4);
      expect(demandAfter(150, 3, result.months)).toBeCloseTo(186.996337, 5);
    }
  });

  it('doubling at 100 % a month takes exactly one month per doubling', () => {
    expect(monthsUntil(100, 100, 800)).toEqual({ kind: 'in', months: 3 });
  });

  it('says "already" when demand is at or over the target, whatever the growth', () => {
    expect(monthsUntil(350, 5, 334.7)).toEqual({ kind: 'already' });
    expect(monthsUntil(350, 0, 350)).toEqual({ kind: 'already' });
    expect(monthsUntil(350, -10, 300)).toEqual({ kind: 'already' });
  });

  it('says "never" for flat or shrinking demand, or no demand at all', () => {
    expect(monthsUntil(100, 0, 200)).toEqual({ kind: 'never' });
    expect(monthsUntil(100, -5, 200)).toEqual({ kind: 'never' });
    expect(monthsUntil(0, 50, 200)).toEqual({ kind: 'never' });
  });

  it('says "beyond" for growth so slow the answer is centuries away, instead of Infinity', () => {
    expect(monthsUntil(1, 1e-300, 2)).toEqual({ kind: 'beyond', months: MAX_FORECAST_MONTHS });
    expect(monthsUntil(0.001, 0.01, 1e6).kind).toBe('beyond');
  });

  it('never returns a non-finite number of months', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: -50, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        (demand, growth, target) => {
          const result = monthsUntil(demand, growth, target);
          if (result.kind === 'in' || result.kind === 'beyond') {
            expect(Number.isFinite(result.months)).toBe(true);
            expect(result.months).toBeGreaterThan(0);
            expect(result.months).toBeLessThanOrEqual(MAX_FORECAST_MONTHS);
          }
        },
      ),
    );
  });

  it('more demand never leaves more time', () => {
    const rank = (r: ReturnType<typeof monthsUntil>) =>
      r.kind === 'already' ? 0 : r.kind === 'in' ? r.months : r.kind === 'beyond' ? MAX_FORECAST_MONTHS : Infinity;
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.double({ min: -50, max: 100, noNaN: true }),
        fc.double({ min: 1, max: 1e5, noNaN: true }),
        (a, b, growth, target) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(rank(monthsUntil(high, growth, target))).toBeLessThanOrEqual(
            rank(monthsUntil(low, growth, target)) + 1e-9,
          );
        },
      ),
    );
  });
});

describe('headroomForecast', () => {
  it('reaches the 80 % ceiling before 100 %', () => {
    const forecast = headroomForecast(150, 3, 233.7454212, 80);
    expect(forecast.ceilingMbps).toBeCloseTo(186.996, 3);
    expect(forecast.toCeiling).toMatchObject({ kind: 'in' });
    expect(forecast.toFull).toMatchObject({ kind: 'in' });
    if (forecast.toCeiling.kind === 'in' && forecast.toFull.kind === 'in') {
      expect(forecast.toCeiling.months).toBeCloseTo(7.458, 3);
      expect(forecast.toFull.months).toBeCloseTo(15.007, 3);
    }
    expect(chartHorizonMonths(forecast)).toBe(19);
  });

  it('the 2 Gbps alternative in the story: 1912.6 Mbps of capacity, 30.2 months to 80 % at 5 %/month from 350', () => {
    const forecast = headroomForecast(350, 5, (2000 * 1400) / 1464, 80);
    expect(forecast.toCeiling.kind === 'in' && forecast.toCeiling.months).toBeCloseTo(30.234, 3);
    expect(forecast.toFull.kind === 'in' && forecast.toFull.months).toBeCloseTo(34.808, 3);
  });

  it('draws 36 months when demand never fills capacity, and at most 120', () => {
    expect(chartHorizonMonths(headroomForecast(100, 0, 200, 80))).toBe(36);
    expect(chartHorizonMonths(headroomForecast(1, 10, 1e6, 80))).toBe(120); // 145 months to full
  });

  it('demandSeries starts at today and compounds monthly', () => {
    const series = demandSeries(100, 10, 2);
    expect(series.map((p) => p.month)).toEqual([0, 1, 2]);
    [100, 110, 121].forEach((expected, i) => expect(series[i]?.demandMbps).toBeCloseTo(expected, 9));
  });
});
