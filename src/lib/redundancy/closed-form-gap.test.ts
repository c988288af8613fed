import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { VALIDITY_LIMIT } from './model.ts';
import { CLOSED_FORM_AGREEMENT, compareWithClosedForm, figureGap, type FigureGap } from './closed-form-gap.ts';
import { FIELD_RULES, MAX_HOSTS } from './fields.ts';

const validInput = fc.integer({ min: 1, max: MAX_HOSTS }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    k: fc.integer({ min: 1, max: n }),
    mtbfDays: fc.double({ min: FIELD_RULES.mtbfDays.min, max: FIELD_RULES.mtbfDays.max, noNaN: true }),
    mttrHours: fc.double({ min: FIELD_RULES.mttrHours.min, max: FIELD_RULES.mttrHours.max, noNaN: true }),
    beta: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
);

function gapsOf(comparison: ReturnType<typeof compareWithClosedForm>): FigureGap[] {
  return [
    comparison.unavailability,
    comparison.groupOutages,
    comparison.commonCauseOutages,
    comparison.independentOutages,
  ];
}

describe('figureGap', () => {
  it('reports signed relative differences and "how many times" factors', () => {
    expect(figureGap(100, 84, 1e-9)).toMatchObject({ relativeDifference: -0.16, factor: 100 / 84, agrees: false });
    expect(figureGap(1, 7, 1e-9)).toMatchObject({ relativeDifference: 6, factor: 7, agrees: false });
    expect(figureGap(1, 1.005, 1e-9)).toMatchObject({ factor: 1.005, agrees: true });
    expect(figureGap(0, 0, 1e-9)).toMatchObject({ relativeDifference: 0, factor: 1, agrees: true });
  });

  it('has no finite ratio when only one figure is zero or the ratio overflows, and says so with null', () => {
    expect(figureGap(0, 1, 1e-9)).toMatchObject({ relativeDifference: null, factor: null, agrees: false });
    expect(figureGap(1, 0, 1e-9)).toMatchObject({ relativeDifference: -1, factor: null, agrees: false });
    expect(figureGap(1e-300, 1e100, 1e-9)).toMatchObject({ relativeDifference: null, factor: null });
  });

  it('does not compare figures that are both negligible', () => {
    const gap = figureGap(1e-20, 3e-20, 1e-9);
    expect(gap).toMatchObject({ matters: false, agrees: true });
    expect(gap.factor ?? Number.NaN).toBeCloseTo(3, 12);
  });
});

describe('compareWithClosedForm', () => {
  it('agrees where the closed form is exact: β = 0, β = 1 and one host', () => {
    fc.assert(
      fc.property(validInput, fc.constantFrom(0, 1), (input, beta) => {
        expect(compareWithClosedForm({ ...input, beta }).unavailability.agrees).toBe(true);
        expect(compareWithClosedForm({ ...input, n: 1, k: 1 }).agrees).toBe(true);
      }),
    );
  });

  it('agrees for the LXC hosts with the default β = 0.1 (n·MTTR/MTBF = 1/120)', () => {
    const comparison = compareWithClosedForm({ n: 2, k: 1, mtbfDays: 20, mttrHours: 2, beta: 0.1 });
    expect(comparison.agrees).toBe(true);
    expect(comparison.largestRelativeDifference).toBeLessThan(CLOSED_FORM_AGREEMENT);
  });

  it('shows the closed form about a fifth too low in unavailability far outside its range', () => {
    // 4 of 20, MTBF 2.4 h, MTTR 10 h (n·x ≈ 83): exact U ≈ 0.496, closed form ≈ 0.407.
    const comparison = compareWithClosedForm({ n: 20, k: 4, mtbfDays: 0.1, mttrHours: 10, beta: 0.1 });
    expect(comparison.unavailability.exact).toBeCloseTo(0.4957, 3);
    expect(comparison.unavailability.relativeDifference).toBeLessThan(-0.15);
    expect(comparison.agrees).toBe(false);
    expect(comparison.exact.approximationRatio).toBeGreaterThan(VALIDITY_LIMIT);
  });

  it('shows outage counts off by orders of magnitude where hosts come back together (20 of 20)', () => {
    // Every host is down 99.7 % of the time, so the binomial all but never sees all 20 up; in
    // truth each common-cause repair brings all 20 back at once and the group restarts.
    const comparison = compareWithClosedForm({ n: 20, k: 20, mtbfDays: 0.1, mttrHours: 720, beta: 0.001 });
    expect(comparison.groupOutages.exact).toBeGreaterThan(1);
    expect(comparison.groupOutages.closedForm).toBeLessThan(1e-30);
    expect(comparison.groupOutages.factor === null || comparison.groupOutages.factor > 1e30).toBe(true);
    expect(comparison.agrees).toBe(false);
  });

  it('over every valid input: finite or null gaps, never NaN or Infinity, and agreement means every figure agrees', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const comparison = compareWithClosedForm(input);
        for (const gap of gapsOf(comparison)) {
          for (const value of [gap.exact, gap.closedForm, gap.relativeDifference, gap.factor]) {
            if (value !== null) expect(Number.isFinite(value)).toBe(true);
          }
          if (gap.factor !== null) expect(gap.factor).toBeGreaterThanOrEqual(1);
          if (gap.relativeDifference !== null && gap.matters) {
            expect(gap.agrees).toBe(Math.abs(gap.relativeDifference) <= CLOSED_FORM_AGREEMENT);
          }
        }
        expect(comparison.agrees).toBe(gapsOf(comparison).every((gap) => gap.agrees));
        if (comparison.largestRelativeDifference !== null) {
          expect(comparison.agrees || comparison.largestRelativeDifference > CLOSED_FORM_AGREEMENT).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
