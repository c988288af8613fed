/**
 * The small, fast version of the seeded coverage study; the full table (every scenario, n = 20,
 * 50, 200 and 1,000, 3,000 pairs a row) is printed by scripts/bench/latency-coverage.mjs and
 * recorded in docs/benchmarks.md.
 */
import { describe, expect, it, vi } from 'vitest';
import { COVERAGE_SCENARIOS, coverageRows, trueMedianDiff, type CoverageScenario } from './coverage-simulation.ts';

vi.setConfig({ testTimeout: 120_000 });

const FLOOR = 0.94;
const PAIRS = 300;
/**
 * A row passes at or above 94 % minus two binomial standard errors of a PAIRS-run estimate at
 * 94 % (√(0.94·0.06/300) = 1.4 points, so 91.3 %). A method truly at the floor passes with
 * probability 97.7 %; one truly at 88 % (the old method on the near mixture) fails with
 * probability above 99 %. The rows pooled are held to the same rule with their larger count.
 */
const tolerance = (pairs: number) => 2 * Math.sqrt((FLOOR * (1 - FLOOR)) / pairs);

const scenario = (id: string): CoverageScenario => {
  const found = COVERAGE_SCENARIOS.find((s) => s.id === id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
};

// The rows most likely to break: the smallest samples, both mixtures, unequal shapes.
const ROWS: Array<[string, number]> = [
  ['far-bimodal', 20],
  ['far-bimodal', 50],
  ['near-bimodal', 20],
  ['unequal-shapes', 50],
];

describe('seeded coverage of the 95 % median-difference interval', () => {
  const results = ROWS.map(([id, n], i) => coverageRows(scenario(id), n, PAIRS, 9000 + i));

  it.each(ROWS.map(([id, n], i) => [id, n, i] as const))(
    '%s, n = %s: the bootstrap keeps the 94 %% floor',
    (_id, _n, i) => {
      const row = results[i]!.find((r) => r.method === 'percentile bootstrap (new)')!;
      expect(row.coverage).toBeGreaterThanOrEqual(FLOOR - tolerance(PAIRS));
    },
  );

  it('pooled over the rows, the bootstrap keeps the floor', () => {
    const rows = results.map((r) => r.find((row) => row.method === 'percentile bootstrap (new)')!);
    const pairs = rows.reduce((s, r) => s + r.pairs, 0);
    const covered = rows.reduce((s, r) => s + r.covered, 0);
    expect(covered / pairs).toBeGreaterThanOrEqual(FLOOR - tolerance(pairs));
  });

  it('the study sees the old interval fail on the far mixture (it is no rubber stamp)', () => {
    for (const i of [0, 1]) {
      const old = results[i]!.find((r) => r.method === 'order-statistic SE (old)')!;
      expect(old.coverage).toBeLessThan(0.8);
    }
  });

  it('computes true differences from the distributions', () => {
    expect(trueMedianDiff(scenario('lognormal-shift'))).toBeCloseTo(52, 6);
    expect(trueMedianDiff(scenario('unequal-shapes'))).toBeCloseTo(0, 6);
    // 80 % hits: median at the 62.5th percentile of N(20, 2); 65 %: at the 76.9th.
    expect(trueMedianDiff(scenario('hit-rate-drop'))).toBeCloseTo(2 * (0.7363159 - 0.3186394), 4);
  });
});
