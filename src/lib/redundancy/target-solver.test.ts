import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { RedundancyInput } from './model.ts';
import { exactRedundancy } from './exact-results.ts';
import {
  commonCauseFloor,
  meetsTarget,
  solveForTarget,
  targetFigure,
  type RedundancyTarget,
  type SolveVariable,
  type TargetSolution,
} from './target-solver.ts';
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

/** A little slack for rounding when two figures are equal in exact arithmetic. */
const ROUNDING = 1e-12;

const U = (input: RedundancyInput) => exactRedundancy(input).groupUnavailability;
const figure = (input: RedundancyInput, target: RedundancyTarget) => targetFigure(exactRedundancy(input), target);
const meetsAt = (input: RedundancyInput, target: RedundancyTarget) => meetsTarget(figure(input, target), target);
const withValue = (input: RedundancyInput, variable: SolveVariable, value: number): RedundancyInput =>
  variable === 'beta'
    ? { ...input, beta: value }
    : variable === 'mttr'
      ? { ...input, mttrHours: value }
      : { ...input, n: value };

const story: RedundancyInput = { n: 2, k: 1, mtbfDays: 20, mttrHours: 2, beta: 1 };

describe('the shapes bisection relies on, over every valid input', () => {
  it('unavailability never falls as repairs get longer', () => {
    fc.assert(
      fc.property(validInput, fc.double({ min: 1, max: 72_000, noNaN: true }), (input, stretch) => {
        const longer = Math.min(FIELD_RULES.mttrHours.max, input.mttrHours * stretch);
        expect(U({ ...input, mttrHours: longer })).toBeGreaterThanOrEqual(U(input) * (1 - ROUNDING));
      }),
      { numRuns: 500 },
    );
  });

  it('unavailability never rises as hosts are added (k held)', () => {
    fc.assert(
      fc.property(validInput, fc.integer({ min: 1, max: MAX_HOSTS - 1 }), (input, extra) => {
        const more = Math.min(MAX_HOSTS, input.n + extra);
        expect(U({ ...input, n: more })).toBeLessThanOrEqual(U(input) * (1 + ROUNDING));
      }),
      { numRuns: 500 },
    );
  });

  it('unavailability is quasi-convex in β: between two β it is never above both ends', () => {
    fc.assert(
      fc.property(
        validInput,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (input, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const mid = input.beta * (high - low) + low;
          const ends = Math.max(U({ ...input, beta: low }), U({ ...input, beta: high }));
          expect(U({ ...input, beta: mid })).toBeLessThanOrEqual(ends * (1 + ROUNDING));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('but unavailability is not monotone in β, and outage counts are not monotone in MTTR', () => {
    // 2 of 2: a shared cause overlaps the two hosts' outages, so β = 1 beats β = 0.
    const series = { n: 2, k: 2, mtbfDays: 20, mttrHours: 2 };
    expect(U({ ...series, beta: 1 })).toBeLessThan(U({ ...series, beta: 0 }));
    // The LXC pair at β = 1 is one host: 8760 / (480 + MTTR) outages a year, falling with MTTR;
    // at β = 0 outages need two overlapping failures and rise with MTTR.
    const outages = (beta: number, mttrHours: number) =>
      exactRedundancy({ ...story, beta, mttrHours }).groupOutagesPerYear;
    expect(outages(1, 48)).toBeLessThan(outages(1, 2));
    expect(outages(0, 48)).toBeGreaterThan(outages(0, 2));
  });
});

describe('solveForTarget: cases worked by hand (the LXC pair, β = 1: one host, x = MTTR / 480 h)', () => {
  const threeNines: RedundancyTarget = { kind: 'availability', minimum: 0.999 };
  const tenOutages: RedundancyTarget = { kind: 'outages', maximumPerYear: 10 };

  it('99.9 %: repairs within 480/999 h (U = MTTR / (480 + MTTR) ≤ 0.001)', () => {
    const solution = solveForTarget(story, threeNines, 'mttr');
    expect(solution.current).toMatchObject({ value: 2, meets: false });
    expect(solution.kind).toBe('limit');
    if (solution.kind === 'limit') {
      expect(solution.answer.value / (480 / 999)).toBeCloseTo(1, 8);
      expect(solution.answer.figure).toBeLessThanOrEqual(1 - 0.999);
    }
  });

  it('99.9 %: no number of hosts helps, common cause keeps the pair down 2/482 of the time', () => {
    const solution = solveForTarget(story, threeNines, 'n');
    expect(solution).toMatchObject({ kind: 'unreachable', reason: 'common-cause-floor' });
    if (solution.kind === 'unreachable') expect(solution.commonCauseFloor).toBeCloseTo(2 / 482, 15);
  });

  it('99.9 %: β must come down to about 0.24, where βx / (1 + βx) alone is about 0.001', () => {
    const solution = solveForTarget(story, threeNines, 'beta');
    expect(solution.kind).toBe('limit');
    if (solution.kind === 'limit') {
      const beta = solution.answer.value;
      // βx/(1+βx) ≤ 0.001 gives β ≤ 480/999 ÷ 2 = 0.2402; the independent part takes a little off.
      expect(beta).toBeGreaterThan(0.23);
      expect(beta).toBeLessThan(0.2402);
      expect(U({ ...story, beta })).toBeLessThanOrEqual(1 - 0.999);
      expect(U({ ...story, beta: beta + 1e-8 })).toBeGreaterThan(1 - 0.999);
    }
  });

  it('10 outages a year: no repair time reaches it, except repairs of 396 h or more, which only make outages longer', () => {
    // 8760 / (480 + MTTR) ≤ 10 ⇔ MTTR ≥ 396 h; every common-cause event is an outage however short the repair.
    const solution = solveForTarget(story, tenOutages, 'mttr');
    expect(solution).toMatchObject({ kind: 'unreachable', reason: 'common-cause-floor' });
    if (solution.kind === 'unreachable') {
      expect(solution.metOnlyBetween?.[0]).toBeCloseTo(396, 5);
      expect(solution.metOnlyBetween?.[1]).toBe(720);
      expect(solution.best.value).toBe(720);
      expect(solution.best.figure).toBeCloseTo(8760 / 1200, 9);
    }
  });

  it('a target of 0 or 100 % availability: every β and MTTR meet 0; nothing meets 100 %', () => {
    const zero: RedundancyTarget = { kind: 'availability', minimum: 0 };
    expect(solveForTarget(story, zero, 'beta')).toMatchObject({ kind: 'any', upTo: 1 });
    expect(solveForTarget(story, zero, 'mttr')).toMatchObject({ kind: 'any', upTo: 720 });
    expect(solveForTarget(story, zero, 'n')).toMatchObject({ kind: 'limit', answer: { value: 1 } });
    const perfect: RedundancyTarget = { kind: 'availability', minimum: 1 };
    expect(solveForTarget(story, perfect, 'beta')).toMatchObject({
      kind: 'unreachable',
      reason: 'without-common-cause',
    });
    expect(solveForTarget(story, perfect, 'mttr')).toMatchObject({
      kind: 'unreachable',
      reason: 'even-at-shortest-repair',
    });
    expect(solveForTarget(story, perfect, 'n')).toMatchObject({ kind: 'unreachable', reason: 'common-cause-floor' });
  });

  it('five nines with β = 0.1 % needs 3 hosts (one needed); two miss it', () => {
    const input = { ...story, beta: 0.001 };
    const target: RedundancyTarget = { kind: 'availability', minimum: 0.99999 };
    const solution = solveForTarget(input, target, 'n');
    expect(solution).toMatchObject({ kind: 'limit', holdsBeyond: true });
    if (solution.kind === 'limit') {
      expect(meetsAt({ ...input, n: solution.answer.value }, target)).toBe(true);
      expect(meetsAt({ ...input, n: solution.answer.value - 1 }, target)).toBe(false);
    }
  });
});

/** A target near the input's own figure (a thousandth to a thousand times it), so all outcomes occur. */
const caseArb = fc.record({
  input: validInput,
  kind: fc.constantFrom<'availability' | 'outages'>('availability', 'outages'),
  scale: fc.double({ min: -3, max: 3, noNaN: true }),
  variable: fc.constantFrom<SolveVariable>('beta', 'mttr', 'n'),
  probes: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
});

function targetFor(input: RedundancyInput, kind: 'availability' | 'outages', scale: number): RedundancyTarget {
  const result = exactRedundancy(input);
  if (kind === 'availability') {
    return { kind, minimum: Math.max(0, 1 - Math.min(1, result.groupUnavailability * 10 ** scale)) };
  }
  return { kind, maximumPerYear: result.groupOutagesPerYear * 10 ** scale };
}

/** The favourable end, and a value between it and v (fraction p of the way, log scale for MTTR). */
const START = { beta: 0, mttr: FIELD_RULES.mttrHours.min } as const;
function between(variable: 'beta' | 'mttr', v: number, p: number): number {
  return variable === 'beta' ? v * p : START.mttr * (v / START.mttr) ** p;
}

function numbersOf(solution: TargetSolution): number[] {
  const values = [solution.current.value, solution.current.figure];
  if (solution.kind === 'any') values.push(solution.upTo);
  if (solution.kind === 'limit') values.push(solution.answer.value, solution.answer.figure);
  if (solution.kind === 'unreachable') {
    values.push(
      solution.best.value,
      solution.best.figure,
      solution.commonCauseFloor,
      ...(solution.metOnlyBetween ?? []),
    );
  }
  return values;
}

describe('solveForTarget: properties over every valid input and target', () => {
  it('gives only finite numbers, and its "current" is the input’s own', () => {
    fc.assert(
      fc.property(caseArb, ({ input, kind, scale, variable }) => {
        const target = targetFor(input, kind, scale);
        const solution = solveForTarget(input, target, variable);
        for (const value of numbersOf(solution)) expect(Number.isFinite(value)).toBe(true);
        expect(solution.current.meets).toBe(meetsAt(input, target));
      }),
      { numRuns: 200 },
    );
  });

  it('β and MTTR: the limit meets the target, so does every value before it, and just past it does not', () => {
    fc.assert(
      fc.property(
        caseArb.filter((c) => c.variable !== 'n'),
        ({ input, kind, scale, variable, probes }) => {
          const target = targetFor(input, kind, scale);
          const v = variable as 'beta' | 'mttr';
          const solution = solveForTarget(input, target, v);
          if (solution.kind === 'limit') {
            const limit = solution.answer.value;
            expect(meetsAt(withValue(input, v, limit), target)).toBe(true);
            for (const p of probes) expect(meetsAt(withValue(input, v, between(v, limit, p)), target)).toBe(true);
            const past = withValue(input, v, v === 'beta' ? limit + 1e-7 : limit * (1 + 1e-7));
            // Just past the limit the target fails, unless the figure there is the same double
            // (a figure that changes by less than rounding cannot show its crossing any closer).
            const same = figure(past, target) <= solution.answer.figure * (1 + 4 * Number.EPSILON);
            expect(!meetsAt(past, target) || same).toBe(true);
          } else if (solution.kind === 'any') {
            for (const p of [...probes, 1])
              expect(meetsAt(withValue(input, v, between(v, solution.upTo, p)), target)).toBe(true);
          } else {
            expect(meetsAt(withValue(input, v, START[v]), target)).toBe(false);
            if (solution.metOnlyBetween) {
              for (const end of solution.metOnlyBetween) expect(meetsAt(withValue(input, v, end), target)).toBe(true);
            } else if (kind === 'availability') {
              // One interval at most, so when none was found the target fails everywhere.
              for (const p of probes) {
                const value = v === 'beta' ? p : between('mttr', FIELD_RULES.mttrHours.max, p);
                expect(meetsAt(withValue(input, v, value), target)).toBe(false);
              }
            }
            expect(solution.best.figure).toBe(figure(withValue(input, v, solution.best.value), target));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('n: the answer is the smallest n that meets the target, or none from k to 20 does, for the reason given', () => {
    fc.assert(
      fc.property(
        caseArb.filter((c) => c.variable === 'n'),
        ({ input, kind, scale }) => {
          const target = targetFor(input, kind, scale);
          const solution = solveForTarget(input, target, 'n');
          const meetsWith = (n: number) => meetsAt({ ...input, n }, target);
          const hosts = Array.from({ length: MAX_HOSTS - input.k + 1 }, (_, i) => input.k + i);
          if (solution.kind === 'limit') {
            const n = solution.answer.value;
            expect(meetsWith(n)).toBe(true);
            for (const smaller of hosts.filter((h) => h < n)) expect(meetsWith(smaller)).toBe(false);
            expect(solution.holdsBeyond).toBe(hosts.filter((h) => h > n).every(meetsWith));
            if (kind === 'availability') expect(solution.holdsBeyond).toBe(true);
          } else {
            expect(solution.kind).toBe('unreachable');
            for (const h of hosts) expect(meetsWith(h)).toBe(false);
            if (solution.kind === 'unreachable') {
              const allowed = target.kind === 'availability' ? 1 - target.minimum : target.maximumPerYear;
              expect(solution.reason).toBe(
                allowed < commonCauseFloor(input, target) ? 'common-cause-floor' : 'needs-more-hosts',
              );
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps common cause as a true floor on unavailability: no n meets a target below βx / (1 + βx)', () => {
    fc.assert(
      fc.property(validInput, fc.double({ min: 0.01, max: 0.99, noNaN: true }), (input, share) => {
        const floor = commonCauseFloor(input, { kind: 'availability', minimum: 0 });
        fc.pre(floor > 1e-15);
        const target: RedundancyTarget = { kind: 'availability', minimum: 1 - floor * share };
        expect(solveForTarget(input, target, 'n')).toMatchObject({ kind: 'unreachable', reason: 'common-cause-floor' });
      }),
      { numRuns: 100 },
    );
  });
});
