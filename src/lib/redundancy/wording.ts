/**
 * How the calculator puts its results into words and digits, on the page and in what its share
 * bar copies (inputs as the fields show them, results as the <output>s show them: same formatter,
 * same digits). Pure, so the wording is tested with the model and the island only lays it out.
 */
import { figureText, formatNumber, type NumberFormat } from '../format/index';
import type { ShareContent, ShareRow, ShareTable } from '../share/summary';
import { formatParamNumber } from '../url-state/index';
import type { FigureGap, ModelComparison } from './closed-form-gap';
import type { RedundancyInput, RedundancyResult } from './model';
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

/** "16 %" or "7.1 ×": how far the closed form is from the exact figure, for a sentence. */
export function describeGap(gap: FigureGap): string {
  if (gap.factor === null) return gap.exact === 0 ? 'where the exact figure is 0' : 'by more than any finite factor';
  if (gap.factor >= 2) return `by a factor of ${formatNumber(gap.factor, { digits: 2 })}`;
  const percent = Math.abs(gap.relativeDifference ?? gap.factor - 1) * 100;
  return `by ${formatNumber(percent, { digits: 2 })} %`;
}

/**
 * Said when the closed form (the page's worked explanation) and the exact chain (the figures the
 * page shows) differ by more than CLOSED_FORM_AGREEMENT: which figures, how far, and why.
 */
export function closedFormGapText(comparison: ModelComparison): string | undefined {
  if (comparison.agrees) return undefined;
  const parts: string[] = [];
  if (!comparison.unavailability.agrees) {
    const low = (comparison.unavailability.relativeDifference ?? 0) < 0;
    parts.push(`the group’s downtime ${describeGap(comparison.unavailability)} (${low ? 'too low' : 'too high'})`);
  }
  if (!comparison.groupOutages.agrees) parts.push(`its outages a year ${describeGap(comparison.groupOutages)}`);
  if (parts.length === 0) parts.push('the split of outages between common and independent causes');
  return (
    `The figures above are the exact chain’s. The closed form worked on this page misses ${parts.join(' and ')} here: ` +
    `n × MTTR ÷ MTBF is ${formatNumber(comparison.exact.approximationRatio, { digits: 2 })}, and the closed form ` +
    'treats the hosts as independent between common-cause outages, which holds only while repairs are short next ' +
    'to the time between failures.'
  );
}

/** Shown instead of an improvement factor when the group's downtime is negligible. */
export const NO_GROUP_OUTAGE_TEXT = 'no outage expected in the model';

/** How the results panel prints its figures (GroupResults passes the same to each <Result>). */
export const FIGURE_FORMATS = {
  rate: {},
  availability: (unavailability: number): NumberFormat => ({ digits: availabilityDecimals(unavailability) }),
} as const;

export const MODEL_NOTE =
  'Figures from the exact Markov chain of the beta-factor model: steady state, exponential failure and repair times, ' +
  'one repair per failed host; a common cause takes all n hosts at once.';
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

/** The closed form's figures, for the rows the page shows beside the exact ones where they differ. */
export function closedFormRows(comparison: ModelComparison): ShareRow[] {
  if (comparison.agrees) return [];
  const { closedForm } = comparison;
  return [
    {
      label: 'Closed form: group availability',
      value: figureText(closedForm.groupAvailability, FIGURE_FORMATS.availability(closedForm.groupUnavailability)),
      output: 'closed-form-group-availability',
    },
    {
      label: 'Closed form: group downtime per year',
      value: rate(closedForm.downtimeHoursPerYear, ' hours'),
      output: 'closed-form-downtime-hours-per-year',
    },
    {
      label: 'Closed form: group outages per year',
      value: rate(closedForm.groupOutagesPerYear),
      output: 'closed-form-group-outages-per-year',
    },
  ];
}

/** Sections a part of the page adds to the copy while it is shown (the β checklist, the target). */
export interface ShareExtras {
  tables?: ShareTable[];
  notes?: string[];
}

export function redundancyShareContent(
  input: RedundancyInput,
  comparison: ModelComparison,
  verdict: string,
  options: { lastValid: boolean; story: boolean },
  extras: readonly ShareExtras[] = [],
): ShareContent {
  const gap = closedFormGapText(comparison);
  const closedForm = closedFormRows(comparison);
  return {
    title: 'Redundancy under common-cause failure (beta-factor model)',
    tables: [
      { heading: 'Inputs', rows: redundancyInputRows(input) },
      {
        heading: 'Results',
        rows: [{ label: 'In short', value: verdict }, ...redundancyResultRows(comparison.exact)],
      },
      ...(closedForm.length > 0 ? [{ heading: 'Closed form, where it differs', rows: closedForm }] : []),
      ...extras.flatMap((extra) => extra.tables ?? []),
    ],
    notes: [
      ...(gap ? [gap] : []),
      MODEL_NOTE,
      ...(options.story ? [STORY_MTTR_NOTE] : []),
      ...extras.flatMap((extra) => extra.notes ?? []),
    ],
    lastValid: options.lastValid,
  };
}
