/**
 * Limits on one TCP connection through the tunnel, whatever the tunnel's capacity.
 */

/**
 * Mathis et al., "The macroscopic behavior of the TCP congestion avoidance algorithm",
 * ACM SIGCOMM CCR 27(3), 1997 (https://doi.org/10.1145/263932.264023): rate ≤ (MSS/RTT)·C/√p,
 * with C = √(3/2) for periodic loss and an ACK per segment. Delayed ACKs lower C; this is an
 * upper bound, not a forecast, and the model does not hold for loss of more than a few percent.
 */
export const MATHIS_C = Math.sqrt(3 / 2);

export const KIB = 1024;

/** One window of data per round trip: the most a flow can carry with that window, Mbps. */
export function windowBoundMbps(windowKiB: number, rttMs: number): number {
  return (windowKiB * KIB * 8) / (rttMs / 1000) / 1e6;
}

/** Bytes in flight needed to keep `mbps` busy over `rttMs`: the window a single flow needs. */
export function bdpBytes(mbps: number, rttMs: number): number {
  return ((mbps * 1e6) / 8) * (rttMs / 1000);
}

export type MathisBound = { kind: 'none' } | { kind: 'bound'; mbps: number };

/** Loss-limited rate of one Reno-style flow. No loss, no bound from this model. */
export function mathisBound(mssBytes: number, rttMs: number, lossPercent: number): MathisBound {
  if (lossPercent <= 0) return { kind: 'none' };
  const p = lossPercent / 100;
  const mbps = (((mssBytes * 8) / (rttMs / 1000)) * (MATHIS_C / Math.sqrt(p))) / 1e6;
  // A loss rate so small it underflows bounds nothing in practice.
  return Number.isFinite(mbps) ? { kind: 'bound', mbps } : { kind: 'none' };
}

export interface FlowLimits {
  windowMbps: number;
  mathis: MathisBound;
  /** Window needed to fill the tunnel's worst-case capacity with one flow. */
  bdpBytes: number;
  /** The lowest of window, loss and tunnel limits, Mbps. */
  flowMbps: number;
  limitedBy: 'window' | 'loss' | 'tunnel';
}

export function flowLimits(input: {
  windowKiB: number;
  rttMs: number;
  lossPercent: number;
  mssBytes: number;
  tunnelMbps: number;
}): FlowLimits {
  const windowMbps = windowBoundMbps(input.windowKiB, input.rttMs);
  const mathis = mathisBound(input.mssBytes, input.rttMs, input.lossPercent);
  const candidates: [number, FlowLimits['limitedBy']][] = [
    [input.tunnelMbps, 'tunnel'],
    [windowMbps, 'window'],
  ];
  if (mathis.kind === 'bound') candidates.push([mathis.mbps, 'loss']);
  const [flowMbps, limitedBy] = candidates.reduce((low, next) => (next[0] < low[0] ? next : low));
  return { windowMbps, mathis, bdpBytes: bdpBytes(input.tunnelMbps, input.rttMs), flowMbps, limitedBy };
}
