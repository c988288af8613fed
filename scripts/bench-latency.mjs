// Benchmark for the latency comparison tool: parsing plus every statistic the page shows, for
// 100,000 samples a side. Prints the median of several runs with the machine it ran on and exits
// non-zero above the 250 ms budget. Run with `node scripts/bench-latency.mjs` (Node 24 strips the
// TypeScript types of the imported modules itself).
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { analyseLatency } from '../src/lib/latency-compare/analyse.ts';
import { logNormalSamples, mulberry32 } from '../src/lib/latency-compare/seeded-random.ts';

const BUDGET_MS = 250;
const SAMPLES_PER_SIDE = 100_000;
const RUNS = 15;

const random = mulberry32(20261125);

/** Plain numbers in ms, one per line. @param {number} medianMs */
function numbersText(medianMs) {
  return Array.from(logNormalSamples(random, SAMPLES_PER_SIDE, medianMs, 0.35), (v) => v.toFixed(3)).join('\n');
}

/** `curl -w` key=value lines with all six cumulative timings, in seconds as curl prints them. @param {number} medianMs */
function curlKvText(medianMs) {
  const ttfb = logNormalSamples(random, SAMPLES_PER_SIDE, medianMs, 0.35);
  /** @type {string[]} */ const lines = new Array(SAMPLES_PER_SIDE);
  for (const [i, ms] of ttfb.entries()) {
    const t = ms / 1000;
    const dns = 0.002 * random();
    const connect = dns + t * 0.1;
    const tls = connect + t * 0.2;
    lines[i] =
      `time_namelookup=${dns.toFixed(6)} time_connect=${connect.toFixed(6)} time_appconnect=${tls.toFixed(6)} ` +
      `time_pretransfer=${tls.toFixed(6)} time_starttransfer=${t.toFixed(6)} time_total=${(t + 0.0005).toFixed(6)}`;
  }
  return lines.join('\n');
}

/**
 * `curl -w '%{json}\n'` lines with the fields curl writes around the timings (seconds, 6 decimals as curl prints them).
 * @param {number} medianMs
 */
function curlJsonText(medianMs) {
  const ttfb = logNormalSamples(random, SAMPLES_PER_SIDE, medianMs, 0.35);
  /** @type {string[]} */ const lines = new Array(SAMPLES_PER_SIDE);
  const s = (/** @type {number} */ x) => Number(x.toFixed(6));
  for (const [i, ms] of ttfb.entries()) {
    const t = ms / 1000;
    lines[i] = JSON.stringify({
      content_type: 'text/html; charset=UTF-8',
      errormsg: null,
      exitcode: 0,
      http_code: 200,
      http_version: '2',
      num_connects: 1,
      remote_ip: '192.0.2.10',
      remote_port: 443,
      scheme: 'HTTPS',
      size_download: 1256,
      time_appconnect: s(t * 0.3),
      time_connect: s(t * 0.1),
      time_namelookup: 0.001,
      time_pretransfer: s(t * 0.3),
      time_redirect: 0,
      time_starttransfer: s(t),
      time_total: s(t + 0.0005),
      url_effective: 'https://example.org/',
    });
  }
  return lines.join('\n');
}

const scenarios = [
  { name: 'numbers vs numbers', a: numbersText(60), b: numbersText(112) },
  { name: 'curl -w key=value vs curl -w %{json}', a: curlKvText(60), b: curlJsonText(112) },
];

/** @param {number[]} xs */
const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  const at = (/** @type {number} */ i) => s[i] ?? Number.NaN;
  return s.length % 2 ? at((s.length - 1) / 2) : (at(s.length / 2 - 1) + at(s.length / 2)) / 2;
};

const cpus = os.cpus();
console.log(
  `machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, Node ${process.version}, ${os.platform()} ${os.arch()}`,
);
console.log(
  `workload: parse + n, mean, p50/p90/p95/p99 + 95 % CIs, median difference + CI, ECDF, histogram, curl phases; ${SAMPLES_PER_SIDE.toLocaleString('en')} samples a side`,
);

let worst = 0;
for (const scenario of scenarios) {
  /** @type {number[]} */ const times = [];
  /** @type {ReturnType<typeof analyseLatency> | undefined} */ let check;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    check = analyseLatency(
      { text: scenario.a, unit: 'auto', column: null },
      { text: scenario.b, unit: 'auto', column: null },
    );
    times.push(performance.now() - start);
  }
  if (!check || check.a.summary?.n !== SAMPLES_PER_SIDE || check.b.summary?.n !== SAMPLES_PER_SIDE || !check.diff) {
    console.error(`${scenario.name}: analysis did not read all samples`);
    process.exit(2);
  }
  const mid = median(times);
  worst = Math.max(worst, mid);
  console.log(
    `${scenario.name}: median ${mid.toFixed(1)} ms over ${RUNS} runs (first, cold run ${(times[0] ?? Number.NaN).toFixed(1)} ms; min ${Math.min(...times).toFixed(1)} ms)` +
      ` | verdict ${check.verdict?.kind ?? 'none'}, B − A ${check.diff.diffMs.toFixed(2)} ms`,
  );
}

// Large files: a 200 MB and a 500 MB k6 NDJSON stream through the streaming parser, under a
// 256 MiB heap to show the file is never held whole (scripts/bench/latency-stream.mjs).
const stream = spawnSync(
  process.execPath,
  ['--max-old-space-size=256', 'scripts/bench/latency-stream.mjs', '200', '500'],
  { encoding: 'utf8' },
);
for (const line of stream.stdout.split('\n')) if (line.startsWith('k6 NDJSON stream')) console.log(line);
if (stream.status !== 0) {
  console.error(`FAIL: streaming parse of large k6 files: ${stream.stderr.slice(0, 400)}`);
  process.exit(1);
}

if (worst > BUDGET_MS) {
  console.error(`FAIL: ${worst.toFixed(1)} ms is over the ${BUDGET_MS} ms budget`);
  process.exit(1);
}
console.log(`OK: worst median ${worst.toFixed(1)} ms is within the ${BUDGET_MS} ms budget`);
