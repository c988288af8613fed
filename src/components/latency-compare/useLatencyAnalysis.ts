import { useEffect, useRef, useState } from 'preact/hooks';
import type { LatencyAnalysis, SideInput } from '../../lib/latency-compare/analyse';
import { emptyAnalysis, isBlank } from '../../lib/latency-compare/empty-analysis';
import { RETRY_SENTENCE, whenRecoverable } from '../kit/recovery';

/** Inputs up to this many characters are analysed on the main thread (a few ms); larger go to a worker. */
const INLINE_LIMIT = 100_000;
const DEBOUNCE_MS = 200;

import { loadSampleParts, type SampleParts } from './sample-parts-loader';

// The parser and statistics load with the first samples, not with the page: most readers of the
// story never paste any.
let analyser: SampleParts | null = null;
const loadAnalyser = async (): Promise<SampleParts> => (analyser ??= await loadSampleParts());

export interface AnalysisState {
  analysis: LatencyAnalysis;
  /** The inputs this analysis was made from; compare with the current ones to know it is up to date. */
  inputs: { a: SideInput; b: SideInput };
  /** The analysis is being computed (large input in the worker, or its code still loading). */
  busy: boolean;
  error: string | null;
}

/**
 * Analyses both inputs after typing pauses. Large inputs go to a Web Worker; if a new input
 * arrives while it is still busy, that worker is terminated and a fresh one started, so a huge
 * paste never delays the next result.
 */
export function useLatencyAnalysis(a: SideInput, b: SideInput): AnalysisState {
  const [state, setState] = useState<AnalysisState>(() => ({
    analysis: emptyAnalysis(a, b),
    inputs: { a, b },
    busy: !(isBlank(a) && isBlank(b)),
    error: null,
  }));
  const worker = useRef<Worker | null>(null);
  const pending = useRef(0);
  const request = useRef(0);
  const pendingInputs = useRef<{ a: SideInput; b: SideInput }>({ a, b });
  const mounted = useRef(false);
  // Bumped to analyse again once code that failed to download may be back (recovery.ts).
  const [attempt, setAttempt] = useState(0);
  const cancelRetry = useRef(() => {});
  const retryLater = (startedAt: number) => {
    cancelRetry.current();
    cancelRetry.current = whenRecoverable(() => setAttempt((n) => n + 1), startedAt);
  };

  useEffect(() => {
    // Blank on mount is what the initial state already shows: no re-render while the page loads.
    if (!mounted.current) {
      mounted.current = true;
      if (isBlank(a) && isBlank(b)) return;
    }
    cancelRetry.current();
    const id = ++request.current;
    const stopWorker = () => {
      if (pending.current === 0) return;
      worker.current?.terminate();
      worker.current = null;
      pending.current = 0;
    };
    const timer = window.setTimeout(() => {
      if (isBlank(a) && isBlank(b)) {
        stopWorker();
        setState({ analysis: emptyAnalysis(a, b), inputs: { a, b }, busy: false, error: null });
        return;
      }
      if (a.text.length + b.text.length <= INLINE_LIMIT) {
        stopWorker();
        if (analyser) {
          setState({ analysis: analyser.analyseLatency(a, b), inputs: { a, b }, busy: false, error: null });
          return;
        }
        setState((previous) => ({ ...previous, busy: true }));
        const startedAt = performance.now();
        loadAnalyser().then(
          (loaded) => {
            if (id === request.current)
              setState({ analysis: loaded.analyseLatency(a, b), inputs: { a, b }, busy: false, error: null });
          },
          () => {
            if (id === request.current) {
              setState((previous) => ({
                ...previous,
                busy: false,
                error: `The analysis code could not be downloaded. ${RETRY_SENTENCE}`,
              }));
              retryLater(startedAt);
            }
          },
        );
        return;
      }
      stopWorker();
      if (!worker.current) {
        const startedAt = performance.now();
        const created = new Worker(new URL('./latency-worker.ts', import.meta.url), { type: 'module' });
        created.onmessage = (event: MessageEvent<{ id: number; analysis?: LatencyAnalysis; error?: string }>) => {
          if (event.data.id !== request.current) return; // a newer input is on its way
          pending.current = 0;
          if (event.data.analysis)
            setState({ analysis: event.data.analysis, inputs: pendingInputs.current, busy: false, error: null });
          else
            setState((previous) => ({
              ...previous,
              busy: false,
              error: event.data.error ?? 'The samples could not be analysed.',
            }));
        };
        created.onerror = (event) => {
          pending.current = 0;
          // An error before any answer is the worker's script failing to download (or to start):
          // drop this worker and start a fresh one on the next try.
          event.preventDefault();
          created.terminate();
          if (worker.current === created) worker.current = null;
          setState((previous) => ({
            ...previous,
            busy: false,
            error: `The background analyser could not be started. ${RETRY_SENTENCE}`,
          }));
          retryLater(startedAt);
        };
        worker.current = created;
      }
      pending.current = id;
      pendingInputs.current = { a, b };
      setState((previous) => ({ ...previous, busy: true }));
      worker.current.postMessage({ id, a, b });
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [a.text, a.unit, a.column, b.text, b.unit, b.column, attempt]);

  useEffect(
    () => () => {
      worker.current?.terminate();
      cancelRetry.current();
    },
    [],
  );

  return state;
}
