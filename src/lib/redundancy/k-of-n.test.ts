import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { binomialCoefficient, kOfNGroup } from './k-of-n';

describe('binomialCoefficient', () => {
  it('matches Pascal’s triangle', () => {
    expect([0, 1, 2, 3, 4].map((j) => binomialCoefficient(4, j))).toEqual([1, 4, 6, 4, 1]);
    expect(binomialCoefficient(20, 10)).toBe(184_756);
    expect(binomialCoefficient(3, 5)).toBe(0);
  });
});

describe('kOfNGroup', () => {
  it('gives 0.9477 for 3 of 4 units each 0.9 good (worked binomial example)', () => {
    // Reliability Analytics, "Reliability modeling: k-out-of-n configuration":
    // R⁴ + 4R³Q with R = 0.9 → 0.6561 + 0.2916 = 0.9477.
    expect(kOfNGroup(4, 3, 0.9, 0.1, 0).availability).toBeCloseTo(0.9477, 12);
  });

  it('reduces to a parallel pair, 1 − u², and a series pair, a², by hand', () => {
    expect(kOfNGroup(2, 1, 0.9, 0.1, 0).unavailability).toBeCloseTo(0.01, 15);
    expect(kOfNGroup(2, 2, 0.9, 0.1, 0).availability).toBeCloseTo(0.81, 15);
  });

  it('counts parallel-pair outages as "one host down, the other fails": 2·a·u·λ', () => {
    const lambda = 1 / 480;
    const a = 480 / 482;
    const u = 2 / 482;
    expect(kOfNGroup(2, 1, a, u, lambda).outagesPerHour).toBeCloseTo(2 * a * u * lambda, 18);
  });

  it('keeps tiny unavailabilities instead of losing them in 1 − A', () => {
    const group = kOfNGroup(10, 1, 1 - 1e-9, 1e-9, 0);
    expect(group.unavailability / 1e-90).toBeCloseTo(1, 9);
    expect(group.availability).toBe(1);
  });

  it('sums to one and balances outage starts against repairs (frequency balance)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 1, max: n }))),
        fc.double({ min: 1e-6, max: 10, noNaN: true }),
        fc.double({ min: 1e-3, max: 10, noNaN: true }),
        ([n, k], lambda, mu) => {
          const a = mu / (lambda + mu);
          const u = lambda / (lambda + mu);
          const group = kOfNGroup(n, k, a, u, lambda);
          expect(group.availability + group.unavailability).toBeCloseTo(1, 12);
          // In steady state, entries into the failed set equal exits from it: the group is
          // repaired when it has exactly k − 1 up and one of the n − k + 1 down hosts comes back.
          const repairsPerHour = binomialCoefficient(n, k - 1) * a ** (k - 1) * u ** (n - k + 1) * (n - k + 1) * mu;
          expect(Math.abs(group.outagesPerHour - repairsPerHour)).toBeLessThanOrEqual(1e-12 * repairsPerHour + 1e-300);
        },
      ),
    );
  });

  it('is monotone in each host’s availability', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 1, max: n }))),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ([n, k], p, q) => {
          const [low, high] = p <= q ? [p, q] : [q, p];
          const worse = kOfNGroup(n, k, low, 1 - low, 0).availability;
          const better = kOfNGroup(n, k, high, 1 - high, 0).availability;
          expect(better).toBeGreaterThanOrEqual(worse - 1e-15);
        },
      ),
    );
  });
});
