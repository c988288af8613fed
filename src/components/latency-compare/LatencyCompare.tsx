import type { ComponentChildren } from 'preact';
import { useCallback, useMemo, useState } from 'preact/hooks';
import { ShareBar } from '../kit/ShareBar';
import { UrlNotice } from '../kit/UrlNotice';
import { WidgetFrame } from '../kit/WidgetFrame';
import { useLazyModule } from '../kit/useLazyModule';
import { RETRY_SENTENCE, whenRecoverable } from '../kit/recovery';
import { useCalculatorState, type CalculatorProps } from '../kit/useCalculatorState';
import { useValidity } from '../kit/useValidity';
import { calculator } from '../../lib/latency-compare/calculator';
import { buildComparison, type LatencyState } from '../../lib/latency-compare/model';
import { latencyShareContent } from '../../lib/latency-compare/wording';
import { LatencyResults } from './LatencyResults';
import { RoundTripPanel } from './RoundTripPanel';
import { SideInput, type SummaryFigures } from './SideInput';
import { TuningLedger } from './TuningLedger';
import { formatMs } from './format-ms';
import { useLatencyAnalysis } from './useLatencyAnalysis';
import { sameSide, type SideRequest } from './analysis-messages';
import { loadSampleParts } from './sample-parts-loader';
import './latency-compare.css';

interface Props extends CalculatorProps {
  /** The story's recorded tuning steps, rendered at build time (RecordedSteps.astro). */
  children?: ComponentChildren;
}

/** What the reader gave for a side: text, or a file (streamed in the worker); fromLink when restored from a link. */
interface SideData {
  text: string;
  file: File | null;
  fromLink: boolean;
}

const EMPTY_SIDE: SideData = { text: '', file: null, fromLink: false };

// The sample parts (analyser, notes, table, charts, the example's generator) load once there is
// text or the example button is pressed.

/** Made-up samples to show what the charts and intervals look like; labelled as such on the page. */
async function syntheticExample(): Promise<{ a: string; b: string }> {
  const { logNormalSamples, mulberry32 } = await loadSampleParts();
  const random = mulberry32(2018);
  const lines = (median: number, n: number) =>
    Array.from(logNormalSamples(random, n, median, 0.25), (v) => v.toFixed(2)).join('\n');
  return { a: lines(58, 200), b: lines(104, 200) };
}

