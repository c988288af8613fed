import { useEffect, useRef, useState } from 'preact/hooks';
import { emptyAnalysis } from '../../lib/latency-compare/empty-analysis';
import { RETRY_SENTENCE, whenRecoverable } from '../kit/recovery';
import { isBlankSide, type AnalysisState, type SideRequest } from './analysis-messages';
import type { AnalysisRunner } from './analysis-runner';
import type { SampleParts } from './sample-parts-loader';

export type { AnalysisState } from './analysis-messages';

const NO_PROGRESS: AnalysisState['progress'] = { a: null, b: null };

/**
 * Analyses both inputs after typing pauses (a file at once). The runner that does it, with the
 * parser, statistics and worker, comes with the sample parts, which the island loads with the
 * first samples (most readers of the story never paste any). One loader only: the island's
 * useLazyModule loads the parts and retries after a failure; this hook waits for them.
 */
export function useLatencyAnalysis(
  a: SideRequest,
  b: SideRequest,
  parts: { module: SampleParts | null; failed: boolean },
): AnalysisState {
  const [state, setState] = useState<AnalysisState>(() => ({
    analysis: emptyAnalysis(a, b),
    inputs: { a, b },
    busy: !(isBlankSide(a) && isBlankSide(b)),
    error: null,
    progress: NO_PROGRESS,
  }));
  const runner = useRef<AnalysisRunner | null>(null);
  const mounted = useRef(false);
  // Bumped to analyse again once a worker whose script failed to download may load (recovery.ts).
  const [attempt, setAttempt] = useState(0);
  const cancelRetry = useRef(() => {});
  const retryWorker = (startedAt: number) => {
    cancelRetry.current();
    cancelRetry.current = whenRecoverable(() => setAttempt((n) => n + 1), startedAt);
  };
  useEffect(() => {
    // Blank on mount is what the initial state already shows: no re-render while the page loads.
    if (!mounted.current) {
      mounted.current = true;
      if (isBlankSide(a) && isBlankSide(b)) return;
    }
    cancelRetry.current();
    if (!parts.module) {
      if (isBlankSide(a) && isBlankSide(b)) {
        setState({ analysis: emptyAnalysis(a, b), inputs: { a, b }, busy: false, error: null, progress: NO_PROGRESS });
        return;
      }
      setState((previous) => ({
        ...previous,
        busy: !parts.failed,
        error: parts.failed ? `The analysis code could not be downloaded. ${RETRY_SENTENCE}` : null,
      }));
      return;
    }
    runner.current ??= parts.module.createAnalysisRunner(setState, retryWorker);
    runner.current.analyse(a, b);
  }, [
    a.text,
    a.file,
    a.unit,
    a.column,
    a.phase,
    b.text,
    b.file,
    b.unit,
    b.column,
    b.phase,
    parts.module,
    parts.failed,
    attempt,
  ]);

  useEffect(
    () => () => {
      runner.current?.dispose();
      cancelRetry.current();
    },
    [],
  );

  return state;
}
