// Streaming parse of large k6 `--out json` files (NDJSON), generated at run time and never held
// whole: prints, per size, the parse time (time spent inside push/finish only, not generating),
// throughput, samples read and peak memory (RSS, and heap plus array buffers). Run under a small
// heap to show memory stays bounded:
//   node --max-old-space-size=256 scripts/bench/latency-stream.mjs [MB …]   (default: 200 500)
import os from 'node:os';
import { createSampleParser } from '../../src/lib/latency-compare/samples/index.ts';

const sizesMb = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const SIZES = sizesMb.length > 0 ? sizesMb : [200, 500];
const CHUNK_CHARS = 1 << 20; // what File.stream() through a TextDecoderStream hands over, roughly

// One request as k6 writes it: a Point line per metric, the duration among them.
const OTHER_METRICS = [
  'http_reqs',
  'http_req_blocked',
  'http_req_connecting',
  'http_req_tls_handshaking',
  'http_req_sending',
  'http_req_waiting',
  'http_req_receiving',
  'http_req_failed',
];
const TAGS =
  '{"expected_response":"true","group":"","method":"GET","name":"http://127.0.0.1:8080/api","proto":"HTTP/1.1","scenario":"default","status":"200","url":"http://127.0.0.1:8080/api"}';
let seed = 20261202;
const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
/** One request's k6 JSON lines: its duration and the other metrics k6 writes beside it. @param {number} i */
function request(i) {
  const time = `2026-12-02T11:${String(Math.floor(i / 60000) % 60).padStart(2, '0')}:${String(Math.floor(i / 1000) % 60).padStart(2, '0')}.${String(i % 1000).padStart(3, '0')}Z`;
  const duration = (5 + 40 * random() ** 3).toFixed(6);
  let text = `{"metric":"http_req_duration","type":"Point","data":{"time":"${time}","value":${duration},"tags":${TAGS}}}\n`;
  for (const metric of OTHER_METRICS)
    text += `{"metric":"${metric}","type":"Point","data":{"time":"${time}","value":${(random() * 3).toFixed(6)},"tags":${TAGS}}}\n`;
  return text;
}

// Requests are drawn from a pool made once, so generating the stream makes little garbage and
// the parse time is not inflated by collecting it.
const POOL = Array.from({ length: 4096 }, (_, i) => request(i));

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
  let generated = 0;
  let requests = 0;
  let parseMs = 0;
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed + usage.arrayBuffers);
  };
  const wallStart = performance.now();
  while (generated < target) {
    let chunk = '';
    while (chunk.length < CHUNK_CHARS) {
      const next = POOL[requests++ % POOL.length];
      if (next === undefined) throw new Error('the request pool is empty');
      chunk += next;
    }
    generated += chunk.length;
    const start = performance.now();
    parser.push(chunk);
    parseMs += performance.now() - start;
    sample();
  }
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
