import { useCallback, useMemo } from 'preact/hooks';
import type { ChartConfiguration } from 'chart.js';
import { LazyChart } from '../kit/LazyChart';
import { axisStyle, type ChartTheme } from '../kit/chart-theme';
import { formatNumber } from '../../lib/format/index';
import { chartHorizonMonths, demandSeries, type HeadroomResult } from '../../lib/ipsec-headroom/index';

interface Props {
  result: HeadroomResult;
  demandMbps: number;
  growthPercent: number;
  ceilingPercent: number;
}

const mbps = (value: number) => formatNumber(value, { grouping: false });

/** Demand growing month by month against both capacity bounds and the planning ceiling. */
export function DemandChart({ result, demandMbps, growthPercent, ceilingPercent }: Props) {
  const { capacity, forecast } = result;
  const rows = useMemo(
    () => demandSeries(demandMbps, growthPercent, chartHorizonMonths(forecast)),
    [demandMbps, growthPercent, forecast],
  );

  const config = useCallback(
    (theme: ChartTheme): ChartConfiguration => {
      const flat = (value: number) => rows.map(() => value);
      const line = (label: string, data: number[], colour: string | undefined, dash: number[] = []) => ({
        label,
        data,
        borderColor: colour,
        backgroundColor: colour,
        borderDash: dash,
        pointRadius: 0,
        borderWidth: 2,
      });
      return {
        type: 'line',
        data: {
          labels: rows.map((point) => String(point.month)),
          datasets: [
            line(
              'Demand',
              rows.map((point) => point.demandMbps),
              theme.series[0],
            ),
            line('Capacity, packet limit', flat(capacity.ppsLimitedMbps), theme.series[1], [6, 4]),
            line('Capacity, byte limit', flat(capacity.bytesLimitedMbps), theme.series[2], [2, 3]),
            line(
              `Ceiling (${ceilingPercent} % of the lower limit)`,
              flat(forecast.ceilingMbps),
              theme.series[3],
              [10, 3, 2, 3],
            ),
          ],
        },
        options: {
          interaction: { mode: 'index', intersect: false },
          scales: {
            x: axisStyle(theme, 'Months from now'),
            y: { ...axisStyle(theme, 'Mbps'), beginAtZero: true },
          },
        },
      };
    },
    [rows, capacity.ppsLimitedMbps, capacity.bytesLimitedMbps, forecast.ceilingMbps, ceilingPercent],
  );

  return (
    <LazyChart
      kind="line"
      label={`Demand over the next ${rows.length - 1} months against the device's packet-limited and byte-limited capacity and the ${ceilingPercent} % planning ceiling.`}
      config={config}
      table={() => ({
        caption: 'Demand and capacity by month (Mbps)',
        columns: ['Month', 'Demand', `Ceiling (${ceilingPercent} %)`, 'Packet limit', 'Byte limit'],
        rows: rows.map((point) => [
          point.month,
          mbps(point.demandMbps),
          mbps(forecast.ceilingMbps),
          mbps(capacity.ppsLimitedMbps),
          mbps(capacity.bytesLimitedMbps),
        ]),
      })}
    />
  );
}
