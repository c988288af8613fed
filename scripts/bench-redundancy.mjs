// Microbenchmark for the redundancy tool's exact figures: what one exact Markov-chain solve costs
// at the tool's largest group (20 hosts, 22 states), beside the closed form, and what solving for a
// target costs. Prints medians with the machine they came from; it sets no budget and is not a
// test. Run with `node scripts/bench-redundancy.mjs` through npx (Node 24 strips the TypeScript
// types of the imported modules itself).
import { registerHooks } from 'node:module';
import os from 'node:os';

// Some shared modules import their neighbours without the .ts extension (Vite resolves those);
// plain Node needs it, so try it when a relative import without one is not found.
registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
      if (code !== 'ERR_MODULE_NOT_FOUND' || !specifier.startsWith('.') || /\.[a-z]+$/.test(specifier)) throw error;
      return nextResolve(`${specifier}.ts`, context);
    }
  },
});

const { computeRedundancy } = await import('../src/lib/redundancy/model.ts');
const { compareWithClosedForm } = await import('../src/lib/redundancy/closed-form-gap.ts');
const { exactRedundancy } = await import('../src/lib/redundancy/exact-results.ts');
const { solveForTarget } = await import('../src/lib/redundancy/target-solver.ts');

const RUNS = 15;

/**
 * Median time per call in microseconds: each run times a batch of calls, after a warm-up.
 * @param {(i: number) => unknown} fn
 * @param {number} callsPerRun
 * @returns {number}
 */
function microsecondsPerCall(fn, callsPerRun) {
  for (let i = 0; i < callsPerRun; i += 1) fn(i); // warm-up
  const perCall = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < callsPerRun; i += 1) fn(i);
    perCall.push(Number(process.hrtime.bigint() - start) / 1000 / callsPerRun);
  }
  perCall.sort((a, b) => a - b);
  const median = perCall[Math.floor(RUNS / 2)];
  if (median === undefined) throw new Error('no timed runs');
  return median;
}

// Vary β a little from call to call so no engine can cache one answer.
/** @typedef {import('../src/lib/redundancy/model.ts').RedundancyInput} RedundancyInput */
/** @typedef {import('../src/lib/redundancy/target-solver.ts').RedundancyTarget} RedundancyTarget */
/** @param {number} i @returns {RedundancyInput} */
const at20 = (i) => ({ n: 20, k: 10, mtbfDays: 20, mttrHours: 2, beta: 0.1 + (i % 7) * 1e-3 });
/** @param {number} i @returns {RedundancyInput} */
const at2 = (i) => ({ n: 2, k: 1, mtbfDays: 20, mttrHours: 2, beta: 0.1 + (i % 7) * 1e-3 });
/** @type {RedundancyTarget} */
const fiveNines = { kind: 'availability', minimum: 0.99999 };
/** @type {RedundancyTarget} */
const fewOutages = { kind: 'outages', maximumPerYear: 0.1 };

/** @type {Array<[label: string, microseconds: number]>} */
const rows = [
  ['exact chain, n = 20 (22 states)', microsecondsPerCall((i) => exactRedundancy(at20(i)), 2000)],
  ['closed form, n = 20', microsecondsPerCall((i) => computeRedundancy(at20(i)), 2000)],
  ['both with their differences, n = 20', microsecondsPerCall((i) => compareWithClosedForm(at20(i)), 2000)],
  ['exact chain, n = 2 (the LXC pair)', microsecondsPerCall((i) => exactRedundancy(at2(i)), 20000)],
  // Solving for a target: bisection for availability, a 61- or 56-point scan then bisection for outages.
  ['solve MTTR for 99.999 %, n = 20', microsecondsPerCall((i) => solveForTarget(at20(i), fiveNines, 'mttr'), 20)],
  ['solve β for 99.999 %, n = 20', microsecondsPerCall((i) => solveForTarget(at20(i), fiveNines, 'beta'), 20)],
  ['solve n for 99.999 % (k = 10)', microsecondsPerCall((i) => solveForTarget(at20(i), fiveNines, 'n'), 20)],
  [
    'solve MTTR for 0.1 outages a year, n = 20',
    microsecondsPerCall((i) => solveForTarget(at20(i), fewOutages, 'mttr'), 20),
  ],
  [
    'solve β for 0.1 outages a year, n = 20',
    microsecondsPerCall((i) => solveForTarget(at20(i), fewOutages, 'beta'), 20),
  ],
];

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `Redundancy maths on ${cpu} (${os.cpus().length} cores, load ${os.loadavg()[0]?.toFixed(2) ?? 'unknown'}), Node ${process.version}`,
);
console.log(`median of ${RUNS} runs, microseconds per call:`);
for (const [label, us] of rows) console.log(`  ${label.padEnd(44)} ${us.toFixed(1).padStart(10)} µs`);
