import { useCallback } from 'preact/hooks';
import type { ChartConfiguration } from 'chart.js';
import { LazyChart } from '../kit/LazyChart';
import { axisStyle, type ChartTheme } from '../kit/chart-theme';
import type { LatencyAnalysis } from '../../lib/latency-compare/analyse';
import { CURL_PHASE_NAMES } from '../../lib/latency-compare/curl-phases';
import { fixedNumber } from '../../lib/format/index';
import { formatMs } from './format-ms';

interface Props {
  analysis: LatencyAnalysis;
  aLabel: string;
  bLabel: string;
}

const cell = (ms: number | null) => (ms === null ? '–' : formatMs(ms));

/** ECDF of both sides, a shared-bin histogram, and curl phases when there are curl timings. */
export function LatencyCharts({ analysis, aLabel, bLabel }: Props) {
  const { a, b, histogram, ecdfOverlay, percentilePlot } = analysis;
  const nameA = `A (${aLabel})`;
  const nameB = `B (${bLabel})`;

  const ecdfConfig = useCallback(
    (theme: ChartTheme): ChartConfiguration => ({
      type: 'scatter',
      data: {
        datasets: [
          {
            label: nameA,
            data: a.ecdf.map((p) => ({ x: p.ms, y: p.fraction * 100 })),
            borderColor: theme.series[0],
            backgroundColor: theme.series[0],
            showLine: true,
            stepped: 'before',
            pointRadius: 0,
            borderWidth: 2,
          },
          {
            label: nameB,
            data: b.ecdf.map((p) => ({ x: p.ms, y: p.fraction * 100 })),
            borderColor: theme.series[1],
            backgroundColor: theme.series[1],
            showLine: true,
            stepped: 'before',
            pointRadius: 0,
            borderWidth: 2,
            borderDash: [6, 3],
          },
        ],
      },
      options: {
        scales: {
          x: { ...axisStyle(theme, 'Latency (ms)'), type: 'linear' },
          y: { ...axisStyle(theme, '% of requests at or below'), min: 0, max: 100 },
        },
      },
    }),
    [a.ecdf, b.ecdf, nameA, nameB],
  );

  // HdrHistogram's picture: x = 1/(1 − p) on a log axis, so 90 %, 99 %, 99.9 % are evenly spaced.
  const ticks = percentilePlot?.ticks ?? [];
  const percentileConfig = useCallback(
    (theme: ChartTheme): ChartConfiguration => ({
      type: 'scatter',
      data: {
        datasets: [
          { points: percentilePlot?.a ?? [], label: nameA, colour: theme.series[0] },
          { points: percentilePlot?.b ?? [], label: nameB, colour: theme.series[1], dash: [6, 3] },
        ].map(({ points, label, colour, dash }) => ({
          label,
          data: points.map((point) => ({ x: point.inverseTail, y: point.ms })),
          borderColor: colour,
          backgroundColor: colour,
          showLine: true,
          pointRadius: 0,
          borderWidth: 2,
          ...(dash ? { borderDash: dash } : {}),
        })),
      },
      options: {
        scales: {
          x: {
            ...axisStyle(theme, 'Percentile (log scale of 1 / (1 − p))'),
            type: 'logarithmic',
            min: 1,
            max: ticks.length > 0 ? ticks[ticks.length - 1]!.inverseTail : 10,
            afterBuildTicks: (axis) => {
              axis.ticks = ticks.map((tick) => ({ value: tick.inverseTail }));
            },
            ticks: {
              ...axisStyle(theme).ticks,
              callback: (value) => ticks.find((tick) => tick.inverseTail === Number(value))?.label ?? '',
            },
          },
          y: { ...axisStyle(theme, 'Latency (ms)'), beginAtZero: true },
        },
      },
    }),
    [percentilePlot, nameA, nameB],
  );

  const histogramConfig = useCallback(
    (theme: ChartTheme): ChartConfiguration => ({
      type: 'bar',
      data: {
        labels: histogram
          ? histogram.countsA.map((_, i) => `${formatMs(histogram.edgesMs[i]!)}–${formatMs(histogram.edgesMs[i + 1]!)}`)
          : [],
        datasets: [
          { label: nameA, data: histogram?.countsA ?? [], backgroundColor: theme.series[0] },
          { label: nameB, data: histogram?.countsB ?? [], backgroundColor: theme.series[1] },
        ],
      },
      options: {
        scales: {
          x: axisStyle(theme, 'Latency bin (ms)'),
          y: { ...axisStyle(theme, 'Requests'), beginAtZero: true },
        },
      },
    }),
    [histogram, nameA, nameB],
  );

  const phasesA = a.phases?.medianPhases;
  // Past 20,000 requests the phases come from evenly spaced requests; say how many.
  const phaseCounts = [
    a.phases ? `${fixedNumber(a.phases.n, 0, true)} requests of A` : '',
    b.phases ? `${fixedNumber(b.phases.n, 0, true)} of B` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const phasesB = b.phases?.medianPhases;
  const phaseConfig = useCallback(
    (theme: ChartTheme): ChartConfiguration => ({
      type: 'bar',
      data: {
        labels: [nameA, nameB],
        datasets: CURL_PHASE_NAMES.map(({ key, label }, i) => ({
          label,
          data: [phasesA?.[key] ?? 0, phasesB?.[key] ?? 0],
          backgroundColor: theme.series[i % theme.series.length],
        })),
      },
      options: {
        indexAxis: 'y',
        scales: {
          x: { ...axisStyle(theme, 'Median time per phase (ms)'), stacked: true, beginAtZero: true },
          y: { ...axisStyle(theme), stacked: true },
        },
      },
    }),
    [phasesA, phasesB, nameA, nameB],
  );

  if (!a.summary && !b.summary) return null; // the island says what to paste

  return (
    <section class="kit-section" aria-labelledby="latency-charts-title">
      <p class="kit-section__title" id="latency-charts-title">
        Distributions
      </p>
      <LazyChart
        kind="scatter"
        label={`Empirical cumulative distribution of latency: for each latency, the share of requests at or below it, for ${nameA} and ${nameB}.`}
        config={ecdfConfig}
        table={() => ({
          caption: 'Latency (ms) at selected fractions of requests (type-7 percentiles of all samples)',
          columns: ['Fraction of requests', nameA, nameB],
          rows: (ecdfOverlay?.rows ?? []).map((row) => [
            `${fixedNumber(row.fraction * 100, 0, false)} %`,
            cell(row.aMs),
            cell(row.bMs),
          ]),
        })}
      />
      {percentilePlot && (
        <LazyChart
          kind="scatter"
          label={`Latency by percentile on a log "nines" axis (50 %, 90 %, 99 %, 99.9 % … evenly spaced), as HdrHistogram plots it, for ${nameA} and ${nameB}; each side is drawn as far as its number of samples resolves.`}
          config={percentileConfig}
          table={() => ({
            caption:
              'Latency (ms) at each percentile; – where a side has too few samples to resolve it (fewer than 1 / (1 − p))',
            columns: ['Percentile', nameA, nameB],
            rows: percentilePlot.rows.map((row) => [row.label, cell(row.aMs), cell(row.bMs)]),
          })}
        />
      )}
      {histogram && (
        <LazyChart
          kind="bar"
          label={`Histogram of latency on shared bins for ${nameA} and ${nameB}; the slowest 0.5 % are counted beyond the last bin.`}
          config={histogramConfig}
          table={() => ({
            caption: `Requests per latency bin (ms); beyond the last bin: A ${histogram.overflowA}, B ${histogram.overflowB}`,
            columns: ['Bin (ms)', nameA, nameB],
            rows: histogram.countsA.map((count, i) => [
              `${formatMs(histogram.edgesMs[i]!)}–${formatMs(histogram.edgesMs[i + 1]!)}`,
              count,
              histogram.countsB[i] ?? 0,
            ]),
          })}
        />
      )}
      {(phasesA || phasesB) && (
        <LazyChart
          kind="bar"
          label={`Median time in each phase of a request (DNS, TCP connect, TLS, server wait, transfer) from curl timings, for ${nameA} and ${nameB}.`}
          config={phaseConfig}
          height={180}
          table={() => ({
            caption: `Median of each curl phase in ms, from ${phaseCounts} (medians of phases need not add up to the median total)`,
            columns: ['Phase', nameA, nameB],
            rows: CURL_PHASE_NAMES.map(({ key, label }) => [
              label,
              phasesA ? formatMs(phasesA[key]) : '–',
              phasesB ? formatMs(phasesB[key]) : '–',
            ]),
          })}
        />
      )}
    </section>
  );
}
