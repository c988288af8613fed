import { figureText, formatNumber } from '../../lib/format/index';
import { closedFormGapText, describeGap, FIGURE_FORMATS, type ModelComparison } from '../../lib/redundancy/index';
import { useFieldId } from '../kit/widget-context';

interface Props {
  comparison: ModelComparison;
}

const availability = (value: number, unavailability: number) =>
  figureText(value, FIGURE_FORMATS.availability(unavailability));

/**
 * The page's figures come from the exact chain; the closed form is the worked explanation. Where
 * they differ by more than 1 %, both stand side by side, the closed form's in <output>s of its own.
 */
export function ClosedFormBeside({ comparison }: Props) {
  const titleId = useFieldId('closed-form-title');
  const { exact, closedForm } = comparison;
  if (comparison.agrees) {
    return (
      <p class="redundancy-note" data-closed-form="agrees">
        Figures from the exact chain. The closed form worked on this page agrees with them to within 1 % here.
      </p>
    );
  }
  const rows: [string, string, string, string, string][] = [
    [
      'Group availability',
      availability(exact.groupAvailability, exact.groupUnavailability),
      'closed-form-group-availability',
      availability(closedForm.groupAvailability, closedForm.groupUnavailability),
      describeGap(comparison.unavailability),
    ],
    [
      'Downtime per year (hours)',
      figureText(exact.downtimeHoursPerYear),
      'closed-form-downtime-hours-per-year',
      figureText(closedForm.downtimeHoursPerYear),
      describeGap(comparison.unavailability),
    ],
    [
      'Group outages per year',
      figureText(exact.groupOutagesPerYear),
      'closed-form-group-outages-per-year',
      figureText(closedForm.groupOutagesPerYear),
      describeGap(comparison.groupOutages),
    ],
  ];
  return (
    <section class="kit-section" aria-labelledby={titleId} data-closed-form="differs">
      <p class="kit-section__title" id={titleId}>
        Exact chain and closed form, side by side
      </p>
      <p class="redundancy-rough">{closedFormGapText(comparison)}</p>
      <div class="kit-table-scroll" tabIndex={0} role="region" aria-labelledby={titleId}>
        <table class="kit-table">
          <caption>
            Exact chain (shown above) against the closed form, n × MTTR ÷ MTBF ={' '}
            {formatNumber(exact.approximationRatio, { digits: 2 })}
          </caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Exact chain</th>
              <th scope="col">Closed form</th>
              <th scope="col">Closed form off</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, exactText, name, closedText, off]) => (
              <tr key={name}>
                <th scope="row">{label}</th>
                <td>{exactText}</td>
                <td>
                  <output name={name}>{closedText}</output>
                </td>
                <td>{off}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
