import { describe, expect, it, vi } from 'vitest';
import { analyseLatency } from './analyse.ts';
import { mixture, normal, trueQuantile, type LatencyDistribution } from './latency-distributions.ts';
import { bootstrapMedianDiff } from './median-bootstrap.ts';
import { medianVerdict, type Verdict } from './median-diff.ts';
import { mannWhitney, type MannWhitneyResult } from './rank-test.ts';
import { agreementText, compareTests, pValueText } from './verdict-agreement.ts';

vi.setConfig({ testTimeout: 60_000 });

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** n evenly spread quantiles of a distribution: a smooth sample without sampling noise. */
function quantileSample(dist: LatencyDistribution, n: number): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => trueQuantile(dist, (i + 0.5) / n, -100, 1000));
}

function bothTests(a: ArrayLike<number>, b: ArrayLike<number>) {
  const sortedA = Float64Array.from(a).sort();
  const sortedB = Float64Array.from(b).sort();
  const verdict = medianVerdict(bootstrapMedianDiff(sortedA, sortedB));
  const rank = mannWhitney(sortedA, sortedB);
  return { verdict, rank, agreement: compareTests(verdict, rank) };
}

describe('compareTests on constructed samples', () => {
  it('agrees on a plain shift', () => {
    const { agreement } = bothTests(range(1, 60), range(21, 80));
    expect(agreement).toMatchObject({ kind: 'agree', direction: 'b-slower' });
    expect(agreementText(agreement)).toBeNull();
  });

  it('rank test only: same median, but half of B is far slower', () => {
    // A = 1…101; B = A's lower 51 values and 50 values from 300 ms up. Both medians are 51, but
    // B's slow half beats every A request: U_B/(n·m) = 0.62, p ≈ 0.003. The resampled median of
    // B lands in the slow half almost half the time, so the interval reaches far above 0.
    const { verdict, rank, agreement } = bothTests(range(1, 101), [...range(1, 51), ...range(300, 349)]);
    expect(verdict.kind).toBe('no-difference');
    expect(rank).toMatchObject({ kind: 'tested' });
    expect(agreement).toMatchObject({ kind: 'rank-test-only', rankDirection: 'b-slower' });
    const text = agreementText(agreement)!;
    expect(text).toContain("B's requests tend to be slower");
    expect(text).toContain('62 % of the time');
    expect(text).toContain('p = 0.00');
  });

  it('median only: B is slower at the middle but not as a whole', () => {
    // A ~ N(50, 10). B: 55 % near 60 ms and 45 % near 37.5 ms, so B's median is about 56 ms while a
    // random B request beats a random A request about half the time.
    const a = quantileSample(normal(50, 10), 400);
    const b = quantileSample(
      mixture([
        [0.55, normal(60, 3)],
        [0.45, normal(37.5, 3)],
      ]),
      400,
    );
    const { verdict, agreement } = bothTests(a, b);
    expect(verdict.kind).toBe('b-slower');
    expect(agreement).toMatchObject({ kind: 'median-only', medianDirection: 'b-slower' });
    expect(agreementText(agreement)).toContain("B's median is higher, but the Mann–Whitney test does not find");
  });

  it('opposite: the median says B is slower, the ranks say A is', () => {
    const a = quantileSample(normal(50, 10), 2000);
    const b = quantileSample(
      mixture([
        [0.55, normal(60, 3)],
        [0.45, normal(10, 3)],
      ]),
      2000,
    );
    const { verdict, agreement } = bothTests(a, b);
    expect(verdict.kind).toBe('b-slower');
    expect(agreement).toMatchObject({ kind: 'opposite', medianDirection: 'b-slower', rankDirection: 'a-slower' });
    expect(agreementText(agreement)).toContain('a random request from A is slower than one from B');
  });
});

describe('compareTests rules', () => {
  const tested = (p: number, probBSlower: number): MannWhitneyResult => ({
    kind: 'tested',
    nA: 30,
    nB: 30,
    uB: probBSlower * 900,
    probBSlower,
    pValue: p,
    method: 'exact',
    z: null,
    hasTies: false,
  });
  const bSlower: Verdict = { kind: 'b-slower', byMs: 5, lowMs: 1, highMs: 9 };
  const none: Verdict = { kind: 'no-difference', reason: 'interval-includes-zero', diffMs: 1 };
  const tooFew: Verdict = { kind: 'no-difference', reason: 'too-few-samples', diffMs: 1 };

  it('classifies every combination', () => {
    expect(compareTests(bSlower, tested(0.01, 0.7)).kind).toBe('agree');
    expect(compareTests(none, tested(0.3, 0.55))).toMatchObject({ kind: 'agree', direction: null });
    expect(compareTests(none, tested(0.01, 0.3))).toMatchObject({ kind: 'rank-test-only', rankDirection: 'a-slower' });
    expect(compareTests(bSlower, tested(0.2, 0.55))).toMatchObject({
      kind: 'median-only',
      medianDirection: 'b-slower',
    });
    expect(compareTests(bSlower, tested(0.001, 0.4))).toMatchObject({ kind: 'opposite', rankDirection: 'a-slower' });
    expect(compareTests(bSlower, { kind: 'all-equal', nA: 3, nB: 3 }).kind).toBe('not-tested');
    expect(compareTests(tooFew, tested(0.01, 0.9)).kind).toBe('not-tested');
  });

  it('treats p exactly at the level as not significant', () => {
    expect(compareTests(none, tested(0.05, 0.7)).kind).toBe('agree');
  });

  it('writes p-values for people', () => {
    expect([0.5, 0.0312, 0.0049, 0.00042, 0.00001].map(pValueText)).toEqual([
      'p = 0.50',
      'p = 0.03',
      'p = 0.005',
      'p = 0.0004',
      'p < 0.0001',
    ]);
  });
});

describe('analyseLatency exposes the rank test and the agreement', () => {
  it('reports both on pasted samples', () => {
    const text = (values: number[]) => values.join('\n');
    const result = analyseLatency(
      { text: text(range(1, 101)), unit: 'ms', column: null },
      { text: text([...range(1, 51), ...range(300, 349)]), unit: 'ms', column: null },
    );
    expect(result.rankTest).toMatchObject({ kind: 'tested', nA: 101, nB: 101 });
    expect(result.agreement?.kind).toBe('rank-test-only');
    expect(result.b.multimodality).toMatchObject({ kind: 'checked', multimodal: true });
    expect(result.a.multimodality).toMatchObject({ kind: 'checked', multimodal: false });
  });
});
