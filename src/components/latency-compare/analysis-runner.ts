// Runs the analysis for the island (loaded with the sample parts, so the island's first download
// stays small): small inputs on the main thread after typing pauses, large inputs and every file
// in a Web Worker. A newer input stops a worker still busy with an older one at once, so a huge
// paste or file never delays the next result, and clearing a side cancels its file.
import { analyseLatency } from '../../lib/latency-compare/analyse';
import { RETRY_SENTENCE } from '../kit/recovery';
import { emptyAnalysis } from '../../lib/latency-compare/empty-analysis';
import { isBlankSide, type AnalysisState, type SideRequest, type WorkerReply } from './analysis-messages';

/** Text up to this many characters is analysed on the main thread (a few ms); larger goes to the worker. */
const INLINE_LIMIT = 100_000;
const DEBOUNCE_MS = 200;

export const NO_PROGRESS: AnalysisState['progress'] = { a: null, b: null };

type SetState = (update: AnalysisState | ((previous: AnalysisState) => AnalysisState)) => void;

export interface AnalysisRunner {
  analyse(a: SideRequest, b: SideRequest): void;
  dispose(): void;
}

/**
 * @param setState the island's state setter
 * @param workerFailed called when the worker could not start (its script failed to download), with
 *   when the attempt began, so the island can try again when the connection is back
 */
export function createAnalysisRunner(setState: SetState, workerFailed: (startedAt: number) => void): AnalysisRunner {
  let worker: Worker | null = null;
  /** Id of the request the worker is busy with; 0 when idle. */
  let pending = 0;
  let latest = 0;
  let timer = 0;

  const stopWorker = () => {
    if (pending === 0) return;
    worker?.terminate();
    worker = null;
    pending = 0;
  };

  const startWorker = () => {
    const startedAt = performance.now();
    const created = new Worker(new URL('./latency-worker.ts', import.meta.url), { type: 'module' });
    created.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.id !== latest || reply.id !== pending) return; // a newer input is on its way
      if ('progress' in reply) {
        const { progress } = reply;
        setState((previous) => ({ ...previous, progress: { ...previous.progress, [progress.side]: progress } }));
        return;
      }
      pending = 0;
      if ('analysis' in reply)
        setState((previous) => ({
          analysis: reply.analysis,
          inputs: requested.get(reply.id) ?? previous.inputs,
          busy: false,
          error: null,
          progress: NO_PROGRESS,
        }));
      else setState((previous) => ({ ...previous, busy: false, error: reply.error, progress: NO_PROGRESS }));
      requested.clear();
    };
    created.onerror = (event) => {
      pending = 0;
      // An error before any answer is the worker's script failing to download (or to start):
      // drop this worker and start a fresh one on the next try.
      event.preventDefault();
      created.terminate();
      if (worker === created) worker = null;
      setState((previous) => ({
        ...previous,
        busy: false,
        progress: NO_PROGRESS,
        error: `The background analyser could not be started. ${RETRY_SENTENCE}`,
      }));
      workerFailed(startedAt);
    };
    return created;
  };

  /** Inputs of each request sent to the worker, so its answer is labelled with what it answers. */
  const requested = new Map<number, { a: SideRequest; b: SideRequest }>();

  return {
    analyse(a, b) {
      window.clearTimeout(timer);
      const id = ++latest;
      // Whatever the worker is reading is out of date now; a file being read is cancelled here.
      stopWorker();
      const blank = isBlankSide(a) && isBlankSide(b);
      if (blank) {
        setState({ analysis: emptyAnalysis(a, b), inputs: { a, b }, busy: false, error: null, progress: NO_PROGRESS });
        return;
      }
      const inline = !a.file && !b.file && a.text.length + b.text.length <= INLINE_LIMIT;
      // A file starts at once (no typing to wait for); text waits for a pause.
      const delay = a.file || b.file ? 0 : DEBOUNCE_MS;
      timer = window.setTimeout(() => {
        if (id !== latest) return;
        if (inline) {
          setState({
            analysis: analyseLatency(a, b),
            inputs: { a, b },
            busy: false,
            error: null,
            progress: NO_PROGRESS,
          });
          return;
        }
        worker ??= startWorker();
        pending = id;
        requested.clear();
        requested.set(id, { a, b });
        setState((previous) => ({ ...previous, busy: true, error: null }));
        // Files are cloned by reference: the worker reads them from disk itself.
        worker.postMessage({ id, a, b });
      }, delay);
    },
    dispose() {
      window.clearTimeout(timer);
      worker?.terminate();
      worker = null;
      pending = 0;
    },
  };
}
