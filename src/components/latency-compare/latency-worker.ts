/// <reference lib="webworker" />
// Runs the sample analysis off the main thread, so typing stays responsive while a large paste
// (or 10 MB of garbage) is parsed. One request in, one result out; the island drops stale ones.
// A dropped or picked file is streamed here chunk by chunk into the parser, which keeps the
// samples in typed arrays: a 500 MB log never becomes one string, and progress goes back to the
// page as bytes read.
import {
  analyseParsedSide,
  analyseSide,
  compareSides,
  parseOptionsOf,
  type SideAnalysis,
} from '../../lib/latency-compare/analyse';
import { createSampleParser } from '../../lib/latency-compare/samples/index';
import type { SideRequest, WorkerReply } from './analysis-messages';

interface Request {
  id: number;
  a: SideRequest;
  b: SideRequest;
}

/** At most this often a progress message (and at every 1 % of the file). */
const PROGRESS_MS = 100;

async function readSide(
  id: number,
  name: 'a' | 'b',
  side: SideRequest,
): Promise<{ side: SideAnalysis; sorted: Float64Array }> {
  const { file } = side;
  if (!file) return analyseSide(side);
  const parser = createSampleParser(parseOptionsOf(side));
  const decoder = new TextDecoder();
  const reader = file.stream().getReader();
  let read = 0;
  let reported = 0;
  let reportedAt = 0;
  const report = () => {
    reported = read;
    reportedAt = performance.now();
    self.postMessage({ id, progress: { side: name, read, total: file.size } } satisfies WorkerReply);
  };
  report();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    parser.push(decoder.decode(value, { stream: true }));
    if (read - reported >= file.size / 100 || performance.now() - reportedAt >= PROGRESS_MS) report();
  }
  parser.push(decoder.decode());
  report();
  return analyseParsedSide(parser.finish());
}

self.onmessage = (event: MessageEvent<Request>) => {
  const { id, a, b } = event.data;
  void (async () => {
    try {
      const sideA = await readSide(id, 'a', a);
      const sideB = await readSide(id, 'b', b);
      self.postMessage({ id, analysis: compareSides(sideA, sideB) } satisfies WorkerReply);
    } catch {
      self.postMessage({
        id,
        error: a.file || b.file ? 'The file could not be read.' : 'The samples could not be analysed.',
      } satisfies WorkerReply);
    }
  })();
};
