/**
 * How the calculator puts its results into words and digits, on the page and in what its share
 * bar copies (inputs as the fields show them, results as the <output>s show them: same formatter,
 * same digits). Pure, so the wording is tested with the model and the island only lays it out.
 */
import { figureText, formatNumber, type NumberFormat } from '../format/index';
import type { ShareContent, ShareRow } from '../share/summary';
import { formatParamNumber } from '../url-state/index';
import { VALIDITY_LIMIT, type RedundancyInput, type RedundancyResult } from './model';
import { HOURS_PER_YEAR } from './single-host';

/**
 * Decimals that show an availability with its unavailability to about three significant digits:
 * U = 0.00415 → 0.99585 (5 decimals), U = 1.72e-5 → 0.9999828 (7). At least 5, and at most 15,
 * because a double cannot tell 1 − 1e-16 from 1.
 */
export function availabilityDecimals(unavailability: number): number {
  if (!(unavailability > 0)) return 15;
  const decimals = -Math.floor(Math.log10(unavailability)) + 2;
  return Math.min(15, Math.max(5, decimals));
}

const rough = (value: number) => formatNumber(value, { digits: 2 });
const plural = (value: string, unit: string) => `${value} ${unit}${value === '1' ? '' : 's'}`;

/** "36 hours", "9 minutes", "2.5 days": a duration a reader can picture. */
export function describeDuration(hours: number): string {
  if (!(hours > 0)) return 'no time at all';
  if (hours >= 48) return plural(rough(hours / 24), 'day');
  if (hours >= 1) return plural(rough(hours), 'hour');
  if (hours * 60 >= 1) return plural(rough(hours * 60), 'minute');
  if (hours * 3600 >= 1) return plural(rough(hours * 3600), 'second');
  return 'less than a second';
}

/** "18 times a year", "about once every 6.6 years", for a rate of events per year. */
export function describeRecurrence(perYear: number): string {
  if (!(perYear > 0)) return 'never, in the model';
  if (perYear >= 1.5) return `about ${rough(perYear)} times a year`;
  if (perYear >= 0.95) return 'about once a year';
  const years = 1 / perYear;
  if (years > 1e6) return 'less than once in a million years';
  return `about once every ${rough(years)} years`;
}

/**
 * One plain sentence on what β does to this group, compared with the same hosts at β = 0.
 * `independent` is the result for the same inputs with β = 0.
 */
export function redundancyVerdict(
  input: RedundancyInput,
  result: RedundancyResult,
  independent: RedundancyResult,
): string {
  const { n, k, beta } = input;
  const yours = describeDuration(result.downtimeHoursPerYear);
  const single = describeDuration(result.singleUnavailability * HOURS_PER_YEAR);
  if (n === 1) {
    return 'With one host there is nothing to share a failure with: the group is that host.';
  }
  if (beta === 1) {
    const extra = n === 2 ? 'your second host adds' : `your ${n - 1} extra hosts add`;
    return `With β = 1 ${extra} nothing: every failure takes all ${n} hosts down at once, so the group is exactly as available as one host (down ${yours} a year).`;
  }
  if (k === n) {
    return `With k = n all ${n} hosts must be up, so any one failure stops the group: it is down ${yours} a year, more than one host alone. Here a shared cause overlaps outages and β makes things less bad, not worse.`;
  }
  if (beta === 0) {
    return `With β = 0 the hosts fail independently: the group is down ${yours} a year, against ${single} for one host.`;
  }
  const share = result.groupUnavailability > 0 ? result.commonCauseUnavailability / result.groupUnavailability : 0;
  return `Common causes make up ${formatNumber(share * 100, { digits: 2, maxFractionDigits: 1 })} % of the group’s downtime: it is down ${yours} a year, where the same hosts with β = 0 would be down ${describeDuration(independent.downtimeHoursPerYear)}.`;
}

/**
 * The downtime in words beside its figure in hours, or nothing when the words would only repeat
 * the hours at another rounding ("2.35 hours" next to "about 2.4 hours").
 */
export function downtimeInWords(hours: number): string | undefined {
  return hours >= 1 && hours < 48 ? undefined : describeDuration(hours);
}

/** The warning shown when the repairs are too long next to the time between failures for the model. */
export function roughFiguresText(result: RedundancyResult): string | undefined {
  if (result.withinValidity) return undefined;
  return `Rough figures: n × MTTR ÷ MTBF is ${formatNumber(result.approximationRatio, { digits: 2 })}, above ${VALIDITY_LIMIT}. The model assumes repairs are short next to the time between failures; here its outage counts can be off by more than a few per cent.`;
}

/** Shown instead of an improvement factor when the group's downtime is negligible. */
export const NO_GROUP_OUTAGE_TEXT = 'no outage expected in the model';

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
    {
      label: '… started by a common cause',
      value: rate(result.commonCauseOutagesPerYear),
      output: 'common-cause-outages-per-year',
    },
    {
      label: '… started by independent failures',
      value: rate(result.independentOutagesPerYear),
      output: 'independent-outages-per-year',
    },
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
