/**
 * A k-of-n group of identical hosts that fail and are repaired independently of each other:
 * the group is up while at least k hosts are up. The number of hosts up is binomial(n, a).
 * Both tails are summed directly, so a tiny group unavailability (say 1e-40) keeps its digits
 * instead of vanishing in 1 − (something close to 1).
 */

/** C(n, j) by the multiplicative formula; exact in doubles for the small n this site allows. */
export function binomialCoefficient(n: number, j: number): number {
  if (j < 0 || j > n) return 0;
  const m = Math.min(j, n - j);
  let c = 1;
  for (let i = 1; i <= m; i += 1) c = (c * (n - m + i)) / i;
  return Math.round(c);
}

/** P(exactly j of n hosts up) when each is up with probability a and down with probability u = 1 − a. */
function exactlyUp(n: number, j: number, a: number, u: number): number {
  // Math.pow(0, 0) is 1, so a host state that cannot happen (u = 0) contributes exactly 0.
  return binomialCoefficient(n, j) * a ** j * u ** (n - j);
}

export interface KOfNSteadyState {
  /** P(at least k of n up). */
  availability: number;
  /** P(fewer than k of n up), summed directly. */
  unavailability: number;
  /**
   * Group outages started per hour, given each host fails at `failuresPerHour` while up.
   * An outage starts when the group has exactly k hosts up and one of those k fails:
   * f = C(n, k) · a^k · u^(n−k) · k · λ (the usual frequency-balance result for k-of-n groups).
   */
  outagesPerHour: number;
}

/**
 * Steady state of a k-of-n group from each host's up probability `a`, down probability `u`
 * (passed separately so the caller keeps the precise one), and each host's failure rate while up.
 */
export function kOfNGroup(n: number, k: number, a: number, u: number, failuresPerHour: number): KOfNSteadyState {
  let availability = 0;
  for (let j = k; j <= n; j += 1) availability += exactlyUp(n, j, a, u);
  let unavailability = 0;
  for (let j = 0; j < k; j += 1) unavailability += exactlyUp(n, j, a, u);
  const outagesPerHour = exactlyUp(n, k, a, u) * k * failuresPerHour;
  // Sum only the smaller tail and take the other as its complement: the pair then adds up to 1
  // and a near-1 availability cannot drift below 1 from rounding in a long sum.
  if (unavailability <= availability) availability = 1 - unavailability;
  else unavailability = 1 - availability;
  return { availability, unavailability, outagesPerHour };
}
