/**
 * Sentences about the rank test and the shape of each side, made with the analysis (in the
 * worker or the lazily loaded analyser) so the page's first download carries none of this code.
 */
import { fixedNumber, formatNumber } from '../format/index.ts';
import type { MultimodalityCheck } from './multimodality.ts';
import type { MannWhitneyResult } from './rank-test.ts';
import { agreementText, pValueText, type TestsAgreement } from './verdict-agreement.ts';

export interface TestWording {
  /** "p = 0.003" (two-sided Mann–Whitney), null unless the test ran. */
  rankP: string | null;
  /** "83 %": chance a random request from B is slower than one from A, ties halved. */
  probBSlower: string | null;
  /** Why the test could not run, when both sides have samples but it did not. */
  rankNote: string | null;
  /** The sentence when the median interval and the rank test disagree; null when they agree. */
  agreement: string | null;
  /** A warning per side that looks like more than one population. */
  multimodal: { a: string | null; b: string | null };
}

const ms = (value: number) => formatNumber(value, { digits: 3 });
const percent = (share: number) => `${fixedNumber(share * 100, 0, false)} %`;

/** "A looks like two populations …", or null when the dip test does not warn. */
export function multimodalityText(name: 'A' | 'B', check: MultimodalityCheck | null): string | null {
  if (check?.kind !== 'checked' || !check.multimodal) return null;
  const where = check.split
    ? `: about ${percent(check.split.lowerShare)} of requests around ${ms(check.split.lowerMedianMs)} ms and ${percent(1 - check.split.lowerShare)} around ${ms(check.split.upperMedianMs)} ms`
    : '';
  const p = check.pBelow === null ? '' : `, p < ${check.pBelow}`;
  return (
    `${name} looks like more than one population (Hartigan's dip test${p})${where}. ` +
    'One number, the median included, hides that: a change in the mix moves it without any request getting slower. Compare the curves and the percentiles.'
  );
}

export function testWording(
  rank: MannWhitneyResult | null,
  agreement: TestsAgreement | null,
  multimodality: { a: MultimodalityCheck | null; b: MultimodalityCheck | null },
): TestWording {
  const tested = rank?.kind === 'tested' ? rank : null;
  return {
    rankP: tested ? pValueText(tested.pValue) : null,
    probBSlower: tested ? percent(tested.probBSlower) : null,
    rankNote:
      rank?.kind === 'all-equal'
        ? 'Every value on both sides is the same: the rank test has nothing to compare.'
        : null,
    agreement: agreement ? agreementText(agreement) : null,
    multimodal: { a: multimodalityText('A', multimodality.a), b: multimodalityText('B', multimodality.b) },
  };
}
