/**
 * Small seeded generators so simulations in tests and the benchmark give the same numbers on
 * every run (mulberry32: 32-bit state, good enough for Monte Carlo checks, not for secrets).
 */
export { mulberry32 } from '../seeded-random/index.ts';

/** Standard normal draws by Box–Muller. */
export function normalDraws(random: () => number): () => number {
  return () => {
    const u = 1 - random(); // (0, 1], so the log is finite
    const v = random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
}

/** Log-normal latencies in ms with the given median and shape (σ of the log): right-skewed like real TTFB. */
export function logNormalSamples(random: () => number, n: number, medianMs: number, sigma: number): Float64Array {
  const normal = normalDraws(random);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = medianMs * Math.exp(sigma * normal());
  return out;
}
