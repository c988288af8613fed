import { useEffect, useRef, useState } from 'preact/hooks';
import { emptyAnalysis } from '../../lib/latency-compare/empty-analysis';
import { RETRY_SENTENCE, whenRecoverable } from '../kit/recovery';
import { isBlankSide, type AnalysisState, type SideRequest } from './analysis-messages';
import type { AnalysisRunner } from './analysis-runner';
import { loadSampleParts } from './sample-parts-loader';

export type { AnalysisState } from './analysis-messages';

const NO_PROGRESS: AnalysisState['progress'] = { a: null, b: null };

/**
 * Analyses both inputs after typing pauses (a file at once). The runner that does it, with the
 * parser, statistics and worker, loads with the first samples, not with the page: most readers
 * of the story never paste any.
 */
export function useLatencyAnalysis(a: SideRequest, b: SideRequest): AnalysisState {
  const [state, setState] = useState<AnalysisState>(() => ({
    analysis: emptyAnalysis(a, b),
    inputs: { a, b },
    busy: !(isBlankSide(a) && isBlankSide(b)),
    error: null,
    progress: NO_PROGRESS,
  }));
  const runner = useRef<AnalysisRunner | null>(null);
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
      if (isBlankSide(a) && isBlankSide(b)) return;
    }
    cancelRetry.current();
    let live = true;
    const startedAt = performance.now();
    if (!runner.current) setState((previous) => ({ ...previous, busy: true }));
    loadSampleParts().then(
      (parts) => {
        if (!live) return;
        runner.current ??= parts.createAnalysisRunner(setState, retryLater);
        runner.current.analyse(a, b);
      },
      () => {
        if (!live) return;
        setState((previous) => ({
          ...previous,
          busy: false,
          error: `The analysis code could not be downloaded. ${RETRY_SENTENCE}`,
        }));
        retryLater(startedAt);
      },
    );
    return () => {
      live = false;
    };
  }, [a.text, a.file, a.unit, a.column, a.phase, b.text, b.file, b.unit, b.column, b.phase, attempt]);

  useEffect(
    () => () => {
      runner.current?.dispose();
      cancelRetry.current();
    },
    [],
  );

  return state;
}
