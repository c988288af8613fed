// Streaming parse of large k6 `--out json` files (NDJSON), generated at run time and never held
// whole: prints, per size, the parse time (time spent inside push/finish only, not generating),
// throughput, samples read and peak memory (RSS, and heap plus array buffers). Run under a small
// heap to show memory stays bounded:
//   node --max-old-space-size=256 scripts/bench/latency-stream.mjs [MB …]   (default: 200 500)
import os from 'node:os';
import { createSampleParser } from '../../src/lib/latency-compare/samples/index.ts';
import { k6NdjsonStream } from './k6-ndjson.mjs';

const sizesMb = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const SIZES = sizesMb.length > 0 ? sizesMb : [200, 500];
/** @param {number} bytes */
const mb = (bytes) => (bytes / 2 ** 20).toFixed(0);
const cpus = os.cpus();
console.log(
  `machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, heap limit ${mb(v8HeapLimit())} MiB; ` +
    `load average ${os.loadavg()[0]?.toFixed(1) ?? 'unknown'} at start (figures on a shared machine are slower than it can do)`,
);

function v8HeapLimit() {
  const flag = process.execArgv.find((arg) => arg.startsWith('--max-old-space-size='));
  return flag ? Number(flag.split('=')[1]) * 2 ** 20 : Number.NaN;
}

for (const sizeMb of SIZES) {
  const target = sizeMb * 1e6;
  const parser = createSampleParser({ maxSamples: 10_000_000 });
  const stream = k6NdjsonStream({ targetBytes: target });
  let generated = 0;
  let parseMs = 0;
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed + usage.arrayBuffers);
  };
  const wallStart = performance.now();
  for (const chunk of stream.chunks()) {
    generated += chunk.length;
    const start = performance.now();
    parser.push(chunk);
    parseMs += performance.now() - start;
    sample();
  }
  const requests = stream.count();
  const start = performance.now();
  const parsed = parser.finish();
  parseMs += performance.now() - start;
  sample();
  const wallMs = performance.now() - wallStart;
  if (parsed.format !== 'k6-json' || parsed.valuesMs.length !== requests) {
    console.error(`${sizeMb} MB: read ${parsed.valuesMs.length} of ${requests} requests as ${parsed.format}`);
    process.exit(2);
  }
  console.log(
    `k6 NDJSON stream ${(generated / 1e6).toFixed(0)} MB (${requests.toLocaleString('en')} requests, ${(requests * 9).toLocaleString('en')} lines): ` +
      `parse ${(parseMs / 1000).toFixed(1)} s (${(generated / 1e6 / (parseMs / 1000)).toFixed(0)} MB/s), wall with generation ${(wallMs / 1000).toFixed(1)} s; ` +
      `peak RSS ${mb(peakRss)} MiB, peak heap + array buffers ${mb(peakHeap)} MiB; ${parsed.description}`,
  );
}
