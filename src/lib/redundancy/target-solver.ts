/**
 * Solve for a target: given a minimum availability or a maximum number of group outages a year,
 * find the β, the MTTR or the number of hosts n that reaches it with the exact chain, holding the
 * other inputs, or say why none can.
 *
 * What the solver returns, per variable (every answer meets the target):
 * - β: the largest β such that the target holds for every β from 0 up to it (how much shared
 *   cause the group can afford).
 * - MTTR: the longest mean repair such that the target holds for every shorter one, down to the
 *   tool's 36 s.
 * - n: the smallest n (k ≤ n ≤ 20) that meets the target, trying each (20 chain solves at most),
 *   and whether every larger n meets it too.
 * When the favourable end (β = 0, MTTR = 36 s) misses the target, the answer says why, and gives
 * any range further on where the target is met after all: shared failures that overlap outages
 * (k = n, or crowded groups), or outages so long that there are fewer of them.
 *
 * Why bisection is safe: group unavailability rises with MTTR and never rises as hosts are added;
 * in β it is not monotone, but quasi-convex (it falls, then rises). target-solver.test.ts checks all
 * three over the whole input domain. So for an availability target the set of MTTR or β that
 * meets it is one interval, found from its ends, a golden-section minimum (β) and bisection.
 * Outage counts have no such shape in β or MTTR (a group that stays down longer has fewer, longer
 * outages), so for an outage target the range is scanned on a fine grid (β dense near 0, MTTR in
 * steps of about 20 %) and the crossings found are bisected; a crossing narrower than one grid
 * step could be missed, which the tests look for with random points.
 */
import { FIELD_RULES, MAX_HOSTS } from './fields.ts';
import type { RedundancyInput, RedundancyResult } from './model.ts';
import { exactRedundancy } from './exact-results.ts';
import { HOURS_PER_DAY, HOURS_PER_YEAR } from './single-host.ts';
import type { SolveVariable } from './target-rules.ts';

// The field rules live apart so the page's address can use them without loading the solver.
export { TARGET_RULES, type SolveVariable } from './target-rules.ts';

export type RedundancyTarget = { kind: 'availability'; minimum: number } | { kind: 'outages'; maximumPerYear: number };

export type UnreachableReason =
  /** β: even with no shared cause at all the group misses the target. */
  | 'without-common-cause'
  /** MTTR: even 36-second repairs miss it. */
  | 'even-at-shortest-repair'
  /** n (and MTTR for outage counts): common cause alone keeps the group above the target. */
  | 'common-cause-floor'
  /** n: more than the tool's 20 hosts would be needed. */
  | 'needs-more-hosts';

export interface ValueAndFigure {
  value: number;
  /** Unavailability for an availability target, outages a year for an outage target. */
  figure: number;
}

interface SolutionBase {
  variable: SolveVariable;
  target: RedundancyTarget;
  /** The input's own value of the variable, its figure, and whether it already meets the target. */
  current: ValueAndFigure & { meets: boolean };
}

export type TargetSolution = SolutionBase &
  (
    | {
        /** Every value in the tool's range meets the target: any β up to 1, any MTTR up to 30 days. */
        kind: 'any';
        upTo: number;
      }
    | {
        /** β or MTTR at most `value`, or n at least `value`. The answer meets the target. */
        kind: 'limit';
        answer: ValueAndFigure;
        /** n only: whether every larger n up to 20 meets the target too (always false for β and MTTR). */
        holdsBeyond: boolean;
      }
    | {
        kind: 'unreachable';
        reason: UnreachableReason;
        /** The value in range with the best figure, and that figure. */
        best: ValueAndFigure;
        /**
         * β or MTTR only: a range away from the favourable end where the target is met after
         * all (more sharing overlapping outages, or longer outages lowering their count).
         */
        metOnlyBetween: [number, number] | null;
        /** The limit common cause sets as hosts are added (same unit as figure). */
        commonCauseFloor: number;
      }
  );

/** The figure a target is about: unavailability, or group outages a year. */
export function targetFigure(result: RedundancyResult, target: RedundancyTarget): number {
  return target.kind === 'availability' ? result.groupUnavailability : result.groupOutagesPerYear;
}

/**
 * Figures this close to the target (relative) count as meeting it: equal in exact arithmetic,
 * they differ only by rounding, and a solver must not call a flat stretch a crossing.
 */
export const TARGET_ROUNDING = 1e-12;

/** The figure the target allows: unavailability 1 − minimum, or the yearly outage count. */
export function allowedFigure(target: RedundancyTarget): number {
  return target.kind === 'availability' ? 1 - target.minimum : target.maximumPerYear;
}

/** Unavailability is compared directly, so 0.99999 is not lost in 1 − (something near 1). */
export function meetsTarget(figure: number, target: RedundancyTarget): boolean {
  return figure <= allowedFigure(target) * (1 + TARGET_ROUNDING);
}

