import { DataTable } from '../kit/DataTable';
import type { SideAnalysis } from '../../lib/latency-compare/analyse';
import { percentileNote } from '../../lib/latency-compare/sample-notes';
import type { PercentileEstimate } from '../../lib/latency-compare/percentile-ci';
import { formatMs } from './format-ms';

interface Props {
  aLabel: string;
  bLabel: string;
  a: SideAnalysis | null;
  b: SideAnalysis | null;
}

function ciText(estimate: PercentileEstimate | undefined): string {
  if (!estimate) return '–';
  return estimate.ci.kind === 'interval'
    ? `${formatMs(estimate.ci.lowMs)} to ${formatMs(estimate.ci.highMs)}`
    : 'too few samples';
}

/** n, mean, p50/p90/p95/p99 with 95 % intervals, and max, for each side that has samples. */
export function SampleStats({ aLabel, bLabel, a, b }: Props) {
  if (!a?.summary && !b?.summary) return null;
  const cell = (side: SideAnalysis | null, pick: (s: NonNullable<SideAnalysis['summary']>) => number) =>
    side?.summary ? formatMs(pick(side.summary)) : '–';
  const pct = (side: SideAnalysis | null, index: number) => side?.percentiles[index];
  const rows: Array<Array<string | number>> = [
    ['Samples (n)', a?.summary ? a.summary.n : '–', '', b?.summary ? b.summary.n : '–', ''],
    ['Mean', cell(a, (s) => s.meanMs), '', cell(b, (s) => s.meanMs), ''],
    ...(['p50', 'p90', 'p95', 'p99'] as const).map((name, index) => [
      name,
      pct(a, index) ? formatMs(pct(a, index)!.valueMs) : '–',
      ciText(pct(a, index)),
      pct(b, index) ? formatMs(pct(b, index)!.valueMs) : '–',
      ciText(pct(b, index)),
    ]),
    ['Max', cell(a, (s) => s.maxMs), '', cell(b, (s) => s.maxMs), ''],
  ];
  const notes = [
    ...(a?.summary
      ? a.percentiles
          .map((e) => percentileNote(e, a.summary!.n))
          .filter((note): note is string => note !== null)
          .map((note) => `A: ${note}`)
      : []),
    ...(b?.summary
      ? b.percentiles
          .map((e) => percentileNote(e, b.summary!.n))
          .filter((note): note is string => note !== null)
          .map((note) => `B: ${note}`)
      : []),
  ];
  return (
    <section class="kit-section">
      <p class="kit-section__title">Percentiles with 95 % confidence intervals</p>
      <DataTable
        caption={`Sample statistics in ms for A (${aLabel}) and B (${bLabel}); percentiles by linear interpolation (type 7)`}
        columns={['Statistic', 'A', 'A 95 % CI', 'B', 'B 95 % CI']}
        rows={rows}
      />
      {notes.length > 0 && (
        <ul class="latency-notes" data-testid="percentile-notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
