/**
 * One repairable host as an alternating up/down process with exponential up times (mean MTBF)
 * and exponential repair times (mean MTTR). In steady state (renewal theory) the host is up a
 * fraction A = MTBF / (MTBF + MTTR) of the time and starts a new outage 1 / (MTBF + MTTR) times
 * per unit time (one outage per up/down cycle).
 */

/** 365 days. A "year" of 8766 h (365.25 days) would change results by less than 0.07 %. */
export const HOURS_PER_YEAR = 8760;
export const HOURS_PER_DAY = 24;

export interface HostSteadyState {
  /** Fraction of time up, in [0, 1]. */
  availability: number;
  /** Fraction of time down, computed directly (not as 1 − A) so tiny values keep their digits. */
  unavailability: number;
  /** Outages started per hour: 1 / (MTBF + MTTR). */
  outagesPerHour: number;
}

/**
 * Steady state of one host from its failure rate and repair time.
 * Taking the rate (not MTBF) lets a rate of 0 mean "this kind of failure never happens",
 * which the beta-factor split needs at β = 0 and β = 1.
 */
export function hostFromRate(failuresPerHour: number, mttrHours: number): HostSteadyState {
  // x = λ·MTTR is the only shape parameter: A = 1 / (1 + x), U = x / (1 + x).
  const x = failuresPerHour * mttrHours;
  return {
    availability: 1 / (1 + x),
    unavailability: x / (1 + x),
    outagesPerHour: failuresPerHour / (1 + x),
  };
}

/** Steady state of one host from MTBF and MTTR, both in hours (MTBF > 0). */
export function singleHost(mtbfHours: number, mttrHours: number): HostSteadyState {
  return hostFromRate(1 / mtbfHours, mttrHours);
}
