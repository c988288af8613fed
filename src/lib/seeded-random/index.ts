// A seeded generator shared by every tool's simulations and tests, so their figures repeat.

/**
 * Small seeded generators so simulations in tests and the benchmark give the same numbers on
 * every run (mulberry32: 32-bit state, good enough for Monte Carlo checks, not for secrets).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
