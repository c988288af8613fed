import { DataTable } from '../kit/DataTable';
import { formatNumber } from '../../lib/format/index';
import {
  availabilityDecimals,
  describeDuration,
  HOURS_PER_YEAR,
  NO_GROUP_OUTAGE_TEXT,
  type RedundancyInput,
  type RedundancyResult,
} from '../../lib/redundancy/index';
import { useFieldId } from '../kit/widget-context';

interface Props {
  input: RedundancyInput;
  result: RedundancyResult;
  /** The same inputs with β = 0. */
  independent: RedundancyResult;
}

const availability = (value: number, unavailability: number) =>
  formatNumber(value, { digits: availabilityDecimals(unavailability), grouping: false });

const improvementText = (result: RedundancyResult) =>
  result.improvement.kind === 'factor' ? `${formatNumber(result.improvement.factor)} ×` : NO_GROUP_OUTAGE_TEXT;

/** One host, the reader's group, and the same group with no common cause, side by side. */
export function ComparisonTable({ input, result, independent }: Props) {
  const titleId = useFieldId('compare-title');
  const singleDowntime = result.singleUnavailability * HOURS_PER_YEAR;
  return (
    <section class="kit-section" aria-labelledby={titleId}>
      <p class="kit-section__title" id={titleId}>
        Your group next to the same hosts with β = 0
      </p>
      <DataTable
        caption={`${input.n} hosts, ${input.k} must be up, MTBF ${formatNumber(input.mtbfDays)} days, MTTR ${formatNumber(input.mttrHours)} h`}
        columns={[
          'Measure',
          'One host',
          `Your group, β = ${formatNumber(input.beta, { digits: 4 })}`,
          'Same group, β = 0',
        ]}
        rows={[
          [
            'Availability',
            availability(result.singleAvailability, result.singleUnavailability),
            availability(result.groupAvailability, result.groupUnavailability),
            availability(independent.groupAvailability, independent.groupUnavailability),
          ],
          [
            'Downtime a year',
            describeDuration(singleDowntime),
            describeDuration(result.downtimeHoursPerYear),
            describeDuration(independent.downtimeHoursPerYear),
          ],
          [
            'Outages a year',
            formatNumber(result.singleOutagesPerYear),
            formatNumber(result.groupOutagesPerYear),
            formatNumber(independent.groupOutagesPerYear),
          ],
          ['Improvement over one host', '1 ×', improvementText(result), improvementText(independent)],
        ]}
      />
    </section>
  );
}
