/**
 * Plain words for a solved target: a short answer for the output, and one paragraph on why.
 */
import { formatNumber } from '../format/index.ts';
import type { RedundancyInput } from './model.ts';
import { describeDuration, describeRecurrence } from './wording.ts';
import { HOURS_PER_YEAR } from './single-host.ts';
import type { ShareTable } from '../share/summary.ts';
import { allowedFigure, type RedundancyTarget, type TargetSolution } from './target-solver.ts';
import type { SolveVariable } from './target-rules.ts';

export interface SolutionWords {
  /** A few words for the result field: "β at most 0.83 %", "3 hosts", "No β reaches it". */
  answer: string;
  /** One paragraph: what holds, what the input's own value gives, and why when nothing can. */
  why: string;
}

/** "99.99 % availability (down at most 53 minutes a year)" or "at most 2 outages a year". */
export function describeTarget(target: RedundancyTarget): string {
  if (target.kind === 'availability') {
    const percent = formatNumber(target.minimum * 100, { digits: 10, grouping: false });
    return `${percent} % availability (down at most ${describeDuration(allowedFigure(target) * HOURS_PER_YEAR)} a year)`;
  }
  const count = formatNumber(target.maximumPerYear, { digits: 3 });
  return `at most ${count} outage${count === '1' ? '' : 's'} a year`;
}

/** What a figure means: "down 36 hours a year", "out about 18 times a year". */
export function describeFigure(figure: number, target: RedundancyTarget): string {
  return target.kind === 'availability'
    ? `down ${describeDuration(figure * HOURS_PER_YEAR)} a year`
    : `out ${describeRecurrence(figure)}`;
}

/**
 * An upper limit kept to three significant digits, rounded down, so that the number shown still
 * meets the target (23.98 % must not read as 24 %). Only rounding noise (1e-12, as in
 * TARGET_ROUNDING) may leave it above the value.
 */
export function roundLimitDown(value: number, digits = 3): number {
  if (!(value > 0) || !Number.isFinite(value)) return value;
  const rounded = Number(value.toPrecision(digits));
  // Above by no more than rounding noise (0.00021 stored as 0.000209999…): keep the short form.
  if (rounded <= value * (1 + 1e-12)) return rounded;
  const unit = 10 ** (Math.floor(Math.log10(value)) - digits + 1);
  return Number((rounded - unit).toPrecision(digits));
}

/** β as a percentage with three significant digits, so a limit of 0.0002 % is not shown as 0 %. */
export function formatBetaLimit(beta: number): string {
  return `${formatNumber(roundLimitDown(beta * 100), { digits: 3 })} %`;
}

function hours(value: number): string {
  return `${formatNumber(roundLimitDown(value), { digits: 3 })} h`;
}

function describeValue(solution: TargetSolution, value: number): string {
  if (solution.variable === 'beta') return `β = ${formatBetaLimit(value)}`;
  if (solution.variable === 'mttr') return `${hours(value)} (${describeDuration(value)})`;
  return `${formatNumber(value)} host${value === 1 ? '' : 's'}`;
}

function currentSentence(solution: TargetSolution): string {
  const { current } = solution;
  const yours = describeValue(solution, current.value);
  return current.meets
    ? `Yours, ${yours}, meets it: the group is ${describeFigure(current.figure, solution.target)}.`
    : `Yours, ${yours}, does not: the group is ${describeFigure(current.figure, solution.target)}.`;
}

function betaWords(solution: TargetSolution): SolutionWords {
  const target = describeTarget(solution.target);
  if (solution.kind === 'any') {
    return {
      answer: 'Any β',
      why: `Even with every failure shared (β = 100 %) the group meets ${target}. ${currentSentence(solution)}`,
    };
  }
  if (solution.kind === 'limit') {
    const limit = formatBetaLimit(solution.answer.value);
    return {
      answer: `β at most ${limit}`,
      why:
        `Up to β = ${limit} the group meets ${target}; with more of each host’s failures shared, it does not. ` +
        currentSentence(solution),
    };
  }
  if (solution.metOnlyBetween) {
    const [from, to] = solution.metOnlyBetween;
    return {
      answer: `Only β from ${formatBetaLimit(from)} to ${formatBetaLimit(to)}`,
      why:
        `With little or no shared cause the group misses ${target}; it meets it only for β from ${formatBetaLimit(from)} ` +
        `to ${formatBetaLimit(to)}. There shared failures overlap the hosts’ outages (as when every host must be up), so ` +
        `more sharing looks better on paper; that is no reason to share more. ${currentSentence(solution)}`,
    };
  }
  const why =
    solution.best.value === 0
      ? `Even with no shared cause at all (β = 0) the group is ${describeFigure(solution.best.figure, solution.target)}, ` +
        `short of ${target}: it needs more hosts or shorter repairs, whatever β is.`
      : `At best (${describeValue(solution, solution.best.value)}) the group is ${describeFigure(solution.best.figure, solution.target)}, ` +
        `short of ${target}: it needs more hosts or shorter repairs, whatever β is.`;
  return { answer: 'No β reaches it', why };
}