/**
 * What common cause alone leaves however many hosts share it: unavailability βx / (1 + βx)
 * exactly (the chain spends that share of time in common-cause outages), or, in the limit of many
 * hosts, one outage per common-cause event while the group is up: βλ / (1 + βx) a year.
 */
export function commonCauseFloor(input: RedundancyInput, target: RedundancyTarget): number {
  const lambda = 1 / (input.mtbfDays * HOURS_PER_DAY);
  const betaX = input.beta * lambda * input.mttrHours;
  return target.kind === 'availability' ? betaX / (1 + betaX) : (input.beta * lambda * HOURS_PER_YEAR) / (1 + betaX);
}

/** A continuous variable on a 0..1 scale: β itself, MTTR on a log scale over the tool's range. */
interface Axis {
  variable: 'beta' | 'mttr';
  at: (t: number) => number;
  /** Grid of t values to scan for outage targets, ascending, from 0 to 1. */
  grid: number[];
  /** Stop bisecting when the bracket's values are this close (absolute for β, relative for MTTR). */
  closeEnough: (a: number, b: number) => boolean;
}

const MTTR_RANGE = FIELD_RULES.mttrHours;

function axisFor(variable: 'beta' | 'mttr'): Axis {
  if (variable === 'beta') {
    // Small β matter most (a target can need β below 0.1 %), so the grid is dense near 0.
    const grid = [0, 1e-6, 1e-5, 1e-4, 1e-3, 5e-3];
    for (let i = 1; i <= 50; i += 1) grid.push(i / 50);
    return { variable, at: (t) => t, grid, closeEnough: (a, b) => Math.abs(a - b) <= 1e-10 };
  }
  const ratio = MTTR_RANGE.max / MTTR_RANGE.min;
  return {
    variable,
    at: (t) => (t <= 0 ? MTTR_RANGE.min : t >= 1 ? MTTR_RANGE.max : MTTR_RANGE.min * ratio ** t),
    // 60 steps over 4.9 decades: each about 20 % longer than the last.
    grid: Array.from({ length: 61 }, (_, i) => i / 60),
    closeEnough: (a, b) => Math.abs(a - b) <= 1e-9 * Math.max(a, b),
  };
}

/** Bisect a bracket whose ends disagree; returns the t on the side that meets the target. */
function bisect(meets: (t: number) => boolean, passT: number, failT: number, axis: Axis): number {
  let pass = passT;
  let fail = failT;
  for (let i = 0; i < 200 && !axis.closeEnough(axis.at(pass), axis.at(fail)); i += 1) {
    const mid = (pass + fail) / 2;
    if (mid === pass || mid === fail) break;
    if (meets(mid)) pass = mid;
    else fail = mid;
  }
  return pass;
}

/** Minimum of a function that falls then rises on [0, 1] (golden-section search). */
function minimumOfQuasiConvex(f: (t: number) => number): number {
  const g = (Math.sqrt(5) - 1) / 2;
  let a = 0;
  let b = 1;
  let c = b - g * (b - a);
  let d = a + g * (b - a);
  let fc = f(c);
  let fd = f(d);
  for (let i = 0; i < 80 && b - a > 1e-12; i += 1) {
    if (fc <= fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - g * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + g * (b - a);
      fd = f(d);
    }
  }
  // The ends are candidates too: the minimum of a monotone function sits at one of them.
  const candidates = [0, 1, (a + b) / 2];
  return candidates.reduce((best, t) => (f(t) < f(best) ? t : best));
}

interface Edges {
  /** Whether the target holds at t = 0, the favourable end. */
  atStart: boolean;
  /** First failing t after a start that passes; null if it holds to t = 1. */
  limitT: number | null;
  /** When the start fails: where the target is met after all, or null. */
  laterRange: [number, number] | null;
  /** t with the lowest figure found. */
  bestT: number;
}

/**
 * Availability targets: unavailability rises with MTTR and is quasi-convex in β (both checked in
 * target-solver.test.ts over the whole domain), so the ends, one minimum search and bisection
 * find every crossing; no scan is needed.
 */
function edgesByShape(figureAt: (t: number) => number, meetsFigure: (f: number) => boolean, axis: Axis): Edges {
  const meets = (t: number) => meetsFigure(figureAt(t));
  if (meets(0)) {
    const limitT = meets(1) ? null : bisect(meets, 0, 1, axis);
    return { atStart: true, limitT, laterRange: null, bestT: 0 };
  }
  const bestT = axis.variable === 'mttr' ? 0 : minimumOfQuasiConvex(figureAt);
  if (!meets(bestT)) return { atStart: false, limitT: null, laterRange: null, bestT };
  const low = bisect(meets, bestT, 0, axis);
  const high = meets(1) ? 1 : bisect(meets, bestT, 1, axis);
  return { atStart: false, limitT: null, laterRange: [low, high], bestT };
}

