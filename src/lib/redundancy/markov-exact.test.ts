import { describe, expect, it } from 'vitest';
import { binomialCoefficient } from './k-of-n';
import { exactBetaFactorChain, solveSteadyState } from './markov-exact';

describe('solveSteadyState (GTH state reduction)', () => {
  it('solves the two-state up/down chain: π = (μ, λ) / (λ + μ)', () => {
    const [up, down] = solveSteadyState([
      [0, 0.2],
      [3, 0],
    ]);
    expect(up).toBeCloseTo(3 / 3.2, 15);
    expect(down).toBeCloseTo(0.2 / 3.2, 15);
  });

  it('solves a three-state cycle by hand: π_i ∝ 1 / (rate out of i)', () => {
    // 0 → 1 at 1, 1 → 2 at 2, 2 → 0 at 4: flow is the same around the cycle, so π ∝ (1, 1/2, 1/4).
    const pi = solveSteadyState([
      [0, 1, 0],
      [0, 0, 2],
      [4, 0, 0],
    ]);
    expect(pi[0]).toBeCloseTo(4 / 7, 15);
    expect(pi[1]).toBeCloseTo(2 / 7, 15);
    expect(pi[2]).toBeCloseTo(1 / 7, 15);
  });

  it('refuses a chain with a state that cannot move down', () => {
    expect(() =>
      solveSteadyState([
        [0, 1],
        [0, 0],
      ]),
    ).toThrow(/irreducible/);
  });
});

describe('exactBetaFactorChain', () => {
  it('without common cause, gives the binomial of independent hosts, even at 1e-24', () => {
    const lambda = 1e-6;
    const mttr = 1;
    const u = (lambda * mttr) / (1 + lambda * mttr);
    const chain = exactBetaFactorChain({
      n: 4,
      k: 1,
      independentFailuresPerHour: lambda,
      commonCauseFailuresPerHour: 0,
      mttrHours: mttr,
    });
    chain.stateProbabilities.slice(0, 5).forEach((p, down) => {
      const expected = binomialCoefficient(4, down) * u ** down * (1 - u) ** (4 - down);
      expect(p / expected).toBeCloseTo(1, 10);
    });
    expect(chain.groupUnavailability / u ** 4).toBeCloseTo(1, 10);
  });

  it('with common cause only, behaves as one host: U = λ·MTTR / (1 + λ·MTTR)', () => {
    const chain = exactBetaFactorChain({
      n: 3,
      k: 2,
      independentFailuresPerHour: 0,
      commonCauseFailuresPerHour: 1 / 480,
      mttrHours: 2,
    });
    expect(chain.groupUnavailability).toBeCloseTo(2 / 482, 15);
    expect(chain.commonCauseOutagesPerHour).toBeCloseTo(1 / 482, 15);
    expect(chain.independentOutagesPerHour).toBe(0);
  });

  it('spends exactly βx / (1 + βx) of the time in common-cause outages, whatever n and k', () => {
    for (const n of [1, 2, 3, 4]) {
      const chain = exactBetaFactorChain({
        n,
        k: 1,
        independentFailuresPerHour: 0.7 / 100,
        commonCauseFailuresPerHour: 0.3 / 100,
        mttrHours: 5,
      });
      const x = 0.3 * 0.05;
      expect(chain.stateProbabilities[n + 1]).toBeCloseTo(x / (1 + x), 15);
    }
  });
});
