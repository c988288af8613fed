import { describe, expect, it, vi } from 'vitest';
import { analyseLatency, ecdfPoints, histogram } from './analyse.ts';
import { sortSamples } from './percentiles.ts';
import { logNormalSamples, mulberry32 } from './seeded-random.ts';

// Property runs and simulations can be slow on a busy two-core machine; this is a hang guard,
// not a speed check (speed is measured by scripts/bench-latency.mjs).
vi.setConfig({ testTimeout: 60_000 });

const side = (text: string) => ({ text, unit: 'auto' as const, column: null });

describe('analyseLatency', () => {
  it('summarises both sides and compares medians', () => {
    const a = Array.from({ length: 11 }, (_, i) => i + 1).join('\n');
    const b = Array.from({ length: 11 }, (_, i) => i + 11).join('\n');
    const result = analyseLatency(side(a), side(b));
    expect(result.a.summary?.n).toBe(11);
    expect(result.b.summary?.p50Ms).toBe(16);
    expect(result.a.percentiles.map((e) => e.p)).toEqual([0.5, 0.9, 0.95, 0.99]);
    expect(result.a.percentiles[0]!.ci.kind).toBe('interval');
    expect(result.a.percentiles[3]!.ci.kind).toBe('too-few-samples');
    expect(result.diff?.diffMs).toBe(10);
    expect(result.verdict?.kind).toBe('b-slower');
    expect(result.a.linkableSortedMs?.length).toBe(11);
  });

  it('has no comparison while a side is empty or unreadable', () => {
    const result = analyseLatency(side('60\n61'), side('garbage\nmore garbage'));
    expect(result.diff).toBeNull();
    expect(result.verdict).toBeNull();
    expect(result.b.summary).toBeNull();
    expect(result.b.parsed.rejected.count).toBe(2);
  });

  it('summarises curl phases when curl timings are pasted', () => {
    const line =
      'time_namelookup=0.002 time_connect=0.012 time_appconnect=0.032 time_pretransfer=0.032 time_starttransfer=0.090 time_total=0.091';
    const result = analyseLatency(side(line), side('60'));
    expect(result.a.phases?.medianPhases.serverWaitMs).toBeCloseTo(58, 9);
    expect(result.b.phases).toBeNull();
  });

  it('adds the rank test, the agreement, the multimodality checks and the pictures’ data', () => {
    const a = Array.from({ length: 30 }, (_, i) => 20 + i).join('\n');
    const b = Array.from({ length: 30 }, (_, i) => (i < 15 ? 20 + i : 200 + i)).join('\n');
    const result = analyseLatency(side(a), side(b));
    expect(result.diff?.kind).toBe('interval');
    // The sides share the values 20…34, so ties send 30 a side to the normal approximation.
    expect(result.rankTest).toMatchObject({
      kind: 'tested',
      nA: 30,
      nB: 30,
      method: 'normal-approximation',
      hasTies: true,
    });
    expect(result.agreement).not.toBeNull();
    expect(result.a.multimodality).toMatchObject({ kind: 'checked', multimodal: false });
    expect(result.b.multimodality).toMatchObject({ kind: 'checked', multimodal: true });
    expect(result.ecdfOverlay?.a).toBe(result.a.ecdf); // the same points, not a twin
    expect(result.ecdfOverlay?.rows.find((r) => r.fraction === 0.5)).toEqual({ fraction: 0.5, aMs: 34.5, bMs: 124.5 });
    expect(result.percentilePlot?.ticks.map((t) => t.label)).toEqual(['0 %', '90 %']);
  });

  it('draws one side alone but compares nothing', () => {
    const result = analyseLatency(side('5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15'), side(''));
    expect(result.diff).toBeNull();
    expect(result.rankTest).toBeNull();
    expect(result.agreement).toBeNull();
    expect(result.b.multimodality).toBeNull();
    expect(result.a.multimodality?.kind).toBe('checked');
    expect(result.ecdfOverlay?.rows.every((r) => r.bMs === null)).toBe(true);
    expect(result.percentilePlot?.b).toEqual([]);
  });

  it('does not keep huge samples for the share link', () => {
    const many = Array.from(logNormalSamples(mulberry32(1), 6000, 60, 0.3), (v) => v.toFixed(3)).join('\n');
    expect(analyseLatency(side(many), side('1')).a.linkableSortedMs).toBeNull();
  });
});

describe('ecdfPoints', () => {
  it('gives exact steps for small samples, collapsing ties', () => {
    expect(ecdfPoints(sortSamples([3, 1, 2, 2]))).toEqual([
      { ms: 1, fraction: 0.25 },
      { ms: 2, fraction: 0.75 },
      { ms: 3, fraction: 1 },
    ]);
  });

  it('thins large samples to a bounded number of rising points', () => {
    const points = ecdfPoints(sortSamples(logNormalSamples(mulberry32(3), 10_000, 60, 0.5)));
    expect(points.length).toBe(201);
    for (let i = 1; i < points.length; i++) {
      expect(points[i]!.ms).toBeGreaterThanOrEqual(points[i - 1]!.ms);
      expect(points[i]!.fraction).toBeGreaterThan(points[i - 1]!.fraction);
    }
    expect(points.at(-1)!.fraction).toBe(1);
  });
});

describe('histogram', () => {
  it('puts every sample in a bin or the overflow, on shared edges', () => {
    const random = mulberry32(5);
    const a = sortSamples(logNormalSamples(random, 500, 60, 0.3));
    const b = sortSamples(logNormalSamples(random, 300, 112, 0.3));
    const h = histogram(a, b)!;
    expect(h.edgesMs.length).toBe(h.countsA.length + 1);
    expect(h.countsA.reduce((s, c) => s + c, 0) + h.overflowA).toBe(500);
    expect(h.countsB.reduce((s, c) => s + c, 0) + h.overflowB).toBe(300);
  });

  it('copes with all samples equal', () => {
    const h = histogram(sortSamples([5, 5, 5]), new Float64Array(0))!;
    expect(h.countsA[0]).toBe(3);
    expect(h.edgesMs.every(Number.isFinite)).toBe(true);
  });
});
