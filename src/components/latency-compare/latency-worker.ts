/// <reference lib="webworker" />
// Runs the sample analysis off the main thread, so typing stays responsive while a large paste
// (or 10 MB of garbage) is parsed. One request in, one result out; the island drops stale ones.
import { analyseLatency, type SideInput } from '../../lib/latency-compare/analyse';

interface Request {
  id: number;
  a: SideInput;
  b: SideInput;
}

self.onmessage = (event: MessageEvent<Request>) => {
  const { id, a, b } = event.data;
  try {
    self.postMessage({ id, analysis: analyseLatency(a, b) });
  } catch {
    self.postMessage({ id, error: 'The samples could not be analysed.' });
  }
};