/** preset="story" opens on the KVM story: 60 ms against 112 ms, averages only. */
export default function LatencyCompare({ children, ...props }: Props) {
  const story = props.preset === 'story';
  const { state, update, rejected, shareUrl, id } = useCalculatorState(calculator, props);
  const { stale, report } = useValidity();
  const [sideA, setSideA] = useState<SideData>(EMPTY_SIDE);
  const [sideB, setSideB] = useState<SideData>(EMPTY_SIDE);
  const [exampleShown, setExampleShown] = useState(false);
  const [exampleFailed, setExampleFailed] = useState(false);

  // Samples restored from a link are ms already; plain numbers stay "unit not given" if they were.
  const request = (
    data: SideData,
    unit: LatencyState['aUnit'],
    column: string,
    phase: LatencyState['aPhase'],
    guessed: boolean,
  ): SideRequest =>
    data.fromLink
      ? { text: data.text, file: null, unit: guessed ? 'auto' : 'ms', column: null, phase: null }
      : { text: data.text, file: data.file, unit, column: column || null, phase: phase === 'auto' ? null : phase };
  const inputA = useMemo(
    () => request(sideA, state.aUnit, state.aColumn, state.aPhase, state.aUnitGuessed),
    [sideA, state.aUnit, state.aColumn, state.aPhase, state.aUnitGuessed],
  );
  const inputB = useMemo(
    () => request(sideB, state.bUnit, state.bColumn, state.bPhase, state.bUnitGuessed),
    [sideB, state.bUnit, state.bColumn, state.bPhase, state.bUnitGuessed],
  );
  const parts = useLazyModule(
    loadSampleParts,
    sideA.text.trim() !== '' ||
      sideA.file !== null ||
      sideB.text.trim() !== '' ||
      sideB.file !== null ||
      state.aData !== '' ||
      state.bData !== '',
  );
  const { analysis, inputs, busy, error, progress } = useLatencyAnalysis(inputA, inputB, parts);
  const settled = !busy && sameSide(inputs.a, inputA) && sameSide(inputs.b, inputB);
  const hasText = {
    a: sideA.text.trim() !== '' || sideA.file !== null,
    b: sideB.text.trim() !== '' || sideB.file !== null,
  };
  // Results follow the text only once its analysis is in, so outputs never mix old samples with new text.
  const shownHasText = {
    a: inputs.a.text.trim() !== '' || Boolean(inputs.a.file),
    b: inputs.b.text.trim() !== '' || Boolean(inputs.b.file),
  };

  const hasSamples = Boolean(analysis.a.summary || analysis.b.summary);

  const view = useMemo(
    () => buildComparison(analysis, state, shownHasText, formatMs),
    [analysis, state, shownHasText.a, shownHasText.b],
  );

  const restore = useCallback((side: 'a' | 'b', text: string) => {
    const next = { text, file: null, fromLink: true };
    if (side === 'a') setSideA(next);
    else setSideB(next);
  }, []);

  const summaryOf = (side: 'a' | 'b'): SummaryFigures =>
    side === 'a'
      ? { meanMs: state.aMs, p50Ms: state.aP50, p95Ms: state.aP95, p99Ms: state.aP99 }
      : { meanMs: state.bMs, p50Ms: state.bP50, p95Ms: state.bP95, p99Ms: state.bP99 };
  const setSummary = (side: 'a' | 'b', patch: Partial<SummaryFigures>) => {
    const keys = side === 'a' ? (['aMs', 'aP50', 'aP95', 'aP99'] as const) : (['bMs', 'bP50', 'bP95', 'bP99'] as const);
    const next: Partial<LatencyState> = {};
    if ('meanMs' in patch) next[keys[0]] = patch.meanMs ?? null;
    if ('p50Ms' in patch) next[keys[1]] = patch.p50Ms ?? null;
    if ('p95Ms' in patch) next[keys[2]] = patch.p95Ms ?? null;
    if ('p99Ms' in patch) next[keys[3]] = patch.p99Ms ?? null;
    update(next);
  };

  const sideProps = (side: 'a' | 'b') => {
    const current = side === 'a' ? sideA : sideB;
    const set = side === 'a' ? setSideA : setSideB;
    const keys =
      side === 'a'
        ? ({ unit: 'aUnit', column: 'aColumn', phase: 'aPhase', format: 'aFormat' } as const)
        : ({ unit: 'bUnit', column: 'bColumn', phase: 'bPhase', format: 'bFormat' } as const);
    const Parts = parts.module;
    const current_ = settled || sameSide(inputs[side], side === 'a' ? inputA : inputB);
    return {
      side,
      label: side === 'a' ? state.aLabel : state.bLabel,
      text: current.text,
      file: current.file,
      readout: Parts && hasText[side] && (
        <Parts.SideReadout
          side={side}
          analysis={analysis[side]}
          current={current_}
          progress={progress[side]}
          fileName={current.file?.name ?? null}
          fromLink={
            current.fromLink
              ? {
                  format: state[keys.format],
                  column: state[keys.column],
                  unit: state[keys.unit],
                  phase: state[keys.phase],
                }
              : null
          }
          onCancel={() => set(EMPTY_SIDE)}
        />
      ),
      controls: Parts && hasText[side] && !current.fromLink && (
        <Parts.SideControls
          side={side}
          analysis={analysis[side]}
          unit={state[keys.unit]}
          column={state[keys.column]}
          phase={state[keys.phase]}
          onUnit={(unit) => update({ [keys.unit]: unit })}
          onColumn={(column) => update({ [keys.column]: column, [keys.phase]: 'auto' })}
          onPhase={(phase) => update({ [keys.phase]: phase, [keys.column]: '' })}
        />
      ),
      summary: summaryOf(side),
      onLabel: (label: string) => update(side === 'a' ? { aLabel: label } : { bLabel: label }),
      onText: (text: string) => set({ text, file: null, fromLink: false }),
      onFile: (file: File) => set({ text: '', file, fromLink: false }),
      onSummary: (patch: Partial<SummaryFigures>) => setSummary(side, patch),
      onValidity: report,
    };
  };

  // Pressed offline, the example still arrives: the press is kept and tried again when the
  // connection is back or the reader next uses the page (recovery.ts).
  const loadExample = async () => {
    let example: { a: string; b: string };
    try {
      example = await syntheticExample();
    } catch {
      setExampleFailed(true);
      whenRecoverable(() => void loadExample());
      return;
    }
    setExampleFailed(false);
    setSideA({ text: example.a, file: null, fromLink: false });
    setSideB({ text: example.b, file: null, fromLink: false });
    update({ aUnit: 'ms', bUnit: 'ms', aColumn: '', bColumn: '', aPhase: 'auto', bPhase: 'auto' });
    setExampleShown(true);
  };

  return (
    <WidgetFrame
      id={id}
      title="Latency comparison: is the gap real, and where does it live?"
      lede="Paste samples (or summary figures) for two environments: percentiles with confidence intervals, B − A in median with its interval, and how much of the gap round trips explain."
    >
      <UrlNotice rejected={rejected} />
      {story && (
        <p class="latency-note">
          Opens with the story's two averages. The record has no samples, percentiles or RTTs, so the tool can show the
          size of the gap but not its uncertainty.
        </p>
      )}
      <div class="latency-sides">
        <SideInput {...sideProps('a')} />
        <SideInput {...sideProps('b')} />
      </div>
      <p class="latency-example">
        <button type="button" class="kit-button" data-example-fill onClick={() => void loadExample()}>
          Fill in synthetic example samples
        </button>
        {exampleShown && (
          <span class="latency-note">
            {' '}
            Synthetic: 200 made-up log-normal samples a side, not measurements from the story.
          </span>
        )}
        {exampleFailed && (
          <span class="kit-field__message" role="status">
            {' '}
            The example’s code could not be downloaded. {RETRY_SENTENCE}
          </span>
        )}
      </p>
      {busy && (
        <p class="latency-note" role="status">
          Analysing the samples…
        </p>
      )}
      {error && <p class="kit-field__message">{error}</p>}

      <LatencyResults view={view} aLabel={state.aLabel} bLabel={state.bLabel} stale={stale || busy} />
      {!hasSamples ? (
        <p class="latency-note">Charts of the distributions appear when you paste samples for A or B.</p>
      ) : parts.module ? (
        <>
          <parts.module.SampleTests view={view} stale={stale || busy} />
          <parts.module.SampleStats
            aLabel={state.aLabel}
            bLabel={state.bLabel}
            a={shownHasText.a ? analysis.a : null}
            b={shownHasText.b ? analysis.b : null}
          />
          <parts.module.LatencyCharts analysis={analysis} aLabel={state.aLabel} bLabel={state.bLabel} />
        </>
      ) : (
        parts.failed && (
          <p class="kit-field__message">
            The code for the sample table and charts could not be downloaded. {RETRY_SENTENCE}
          </p>
        )
      )}
      <RoundTripPanel
        view={view}
        rttA={state.rttA}
        rttB={state.rttB}
        distanceKm={state.distanceKm}
        tls={state.tls}
        conn={state.conn}
        story={story}
        stale={stale || busy}
        onChange={(patch) => update(patch)}
        onValidity={report}
      />
      <TuningLedger recorded={children} steps={state.steps} onSteps={(steps) => update({ steps })} />
      <ShareBar
        url={shareUrl}
        summary={() => latencyShareContent(view, state, formatMs, { lastValid: stale || busy, story })}
      />
      {parts.module && (
        <parts.module.SampleLink
          state={state}
          update={update}
          analysis={analysis}
          settled={settled}
          hasInput={hasText}
          fromLink={{ a: sideA.fromLink, b: sideB.fromLink }}
          restore={restore}
          anchor={id}
        />
      )}
    </WidgetFrame>
  );
}
