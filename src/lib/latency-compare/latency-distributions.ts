/**
 * Known latency distributions for simulations: each draws seeded samples and gives its exact
 * CDF, so a simulation can compute the true median (and so the true median difference) instead
 * of estimating it. Used by the coverage study and the multimodality false-alarm study.
 */
import { normalCdf } from './normal-cdf.ts';
import { normalDraws } from './seeded-random.ts';

export interface LatencyDistribution {
  /** Short description, e.g. "N(20, 2) 50 % + N(200, 20) 50 %". */
  label: string;
  /** A sampler bound to one random stream. */
  sampler(random: () => number): () => number;
  cdf(x: number): number;
}

const fmt = (x: number) => String(Number(x.toPrecision(4)));

export function normal(mean: number, sd: number): LatencyDistribution {
  return {
    label: `N(${fmt(mean)}, ${fmt(sd)})`,
    sampler(random) {
      const z = normalDraws(random);
      return () => mean + sd * z();
    },
    cdf: (x) => normalCdf((x - mean) / sd),
  };
}

/** Log-normal with the given median and σ of the log. */
export function logNormal(median: number, sigma: number): LatencyDistribution {
  return {
    label: `lognormal(median ${fmt(median)}, σ ${fmt(sigma)})`,
    sampler(random) {
      const z = normalDraws(random);
      return () => median * Math.exp(sigma * z());
    },
    cdf: (x) => (x <= 0 ? 0 : normalCdf(Math.log(x / median) / sigma)),
  };
}

/**
 * Gamma with a whole-number shape k (Erlang) and scale θ, shifted by `offset` ms: the sum of k
 * exponential stages, a textbook service-time shape. Whole k keeps the CDF in closed form:
 * P(X ≤ x) = 1 − e^(−y)·Σ_{i<k} yⁱ/i!, y = (x − offset)/θ.
 */
export function erlang(shape: number, scale: number, offset = 0): LatencyDistribution {
  if (!Number.isInteger(shape) || shape < 1) throw new RangeError('erlang needs a whole shape ≥ 1');
  return {
    label: `${offset ? `${fmt(offset)} + ` : ''}gamma(shape ${shape}, scale ${fmt(scale)})`,
    sampler(random) {
      return () => {
        let sum = 0;
        for (let i = 0; i < shape; i++) sum -= Math.log(1 - random());
        return offset + scale * sum;
      };
    },
    cdf(x) {
      const y = (x - offset) / scale;
      if (y <= 0) return 0;
      let term = 1;
      let sum = 1;
      for (let i = 1; i < shape; i++) {
        term *= y / i;
        sum += term;
      }
      return 1 - Math.exp(-y) * sum;
    },
  };
}

/** Mixture of components with the given weights (normalised to sum to 1). */
export function mixture(parts: Array<[number, LatencyDistribution]>): LatencyDistribution {
  const total = parts.reduce((s, [w]) => s + w, 0);
  const weights = parts.map(([w]) => w / total);
  return {
    label: parts.map(([w, d]) => `${d.label} ${fmt((100 * w) / total)} %`).join(' + '),
    sampler(random) {
      const samplers = parts.map(([, d]) => d.sampler(random));
      return () => {
        let u = random();
        for (let i = 0; i < weights.length - 1; i++) {
          if (u < weights[i]!) return samplers[i]!();
          u -= weights[i]!;
        }
        return samplers[weights.length - 1]!();
      };
    },
    cdf: (x) => parts.reduce((s, [, d], i) => s + weights[i]! * d.cdf(x), 0),
  };
}

/** x ↦ x + shiftMs. */
export function shifted(base: LatencyDistribution, shiftMs: number): LatencyDistribution {
  return {
    label: `${base.label} + ${fmt(shiftMs)} ms`,
    sampler: (random) => {
      const draw = base.sampler(random);
      return () => draw() + shiftMs;
    },
    cdf: (x) => base.cdf(x - shiftMs),
  };
}

/** The p-quantile of a distribution by bisection on its CDF (to 1e-9 ms). */
export function trueQuantile(dist: LatencyDistribution, p: number, lowMs = -1e4, highMs = 1e6): number {
  let lo = lowMs;
  let hi = highMs;
  for (let i = 0; i < 200 && hi - lo > 1e-9; i++) {
    const mid = (lo + hi) / 2;
    if (dist.cdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export function drawSamples(dist: LatencyDistribution, random: () => number, n: number): Float64Array {
  const draw = dist.sampler(random);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = draw();
  return out;
}
