/**
 * Seeded coverage study of the median-difference intervals: draw many pairs of samples from two
 * known distributions, compute each method's 95 % interval, and count how often it holds the true
 * difference of the population medians (from the distributions' CDFs, not from data).
 *
 * Shared by the unit test (a few rows, a few hundred pairs) and scripts/bench/latency-coverage.mjs
 * (every row, thousands of pairs), so both measure exactly the code the page runs.
 */
import {
  drawSamples,
  erlang,
  logNormal,
  mixture,
  normal,
  trueQuantile,
  type LatencyDistribution,
} from './latency-distributions.ts';
import { bootstrapMedianDiff } from './median-bootstrap.ts';
import { medianDiff, type MedianDiff } from './median-diff.ts';
import { mulberry32 } from './seeded-random.ts';

export interface CoverageScenario {
  id: string;
  description: string;
  a: LatencyDistribution;
  b: LatencyDistribution;
  /** Given where it is known exactly (a pure shift); otherwise computed from the two CDFs. */
  trueDiffMs?: number;
}

export type IntervalMethod = (sortedA: Float64Array, sortedB: Float64Array) => MedianDiff;

export const COVERAGE_METHODS = {
  /** The interval the page showed before issue 15: order-statistic standard errors in quadrature. */
  'order-statistic SE (old)': medianDiff,
  /** The percentile bootstrap the page shows now. */
  'percentile bootstrap (new)': bootstrapMedianDiff,
} satisfies Record<string, IntervalMethod>;
export type CoverageMethodName = keyof typeof COVERAGE_METHODS;

const farBimodal = mixture([
  [0.5, normal(20, 2)],
  [0.5, normal(200, 20)],
]);
const nearBimodal = mixture([
  [0.5, normal(40, 5)],
  [0.5, normal(60, 5)],
]);
/** Median of gamma(shape 2) in units of its scale (≈ 1.678), so B can be given A's median. */
const ERLANG2_MEDIAN = trueQuantile(erlang(2, 1), 0.5);

export const COVERAGE_SCENARIOS: CoverageScenario[] = [
  {
    id: 'lognormal-shift',
    description: 'unimodal, right-skewed: lognormal medians 60 and 112 ms, σ 0.4 (the KVM story)',
    a: logNormal(60, 0.4),
    b: logNormal(112, 0.4),
  },
  {
    id: 'gamma-shift',
    description: 'unimodal, gamma-shaped (shape 2): 5 ms + scale 15 vs 5 ms + scale 20',
    a: erlang(2, 15, 5),
    b: erlang(2, 20, 5),
  },
  {
    id: 'unequal-shapes',
    description: 'equal medians (80 ms), unequal shapes: narrow lognormal σ 0.15 vs gamma shape 2',
    a: logNormal(80, 0.15),
    b: erlang(2, 80 / ERLANG2_MEDIAN),
  },
  {
    id: 'far-bimodal',
    description: 'both sides 50/50 N(20, 2) + N(200, 20) ms (cache hit or miss), no difference',
    a: farBimodal,
    b: farBimodal,
    trueDiffMs: 0,
  },
  {
    id: 'hit-rate-drop',
    description: 'cache hit rate drops from 80 % to 65 %: hits N(20, 2), misses N(200, 20) ms',
    a: mixture([
      [0.8, normal(20, 2)],
      [0.2, normal(200, 20)],
    ]),
    b: mixture([
      [0.65, normal(20, 2)],
      [0.35, normal(200, 20)],
    ]),
  },
  {
    id: 'near-bimodal',
    description: 'both sides 50/50 N(40, 5) + N(60, 5) ms, no difference',
    a: nearBimodal,
    b: nearBimodal,
    trueDiffMs: 0,
  },
  {
    id: 'bimodal-vs-unimodal',
    description: 'equal medians (50 ms), unequal shapes: 50/50 N(40, 5) + N(60, 5) vs N(50, 10)',
    a: nearBimodal,
    b: normal(50, 10),
    trueDiffMs: 0,
  },
];

export const COVERAGE_SIZES = [20, 50, 200, 1000] as const;

export function trueMedianDiff(scenario: CoverageScenario): number {
  return scenario.trueDiffMs ?? trueQuantile(scenario.b, 0.5) - trueQuantile(scenario.a, 0.5);
}

export interface CoverageRow {
  scenario: string;
  n: number;
  method: CoverageMethodName;
  pairs: number;
  covered: number;
  coverage: number;
  /** Binomial standard error of the coverage estimate, √(c(1 − c)/pairs). */
  standardError: number;
  /** Median interval width, ms: a method could cover by being uselessly wide. */
  medianWidthMs: number;
  /** Runs whose verdict named a slower side although the true difference is 0 (only for equal medians). */
  falseVerdicts: number | null;
}

/**
 * Coverage of every method on `pairs` seeded pairs of samples of size n a side. All methods see
 * the same pairs, so their rows differ only by method.
 */
export function coverageRows(
  scenario: CoverageScenario,
  n: number,
  pairs: number,
  seed: number,
  methods: CoverageMethodName[] = Object.keys(COVERAGE_METHODS) as CoverageMethodName[],
): CoverageRow[] {
  const truth = trueMedianDiff(scenario);
  const random = mulberry32(seed);
  const tallies = methods.map(() => ({ covered: 0, widths: new Float64Array(pairs), falseVerdicts: 0 }));
  for (let pair = 0; pair < pairs; pair++) {
    const a = drawSamples(scenario.a, random, n).sort();
    const b = drawSamples(scenario.b, random, n).sort();
    methods.forEach((name, m) => {
      const diff = COVERAGE_METHODS[name](a, b);
      const tally = tallies[m]!;
      if (diff.kind !== 'interval') throw new Error(`${name} gave no interval at n = ${n}`);
      if (diff.lowMs <= truth && truth <= diff.highMs) tally.covered++;
      else if (truth === 0) tally.falseVerdicts++;
      tally.widths[pair] = diff.highMs - diff.lowMs;
    });
  }
  return methods.map((method, m) => {
    const tally = tallies[m]!;
    const coverage = tally.covered / pairs;
    tally.widths.sort();
    return {
      scenario: scenario.id,
      n,
      method,
      pairs,
      covered: tally.covered,
      coverage,
      standardError: Math.sqrt((coverage * (1 - coverage)) / pairs),
      medianWidthMs: tally.widths[Math.floor(pairs / 2)] as number,
      falseVerdicts: truth === 0 ? tally.falseVerdicts : null,
    };
  });
}
