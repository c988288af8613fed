/**
 * Mann–Whitney U test (Wilcoxon rank-sum) of A against B, the test benchstat reports.
 *
 * It asks a different question from the median interval: not "how far apart are the middles?"
 * but "does a request from B tend to take longer than one from A?", i.e. is P(B > A) + ½·P(B = A)
 * different from ½. That probability is reported too, as the plain-words effect size.
 *
 * Like benchstat (golang.org/x/perf, via go-moremath's MannWhitneyUTest): the exact null
 * distribution for small samples, otherwise the normal approximation with the tie correction
 * (σ² = n₁n₂/12 · (N + 1 − Σ(t³ − t)/(N(N − 1)))) and a continuity correction of ½. Unlike
 * benchstat, which stops the exact test at 9 a side when there are ties because its method is
 * costly, the exact distribution here is the permutation distribution of U given the ties
 * (Klotz 1966), counted by a table over (values placed, U so far); that keeps the exact test
 * cheap up to 50 a side without ties and 25 with them. Two-sided p = 2·min(P(U ≤ u), P(U ≥ u)),
 * capped at 1.
 *
 * Hand-written rather than from npm: the packages that exist there have no exact test with ties
 * or no tie correction, and are unmaintained.
 */
import { normalUpperTail } from './normal-cdf.ts';

/** Largest sample size a side for the exact test without ties, as benchstat's MannWhitneyExactLimit. */
export const MANN_WHITNEY_EXACT_LIMIT = 50;
/** The same with ties (benchstat: 9); the table costs about (t + 1)× more per tie group of t. */
export const MANN_WHITNEY_TIES_EXACT_LIMIT = 25;

export type MannWhitneyResult =
  | {
      kind: 'tested';
      nA: number;
      nB: number;
      /**
       * U of B against A: pairs (a, b) with b > a, plus half the tied pairs. 0 … nA·nB;
       * nA·nB/2 is what equal distributions give on average.
       */
      uB: number;
      /** uB / (nA·nB): chance that a random request from B is slower than one from A, ties halved. */
      probBSlower: number;
      /** Two-sided p-value. */
      pValue: number;
      method: 'exact' | 'normal-approximation';
      /** z with tie and continuity corrections (normal approximation only). */
      z: number | null;
      hasTies: boolean;
    }
  | {
      /** Every value on both sides is the same: ranks carry no information. */
      kind: 'all-equal';
      nA: number;
      nB: number;
    }
  | { kind: 'empty' };

interface RankSums {
  /** Sum of B's mid-ranks in the pooled sample, doubled so it is a whole number. */
  doubledRankSumB: number;
  /** Number of distinct values in the pooled sample. */
  groupCount: number;
  /** Sizes of the tie groups in ascending value order, when asked for (the exact test needs them). */
  tieGroups: number[];
  /** Σ (t³ − t) over the tie groups. */
  tieCorrection: number;
}

/** One merge pass over the two sorted samples: B's mid-rank sum and the ties. */
function rankSums(sortedA: ArrayLike<number>, sortedB: ArrayLike<number>, keepGroups: boolean): RankSums {
  const nA = sortedA.length;
  const nB = sortedB.length;
  let i = 0;
  let j = 0;
  let below = 0; // values already ranked
  let doubledRankSumB = 0;
  let tieCorrection = 0;
  let groupCount = 0;
  const tieGroups: number[] = [];
  while (i < nA || j < nB) {
    const value =
      j >= nB || (i < nA && (sortedA[i] as number) < (sortedB[j] as number))
        ? (sortedA[i] as number)
        : (sortedB[j] as number);
    let countA = 0;
    let countB = 0;
    while (i < nA && sortedA[i] === value) {
      i++;
      countA++;
    }
    while (j < nB && sortedB[j] === value) {
      j++;
      countB++;
    }
    const t = countA + countB;
    // Ranks below+1 … below+t share the mid-rank below + (t + 1)/2; doubled: 2·below + t + 1.
    doubledRankSumB += countB * (2 * below + t + 1);
    tieCorrection += t * t * t - t;
    groupCount++;
    if (keepGroups) tieGroups.push(t);
    below += t;
  }
  return { doubledRankSumB, groupCount, tieGroups, tieCorrection };
}

/**
 * Exact null distribution of U_B given the tie groups: every choice of which nB of the N pooled
 * values belong to B is equally likely (the permutation distribution; Klotz 1966 with ties).
 * The groups are walked in ascending order; the state is (c = B values placed so far, U so far).
 * Putting k of a group's t values in B adds k·(A values below) + ½·k·(t − k) to U, with C(t, k)
 * ways. With ties U is kept doubled so its half-steps stay whole numbers. After `below` values
 * with c in B, U ≤ c·(below − c), which bounds the work to about N·nB·nA·nB/6 steps.
 * Returns P(U ≤ u) and P(U ≥ u) for the observed u.
 */
