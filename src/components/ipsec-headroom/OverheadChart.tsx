import { useCallback, useMemo } from 'preact/hooks';
import type { ChartConfiguration } from 'chart.js';
import { LazyChart } from '../kit/LazyChart';
import { axisStyle, type ChartTheme } from '../kit/chart-theme';
import { MIN_PACKET_BYTES, overheadBounds, overheadSeries, type EncapSettings } from '../../lib/ipsec-headroom/index';

interface Props {
  settings: EncapSettings;
  /** Largest inner packet that fits the path: the window is drawn around it. */
  maxInner: number;
  mtu: number;
}

/** Bytes shown: six padding cycles of AES-CBC, enough to see the teeth without blurring them. */
const WINDOW_BYTES = 96;

/** Overhead against inner size over a short window: padding makes it a sawtooth, not a constant. */
export function OverheadChart({ settings, maxInner, mtu }: Props) {
  const { suite, mode, outer, natt } = settings;
  const points = useMemo(() => {
    const from = Math.max(MIN_PACKET_BYTES, maxInner - (WINDOW_BYTES - 17));
    return overheadSeries({ suite, mode, outer, natt }, from, from + WINDOW_BYTES - 1);
  }, [suite, mode, outer, natt, maxInner]);
  const bounds = overheadBounds(settings);

  const first = points[0]?.innerBytes ?? MIN_PACKET_BYTES;
  const last = points.at(-1)?.innerBytes ?? first;

  const config = useCallback(
    (theme: ChartTheme): ChartConfiguration => ({
      type: 'line',
      data: {
        datasets: [
          {
            label: 'Overhead (bytes)',
            data: points.map((p) => ({ x: p.innerBytes, y: p.overheadBytes })),
            borderColor: theme.series[0],
            backgroundColor: theme.series[0],
            pointRadius: 0,
            borderWidth: 2,
          },
        ],
      },
      options: {
        parsing: false,
        scales: {
          x: { type: 'linear', min: first, max: last, ...axisStyle(theme, 'Inner packet (bytes)') },
          y: { ...axisStyle(theme, 'Overhead (bytes)'), suggestedMin: bounds.min - 2, suggestedMax: bounds.max + 2 },
        },
        plugins: { legend: { display: false } },
      },
    }),
    [points, first, last, bounds.min, bounds.max],
  );

  return (
    <LazyChart
      kind="line"
      label={`ESP overhead for inner packets of ${first} to ${last} bytes: it repeats every ${bounds.period} bytes between ${bounds.min} and ${bounds.max} bytes, because padding fills each cipher block. Packets up to ${maxInner} bytes fit a ${mtu}-byte path.`}
      config={config}
      table={() => ({
        caption: `Overhead by inner packet size, ${first}–${last} bytes`,
        columns: ['Inner bytes', 'Padding (bytes)', 'Overhead (bytes)', 'Fits the path'],
        rows: points.map((p) => [p.innerBytes, p.padBytes, p.overheadBytes, p.innerBytes <= maxInner ? 'yes' : 'no']),
      })}
    />
  );
}