/** Outage targets: no shape to rely on, so scan a fine grid and bisect the crossings found. */
function edgesByScan(figureAt: (t: number) => number, meetsFigure: (f: number) => boolean, axis: Axis): Edges {
  const meets = (t: number) => meetsFigure(figureAt(t));
  const figures = axis.grid.map(figureAt);
  const passes = figures.map(meetsFigure);
  const tAt = (i: number) => axis.grid[i] as number;
  let bestIndex = 0;
  figures.forEach((f, i) => {
    if (f < (figures[bestIndex] as number)) bestIndex = i;
  });
  if (passes[0]) {
    const firstFail = passes.indexOf(false);
    const limitT = firstFail === -1 ? null : bisect(meets, tAt(firstFail - 1), tAt(firstFail), axis);
    return { atStart: true, limitT, laterRange: null, bestT: tAt(bestIndex) };
  }
  const firstPass = passes.indexOf(true);
  if (firstPass === -1) return { atStart: false, limitT: null, laterRange: null, bestT: tAt(bestIndex) };
  const low = bisect(meets, tAt(firstPass), tAt(firstPass - 1), axis);
  const nextFail = passes.indexOf(false, firstPass);
  const high = nextFail === -1 ? 1 : bisect(meets, tAt(nextFail - 1), tAt(nextFail), axis);
  return { atStart: false, limitT: null, laterRange: [low, high], bestT: tAt(bestIndex) };
}

function solveContinuous(
  input: RedundancyInput,
  target: RedundancyTarget,
  variable: 'beta' | 'mttr',
  base: SolutionBase,
): TargetSolution {
  const axis = axisFor(variable);
  const inputAt = (t: number): RedundancyInput =>
    variable === 'beta' ? { ...input, beta: axis.at(t) } : { ...input, mttrHours: axis.at(t) };
  const figureAt = (t: number) => targetFigure(exactRedundancy(inputAt(t)), target);
  const meetsFigure = (figure: number) => meetsTarget(figure, target);
  const edges =
    target.kind === 'availability'
      ? edgesByShape(figureAt, meetsFigure, axis)
      : edgesByScan(figureAt, meetsFigure, axis);

  if (edges.atStart) {
    if (edges.limitT === null) return { ...base, kind: 'any', upTo: axis.at(1) };
    const answer = { value: axis.at(edges.limitT), figure: figureAt(edges.limitT) };
    return { ...base, kind: 'limit', answer, holdsBeyond: false };
  }
  let reason: UnreachableReason;
  if (variable === 'beta') reason = 'without-common-cause';
  else if (
    target.kind === 'outages' &&
    target.maximumPerYear < (input.beta * HOURS_PER_YEAR) / (input.mtbfDays * HOURS_PER_DAY)
  ) {
    // However short the repair, each common-cause event starts an outage: about βλ a year.
    reason = 'common-cause-floor';
  } else reason = 'even-at-shortest-repair';
  return {
    ...base,
    kind: 'unreachable',
    reason,
    best: { value: axis.at(edges.bestT), figure: figureAt(edges.bestT) },
    metOnlyBetween: edges.laterRange ? [axis.at(edges.laterRange[0]), axis.at(edges.laterRange[1])] : null,
    commonCauseFloor: commonCauseFloor(input, target),
  };
}

function solveHosts(input: RedundancyInput, target: RedundancyTarget, base: SolutionBase): TargetSolution {
  const candidates: ValueAndFigure[] = [];
  for (let n = input.k; n <= MAX_HOSTS; n += 1) {
    candidates.push({ value: n, figure: targetFigure(exactRedundancy({ ...input, n }), target) });
  }
  const firstMeeting = candidates.findIndex((c) => meetsTarget(c.figure, target));
  if (firstMeeting !== -1) {
    const answer = candidates[firstMeeting] as ValueAndFigure;
    const holdsBeyond = candidates.slice(firstMeeting).every((c) => meetsTarget(c.figure, target));
    return { ...base, kind: 'limit', answer, holdsBeyond };
  }
  const best = candidates.reduce((a, b) => (b.figure < a.figure ? b : a));
  const floor = commonCauseFloor(input, target);
  const limitFigure = allowedFigure(target);
  return {
    ...base,
    kind: 'unreachable',
    reason: limitFigure < floor ? 'common-cause-floor' : 'needs-more-hosts',
    best,
    metOnlyBetween: null,
    commonCauseFloor: floor,
  };
}

/** Solve for one variable, holding the others. Inputs and target must already be valid. */
export function solveForTarget(
  input: RedundancyInput,
  target: RedundancyTarget,
  variable: SolveVariable,
): TargetSolution {
  const currentValue = variable === 'beta' ? input.beta : variable === 'mttr' ? input.mttrHours : input.n;
  const currentFigure = targetFigure(exactRedundancy(input), target);
  const base: SolutionBase = {
    variable,
    target,
    current: { value: currentValue, figure: currentFigure, meets: meetsTarget(currentFigure, target) },
  };
  return variable === 'n' ? solveHosts(input, target, base) : solveContinuous(input, target, variable, base);
}