function mttrWords(solution: TargetSolution, input: RedundancyInput): SolutionWords {
  const target = describeTarget(solution.target);
  if (solution.kind === 'any') {
    return {
      answer: 'Any repair time',
      why: `Even repairs taking ${describeDuration(solution.upTo)} on average meet ${target}. ${currentSentence(solution)}`,
    };
  }
  if (solution.kind === 'limit') {
    return {
      answer: `Repairs within ${hours(solution.answer.value)}`,
      why:
        `With mean repairs up to ${describeValue(solution, solution.answer.value)} the group meets ${target}; ` +
        `slower repairs miss it. ${currentSentence(solution)}`,
    };
  }
  let why: string;
  if (solution.reason === 'common-cause-floor') {
    const perYear = (input.beta * HOURS_PER_YEAR) / (input.mtbfDays * 24);
    why =
      `Every common-cause event is an outage however quick the repair: at β = ${formatBetaLimit(input.beta)} that is ` +
      `${describeRecurrence(perYear)}, more than ${target} allows. Only a lower β (hosts that share less) brings the count down.`;
  } else {
    why =
      `Even with repairs of ${describeDuration(solution.best.value)} the group is ${describeFigure(solution.best.figure, solution.target)}, ` +
      `short of ${target}: it needs more hosts or a lower β.`;
  }
  if (solution.metOnlyBetween) {
    why +=
      ` Repairs from ${hours(solution.metOnlyBetween[0])} to ${hours(solution.metOnlyBetween[1])} do bring the count under the target, ` +
      'but only because each outage lasts longer and the group is down more: that is worse, not better.';
    return { answer: 'Only with longer outages', why };
  }
  return { answer: 'No repair time reaches it', why };
}

function hostWords(solution: TargetSolution, input: RedundancyInput): SolutionWords {
  const target = describeTarget(solution.target);
  if (solution.kind === 'limit') {
    const n = solution.answer.value;
    const beyond = solution.holdsBeyond
      ? ''
      : ' Some larger groups miss it again: outage counts do not always fall as hosts are added.';
    return {
      answer: `${formatNumber(n)} host${n === 1 ? '' : 's'}`,
      why: `With ${describeValue(solution, n)}, ${formatNumber(input.k)} of them needed, the group meets ${target}.${beyond} ${currentSentence(solution)}`,
    };
  }
  if (solution.kind === 'unreachable' && solution.reason === 'common-cause-floor') {
    const floor =
      solution.target.kind === 'availability'
        ? `keeps the group down ${describeDuration(solution.commonCauseFloor * HOURS_PER_YEAR)} a year however many hosts share it`
        : `starts ${describeRecurrence(solution.commonCauseFloor)} once there are enough hosts`;
    return {
      answer: 'No number of hosts',
      why:
        `Common cause alone ${floor}, and ${target} allows less. Adding hosts cannot help; ` +
        'a lower β (hosts that share less) or shorter repairs can.',
    };
  }
  const best = solution.kind === 'unreachable' ? solution.best : solution.current;
  return {
    answer: 'More than 20 hosts',
    why:
      `Not with 20 hosts, the most this tool takes: the best, ${describeValue(solution, best.value)}, is ` +
      `${describeFigure(best.figure, solution.target)}, short of ${target}.`,
  };
}

/** The short answer and the explanation for any solution. */
export function describeSolution(solution: TargetSolution, input: RedundancyInput): SolutionWords {
  if (solution.variable === 'beta') return betaWords(solution);
  if (solution.variable === 'mttr') return mttrWords(solution, input);
  return hostWords(solution, input);
}

export const SOLVE_VARIABLE_LABELS: Record<SolveVariable, string> = {
  beta: 'Common-cause share (β)',
  mttr: 'Mean time to repair (MTTR)',
  n: 'Hosts in the group (n)',
};

/** The target and its answer, as the page shows them, for the share bar. */
export function targetShare(
  target: RedundancyTarget,
  variable: SolveVariable,
  words: SolutionWords,
): { tables: ShareTable[]; notes: string[] } {
  return {
    tables: [
      {
        heading: 'Solve for a target',
        rows: [
          { label: 'Target', value: describeTarget(target) },
          { label: 'Solve for', value: SOLVE_VARIABLE_LABELS[variable] },
          { label: 'Answer', value: words.answer, output: 'target-answer' },
        ],
      },
    ],
    notes: [words.why],
  };
}
