/**
 * What the redundancy calculator's share bar copies: its inputs as the fields show them and its
 * results as the <output>s show them (same formatter, same digits), plus the verdict and notes
 * the page states beside them.
 */
import { figureText, type NumberFormat } from '../format/index';
import type { ShareContent, ShareRow } from '../share/summary';
import { formatParamNumber } from '../url-state/index';
import type { RedundancyInput, RedundancyResult } from './beta-factor';
import { availabilityDecimals, downtimeInWords, NO_GROUP_OUTAGE_TEXT, roughFiguresText } from './result-wording';

/** How the results panel prints its figures (GroupResults passes the same to each <Result>). */
export const FIGURE_FORMATS = {
  rate: {},
  availability: (unavailability: number): NumberFormat => ({ digits: availabilityDecimals(unavailability) }),
} as const;

export const MODEL_NOTE =
  'Steady state, exponential failure and repair times, one repair per failed host; a common cause takes all n hosts at once.';
export const STORY_MTTR_NOTE = 'MTTR is an assumption: the LXC record gives no repair time.';

const rate = (value: number, unit = '') => `${figureText(value, FIGURE_FORMATS.rate)}${unit}`;

export function redundancyInputRows(input: RedundancyInput): ShareRow[] {
  return [
    { label: 'Hosts in the group (n)', value: formatParamNumber(input.n) },
    { label: 'Hosts that must be up (k)', value: formatParamNumber(input.k) },
    { label: 'Mean time between failures, each host (MTBF)', value: `${formatParamNumber(input.mtbfDays)} days` },
    { label: 'Mean time to repair (MTTR)', value: `${formatParamNumber(input.mttrHours)} hours` },
    { label: 'Common-cause share (β)', value: formatParamNumber(input.beta) },
  ];
}

export function redundancyResultRows(result: RedundancyResult): ShareRow[] {
  const downtimeWords = downtimeInWords(result.downtimeHoursPerYear);
  const { improvement } = result;
  return [
    {
      label: 'Group availability',
      value: figureText(result.groupAvailability, FIGURE_FORMATS.availability(result.groupUnavailability)),
      output: 'group-availability',
    },
    {
      label: 'Group downtime per year',
      value: `${rate(result.downtimeHoursPerYear, ' hours')}${downtimeWords ? ` (about ${downtimeWords})` : ''}`,
      output: 'downtime-hours-per-year',
    },
    { label: 'Group outages per year', value: rate(result.groupOutagesPerYear), output: 'group-outages-per-year' },
    { label: '… started by a common cause', value: rate(result.commonCauseOutagesPerYear), output: 'common-cause-outages-per-year' },
    { label: '… started by independent failures', value: rate(result.independentOutagesPerYear), output: 'independent-outages-per-year' },
    {
      label: 'Improvement over one host',
      value: improvement.kind === 'factor' ? rate(improvement.factor, ' ×') : NO_GROUP_OUTAGE_TEXT,
      output: 'improvement',
    },
    {
      label: 'One host’s availability',
      value: figureText(result.singleAvailability, FIGURE_FORMATS.availability(result.singleUnavailability)),
      output: 'single-availability',
    },
  ];
}

export function redundancyShareContent(
  input: RedundancyInput,
  result: RedundancyResult,
  verdict: string,
  options: { lastValid: boolean; story: boolean },
): ShareContent {
  const rough = roughFiguresText(result);
  return {
    title: 'Redundancy under common-cause failure (beta-factor model)',
    tables: [
      { heading: 'Inputs', rows: redundancyInputRows(input) },
      { heading: 'Results', rows: [{ label: 'In short', value: verdict }, ...redundancyResultRows(result)] },
    ],
    notes: [...(rough ? [rough] : []), MODEL_NOTE, ...(options.story ? [STORY_MTTR_NOTE] : [])],
    lastValid: options.lastValid,
  };
}
