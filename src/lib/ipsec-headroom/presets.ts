import type { HeadroomInputs } from './model';
import { singleSizeMix, SIMPLE_IMIX } from './packet-mix';

/** Issue 18's inputs start empty: nothing measured, no per-SA figure, one SA. */
const NOTHING_MEASURED = {
  counters: '',
  counterSeconds: null,
  direction: 'tx',
  iface: '',
  counterBits: 'auto',
  cores: null,
  perSaMbps: null,
  perSaPps: null,
  saCount: 1,
  perCpuSa: false,
} as const satisfies Partial<HeadroomInputs>;

/** The tools page: a modern AEAD tunnel carrying a small-packet mix, to show both bounds apart. */
const DEFAULT_INPUTS: HeadroomInputs = {
  suite: 'aes-gcm-16',
  mode: 'tunnel',
  outer: 'ipv4',
  natt: false,
  mix: SIMPLE_IMIX,
  mtu: 1500,
  ratingMbps: 1000,
  ratedAtBytes: 1400,
  demandMbps: 150,
  growthPercent: 3,
  ceilingPercent: 80,
  rttMs: 40,
  windowKiB: 64,
  lossPercent: 0.01,
  ...NOTHING_MEASURED,
};

/**
 * The tunnel story: a device rated 350 Mbps, saturated around December 2015. Only the rating and
 * the saturation come from the record; every other value is an assumption, listed in
 * STORY_ASSUMPTIONS (wording.ts) and shown as such.
 */
const STORY_INPUTS: HeadroomInputs = {
  suite: 'aes-cbc-sha1',
  mode: 'tunnel',
  outer: 'ipv4',
  natt: false,
  mix: singleSizeMix(1400),
  mtu: 1500,
  ratingMbps: 350,
  ratedAtBytes: 1400,
  demandMbps: 350,
  growthPercent: 5,
  ceilingPercent: 80,
  rttMs: 50,
  windowKiB: 64,
  lossPercent: 0.01,
  ...NOTHING_MEASURED,
};

export const PRESETS = { default: DEFAULT_INPUTS, story: STORY_INPUTS } as const;

/** The 2 Gbps model that was considered and not bought (from the record). */
export const STORY_ALTERNATIVE_RATING_MBPS = 2000;
