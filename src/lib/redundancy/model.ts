/**
 * The beta-factor model of common-cause failure (IEC 61508-6:2010, Annex D; background in
 * NUREG/CR-5485): of each host's failure rate λ, a fraction β comes from causes that hit every
 * host in the group at the same moment, and the rest strikes one host at a time.
 *
 *   λ_cc  = β·λ        one event takes all n hosts down; they come back together after MTTR
 *   λ_ind = (1 − β)·λ  each host on its own, repaired on its own
 *
 * Closed form (x = λ·MTTR = MTTR / MTBF):
 *   U_cc   = βx / (1 + βx)                       share of time in a common-cause outage (exact)
 *   u_ind  = (1 − β)x / (1 + x)                  a host's own downtime, as a share of the time
 *                                                  outside common-cause outages (exact per host)
 *   U_kofn = P(fewer than k of n up), binomial(n, 1 − u_ind)
 *   U_group = U_cc + (1 − U_cc)·U_kofn           ≈ U_cc + U_kofn
 *
 * The one approximation: outside common-cause outages, hosts are treated as independent of
 * each other. In truth a common-cause event repairs every host at once, which pulls the hosts'
 * states together; the binomial ignores that. The error is of relative order n·MTTR/MTBF (see
 * VALIDITY_LIMIT and the exact-chain tests), and the model is exact for β = 0, β = 1 and n = 1.
 * Other assumptions, shared with the exact chain: constant failure and repair rates (exponential
 * times), steady state, one repair crew per failed host, and a common cause always takes all n
 * hosts (the alpha-factor and multiple-Greek-letter models of NUREG/CR-5485 relax that last one).
 */
import { hostFromRate, HOURS_PER_DAY, HOURS_PER_YEAR } from './single-host.ts';
import { kOfNGroup } from './k-of-n.ts';

export interface RedundancyInput {
  /** Hosts in the group (integer ≥ 1). */
  n: number;
  /** Hosts that must be up for the group to be up (integer, 1 ≤ k ≤ n). */
  k: number;
  /** Each host's mean time between failures, in days (> 0). */
  mtbfDays: number;
  /** Mean time to repair (or restart) a host, in hours (> 0). */
  mttrHours: number;
  /** Fraction of each host's failures that hit every host at once, in [0, 1]. */
  beta: number;
}

/**
 * Improvement of the group over one host, single-host unavailability ÷ group unavailability.
 * When the group's unavailability is below NEGLIGIBLE_UNAVAILABILITY the ratio says nothing
 * useful (and in floating point may divide by zero), so it is reported as its own case.
 */
export type Improvement = { kind: 'factor'; factor: number } | { kind: 'no-group-outage' };

/**
 * 1e-12 of a year is about 32 µs of downtime a year: far below what the model's own
 * approximations can resolve, and below what anyone can measure.
 */
export const NEGLIGIBLE_UNAVAILABILITY = 1e-12;

/**
 * The closed form's stated range, n·MTTR/MTBF ≤ 0.05: inside it the closed form stays close to the
 * exact chain (model.test.ts); far outside it, it can miss unavailability by about a fifth and
 * outage counts by large factors (closed-form-gap.test.ts). The page shows the exact chain's
 * figures and compares the two with compareWithClosedForm, not with this limit.
 */
export const VALIDITY_LIMIT = 0.05;

export interface RedundancyResult {
  singleAvailability: number;
  singleUnavailability: number;
  groupAvailability: number;
  groupUnavailability: number;
  /** The part of groupUnavailability spent in common-cause outages, U_cc. */
  commonCauseUnavailability: number;
  downtimeHoursPerYear: number;
  groupOutagesPerYear: number;
  commonCauseOutagesPerYear: number;
  independentOutagesPerYear: number;
  singleOutagesPerYear: number;
  improvement: Improvement;
  /** n·MTTR/MTBF, the size of the closed form's error term. */
  approximationRatio: number;
  withinValidity: boolean;
}

/** Compute the model. Inputs must already be valid (see validateRedundancyInput). */
export function computeRedundancy(input: RedundancyInput): RedundancyResult {
  const { n, k, mtbfDays, mttrHours, beta } = input;
  const lambda = 1 / (mtbfDays * HOURS_PER_DAY);
  const x = lambda * mttrHours;
  const lambdaCc = beta * lambda;
  const lambdaInd = (1 - beta) * lambda;

  const single = hostFromRate(lambda, mttrHours);
  const common = hostFromRate(lambdaCc, mttrHours);
  const hostDown = ((1 - beta) * x) / (1 + x);
  const independent = kOfNGroup(n, k, 1 - hostDown, hostDown, lambdaInd);

  const groupAvailability = common.availability * independent.availability;
  const groupUnavailability = Math.min(1, common.unavailability + common.availability * independent.unavailability);
  // A common-cause event starts an outage only if the group was up; an independent failure
  // starts one only outside a common-cause outage.
  const commonCauseOutagesPerYear = lambdaCc * groupAvailability * HOURS_PER_YEAR;
  const independentOutagesPerYear = independent.outagesPerHour * common.availability * HOURS_PER_YEAR;

  const improvement: Improvement =
    groupUnavailability < NEGLIGIBLE_UNAVAILABILITY
      ? { kind: 'no-group-outage' }
      : { kind: 'factor', factor: single.unavailability / groupUnavailability };

  const approximationRatio = n * x;
  return {
    singleAvailability: single.availability,
    singleUnavailability: single.unavailability,
    groupAvailability,
    groupUnavailability,
    commonCauseUnavailability: common.unavailability,
    downtimeHoursPerYear: groupUnavailability * HOURS_PER_YEAR,
    groupOutagesPerYear: commonCauseOutagesPerYear + independentOutagesPerYear,
    commonCauseOutagesPerYear,
    independentOutagesPerYear,
    singleOutagesPerYear: single.outagesPerHour * HOURS_PER_YEAR,
    improvement,
    approximationRatio,
    withinValidity: approximationRatio <= VALIDITY_LIMIT,
  };
}

/** Group availability at evenly spaced β from 0 to 1, other inputs fixed (for the chart). */
export function availabilityAcrossBeta(
  input: Omit<RedundancyInput, 'beta'>,
  steps = 10,
): { beta: number; groupAvailability: number }[] {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const beta = i / steps;
    return { beta, groupAvailability: computeRedundancy({ ...input, beta }).groupAvailability };
  });
}
