/**
 * The calculator's figures from the exact continuous-time Markov chain (markov-exact.ts), in the
 * same shape as the closed form's (computeRedundancy in model.ts), so the page can show
 * either. The chain has n + 2 states, so even at the tool's 20 hosts one solve is a 22 × 22
 * state reduction: cheap enough to run on every keystroke (scripts/bench-redundancy.mjs).
 *
 * Same model as the closed form: exponential failure and repair times, one repair crew per
 * host, a common cause takes every host down and they come back together after a mean MTTR.
 * The chain keeps what the closed form drops: a common-cause repair also brings back hosts that
 * were down on their own, so the hosts' states are not independent outside common-cause outages.
 */
import {
  NEGLIGIBLE_UNAVAILABILITY,
  VALIDITY_LIMIT,
  type Improvement,
  type RedundancyInput,
  type RedundancyResult,
} from './model.ts';
import { exactBetaFactorChain, type ExactChainResult } from './markov-exact.ts';
import { hostFromRate, HOURS_PER_DAY, HOURS_PER_YEAR } from './single-host.ts';

/** The exact chain for the calculator's inputs (inputs must already be valid). */
export function chainForInput(input: RedundancyInput): ExactChainResult {
  const lambda = 1 / (input.mtbfDays * HOURS_PER_DAY);
  return exactBetaFactorChain({
    n: input.n,
    k: input.k,
    independentFailuresPerHour: (1 - input.beta) * lambda,
    commonCauseFailuresPerHour: input.beta * lambda,
    mttrHours: input.mttrHours,
  });
}

/**
 * Every figure the page shows, from the exact chain. `approximationRatio` and `withinValidity`
 * still describe the closed form's error term for these inputs (n·MTTR/MTBF), so the page can
 * say when the two differ; they say nothing about the exact figures themselves.
 */
export function exactRedundancy(input: RedundancyInput): RedundancyResult {
  const { n, k, mtbfDays, mttrHours } = input;
  const lambda = 1 / (mtbfDays * HOURS_PER_DAY);
  const chain = chainForInput(input);
  const pi = chain.stateProbabilities;
  const single = hostFromRate(lambda, mttrHours);

  // Sum both sides directly and take the larger as the complement of the smaller, so a tiny
  // unavailability keeps its digits and the pair adds up to 1 (as kOfNGroup does).
  let up = 0;
  for (let j = 0; j <= n - k; j += 1) up += pi[j] ?? 0;
  let down = Math.min(1, chain.groupUnavailability);
  if (down <= up) up = 1 - down;
  else down = 1 - up;

  const commonCauseOutagesPerYear = chain.commonCauseOutagesPerHour * HOURS_PER_YEAR;
  const independentOutagesPerYear = chain.independentOutagesPerHour * HOURS_PER_YEAR;
  const improvement: Improvement =
    down < NEGLIGIBLE_UNAVAILABILITY
      ? { kind: 'no-group-outage' }
      : { kind: 'factor', factor: single.unavailability / down };
  const approximationRatio = n * lambda * mttrHours;

  return {
    singleAvailability: single.availability,
    singleUnavailability: single.unavailability,
    groupAvailability: up,
    groupUnavailability: down,
    commonCauseUnavailability: pi[n + 1] ?? 0,
    downtimeHoursPerYear: down * HOURS_PER_YEAR,
    groupOutagesPerYear: commonCauseOutagesPerYear + independentOutagesPerYear,
    commonCauseOutagesPerYear,
    independentOutagesPerYear,
    singleOutagesPerYear: single.outagesPerHour * HOURS_PER_YEAR,
    improvement,
    approximationRatio,
    withinValidity: approximationRatio <= VALIDITY_LIMIT,
  };
}
