import { useCallback, useMemo } from 'preact/hooks';
import type { ChartConfiguration } from 'chart.js';
import { LazyChart } from '../kit/LazyChart';
import { axisStyle, type ChartTheme } from '../kit/chart-theme';
import { formatNumber } from '../../lib/format/index';
import {
  availabilityDecimals,
  exactRedundancy,
  HOURS_PER_DAY,
  HOURS_PER_YEAR,
  singleHost,
  type RedundancyInput,
} from '../../lib/redundancy/index';

const STEPS = 20;

interface Props {
  input: RedundancyInput;
}

/** Group availability as β runs from 0 to 1 for the reader's hosts, with one host for reference. */
export function BetaChart({ input }: Props) {
  const { n, k, mtbfDays, mttrHours } = input;
  // The exact chain at every step: 21 solves of at most 22 states, as cheap as the closed form.
  const points = useMemo(
    () =>
      Array.from({ length: STEPS + 1 }, (_, i) => {
        const beta = i / STEPS;
        return { beta, groupAvailability: exactRedundancy({ n, k, mtbfDays, mttrHours, beta }).groupAvailability };
      }),
    [n, k, mtbfDays, mttrHours],
  );
  const single = useMemo(() => singleHost(mtbfDays * HOURS_PER_DAY, mttrHours), [mtbfDays, mttrHours]);

  const config = useCallback(
    (theme: ChartTheme): ChartConfiguration => ({
      type: 'line',
      data: {
        datasets: [
          {
            label: `Group (${k} of ${n} up)`,
            data: points.map((point) => ({ x: point.beta, y: point.groupAvailability })),
            borderColor: theme.series[0],
            backgroundColor: theme.series[0],
            pointRadius: 2,
            borderWidth: 2,
          },
          {
            label: 'One host',
            data: [
              { x: 0, y: single.availability },
              { x: 1, y: single.availability },
            ],
            borderColor: theme.series[1],
            backgroundColor: theme.series[1],
            borderDash: [6, 4],
            pointRadius: 0,
            borderWidth: 2,
          },
        ],
      },
      options: {
        interaction: { mode: 'nearest', intersect: false },
        scales: {
          x: { ...axisStyle(theme, 'β, share of failures that hit every host'), type: 'linear', min: 0, max: 1 },
          y: axisStyle(theme, 'Group availability'),
        },
      },
    }),
    [points, single, n, k],
  );

  // Table rows every 0.1 in β: enough to read the curve without a chart.
  const tableRows = () =>
    points
      .filter((_, index) => index % 2 === 0)
      .map((point) => {
        const unavailability = 1 - point.groupAvailability;
        return [
          formatNumber(point.beta, { digits: 2 }),
          formatNumber(point.groupAvailability, { digits: availabilityDecimals(unavailability), grouping: false }),
          formatNumber(unavailability * HOURS_PER_YEAR),
        ];
      });

  return (
    <section class="kit-section">
      <p class="kit-section__title">Group availability as β grows</p>
      <LazyChart
        kind="line"
        label={`Group availability for ${k} of ${n} hosts up, MTBF ${formatNumber(mtbfDays)} days and MTTR ${formatNumber(mttrHours)} hours, as β goes from 0 to 1; the dashed line is one host, which the group meets at β = 1.`}
        config={config}
        table={() => ({
          caption: 'Group availability and downtime by β',
          columns: ['β', 'Group availability', 'Downtime (hours a year)'],
          rows: tableRows(),
        })}
      />
    </section>
  );
}
