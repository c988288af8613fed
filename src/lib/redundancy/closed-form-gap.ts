/**
 * The exact chain's figures beside the closed form's, and how far apart they are, so the page
 * can show exact results and keep the closed form as the explanation where the two differ.
 *
 * How far apart they get (measured over the whole input domain in closed-form-gap.test.ts): the
 * closed form is exact at β = 0, β = 1 and for one host, and within 1 % of the chain while
 * n·MTTR/MTBF stays small; far outside that range it can miss group unavailability by about a
 * fifth and the outage count by many orders of magnitude (a k = n group whose hosts all come
 * back together after a common-cause repair, which the binomial cannot see).
 */
import { computeRedundancy, NEGLIGIBLE_UNAVAILABILITY, type RedundancyInput, type RedundancyResult } from './model.ts';
import { exactRedundancy } from './exact-results.ts';

/**
 * Relative difference up to which the closed form counts as agreeing with the exact chain: the
 * page shows about three significant digits, and 1 % is where the figures visibly part.
 */
export const CLOSED_FORM_AGREEMENT = 0.01;

/**
 * Outage counts below this (once in a billion years) are not worth comparing: both models call
 * them "never", whatever their ratio.
 */
export const NEGLIGIBLE_OUTAGES_PER_YEAR = 1e-9;

export interface FigureGap {
  exact: number;
  closedForm: number;
  /**
   * (closed form − exact) ÷ exact: negative when the closed form is too low. 0 when both are 0;
   * null when only the exact figure is 0 or the ratio overflows a double.
   */
  relativeDifference: number | null;
  /**
   * How many times larger the larger figure is: 1 when equal, 7 for "off by 7×". null when one
   * figure is 0 and the other is not.
   */
  factor: number | null;
  /** False when both figures are below the negligible level, so their ratio means nothing. */
  matters: boolean;
  /** True when the figure does not matter or the two are within CLOSED_FORM_AGREEMENT. */
  agrees: boolean;
}

export interface ModelComparison {
  exact: RedundancyResult;
  closedForm: RedundancyResult;
  /** Group unavailability (and so downtime per year, which is proportional to it). */
  unavailability: FigureGap;
  groupOutages: FigureGap;
  commonCauseOutages: FigureGap;
  independentOutages: FigureGap;
  /** The largest |relative difference| among the figures that matter; null if one is infinite. */
  largestRelativeDifference: number | null;
  /** Every figure agrees: the page may show one set of numbers. */
  agrees: boolean;
}

export function figureGap(exact: number, closedForm: number, negligible: number): FigureGap {
  let relativeDifference = exact === 0 ? (closedForm === 0 ? 0 : null) : (closedForm - exact) / exact;
  if (relativeDifference !== null && !Number.isFinite(relativeDifference)) relativeDifference = null;
  let factor: number | null;
  if (exact === closedForm) factor = 1;
  else if (exact > 0 && closedForm > 0) factor = Math.max(exact / closedForm, closedForm / exact);
  else factor = null;
  // A ratio of two doubles can overflow (1e200 / 1e-200); say "no finite factor" instead.
  if (factor !== null && !Number.isFinite(factor)) factor = null;
  const matters = Math.max(exact, closedForm) >= negligible;
  const agrees = !matters || (relativeDifference !== null && Math.abs(relativeDifference) <= CLOSED_FORM_AGREEMENT);
  return { exact, closedForm, relativeDifference, factor, matters, agrees };
}

/** Both models for one set of (valid) inputs, figure by figure. */
export function compareWithClosedForm(input: RedundancyInput): ModelComparison {
  const exact = exactRedundancy(input);
  const closedForm = computeRedundancy(input);
  const unavailability = figureGap(
    exact.groupUnavailability,
    closedForm.groupUnavailability,
    NEGLIGIBLE_UNAVAILABILITY,
  );
  const groupOutages = figureGap(
    exact.groupOutagesPerYear,
    closedForm.groupOutagesPerYear,
    NEGLIGIBLE_OUTAGES_PER_YEAR,
  );
  const commonCauseOutages = figureGap(
    exact.commonCauseOutagesPerYear,
    closedForm.commonCauseOutagesPerYear,
    NEGLIGIBLE_OUTAGES_PER_YEAR,
  );
  const independentOutages = figureGap(
    exact.independentOutagesPerYear,
    closedForm.independentOutagesPerYear,
    NEGLIGIBLE_OUTAGES_PER_YEAR,
  );
  const gaps = [unavailability, groupOutages, commonCauseOutages, independentOutages];
  let largestRelativeDifference: number | null = 0;
  for (const gap of gaps) {
    if (!gap.matters) continue;
    if (gap.relativeDifference === null || largestRelativeDifference === null) {
      largestRelativeDifference = null;
      continue;
    }
    largestRelativeDifference = Math.max(largestRelativeDifference, Math.abs(gap.relativeDifference));
  }
  return {
    exact,
    closedForm,
    unavailability,
    groupOutages,
    commonCauseOutages,
    independentOutages,
    largestRelativeDifference,
    agrees: gaps.every((gap) => gap.agrees),
  };
}
