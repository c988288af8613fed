/**
 * Draws of a bootstrap resample's quantile without building the resample.
 *
 * A bootstrap resample of a sorted sample x₁ ≤ … ≤ xₙ takes n indices ⌈n·Uᵢ⌉ with Uᵢ uniform on
 * (0, 1). The map u ↦ x⌈n·u⌉ never decreases, so the k-th smallest value of the resample is
 * x⌈n·U₍ₖ₎⌉, where U₍ₖ₎ is the k-th smallest of n uniforms, which is Beta(k, n − k + 1). The
 * (k+1)-th is the smallest of the n − k uniforms above U₍ₖ₎. So one resampled type-7 quantile
 * costs two Gamma draws and a power, whatever n is: B resamples of 10⁶ samples cost O(B), not
 * O(B·n). This is the same law as "the resampled median falls on order statistic j with a
 * binomial probability" (P(U₍ₖ₎ ≤ j/n) = P(Binomial(n, j/n) ≥ k)), drawn by inversion of the
 * uniform instead of a search over j. Ties need no special case: tied values simply repeat in x.
 */
export type GammaDraw = (shape: number) => number;

/** Standard normal draws by Box–Muller, both values of each pair used (half the logs of one-per-pair). */
function pairedNormalDraws(random: () => number): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const value = spare;
      spare = null;
      return value;
    }
    const radius = Math.sqrt(-2 * Math.log(1 - random())); // 1 − random() is in (0, 1]
    const angle = 2 * Math.PI * random();
    spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
}

/**
 * Gamma(shape, 1) draws by Marsaglia and Tsang's squeeze method ("A simple method for generating
 * gamma variables", ACM TOMS 26(3), 2000), for shape ≥ 1, which is all the order statistics need.
 */
export function gammaDraws(random: () => number): GammaDraw {
  const normal = pairedNormalDraws(random);
  return (shape: number) => {
    if (!(shape >= 1)) throw new RangeError('gammaDraws needs shape ≥ 1');
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const z = normal();
      const t = 1 + c * z;
      if (t <= 0) continue;
      const v = t * t * t;
      const u = 1 - random(); // (0, 1], so the log is finite
      if (u < 1 - 0.0331 * z * z * z * z) return d * v;
      if (Math.log(u) < 0.5 * z * z + d * (1 - v + Math.log(v))) return d * v;
    }
  };
}

/** Beta(a, b) from two Gamma draws; a, b ≥ 1. */
export function betaDraw(gamma: GammaDraw, a: number, b: number): number {
  const x = gamma(a);
  const y = gamma(b);
  return x / (x + y);
}

/**
 * A function that returns one bootstrap replicate of the type-7 p-quantile of `sorted` per call.
 * Replicates are exact draws from the bootstrap distribution, not an approximation of it.
 */
export function resampledQuantileDraws(sorted: ArrayLike<number>, p: number, random: () => number): () => number {
  const n = sorted.length;
  if (n === 0) throw new RangeError('resampledQuantileDraws needs at least one sample');
  const gamma = gammaDraws(random);
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const k = Math.floor(h) + 1; // 1-based rank of the lower order statistic
  const fraction = h - (k - 1);
  const valueAt = (u: number) => sorted[Math.min(n, Math.max(1, Math.ceil(n * u))) - 1] as number;
  if (n === 1) return () => sorted[0] as number;
  return () => {
    const uLow = betaDraw(gamma, k, n - k + 1);
    const low = valueAt(uLow);
    if (fraction === 0 || k >= n) return low;
    // The smallest of n − k uniforms on (uLow, 1): uLow + (1 − uLow)·(1 − V^(1/(n−k))).
    const v = 1 - random();
    const uHigh = uLow - (1 - uLow) * Math.expm1(Math.log(v) / (n - k));
    const high = valueAt(uHigh);
    return low + fraction * (high - low);
  };
}
