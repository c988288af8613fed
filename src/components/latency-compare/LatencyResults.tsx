import { Result, ResultText, Results } from '../kit/Results';
import type { ComparisonView, SideFigures } from '../../lib/latency-compare/model';
import { FIGURE_FORMATS } from '../../lib/latency-compare/wording';

interface Props {
  view: ComparisonView;
  aLabel: string;
  bLabel: string;
  stale: boolean;
}

const NOT_GIVEN = 'not given';

function SideResults({
  side,
  name,
  label,
  figures,
}: {
  side: 'a' | 'b';
  name: string;
  label: string;
  figures: SideFigures;
}) {
  const value = (v: number | null) => (v === null ? Number.NaN : v);
  return (
    <>
      <Result
        name={`${side}-n`}
        label={`${name} (${label}): samples`}
        value={value(figures.n)}
        {...FIGURE_FORMATS.count}
        fallback={figures.source === 'summary' ? 'not known' : 'none'}
      />
      <Result
        name={`${side}-p50`}
        label={`${name} p50`}
        value={value(figures.p50Ms)}
        unit="ms"
        {...FIGURE_FORMATS.percentile}
        fallback={NOT_GIVEN}
      />
      <Result
        name={`${side}-p95`}
        label={`${name} p95`}
        value={value(figures.p95Ms)}
        unit="ms"
        {...FIGURE_FORMATS.percentile}
        fallback={NOT_GIVEN}
      />
      <Result
        name={`${side}-p99`}
        label={`${name} p99`}
        value={value(figures.p99Ms)}
        unit="ms"
        {...FIGURE_FORMATS.percentile}
        fallback={NOT_GIVEN}
      />
    </>
  );
}

/** The headline figures: each side, B − A with its interval, the ratio and the verdict. */
export function LatencyResults({ view, aLabel, bLabel, stale }: Props) {
  const what = view.statistic === 'median' ? 'median' : view.statistic === 'mean' ? 'mean' : 'median or mean';
  const noInterval = view.mode === 'summary' ? 'none: summary only' : 'none';
  return (
    <>
      {view.mode === 'summary' && (
        <p class="latency-badge" data-badge="summary-only">
          summary only: no uncertainty known
        </p>
      )}
      <Results stale={stale} label="Latency comparison results">
        <ResultText
          name="verdict"
          label="Verdict"
          text={view.verdict}
          data={{ kind: view.verdictKind, mode: view.mode }}
        />
        <SideResults side="a" name="A" label={aLabel} figures={view.a} />
        <SideResults side="b" name="B" label={bLabel} figures={view.b} />
        <Result
          name="diff-ms"
          label={`B − A (${what})`}
          value={view.diffMs ?? Number.NaN}
          unit="ms"
          {...FIGURE_FORMATS.difference}
          fallback="not known"
        />
        <Result
          name="diff-ci-low"
          label="95 % CI, low"
          value={view.ciLowMs ?? Number.NaN}
          unit="ms"
          {...FIGURE_FORMATS.difference}
          fallback={noInterval}
        />
        <Result
          name="diff-ci-high"
          label="95 % CI, high"
          value={view.ciHighMs ?? Number.NaN}
          unit="ms"
          {...FIGURE_FORMATS.difference}
          fallback={noInterval}
        />
        <Result
          name="ratio"
          label="B ÷ A"
          value={view.ratio ?? Number.NaN}
          unit="×"
          {...FIGURE_FORMATS.difference}
          fallback="not defined"
        />
      </Results>
    </>
  );
}
