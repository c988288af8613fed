/**
 * Seeded study of the multimodality warning: how often it fires on unimodal latency shapes (false
 * alarms) and on bimodal mixtures (detections). Shared by the unit test (small) and
 * scripts/bench/latency-coverage.mjs (the full table).
 */
import { drawSamples, erlang, logNormal, mixture, normal, type LatencyDistribution } from './latency-distributions.ts';
import { checkMultimodality } from './multimodality.ts';
import { mulberry32 } from './seeded-random.ts';

export interface ModalityScenario {
  id: string;
  description: string;
  dist: LatencyDistribution;
  /** Whether the distribution has more than one mode, i.e. whether a warning is right. */
  multimodal: boolean;
  /** Round each sample to this many ms (as ab and many exporters do); none when absent. */
  roundToMs?: number;
}

export const MODALITY_SCENARIOS: ModalityScenario[] = [
  { id: 'normal', description: 'N(50, 5)', dist: normal(50, 5), multimodal: false },
  { id: 'lognormal-0.4', description: 'lognormal, median 60 ms, σ 0.4', dist: logNormal(60, 0.4), multimodal: false },
  {
    id: 'lognormal-1',
    description: 'lognormal, median 60 ms, σ 1 (long tail)',
    dist: logNormal(60, 1),
    multimodal: false,
  },
  { id: 'gamma-2', description: 'gamma, shape 2, scale 20, + 5 ms', dist: erlang(2, 20, 5), multimodal: false },
  { id: 'exponential', description: 'exponential, mean 30 ms (mode at 0)', dist: erlang(1, 30), multimodal: false },
  {
    id: 'lognormal-rounded',
    description: 'lognormal, median 8 ms, σ 0.3, rounded to whole ms',
    dist: logNormal(8, 0.3),
    multimodal: false,
    roundToMs: 1,
  },
  {
    id: 'far-bimodal',
    description: '50/50 N(20, 2) + N(200, 20)',
    dist: mixture([
      [0.5, normal(20, 2)],
      [0.5, normal(200, 20)],
    ]),
    multimodal: true,
  },
  {
    id: 'hit-rate-80',
    description: '80/20 N(20, 2) + N(200, 20) (20 % cache misses)',
    dist: mixture([
      [0.8, normal(20, 2)],
      [0.2, normal(200, 20)],
    ]),
    multimodal: true,
  },
  {
    id: 'near-bimodal',
    description: '50/50 N(40, 5) + N(60, 5)',
    dist: mixture([
      [0.5, normal(40, 5)],
      [0.5, normal(60, 5)],
    ]),
    multimodal: true,
  },
];

export const MODALITY_SIZES = [20, 50, 200, 1000] as const;

export interface ModalityRow {
  scenario: string;
  n: number;
  runs: number;
  warned: number;
  /** warned / runs: the false-alarm rate on unimodal scenarios, the detection rate on multimodal ones. */
  rate: number;
  multimodal: boolean;
}

export function modalityRow(scenario: ModalityScenario, n: number, runs: number, seed: number): ModalityRow {
  const random = mulberry32(seed);
  let warned = 0;
  for (let run = 0; run < runs; run++) {
    const x = drawSamples(scenario.dist, random, n);
    if (scenario.roundToMs)
      for (let i = 0; i < n; i++) x[i] = Math.round((x[i] as number) / scenario.roundToMs) * scenario.roundToMs;
    const check = checkMultimodality(x.sort());
    if (check.kind === 'checked' && check.multimodal) warned++;
  }
  return { scenario: scenario.id, n, runs, warned, rate: warned / runs, multimodal: scenario.multimodal };
}
