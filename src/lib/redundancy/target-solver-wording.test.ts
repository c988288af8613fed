import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { RedundancyInput } from './model.ts';
import { exactRedundancy } from './exact-results.ts';
import { solveForTarget, type RedundancyTarget, type SolveVariable } from './target-solver.ts';
import { describeSolution, describeTarget, formatBetaLimit, roundLimitDown } from './target-solver-wording.ts';
import { FIELD_RULES, MAX_HOSTS } from './fields.ts';

const story: RedundancyInput = { n: 2, k: 1, mtbfDays: 20, mttrHours: 2, beta: 1 };
const threeNines: RedundancyTarget = { kind: 'availability', minimum: 0.999 };
const tenOutages: RedundancyTarget = { kind: 'outages', maximumPerYear: 10 };

describe('roundLimitDown', () => {
  it('keeps three significant digits and never rounds a limit up', () => {
    expect([23.98, 0.48048, 396.0000002, 24, 0.00021, 9.996, 720].map((v) => roundLimitDown(v))).toEqual([
      23.9, 0.48, 396, 24, 0.00021, 9.99, 720,
    ]);
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1e300, noNaN: true }), (v) => {
        const r = roundLimitDown(v);
        expect(r).toBeLessThanOrEqual(v * (1 + 1e-12));
        expect(r).toBeGreaterThan(v * 0.98);
      }),
    );
  });

  it('shows small β limits with their digits, not as 0 %', () => {
    expect(formatBetaLimit(2.1e-6)).toBe('0.00021 %');
    expect(formatBetaLimit(0.2398)).toBe('23.9 %');
  });
});

describe('describeSolution: the LXC pair (β = 1) by hand', () => {
  it('names the target in availability and downtime, or in outages', () => {
    expect(describeTarget({ kind: 'availability', minimum: 0.9999 })).toBe(
      '99.99 % availability (down at most 53 minutes a year)',
    );
    expect(describeTarget(tenOutages)).toBe('at most 10 outages a year');
    expect(describeTarget({ kind: 'outages', maximumPerYear: 1 })).toBe('at most 1 outage a year');
  });

  it('repair time for 99.9 %: within 0.48 h, and the pair’s own 2 h miss it', () => {
    expect(describeSolution(solveForTarget(story, threeNines, 'mttr'), story)).toEqual({
      answer: 'Repairs within 0.48 h',
      why:
        'With mean repairs up to 0.48 h (29 minutes) the group meets 99.9 % availability (down at most 8.8 hours a ' +
        'year); slower repairs miss it. Yours, 2 h (2 hours), does not: the group is down 36 hours a year.',
    });
  });

  it('hosts for 99.9 %: none, because common cause alone keeps the pair down 36 hours a year', () => {
    const words = describeSolution(solveForTarget(story, threeNines, 'n'), story);
    expect(words.answer).toBe('No number of hosts');
    expect(words.why).toMatch(/^Common cause alone keeps the group down 36 hours a year however many hosts share it/);
    expect(words.why).toMatch(/Adding hosts cannot help/);
  });

  it('β for 99.9 %: at most 23.x %, never shown above the true limit', () => {
    const solution = solveForTarget(story, threeNines, 'beta');
    const words = describeSolution(solution, story);
    expect(words.answer).toMatch(/^β at most 23\.\d %$/);
    const shown = Number(/([\d.]+) %/.exec(words.answer)?.[1]) / 100;
    expect(exactRedundancy({ ...story, beta: shown }).groupUnavailability).toBeLessThanOrEqual(1 - 0.999);
    expect(words.why).toMatch(/Yours, β = 100 %, does not/);
  });

  it('repair time for 10 outages a year: none helps, and longer repairs only lengthen outages', () => {
    const words = describeSolution(solveForTarget(story, tenOutages, 'mttr'), story);
    expect(words.answer).toBe('Only with longer outages');
    expect(words.why).toMatch(
      /^Every common-cause event is an outage however quick the repair: at β = 100 % that is about 18 times a year/,
    );
    expect(words.why).toMatch(
      /Repairs from 396 h to 720 h do bring the count under the target, but only because each outage lasts longer/,
    );
  });

  it('two hosts, both needed (β = 1 helps here): β meets 99.5 % only from some β upward, and the words say why', () => {
    const series = { ...story, k: 2, beta: 0 };
    const solution = solveForTarget(series, { kind: 'availability', minimum: 0.995 }, 'beta');
    expect(solution).toMatchObject({ kind: 'unreachable', reason: 'without-common-cause' });
    const words = describeSolution(solution, series);
    expect(words.answer).toMatch(/^Only β from [\d.]+ % to 100 %$/);
    expect(words.why).toMatch(/no reason to share more/);
  });
});

const caseArb = fc.record({
  input: fc.integer({ min: 1, max: MAX_HOSTS }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      k: fc.integer({ min: 1, max: n }),
      mtbfDays: fc.double({ min: FIELD_RULES.mtbfDays.min, max: FIELD_RULES.mtbfDays.max, noNaN: true }),
      mttrHours: fc.double({ min: FIELD_RULES.mttrHours.min, max: FIELD_RULES.mttrHours.max, noNaN: true }),
      beta: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  ),
  kind: fc.constantFrom<'availability' | 'outages'>('availability', 'outages'),
  scale: fc.double({ min: -3, max: 3, noNaN: true }),
  variable: fc.constantFrom<SolveVariable>('beta', 'mttr', 'n'),
});

describe('describeSolution over every valid input and target', () => {
  it('always gives an answer and a reason, with no NaN, Infinity, undefined or placeholder dash', () => {
    fc.assert(
      fc.property(caseArb, ({ input, kind, scale, variable }) => {
        const result = exactRedundancy(input);
        const target: RedundancyTarget =
          kind === 'availability'
            ? { kind, minimum: Math.max(0, 1 - Math.min(1, result.groupUnavailability * 10 ** scale)) }
            : { kind, maximumPerYear: result.groupOutagesPerYear * 10 ** scale };
        const words = describeSolution(solveForTarget(input, target, variable), input);
        expect(words.answer.length).toBeGreaterThan(3);
        expect(words.why.length).toBeGreaterThan(20);
        expect(`${words.answer} ${words.why}`).not.toMatch(/NaN|Infinity|undefined|–/);
      }),
      { numRuns: 200 },
    );
  });
});
