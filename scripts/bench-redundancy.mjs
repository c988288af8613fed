// Microbenchmark for the redundancy tool's exact figures: what one exact Markov-chain solve costs
// at the tool's largest group (20 hosts, 22 states), beside the closed form, and what a solve for a
// target costs. Prints medians with the machine they came from; it sets no budget and is not a
// test. Run with `node scripts/bench-redundancy.mjs` through npx (Node 24 strips the TypeScript
// types of the imported modules itself).
import os from 'node:os';
import { computeRedundancy } from '../src/lib/redundancy/beta-factor.ts';
import { compareWithClosedForm } from '../src/lib/redundancy/closed-form-gap.ts';
import { exactRedundancy } from '../src/lib/redundancy/exact-results.ts';

const RUNS = 15;

/** Median time per call in microseconds: each run times a batch of calls, after a warm-up. */
function microsecondsPerCall(fn, callsPerRun) {
  for (let i = 0; i < callsPerRun; i += 1) fn(i);
  const perCall = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < callsPerRun; i += 1) fn(i);
    perCall.push(Number(process.hrtime.bigint() - start) / 1000 / callsPerRun);
  }
  perCall.sort((a, b) => a - b);
  return perCall[Math.floor(RUNS / 2)];
}

// Vary β a little from call to call so no engine can cache one answer.
const at20 = (i) => ({ n: 20, k: 10, mtbfDays: 20, mttrHours: 2, beta: 0.1 + (i % 7) * 1e-3 });
const at2 = (i) => ({ n: 2, k: 1, mtbfDays: 20, mttrHours: 2, beta: 0.1 + (i % 7) * 1e-3 });

const rows = [
  ['exact chain, n = 20 (22 states)', microsecondsPerCall((i) => exactRedundancy(at20(i)), 2000)],
  ['closed form, n = 20', microsecondsPerCall((i) => computeRedundancy(at20(i)), 2000)],
  ['both with their differences, n = 20', microsecondsPerCall((i) => compareWithClosedForm(at20(i)), 2000)],
  ['exact chain, n = 2 (the LXC pair)', microsecondsPerCall((i) => exactRedundancy(at2(i)), 20000)],
];

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`Redundancy maths on ${cpu} (${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(2)}), Node ${process.version}`);
console.log(`median of ${RUNS} runs, microseconds per call:`);
for (const [label, us] of rows) console.log(`  ${label.padEnd(42)} ${us.toFixed(2).padStart(9)} µs`);
