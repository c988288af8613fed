// Calibrates the dip test: quantiles of √n·dip for samples from the uniform distribution, the
// least favourable unimodal law (Hartigan and Hartigan 1985), so a critical value taken from it
// holds its level for every unimodal shape. Prints the table that src/lib/latency-compare/
// dip-critical-values.ts holds. Seeded: the same table on every run.
//
//   node scripts/bench/dip-calibration.mjs [replicates]     (default 20,000 a size; minutes)
import { dipStatistic } from '../../src/lib/latency-compare/dip-test.ts';
import { mulberry32 } from '../../src/lib/latency-compare/seeded-random.ts';

export const CALIBRATION_SIZES = [
  4, 5, 6, 7, 8, 9, 10, 12, 15, 20, 30, 50, 75, 100, 150, 200, 300, 500, 1000, 2000, 5000, 10000, 20000,
];
export const CALIBRATION_LEVELS = [0.9, 0.95, 0.99];

const replicates = Number(process.argv[2] ?? 20_000);
if (!Number.isInteger(replicates) || replicates < 100) throw new Error('replicates: a whole number of at least 100');

const rows = [];
for (const n of CALIBRATION_SIZES) {
  const random = mulberry32(0xd1b + n);
  const scaled = new Float64Array(replicates);
  const sample = new Float64Array(n);
  for (let r = 0; r < replicates; r++) {
    for (let i = 0; i < n; i++) sample[i] = random();
    sample.sort();
    scaled[r] = Math.sqrt(n) * dipStatistic(sample);
  }
  scaled.sort();
  // Type-7 quantiles of the simulated √n·dip.
  /** @param {number} p a probability from 0 to 1 */
  const q = (p) => {
    const h = (replicates - 1) * p;
    const lo = Math.floor(h);
    const low = scaled[lo];
    if (low === undefined) throw new Error(`quantile ${p} is outside the ${replicates} replicates`);
    return low + (h - lo) * ((scaled[Math.min(lo + 1, replicates - 1)] ?? 0) - low);
  };
  rows.push([n, ...CALIBRATION_LEVELS.map((p) => Number(q(p).toFixed(4)))]);
  console.error(`n = ${n} done`);
}
console.log(
  `// ${replicates.toLocaleString('en')} uniform samples a size; columns: n, then √n·dip at ${CALIBRATION_LEVELS.join(', ')}`,
);
console.log('[');
for (const row of rows) console.log(`  [${row.join(', ')}],`);
console.log(']');
