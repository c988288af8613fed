import { espPacket, type EncapSettings } from './esp-overhead';
import { mixStats, type PacketMix } from './packet-mix';

/** A datasheet IPsec figure and the (inner) packet size it was measured with. */
export interface DeviceRating {
  ratingMbps: number;
  ratedAtBytes: number;
}

export interface CapacityRange {
  /** Encrypted size of one rated-size packet with these settings. */
  ratedOuterBytes: number;
  /** Packets per second the device moved in its rating test. */
  maxPps: number;
  /**
   * Inner Mbps for this mix if the device is limited by bytes only: it keeps pushing the rated
   * number of encrypted bits whatever the packet size.
   */
  bytesLimitedMbps: number;
  /**
   * Inner Mbps for this mix if the device is limited by packets only: it keeps handling the
   * rated number of packets per second whatever their size.
   */
  ppsLimitedMbps: number;
  /** The lower of the two: the figure to plan against. */
  worstMbps: number;
  bestMbps: number;
  /** Which bound is the lower one ('both' when they agree, as when the mix is the rated size). */
  limitedBy: 'bytes' | 'packets' | 'both';
}

/**
 * Capacity of a device for the reader's mix, from one datasheet point. A real device costs
 * some time per packet and some per byte; one point cannot separate the two, so both pure
 * cases are given and the lower is used. Assumption: the rating counts encrypted (outer) bits
 * at the rated packet size; vendors rarely say which bytes they count.
 */
export function capacityRange(settings: EncapSettings, mix: PacketMix, rating: DeviceRating): CapacityRange {
  const ratedOuterBytes = espPacket(settings, rating.ratedAtBytes).outerBytes;
  const maxPps = (rating.ratingMbps * 1e6) / (8 * ratedOuterBytes);
  const stats = mixStats(settings, mix);
  const bytesLimitedMbps = rating.ratingMbps / stats.expansion;
  const ppsLimitedMbps = (maxPps * 8 * stats.meanInnerBytes) / 1e6;
  // Equal up to rounding when the mix is the rated size.
  const close = Math.abs(bytesLimitedMbps - ppsLimitedMbps) <= 1e-9 * Math.max(bytesLimitedMbps, ppsLimitedMbps);
  return {
    ratedOuterBytes,
    maxPps,
    bytesLimitedMbps,
    ppsLimitedMbps,
    worstMbps: Math.min(bytesLimitedMbps, ppsLimitedMbps),
    bestMbps: Math.max(bytesLimitedMbps, ppsLimitedMbps),
    limitedBy: close ? 'both' : ppsLimitedMbps < bytesLimitedMbps ? 'packets' : 'bytes',
  };
}

export interface Utilisation {
  /** Demand as a percentage of the worst-case capacity. */
  percent: number;
  /** Worst-case capacity minus demand; negative when over. */
  headroomMbps: number;
}

export function utilisation(demandMbps: number, capacityMbps: number): Utilisation {
  return { percent: (demandMbps / capacityMbps) * 100, headroomMbps: capacityMbps - demandMbps };
}
