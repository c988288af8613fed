import { describe, expect, it, vi } from 'vitest';
import { DIP_CRITICAL_LEVELS, DIP_CRITICAL_VALUES } from './dip-critical-values.ts';
import { MODALITY_SCENARIOS, modalityRow } from './multimodality-simulation.ts';
import { drawSamples, logNormal, mixture, normal } from './latency-distributions.ts';
import { dipStatistic } from './dip-test.ts';
import {
  DIP_THINNED_POINTS,
  MULTIMODALITY_LEVEL,
  MULTIMODALITY_MIN_SAMPLES,
  checkMultimodality,
  criticalScaledDip,
  evenlySpacedOrderStatistics,
  splitPopulations,
} from './multimodality.ts';
import { mulberry32 } from './seeded-random.ts';
import { sortSamples } from './percentiles.ts';

vi.setConfig({ testTimeout: 120_000 });

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const scenario = (id: string) => MODALITY_SCENARIOS.find((s) => s.id === id)!;

describe('critical values', () => {
  it('rise with the level and stay near the asymptote for large n', () => {
    for (const row of DIP_CRITICAL_VALUES) {
      for (let c = 2; c < row.length; c++) expect(row[c]!).toBeGreaterThan(row[c - 1]!);
    }
    // √n·dip settles: the 5 % value moves by under 3 % between n = 1,000 and the largest size.
    const at1000 = criticalScaledDip(1000, 0.05);
    const atLargest = criticalScaledDip(DIP_CRITICAL_VALUES.at(-1)![0], 0.05);
    expect(Math.abs(atLargest / at1000 - 1)).toBeLessThan(0.03);
    expect(criticalScaledDip(10_000_000, 0.05)).toBe(atLargest);
  });

  it('interpolates between tabulated sizes', () => {
    const [lowRow, highRow] = [
      DIP_CRITICAL_VALUES.find((r) => r[0] === 100)!,
      DIP_CRITICAL_VALUES.find((r) => r[0] === 150)!,
    ];
    const column = DIP_CRITICAL_LEVELS.indexOf(0.05) + 1;
    const mid = criticalScaledDip(122, 0.05);
    expect(mid).toBeGreaterThanOrEqual(Math.min(lowRow[column]!, highRow[column]!));
    expect(mid).toBeLessThanOrEqual(Math.max(lowRow[column]!, highRow[column]!));
  });
});

describe('checkMultimodality', () => {
  it('needs a few samples', () => {
    expect(checkMultimodality(sortSamples(range(1, MULTIMODALITY_MIN_SAMPLES - 1)))).toEqual({
      kind: 'too-few-samples',
      n: MULTIMODALITY_MIN_SAMPLES - 1,
      minN: MULTIMODALITY_MIN_SAMPLES,
    });
  });

  it('warns on two clear populations and says where they sit', () => {
    const check = checkMultimodality(sortSamples([...range(18, 27), ...range(195, 206)]));
    expect(check).toMatchObject({ kind: 'checked', multimodal: true, pBelow: 0.01 });
    if (check.kind !== 'checked') return;
    expect(check.split).toMatchObject({ splitMs: 27, lowerMedianMs: 22.5, upperMedianMs: 200.5 });
    expect(check.split!.lowerShare).toBeCloseTo(10 / 22, 12);
  });

  it('stays quiet on one population, rounded or not', () => {
    const check = checkMultimodality(sortSamples(range(1, 60)));
    expect(check).toMatchObject({ kind: 'checked', multimodal: false, split: null, tiesSpread: false });
    const rounded = checkMultimodality(
      sortSamples([5, 5, 6, 6, 6, 6, 6, 7, 7, 7, 7, 7, 7, 7, 8, 8, 8, 8, 9, 9, 10, 12]),
    );
    expect(rounded).toMatchObject({ kind: 'checked', multimodal: false, tiesSpread: true });
  });

  it('calls a constant sample one population', () => {
    expect(checkMultimodality(sortSamples(new Array(30).fill(4)))).toMatchObject({
      kind: 'checked',
      multimodal: false,
    });
  });
});

describe('large samples', () => {
  it('thins to evenly spaced order statistics whose dip is within 1/m of the full dip', () => {
    const x = drawSamples(logNormal(60, 0.5), mulberry32(41), 3 * DIP_THINNED_POINTS).sort();
    const full = dipStatistic(x);
    const thinned = dipStatistic(evenlySpacedOrderStatistics(x, DIP_THINNED_POINTS));
    expect(Math.abs(full - thinned)).toBeLessThanOrEqual(1 / DIP_THINNED_POINTS + 1 / x.length);
  });

  it('still warns on a large bimodal side and stays quiet on a large unimodal one', () => {
    const random = mulberry32(42);
    const bimodal = drawSamples(
      mixture([
        [0.5, normal(40, 5)],
        [0.5, normal(60, 5)],
      ]),
      random,
      300_000,
    ).sort();
    expect(checkMultimodality(bimodal)).toMatchObject({ kind: 'checked', multimodal: true, n: 300_000 });
    // Three decimals, as load testers print: ties everywhere, spread before the test.
    const rounded = drawSamples(logNormal(60, 0.4), random, 300_000)
      .map((v) => Math.round(v * 1000) / 1000)
      .sort();
    expect(checkMultimodality(rounded)).toMatchObject({ kind: 'checked', multimodal: false });
  });
});

describe('splitPopulations', () => {
  it('has no split for a constant sample', () => {
    expect(splitPopulations([3, 3, 3])).toBeNull();
  });

  it('splits between distinct values only', () => {
    const split = splitPopulations([1, 1, 1, 9, 9, 9, 9]);
    expect(split).toMatchObject({ splitMs: 1, lowerShare: 3 / 7, lowerMedianMs: 1, upperMedianMs: 9 });
  });
});

/**
 * Small seeded version of the false-alarm and detection study (the full table is in
 * scripts/bench/latency-coverage.mjs). 400 samples a cell: a false-alarm rate at the 5 % level
 * would have a standard error of 1.1 points, so "at most 5 % + 2 SE" is the bound held to.
 */
describe('false alarms and detections by seeded simulation', () => {
  const runs = 400;
  const falseAlarmBound = MULTIMODALITY_LEVEL + 2 * Math.sqrt((MULTIMODALITY_LEVEL * (1 - MULTIMODALITY_LEVEL)) / runs);

  it.each([
    ['lognormal-1', 200],
    ['gamma-2', 1000],
    ['exponential', 200],
    ['lognormal-rounded', 1000],
  ])('%s, n = %s: false alarms within the level', (id, n) => {
    const row = modalityRow(scenario(id), n, runs, 31 + n);
    expect(row.rate).toBeLessThanOrEqual(falseAlarmBound);
  });

  // Detection floors sit well under the full study's rates (97 %, 100 % and 97 % with 1,000
  // samples a cell) but far above what a test blind to bimodality would give (≤ 5 %).
  it.each([
    ['far-bimodal', 20, 0.9],
    ['hit-rate-80', 200, 0.9],
    ['near-bimodal', 200, 0.9],
  ])('%s, n = %s: detected in at least %s of samples', (id, n, least) => {
    const row = modalityRow(scenario(id), n, runs, 77 + n);
    expect(row.rate).toBeGreaterThanOrEqual(least);
  });
});
