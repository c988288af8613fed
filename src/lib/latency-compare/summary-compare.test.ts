import { describe, expect, it, vi } from 'vitest';
import { compareSummaries } from './summary-compare.ts';

// Property runs and simulations can be slow on a busy two-core machine; this is a hang guard,
// not a speed check (speed is measured by scripts/bench-latency.mjs).
vi.setConfig({ testTimeout: 60_000 });

describe('compareSummaries', () => {
  it('gives the story’s +52 ms and 1.87× from the two averages, with no uncertainty', () => {
    const result = compareSummaries({ meanMs: 60 }, { meanMs: 112 });
    expect(result).toMatchObject({
      kind: 'compared',
      statistic: 'mean',
      aMs: 60,
      bMs: 112,
      diffMs: 52,
      uncertainty: 'unknown',
      p95DiffMs: null,
    });
    if (result.kind === 'compared') expect(result.ratio).toBeCloseTo(1.8667, 4);
  });

  it('prefers medians when both sides have one, and compares p95 too', () => {
    const result = compareSummaries({ meanMs: 70, p50Ms: 58, p95Ms: 90 }, { meanMs: 130, p50Ms: 100, p95Ms: 250 });
    expect(result).toMatchObject({ statistic: 'median', diffMs: 42, p95DiffMs: 160 });
  });

  it('falls back to means when only one side has a median', () => {
    expect(compareSummaries({ meanMs: 60, p50Ms: 55 }, { meanMs: 112 })).toMatchObject({
      statistic: 'mean',
      diffMs: 52,
    });
  });

  it('reports which side lacks a figure', () => {
    expect(compareSummaries({}, { meanMs: 112 })).toEqual({ kind: 'missing', missing: ['a'] });
    expect(compareSummaries({ p50Ms: 5 }, { meanMs: 112 })).toEqual({ kind: 'mismatched' });
    expect(compareSummaries({ meanMs: Number.NaN }, { meanMs: -1 })).toEqual({ kind: 'missing', missing: ['a', 'b'] });
  });

  it('has no ratio when A is 0', () => {
    expect(compareSummaries({ meanMs: 0 }, { meanMs: 5 })).toMatchObject({ ratio: null, diffMs: 5 });
  });
});
