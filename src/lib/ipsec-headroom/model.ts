import { CIPHER_SUITES, type SuiteId } from './cipher-suites';
import { capacityRange, utilisation, type CapacityRange, type Utilisation } from './device-capacity';
import { headroomForecast, type HeadroomForecast } from './demand-forecast';
import {
  espPacket,
  overheadBounds,
  type EncapSettings,
  type EspMode,
  type EspPacket,
  type IpVersion,
  type OverheadBounds,
} from './esp-overhead';
import { largestPacketBytes, mixStats, packetsPerSecond, type MixStats, type PacketMix } from './packet-mix';
import { IPV6_MIN_MTU, pathFit, type PathFit } from './path-mtu';
import { flowLimits, type FlowLimits } from './tcp-flow';
import type { CounterBitsChoice } from './fields';
import type { CounterDirection } from './interface-counters/measured-load';

/** Everything the calculator needs, already validated (fields.ts holds the ranges). */
export interface HeadroomInputs {
  suite: SuiteId;
  mode: EspMode;
  outer: IpVersion;
  natt: boolean;
  mix: PacketMix;
  mtu: number;
  ratingMbps: number;
  ratedAtBytes: number;
  demandMbps: number;
  growthPercent: number;
  ceilingPercent: number;
  rttMs: number;
  windowKiB: number;
  lossPercent: number;
  /** Issue 18. Two counter snapshots as pasted ('' when none), and how to read them. */
  counters: string;
  counterSeconds: number | null;
  direction: CounterDirection;
  iface: string;
  counterBits: CounterBitsChoice;
  /** The single-SA ceiling: cores that process IPsec, one SA's rate on one core, SAs in use. */
  cores: number | null;
  perSaMbps: number | null;
  perSaPps: number | null;
  saCount: number;
  perCpuSa: boolean;
}

export interface HeadroomResult {
  settings: EncapSettings;
  /** The one packet when the mix is a single size, else null. */
  single: EspPacket | null;
  /** Packet drawn in the diagram: the single size, or the mix's largest. */
  diagram: EspPacket;
  bounds: OverheadBounds;
  mix: MixStats;
  fit: PathFit;
  capacity: CapacityRange;
  load: Utilisation;
  forecast: HeadroomForecast;
  /** Inner packets per second at today's demand. */
  demandPps: number;
  /** Outer packets per second at today's demand, counting fragments. */
  wirePps: number;
  flow: FlowLimits;
  /** Plain-words cautions about the inputs (never errors: the numbers still stand). */
  cautions: string[];
}

/** Loss rate above which the Mathis model is known to overstate throughput (timeouts dominate). */
const MATHIS_LOSS_LIMIT_PERCENT = 2;

export function ipsecHeadroom(inputs: HeadroomInputs): HeadroomResult {
  const settings: EncapSettings = { suite: inputs.suite, mode: inputs.mode, outer: inputs.outer, natt: inputs.natt };
  const mix = mixStats(settings, inputs.mix);
  const single = inputs.mix.kind === 'single' || inputs.mix.entries.length === 1 ? (mix.packets[0] ?? null) : null;
  const fit = pathFit(settings, inputs.mix, inputs.mtu);
  const capacity = capacityRange(settings, inputs.mix, {
    ratingMbps: inputs.ratingMbps,
    ratedAtBytes: inputs.ratedAtBytes,
  });
  const demandPps = packetsPerSecond(inputs.demandMbps, mix.meanInnerBytes);
  // Window/loss limits use the clamped MSS; IPv4 inner unless transport mode over IPv6.
  const mss = fit.mss.ipv4 ?? fit.mss.ipv6 ?? 0;

  const cautions: string[] = [];
  const caution = CIPHER_SUITES[inputs.suite].caution;
  if (caution) cautions.push(caution);
  if (inputs.outer === 'ipv6' && inputs.mtu < IPV6_MIN_MTU) {
    cautions.push(
      `IPv6 links carry at least ${IPV6_MIN_MTU} bytes (RFC 8200 §5); a smaller path MTU is not a valid IPv6 path.`,
    );
  }
  if (inputs.lossPercent > MATHIS_LOSS_LIMIT_PERCENT) {
    cautions.push('Above about 2 % loss, timeouts dominate and the Mathis bound overstates what one flow gets.');
  }

  return {
    settings,
    single,
    diagram: single ?? espPacket(settings, largestPacketBytes(inputs.mix)),
    bounds: overheadBounds(settings),
    mix,
    fit,
    capacity,
    load: utilisation(inputs.demandMbps, capacity.worstMbps),
    forecast: headroomForecast(inputs.demandMbps, inputs.growthPercent, capacity.worstMbps, inputs.ceilingPercent),
    demandPps,
    wirePps: demandPps * fit.wirePacketsPerInner,
    flow: flowLimits({
      windowKiB: inputs.windowKiB,
      rttMs: inputs.rttMs,
      lossPercent: inputs.lossPercent,
      mssBytes: mss,
      tunnelMbps: capacity.worstMbps,
    }),
    cautions,
  };
}
