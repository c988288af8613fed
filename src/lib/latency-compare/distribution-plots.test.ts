import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { ecdfPoints } from './analyse.ts';
import {
  ECDF_TABLE_FRACTIONS,
  MAX_NINES,
  PERCENTILE_PLOT_POINTS,
  ecdfOverlay,
  percentLabel,
  percentileCurve,
  percentilePlot,
} from './distribution-plots.ts';
import { sortSamples } from './percentiles.ts';

// Property runs can be slow on a busy two-core machine; this is a hang guard, not a speed check.
vi.setConfig({ testTimeout: 60_000 });

const x = sortSamples([12.0, 15.5, 9.8, 30.1, 11.2, 14.0, 13.3, 10.4, 55.0, 12.9, 16.7, 11.9]);
const y = sortSamples([20.5, 22.1, 19.9, 21.0, 80.3, 23.3, 20.0]);

describe('ecdfOverlay', () => {
  it('reuses the eCDF points and tabulates type-7 latencies that match NumPy', () => {
    const a = ecdfPoints(x);
    const b = ecdfPoints(y);
    const overlay = ecdfOverlay(x, y, a, b);
    expect(overlay.a).toBe(a);
    expect(overlay.b).toBe(b);
    expect(overlay.rows.map((r) => r.fraction)).toEqual([...ECDF_TABLE_FRACTIONS]);
    // numpy.percentile(x, 100·p) with NumPy 2.4's default method="linear" (type 7).
    const numpyA = [
      9.8, 10.48, 11.725, 13.100000000000001, 15.8, 28.760000000000005, 41.304999999999986, 52.26100000000002, 55.0,
    ];
    const numpyB = [
      19.9, 19.96, 20.25, 21.0, 22.700000000000003, 46.10000000000002, 63.19999999999996, 76.87999999999997, 80.3,
    ];
    overlay.rows.forEach((row, i) => {
      expect(row.aMs).toBeCloseTo(numpyA[i]!, 10);
      expect(row.bMs).toBeCloseTo(numpyB[i]!, 10);
    });
  });

  it('leaves an empty side blank in the table', () => {
    const overlay = ecdfOverlay(x, new Float64Array(0), ecdfPoints(x), []);
    expect(overlay.rows.every((r) => r.bMs === null && r.aMs !== null)).toBe(true);
  });
});

describe('percentilePlot on a nines axis', () => {
  it('labels percentiles without float noise', () => {
    expect([0, 0.5, 0.9, 0.99, 0.999, 0.9999, 0.99999].map(percentLabel)).toEqual([
      '0 %',
      '50 %',
      '90 %',
      '99 %',
      '99.9 %',
      '99.99 %',
      '99.999 %',
    ]);
  });

  it('puts ticks at 0 %, 90 %, 99 % … as far as the larger side resolves', () => {
    const big = sortSamples(Array.from({ length: 2500 }, (_, i) => 10 + (i % 97)));
    const plot = percentilePlot(x, big);
    expect(plot.ticks.map((t) => t.label)).toEqual(['0 %', '90 %', '99 %', '99.9 %']);
    expect(plot.ticks.map((t) => t.inverseTail)).toEqual([1, 10, 100, 1000]);
    expect(plot.rows.map((r) => r.label)).toEqual(['50 %', '90 %', '99 %', '99.9 %']);
    // A (12 samples) resolves p90 (12·0.1 ≥ 1) but not p99; B (2,500) resolves p99.9.
    expect(plot.rows.map((r) => r.aMs === null)).toEqual([false, false, true, true]);
    expect(plot.rows.every((r) => r.bMs !== null)).toBe(true);
    expect(plot.rows[1]!.aMs).toBeCloseTo(28.760000000000005, 10); // NumPy, as above
  });

  it('draws each side up to p = 1 − 1/n with points evenly spaced on the log axis', () => {
    const curve = percentileCurve(y);
    expect(curve.length).toBe(PERCENTILE_PLOT_POINTS);
    expect(curve[0]).toEqual({ p: 0, inverseTail: 1, ms: 19.9 });
    expect(curve.at(-1)!.inverseTail).toBeCloseTo(7, 9);
    expect(curve.at(-1)!.p).toBeCloseTo(1 - 1 / 7, 12);
    const logStep = Math.log(curve[1]!.inverseTail);
    for (let i = 1; i < curve.length; i++) {
      expect(Math.log(curve[i]!.inverseTail) - Math.log(curve[i - 1]!.inverseTail)).toBeCloseTo(logStep, 9);
    }
  });

  it('stops at six nines however many samples there are', () => {
    const n = 3_000_000;
    const huge = new Float64Array(n);
    for (let i = 0; i < n; i++) huge[i] = i;
    const plot = percentilePlot(huge, huge);
    expect(plot.ticks.length).toBe(MAX_NINES + 1);
    expect(plot.a.at(-1)!.inverseTail).toBeCloseTo(10 ** MAX_NINES, 3);
  });

  it('gives rising curves within the data range for any sample', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e5, noNaN: true, noDefaultInfinity: true }), {
          minLength: 1,
          maxLength: 300,
        }),
        (raw) => {
          const sorted = sortSamples(raw);
          const curve = percentileCurve(sorted);
          for (let i = 1; i < curve.length; i++) {
            expect(curve[i]!.p).toBeGreaterThan(curve[i - 1]!.p);
            expect(curve[i]!.ms).toBeGreaterThanOrEqual(curve[i - 1]!.ms);
          }
          for (const point of curve) {
            expect(point.ms).toBeGreaterThanOrEqual(sorted[0]!);
            expect(point.ms).toBeLessThanOrEqual(sorted[sorted.length - 1]!);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
