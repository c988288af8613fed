import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { median, summariseRuns } from './lighthouse-runs.mjs';

const run = (performance, tbtMs, other = 100) => ({ performance, tbtMs, accessibility: other, 'best-practices': 100, seo: 100 });

describe('summariseRuns', () => {
  it('keeps the median performance score, its range and the median TBT', () => {
    const summary = summariseRuns([run(91, 400), run(97, 150), run(85, 600), run(96, 180), run(99, 90)]);
    expect(summary).toMatchObject({ performance: 96, performanceMin: 85, performanceMax: 99, tbtMs: 180, runs: 5 });
  });

  it('shows the lowest accessibility score, so one failing run is not hidden by the others', () => {
    expect(summariseRuns([run(97, 100), run(97, 100, 98), run(97, 100)]).accessibility).toBe(98);
  });

  it('one run is its own median', () => {
    expect(summariseRuns([run(93, 320)])).toMatchObject({ performance: 93, performanceMin: 93, performanceMax: 93, tbtMs: 320 });
  });
});

describe('median', () => {
  it('has at least half of an odd number of values on each side', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 15 }).filter((a) => a.length % 2 === 1), (values) => {
        const m = median(values);
        const half = Math.ceil(values.length / 2);
        expect(values.filter((v) => v <= m).length).toBeGreaterThanOrEqual(half);
        expect(values.filter((v) => v >= m).length).toBeGreaterThanOrEqual(half);
        expect(values).toContain(m);
      }),
      { numRuns: 500 },
    );
  });
});
