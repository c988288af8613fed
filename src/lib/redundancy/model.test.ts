import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  availabilityAcrossBeta,
  computeRedundancy,
  NEGLIGIBLE_UNAVAILABILITY,
  VALIDITY_LIMIT,
  type RedundancyInput,
  type RedundancyResult,
} from './model';
import { exactBetaFactorChain } from './markov-exact';
import { singleHost } from './single-host';
import { FIELD_RULES, MAX_HOSTS } from './fields';

/** Four units in the last place of a number near 1: rounding, not a change in the model. */
const ROUNDING = 4 * Number.EPSILON;

const story: RedundancyInput = { n: 2, k: 1, mtbfDays: 20, mttrHours: 2, beta: 1 };

/** Any input the calculator accepts. */
const validInput = fc.integer({ min: 1, max: MAX_HOSTS }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    k: fc.integer({ min: 1, max: n }),
    mtbfDays: fc.double({ min: FIELD_RULES.mtbfDays.min, max: FIELD_RULES.mtbfDays.max, noNaN: true }),
    mttrHours: fc.double({ min: FIELD_RULES.mttrHours.min, max: FIELD_RULES.mttrHours.max, noNaN: true }),
    beta: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
);

/** Inputs inside the stated validity range, n·MTTR/MTBF ≤ VALIDITY_LIMIT, for groups up to maxHosts. */
function inputInValidity(maxHosts: number) {
  return fc
    .integer({ min: 1, max: maxHosts })
    .chain((n) =>
      fc.record({
        n: fc.constant(n),
        k: fc.integer({ min: 1, max: n }),
        mtbfDays: fc.double({ min: 1, max: FIELD_RULES.mtbfDays.max, noNaN: true }),
        // The error term n·x itself, from far inside the range up to its edge.
        errorTerm: fc.double({ min: 1e-7, max: VALIDITY_LIMIT, noNaN: true }),
        beta: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
    )
    .map(({ errorTerm, ...rest }) => ({ ...rest, mttrHours: (errorTerm / rest.n) * rest.mtbfDays * 24 }))
    .filter((input) => input.mttrHours >= FIELD_RULES.mttrHours.min && input.mttrHours <= FIELD_RULES.mttrHours.max);
}

function exactFor(input: RedundancyInput) {
  const lambda = 1 / (input.mtbfDays * 24);
  return exactBetaFactorChain({
    n: input.n,
    k: input.k,
    independentFailuresPerHour: (1 - input.beta) * lambda,
    commonCauseFailuresPerHour: input.beta * lambda,
    mttrHours: input.mttrHours,
  });
}

function relativeError(approx: number, exact: number): number {
  if (exact === 0) return approx === 0 ? 0 : Infinity;
  return Math.abs(approx - exact) / exact;
}

function allNumbers(result: RedundancyResult): number[] {
  const { improvement, withinValidity, ...numbers } = result;
  return [...Object.values(numbers), improvement.kind === 'factor' ? improvement.factor : 0];
}

describe('computeRedundancy: the LXC story worked by hand', () => {
  it('β = 1: the pair is exactly one host (A = 480/482, 36.35 h down, 18.17 outages a year)', () => {
    const result = computeRedundancy(story);
    expect(result.singleAvailability).toBeCloseTo(480 / 482, 15);
    expect(result.groupAvailability).toBe(result.singleAvailability);
    expect(result.downtimeHoursPerYear).toBeCloseTo((8760 * 2) / 482, 10); // 36.35 h
    expect(result.groupOutagesPerYear).toBeCloseTo(8760 / 482, 10); // 18.17
    expect(result.commonCauseOutagesPerYear).toBeCloseTo(8760 / 482, 10);
    expect(result.independentOutagesPerYear).toBe(0);
    expect(result.improvement).toEqual({ kind: 'factor', factor: 1 });
  });

  it('β = 0: U = (2/482)², 0.1508 h down and 0.1508 outages a year, 241 times better', () => {
    const result = computeRedundancy({ ...story, beta: 0 });
    const u = 2 / 482;
    expect(result.groupUnavailability).toBeCloseTo(u * u, 18); // 1.7217e-5
    expect(result.groupAvailability).toBeCloseTo(1 - u * u, 15); // 0.99998278
    expect(result.downtimeHoursPerYear).toBeCloseTo((8760 * 4) / 482 ** 2, 12);
    // Outages start when one host is down and the other fails: 2·a·u·λ per hour.
    expect(result.groupOutagesPerYear).toBeCloseTo(2 * (480 / 482) * u * (1 / 480) * 8760, 12);
    expect(result.commonCauseOutagesPerYear).toBe(0);
    // Improvement = u / u² = 1 / u = 241 (= 1 + MTBF/MTTR).
    expect(result.improvement.kind).toBe('factor');
    if (result.improvement.kind === 'factor') expect(result.improvement.factor).toBeCloseTo(241, 9);
  });

  it('β = 0.1 by hand: U_cc = 1/2401, each host’s own share 0.9/241', () => {
    const result = computeRedundancy({ ...story, beta: 0.1 });
    const uCc = 1 / 2401; // βx/(1+βx) with x = 1/240
    const uHost = 0.9 / 241; // (1−β)x/(1+x)
    expect(result.groupUnavailability).toBeCloseTo(uCc + (1 - uCc) * uHost ** 2, 15);
    // The common-cause term dominates: about 4.2e-4 against 1.4e-5.
    expect(uCc).toBeGreaterThan(20 * uHost ** 2);
  });
});

describe('computeRedundancy: special cases', () => {
  it('1-of-1 is one host, whatever β', () => {
    for (const beta of [0, 0.25, 0.5, 0.9, 1]) {
      const result = computeRedundancy({ n: 1, k: 1, mtbfDays: 3, mttrHours: 7, beta });
      const host = singleHost(72, 7);
      expect(result.groupAvailability).toBeCloseTo(host.availability, 14);
      expect(result.groupOutagesPerYear).toBeCloseTo(host.outagesPerHour * 8760, 10);
    }
  });

  it('k = n with β = 0 is a series chain: A = A₁ⁿ', () => {
    const result = computeRedundancy({ n: 3, k: 3, mtbfDays: 10, mttrHours: 12, beta: 0 });
    expect(result.groupAvailability).toBeCloseTo((240 / 252) ** 3, 15);
    expect(result.improvement.kind === 'factor' && result.improvement.factor).toBeLessThan(1);
  });

  it('k = n with β = 1 is one host again: a shared cause makes a series chain no worse than one host', () => {
    const result = computeRedundancy({ n: 3, k: 3, mtbfDays: 10, mttrHours: 12, beta: 1 });
    expect(result.groupAvailability).toBeCloseTo(240 / 252, 15);
  });

  it('2-of-3 with β = 0.05 and λ·MTTR = 1e-3 matches the rare-event sum βx + 3((1−β)x)²', () => {
    // The rare-event form used in safety texts (for example the beta-factor examples around
    // IEC 61508-6): common part βx plus three ways two of three can be down independently.
    const result = computeRedundancy({ n: 3, k: 2, mtbfDays: 1000 / 24, mttrHours: 1, beta: 0.05 });
    const rareEvent = 0.05e-3 + 3 * 0.95e-3 ** 2; // ≈ 5.27e-5
    expect(relativeError(result.groupUnavailability, rareEvent)).toBeLessThan(5e-3);
  });

  it('reports a group that is practically never down as its own case, not a huge or infinite factor', () => {
    const result = computeRedundancy({ n: 20, k: 1, mtbfDays: 36_500, mttrHours: 0.01, beta: 0 });
    expect(result.groupUnavailability).toBeLessThan(NEGLIGIBLE_UNAVAILABILITY);
    expect(result.improvement).toEqual({ kind: 'no-group-outage' });
    expect(allNumbers(result).every(Number.isFinite)).toBe(true);
  });

  it('flags inputs outside the validity range', () => {
    expect(computeRedundancy(story).withinValidity).toBe(true);
    const slow = computeRedundancy({ ...story, mttrHours: 48 }); // n·x = 0.2
    expect(slow.approximationRatio).toBeCloseTo(0.2, 15);
    expect(slow.withinValidity).toBe(false);
  });
});

describe('computeRedundancy against the exact Markov chain', () => {
  it('is exact (to rounding) at β = 0, β = 1 and for one host', () => {
    fc.assert(
      fc.property(validInput, fc.constantFrom(0, 1), (input, beta) => {
        const small = { ...input, n: Math.min(input.n, 4), k: Math.min(input.k, input.n, 4), beta };
        for (const case_ of [small, { ...input, n: 1, k: 1 }]) {
          const approx = computeRedundancy(case_);
          const exact = exactFor(case_);
          expect(relativeError(approx.groupUnavailability, exact.groupUnavailability)).toBeLessThan(1e-9);
        }
      }),
    );
  });

  it('for n ≤ 4 inside the validity range, every output is within 0.5·n·MTTR/MTBF of exact', () => {
    // The closed form's only approximation (hosts independent outside common-cause outages)
    // has an error of order n·x. Measured worst case: 0.29·n·x, on the independent-outage count
    // when β is near 1; group unavailability stays within 0.005·n·x.
    fc.assert(
      fc.property(inputInValidity(4), (input) => {
        const approx = computeRedundancy(input);
        const exact = exactFor(input);
        const errorTerm = approx.approximationRatio;
        const tolerance = Math.max(0.5 * errorTerm, 1e-12);
        expect(relativeError(approx.groupUnavailability, exact.groupUnavailability)).toBeLessThanOrEqual(
          Math.max(0.01 * errorTerm, 1e-12),
        );
        expect(relativeError(approx.groupAvailability, 1 - exact.groupUnavailability)).toBeLessThanOrEqual(tolerance);
        expect(
          relativeError(approx.commonCauseOutagesPerYear, exact.commonCauseOutagesPerHour * 8760),
        ).toBeLessThanOrEqual(tolerance);
        expect(
          relativeError(approx.independentOutagesPerYear, exact.independentOutagesPerHour * 8760),
        ).toBeLessThanOrEqual(tolerance);
      }),
      { numRuns: 500 },
    );
  });

  it('for every group size up to 20 at the edge of the validity range, stays within n·MTTR/MTBF', () => {
    for (let n = 1; n <= MAX_HOSTS; n += 1) {
      for (let k = 1; k <= n; k += 1) {
        for (const beta of [0.001, 0.1, 0.5, 0.9, 0.999]) {
          const input = { n, k, mtbfDays: 20, mttrHours: (VALIDITY_LIMIT / n) * 480, beta };
          const approx = computeRedundancy(input);
          const exact = exactFor(input);
          const pairs: [number, number][] = [
            [approx.groupUnavailability, exact.groupUnavailability],
            [approx.commonCauseOutagesPerYear, exact.commonCauseOutagesPerHour * 8760],
            [approx.independentOutagesPerYear, exact.independentOutagesPerHour * 8760],
          ];
          for (const [a, e] of pairs) expect(relativeError(a, e)).toBeLessThanOrEqual(VALIDITY_LIMIT);
        }
      }
    }
  });
});

describe('computeRedundancy: properties over every valid input', () => {
  it('gives finite, non-negative numbers and availabilities in [0, 1]', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const result = computeRedundancy(input);
        for (const value of allNumbers(result)) {
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
        }
        for (const value of [result.singleAvailability, result.groupAvailability, result.groupUnavailability]) {
          expect(value).toBeLessThanOrEqual(1);
        }
        expect(result.groupAvailability + result.groupUnavailability).toBeCloseTo(1, 12);
        expect(result.groupOutagesPerYear).toBeCloseTo(
          result.commonCauseOutagesPerYear + result.independentOutagesPerYear,
          12,
        );
        expect(result.improvement.kind === 'no-group-outage').toBe(
          result.groupUnavailability < NEGLIGIBLE_UNAVAILABILITY,
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('with β = 1 the group equals one host, for any n and k', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const result = computeRedundancy({ ...input, beta: 1 });
        expect(result.groupAvailability).toBe(result.singleAvailability);
        expect(result.groupUnavailability).toBe(result.singleUnavailability);
        expect(result.groupOutagesPerYear).toBeCloseTo(result.singleOutagesPerYear, 9);
        if (result.improvement.kind === 'factor') expect(result.improvement.factor).toBe(1);
      }),
    );
  });

  it('never improves on one host by more than about 1/β (the common-cause floor)', () => {
    // The group is down at least while a common cause is: U_group ≥ U_cc = βx/(1+βx), so
    // improvement ≤ U₁/U_cc = (1 + βx) / (β(1 + x)), which is just under 1/β.
    fc.assert(
      fc.property(validInput, (input) => {
        fc.pre(input.beta > 0);
        const result = computeRedundancy(input);
        const x = input.mttrHours / (input.mtbfDays * 24);
        const ceiling = (1 + input.beta * x) / (input.beta * (1 + x));
        if (result.improvement.kind === 'factor') {
          expect(result.improvement.factor).toBeLessThanOrEqual(ceiling * (1 + 1e-12));
        }
      }),
    );
  });

  it('never gets worse with a longer MTBF', () => {
    fc.assert(
      fc.property(validInput, fc.double({ min: 1, max: 100, noNaN: true }), (input, stretch) => {
        const longer = { ...input, mtbfDays: Math.min(FIELD_RULES.mtbfDays.max, input.mtbfDays * stretch) };
        // A few units in the last place allow for rounding when both are within 1e-16 of 1.
        expect(computeRedundancy(longer).groupAvailability).toBeGreaterThanOrEqual(
          computeRedundancy(input).groupAvailability - ROUNDING,
        );
      }),
    );
  });

  it('never gets better with a longer MTTR', () => {
    fc.assert(
      fc.property(validInput, fc.double({ min: 1, max: 100, noNaN: true }), (input, stretch) => {
        const longer = { ...input, mttrHours: Math.min(FIELD_RULES.mttrHours.max, input.mttrHours * stretch) };
        expect(computeRedundancy(longer).groupAvailability).toBeLessThanOrEqual(
          computeRedundancy(input).groupAvailability + ROUNDING,
        );
      }),
    );
  });

  it('with k < n inside the validity range, never gets better as β grows', () => {
    fc.assert(
      fc.property(
        inputInValidity(MAX_HOSTS).filter((input) => input.k < input.n),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (input, other) => {
          const [low, high] = input.beta <= other ? [input.beta, other] : [other, input.beta];
          const atLow = computeRedundancy({ ...input, beta: low }).groupAvailability;
          const atHigh = computeRedundancy({ ...input, beta: high }).groupAvailability;
          expect(atHigh).toBeLessThanOrEqual(atLow + ROUNDING);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('outside that range β can help, so the β rule is stated only inside it', () => {
    // A series chain (k = n) is down whenever any host is; shared failures overlap, so more
    // sharing means less downtime.
    const series = { n: 2, k: 2, mtbfDays: 20, mttrHours: 2 };
    expect(computeRedundancy({ ...series, beta: 1 }).groupAvailability).toBeGreaterThan(
      computeRedundancy({ ...series, beta: 0 }).groupAvailability,
    );
    // 3-of-4 with MTTR = MTBF / 4 (n·x = 1): independent double failures dominate, so moving
    // a little of the rate into common cause raises availability.
    const crowded = { n: 4, k: 3, mtbfDays: 10, mttrHours: 60 };
    expect(computeRedundancy({ ...crowded, beta: 0.005 }).groupAvailability).toBeGreaterThan(
      computeRedundancy({ ...crowded, beta: 0 }).groupAvailability,
    );
  });
});

describe('availabilityAcrossBeta', () => {
  it('runs from the independent group at β = 0 to one host at β = 1', () => {
    const points = availabilityAcrossBeta({ n: 2, k: 1, mtbfDays: 20, mttrHours: 2 }, 4);
    expect(points.map((p) => p.beta)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(points[0]?.groupAvailability).toBeCloseTo(1 - (2 / 482) ** 2, 15);
    expect(points[4]?.groupAvailability).toBeCloseTo(480 / 482, 15);
  });
});