function exactTails(
  tieGroups: number[],
  nA: number,
  nB: number,
  observedU: number,
  hasTies: boolean,
): { lower: number; upper: number } {
  const scale = hasTies ? 2 : 1;
  const width = scale * nA * nB + 1;
  let counts = new Float64Array((nB + 1) * width);
  let next = new Float64Array((nB + 1) * width);
  counts[0] = 1;
  let below = 0;
  const ways: number[] = [];
  // Rows of the table that can hold counts once `seen` values are placed, and how far each row reaches.
  const firstRow = (seen: number) => Math.max(0, seen - nA);
  const lastRow = (seen: number) => Math.min(nB, seen);
  const rowReach = (seen: number, c: number) => scale * c * (seen - c);
  for (const t of tieGroups) {
    ways.length = 0;
    ways.push(1);
    for (let k = 1; k <= t; k++) ways.push((ways[k - 1]! * (t - k + 1)) / k); // C(t, k)
    const seen = below + t;
    for (let c = firstRow(seen); c <= lastRow(seen); c++) next.fill(0, c * width, c * width + rowReach(seen, c) + 1);
    for (let c = firstRow(below); c <= lastRow(below); c++) {
      const aBelow = below - c;
      const row = c * width;
      const reach = rowReach(below, c);
      for (let u = 0; u <= reach; u++) {
        const count = counts[row + u] as number;
        if (count === 0) continue;
        for (let k = 0; k <= t && c + k <= nB; k++) {
          if (t - k > nA - aBelow) continue; // the rest of the group must fit in A
          const target = (c + k) * width + u + k * (scale * aBelow) + (scale / 2) * k * (t - k);
          next[target] = (next[target] as number) + count * ways[k]!;
        }
      }
    }
    [counts, next] = [next, counts];
    below = seen;
  }
  let all = 0;
  let lower = 0;
  let upper = 0;
  const observed = Math.round(scale * observedU);
  const row = nB * width;
  for (let u = 0; u < width; u++) {
    const count = counts[row + u] as number;
    if (count === 0) continue;
    all += count;
    if (u <= observed) lower += count;
    if (u >= observed) upper += count;
  }
  return { lower: lower / all, upper: upper / all };
}

/** Mann–Whitney U test of B against A; both samples sorted ascending. */
export function mannWhitney(sortedA: ArrayLike<number>, sortedB: ArrayLike<number>): MannWhitneyResult {
  const nA = sortedA.length;
  const nB = sortedB.length;
  if (nA === 0 || nB === 0) return { kind: 'empty' };
  const small = nA <= MANN_WHITNEY_EXACT_LIMIT && nB <= MANN_WHITNEY_EXACT_LIMIT;
  const { doubledRankSumB, groupCount, tieGroups, tieCorrection } = rankSums(sortedA, sortedB, small);
  if (groupCount === 1) return { kind: 'all-equal', nA, nB };
  const uB = doubledRankSumB / 2 - (nB * (nB + 1)) / 2;
  const pairs = nA * nB;
  const hasTies = groupCount < nA + nB;
  const limit = hasTies ? MANN_WHITNEY_TIES_EXACT_LIMIT : MANN_WHITNEY_EXACT_LIMIT;
  if (nA <= limit && nB <= limit) {
    const { lower, upper } = exactTails(tieGroups, nA, nB, uB, hasTies);
    return {
      kind: 'tested',
      nA,
      nB,
      uB,
      probBSlower: uB / pairs,
      pValue: Math.min(1, 2 * Math.min(lower, upper)),
      method: 'exact',
      z: null,
      hasTies,
    };
  }
  const total = nA + nB;
  const mean = pairs / 2;
  const sd = Math.sqrt((pairs / 12) * (total + 1 - tieCorrection / (total * (total - 1))));
  const offset = uB - mean;
  // Continuity correction: move ½ towards the mean, never past it.
  const corrected = Math.sign(offset) * Math.max(0, Math.abs(offset) - 0.5);
  const z = corrected / sd;
  return {
    kind: 'tested',
    nA,
    nB,
    uB,
    probBSlower: uB / pairs,
    pValue: Math.min(1, 2 * normalUpperTail(Math.abs(z))),
    method: 'normal-approximation',
    z,
    hasTies,
  };
}
