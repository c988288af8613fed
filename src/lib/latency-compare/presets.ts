import type { LatencyState } from './model.ts';

/**
 * The KVM story's figures: average TTFB at the load balancer, 60 ms on AWS and 112 ms in the
 * colocation DC. The record gives no RTTs; 1 ms each is an assumption (load balancer and servers
 * in one DC) that the page labels as such.
 */
const STORY_STATE: LatencyState = {
  aLabel: 'AWS',
  bLabel: 'Colo DC',
  aMs: 60,
  bMs: 112,
  aP50: null,
  bP50: null,
  aP95: null,
  bP95: null,
  aP99: null,
  bP99: null,
  rttA: 1,
  rttB: 1,
  tls: '1.2',
  conn: 'cold',
  aData: '',
  bData: '',
  steps: [],
  aUnit: 'auto',
  bUnit: 'auto',
  aColumn: '',
  bColumn: '',
  aPhase: 'auto',
  bPhase: 'auto',
  aFormat: '',
  bFormat: '',
  aUnitGuessed: false,
  bUnitGuessed: false,
  distanceKm: 100,
};

/** The tool page opens on the same figures, so a reader sees the story's question first. */
export const PRESETS = { default: STORY_STATE, story: STORY_STATE } as const;
