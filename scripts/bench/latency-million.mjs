// Speed of the latency tool's whole analysis at 1,000,000 samples a side, as a ratio to a plain
// Float64Array sort of the same numbers on the same machine (issue 15: at most 3×). The analysis
// goes through the public entry point, analyseLatency, from plain one-number-per-line text, so
// parsing is included whatever the parser becomes. Prints the figures and exits 1 over the budget.
//
//   node scripts/bench/latency-million.mjs [--runs=5]
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { analyseLatency } from '../../src/lib/latency-compare/analyse.ts';
import { parseSamples } from '../../src/lib/latency-compare/samples/index.ts';
import { logNormalSamples, mulberry32 } from '../../src/lib/latency-compare/seeded-random.ts';
import { BUDGETS } from './budgets.mjs';

const MILLION_RATIO_BUDGET = BUDGETS.latencyMillionSortRatio;
const SAMPLES_PER_SIDE = 1_000_000;

/** @param {number[]} xs @returns {number} */
const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  /** @param {number} i */
  const at = (i) => {
    const value = s[i];
    if (value === undefined) throw new Error('the median of no runs');
    return value;
  };
  return s.length % 2 ? at((s.length - 1) / 2) : (at(s.length / 2 - 1) + at(s.length / 2)) / 2;
};

/** @param {{ runs: number, log?: (message: string) => void }} options */
export function millionReport({ runs, log = () => {} }) {
  const random = mulberry32(20261202);
  // Latencies as a load tester writes them: ms with three decimals, one per line.
  /** @param {number} medianMs */
  const textOf = (medianMs) =>
    Array.from(logNormalSamples(random, SAMPLES_PER_SIDE, medianMs, 0.35), (v) => v.toFixed(3)).join('\n');
  const textA = textOf(60);
  const textB = textOf(112);
  // The baseline sorts exactly the numbers the analysis reads.
  const valuesA = parseSamples(textA).valuesMs;
  const valuesB = parseSamples(textB).valuesMs;
  if (valuesA.length !== SAMPLES_PER_SIDE || valuesB.length !== SAMPLES_PER_SIDE)
    throw new Error('the parser did not read every sample');

  /** @type {number[]} */
  const sortMs = [];
  /** @type {number[]} */
  const parseMs = [];
  /** @type {number[]} */
  const analysisMs = [];
  /** @type {ReturnType<typeof analyseLatency> | undefined} */
  let result;
  for (let run = 0; run < runs; run++) {
    // Interleaved, so a slow patch of a shared machine hits all three alike.
    let t = performance.now();
    Float64Array.from(valuesA).sort();
    Float64Array.from(valuesB).sort();
    const sortTook = performance.now() - t;
    sortMs.push(sortTook);
    t = performance.now();
    parseSamples(textA);
    parseSamples(textB);
    const parseTook = performance.now() - t;
    parseMs.push(parseTook);
    t = performance.now();
    result = analyseLatency({ text: textA, unit: 'auto', column: null }, { text: textB, unit: 'auto', column: null });
    const analysisTook = performance.now() - t;
    analysisMs.push(analysisTook);
    log(
      `run ${run + 1}: sort ${sortTook.toFixed(0)} ms, parse ${parseTook.toFixed(0)} ms, analysis ${analysisTook.toFixed(0)} ms`,
    );
  }
  if (!result) throw new Error('--runs= needs at least one run');
  if (
    result.a.summary?.n !== SAMPLES_PER_SIDE ||
    result.b.summary?.n !== SAMPLES_PER_SIDE ||
    result.diff?.kind !== 'interval'
  ) {
    throw new Error('the analysis did not read every sample or gave no interval');
  }
  const sort = median(sortMs);
  const parse = median(parseMs);
  const analysis = median(analysisMs);
  const ratio = analysis / sort;
  const cpus = os.cpus();
  const markdown = [
    `Latency analysis at ${SAMPLES_PER_SIDE.toLocaleString('en')} samples a side (text of one number per line, ${(textA.length / 1e6).toFixed(1)} MB a side), median of ${runs} interleaved runs on ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, Node ${process.version}:`,
    '',
    '| Step | Time | × plain sort |',
    '|---|---:|---:|',
    `| Plain Float64Array sort of both sides' numbers (copy included) | ${sort.toFixed(0)} ms | 1.00 |`,
    `| Parse both texts (parseSamples) | ${parse.toFixed(0)} ms | ${(parse / sort).toFixed(2)} |`,
    `| Whole analysis (analyseLatency: parse, sort, percentiles and CIs, bootstrap interval, Mann–Whitney, dip test, charts' data) | ${analysis.toFixed(0)} ms | **${ratio.toFixed(2)}** |`,
    '',
    ratio <= MILLION_RATIO_BUDGET
      ? `Within the budget of ${MILLION_RATIO_BUDGET}× a plain sort.`
      : `Over the budget of ${MILLION_RATIO_BUDGET}× a plain sort.`,
  ].join('\n');
  return { markdown, ratio, sortMs: sort, parseMs: parse, analysisMs: analysis };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 5);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs= needs a whole number of at least 1');
  const report = millionReport({ runs, log: (m) => console.error(`[1M] ${m}`) });
  console.log(report.markdown);
  if (report.ratio > MILLION_RATIO_BUDGET) process.exitCode = 1;
}
