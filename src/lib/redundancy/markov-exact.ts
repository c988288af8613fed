/**
 * Exact steady state of the beta-factor group as a continuous-time Markov chain. It is the
 * reference the closed-form model in model.ts is tested against; the calculator does not
 * show it. Same assumptions as the closed form (exponential times, one repair per failed host,
 * a common-cause event takes every host down and they come back together after a mean MTTR),
 * but without treating the common-cause and independent parts as independent of each other.
 *
 * States 0..n: that many hosts down from independent failures, no common-cause outage.
 * State n+1:   common-cause outage, all hosts down.
 *   j → j+1 at (n − j)·λ_ind     j → j−1 at j·μ
 *   j → n+1 at λ_cc (from every j)   n+1 → 0 at μ
 */

export interface ExactChainInput {
  n: number;
  k: number;
  independentFailuresPerHour: number;
  commonCauseFailuresPerHour: number;
  mttrHours: number;
}

export interface ExactChainResult {
  /** Steady-state probabilities, index as in the state list above. */
  stateProbabilities: number[];
  groupUnavailability: number;
  commonCauseOutagesPerHour: number;
  independentOutagesPerHour: number;
}

/**
 * Solve π·Q = 0, Σπ = 1 by the Grassmann–Taksar–Heyman state reduction. It uses only
 * additions, multiplications and divisions of non-negative numbers, so probabilities as small
 * as 1e-30 come out with full relative precision, which plain Gaussian elimination cannot promise.
 * `rates[i][j]` is the rate from state i to state j (the diagonal is ignored).
 */
export function solveSteadyState(rates: number[][]): number[] {
  const m = rates.length;
  const q = rates.map((row) => row.slice());
  const cell = (i: number, j: number): number => q[i]?.[j] ?? 0;
  const exitDown: number[] = new Array<number>(m).fill(0);
  for (let s = m - 1; s >= 1; s -= 1) {
    let out = 0;
    for (let j = 0; j < s; j += 1) out += cell(s, j);
    if (!(out > 0)) throw new Error(`state ${s} cannot reach lower states; the chain is not irreducible`);
    exitDown[s] = out;
    for (let i = 0; i < s; i += 1) {
      const toS = cell(i, s);
      if (toS === 0) continue;
      const row = q[i] as number[];
      for (let j = 0; j < s; j += 1) if (j !== i) row[j] = cell(i, j) + (toS * cell(s, j)) / out;
    }
  }
  const pi: number[] = new Array<number>(m).fill(0);
  pi[0] = 1;
  for (let s = 1; s < m; s += 1) {
    let inflow = 0;
    for (let i = 0; i < s; i += 1) inflow += (pi[i] ?? 0) * cell(i, s);
    pi[s] = inflow / (exitDown[s] ?? 1);
  }
  const total = pi.reduce((sum, p) => sum + p, 0);
  return pi.map((p) => p / total);
}

export function exactBetaFactorChain(input: ExactChainInput): ExactChainResult {
  const { n, k, independentFailuresPerHour: lInd, commonCauseFailuresPerHour: lCc, mttrHours } = input;
  const mu = 1 / mttrHours;
  const commonState = n + 1;
  const rates: number[][] = Array.from({ length: n + 2 }, () => new Array<number>(n + 2).fill(0));
  const set = (from: number, to: number, rate: number): void => {
    (rates[from] as number[])[to] = rate;
  };
  for (let j = 0; j <= n; j += 1) {
    if (j < n) set(j, j + 1, (n - j) * lInd);
    if (j > 0) set(j, j - 1, j * mu);
    set(j, commonState, lCc);
  }
  set(commonState, 0, mu);

  const pi = solveSteadyState(rates);
  const at = (s: number): number => pi[s] ?? 0;
  // The group is down in the common-cause state and whenever more than n − k hosts are down.
  let groupUnavailability = at(commonState);
  for (let j = n - k + 1; j <= n; j += 1) groupUnavailability += at(j);
  let upProbability = 0;
  for (let j = 0; j <= n - k; j += 1) upProbability += at(j);
  return {
    stateProbabilities: pi,
    groupUnavailability,
    // Outages start from an up state: any common-cause event, or one more independent
    // failure when exactly k hosts are up.
    commonCauseOutagesPerHour: upProbability * lCc,
    independentOutagesPerHour: at(n - k) * k * lInd,
  };
}
