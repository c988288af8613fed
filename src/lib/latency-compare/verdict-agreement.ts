/**
 * Do the median interval and the Mann–Whitney test tell the same story? They answer different
 * questions, so they can disagree honestly:
 * - the interval: is the typical (median) request slower on one side?
 * - the rank test: does a request from one side tend to be slower than one from the other?
 * A shift of the whole distribution moves both. A change in the tail or the spread alone moves
 * the rank test but not the median; a different mix of two populations can move the median
 * but leave the ranks balanced. When they disagree the reader must look at the distributions,
 * and the page says so in plain words (agreementText).
 */
import type { Verdict } from './median-diff.ts';
import type { MannWhitneyResult } from './rank-test.ts';

export const RANK_TEST_LEVEL = 0.05;

export type Direction = 'b-slower' | 'a-slower';

export type TestsAgreement =
  /** Both say the same side is slower, or neither shows a difference. */
  | { kind: 'agree'; direction: Direction | null; pValue: number; probBSlower: number }
  /** The rank test shows a side tends to be slower; the median interval includes 0. */
  | { kind: 'rank-test-only'; rankDirection: Direction; pValue: number; probBSlower: number }
  /** The median interval excludes 0; the rank test shows no tendency. */
  | { kind: 'median-only'; medianDirection: Direction; pValue: number; probBSlower: number }
  /** Both show a difference, in opposite directions. */
  | { kind: 'opposite'; medianDirection: Direction; rankDirection: Direction; pValue: number; probBSlower: number }
  /** The rank test could not run (a side empty, or every value equal), or there is no median interval. */
  | { kind: 'not-tested' };

export function compareTests(verdict: Verdict, rank: MannWhitneyResult, level = RANK_TEST_LEVEL): TestsAgreement {
  // Below six a side there is no interval to set the rank test against.
  if (rank.kind !== 'tested' || (verdict.kind === 'no-difference' && verdict.reason === 'too-few-samples'))
    return { kind: 'not-tested' };
  const { pValue, probBSlower } = rank;
  const rankDirection: Direction | null = pValue < level ? (probBSlower > 0.5 ? 'b-slower' : 'a-slower') : null;
  const medianDirection: Direction | null = verdict.kind === 'no-difference' ? null : verdict.kind;
  if (rankDirection === medianDirection) return { kind: 'agree', direction: rankDirection, pValue, probBSlower };
  if (medianDirection === null) return { kind: 'rank-test-only', rankDirection: rankDirection!, pValue, probBSlower };
  if (rankDirection === null) return { kind: 'median-only', medianDirection, pValue, probBSlower };
  return { kind: 'opposite', medianDirection, rankDirection, pValue, probBSlower };
}

/** "p = 0.003", "p = 0.21", "p < 0.0001". */
export function pValueText(p: number): string {
  if (p < 0.0001) return 'p < 0.0001';
  if (p < 0.001) return `p = ${p.toFixed(4)}`;
  if (p < 0.01) return `p = ${p.toFixed(3)}`;
  return `p = ${p.toFixed(2)}`;
}

const sideName = (d: Direction) => (d === 'b-slower' ? 'B' : 'A');
const otherName = (d: Direction) => (d === 'b-slower' ? 'A' : 'B');

/** Chance, in words, that a random request from the slower side is the slower of a pair. */
function pairwise(direction: Direction, probBSlower: number): string {
  const share = direction === 'b-slower' ? probBSlower : 1 - probBSlower;
  return `a random request from ${sideName(direction)} is slower than one from ${otherName(direction)} ${Math.round(share * 100)} % of the time`;
}

/**
 * What the page adds under the verdict when the two tests disagree; null when they agree or the
 * rank test could not run (nothing to add).
 */
export function agreementText(agreement: TestsAgreement): string | null {
  switch (agreement.kind) {
    case 'agree':
    case 'not-tested':
      return null;
    case 'rank-test-only':
      return (
        `The medians are not shown to differ, but the Mann–Whitney test finds that ${sideName(agreement.rankDirection)}'s requests tend to be slower ` +
        `(${pValueText(agreement.pValue)}; ${pairwise(agreement.rankDirection, agreement.probBSlower)}). ` +
        'The difference lies away from the middle, in the spread or the tail: compare the percentiles and the two curves, not only the median.'
      );
    case 'median-only':
      return (
        `${sideName(agreement.medianDirection)}'s median is higher, but the Mann–Whitney test does not find that its requests as a whole tend to be slower ` +
        `(${pValueText(agreement.pValue)}; a random request from B is slower than one from A ${Math.round(agreement.probBSlower * 100)} % of the time). ` +
        'The difference sits at the middle only, as when both sides mix the same populations in different proportions: check the multimodality note and the curves.'
      );
    case 'opposite':
      return (
        `The two tests point opposite ways: ${sideName(agreement.medianDirection)}'s median is higher, but ${pairwise(agreement.rankDirection, agreement.probBSlower)} ` +
        `(Mann–Whitney ${pValueText(agreement.pValue)}). The two distributions have different shapes, so no single number says which side is slower: compare the curves and the percentiles.`
      );
  }
}
