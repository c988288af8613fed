/**
 * Round-trip arithmetic for time to first byte (TTFB) over HTTPS.
 *
 * Cold connection: TTFB ≈ DNS + RTT × (1 for the TCP handshake + 2 for a full TLS 1.2 handshake
 * or 1 for TLS 1.3 + 1 for the request itself) + server time. A reused (warm) connection skips
 * DNS and both handshakes: TTFB ≈ 1 RTT + server time. Whatever part of the TTFB gap the RTTs
 * do not account for is left to the server, the host and everything else.
 */

export type TlsVersion = '1.2' | '1.3';
export type ConnectionMode = 'cold' | 'warm';

/** Light in fibre covers about 200 km per ms (≈4.9 µs/km one way), so ~1 ms of RTT per 100 km. */
export const RTT_MS_PER_100_KM = 1;

export function roundTripsToFirstByte(tls: TlsVersion, conn: ConnectionMode): number {
  if (conn === 'warm') return 1;
  return 1 + (tls === '1.2' ? 2 : 1) + 1;
}

/** Propagation-only RTT for a fibre path of this length (queueing and detours add to it). */
export function rttFromDistanceMs(distanceKm: number): number {
  return (Math.max(0, distanceKm) / 100) * RTT_MS_PER_100_KM;
}

export interface RoundTripInputs {
  ttfbAMs: number;
  ttfbBMs: number;
  rttAMs: number;
  rttBMs: number;
  tls: TlsVersion;
  conn: ConnectionMode;
  /** DNS lookup time per side; only counted on cold connections. Defaults to 0. */
  dnsAMs?: number;
  dnsBMs?: number;
}

export interface RoundTripBreakdown {
  roundTrips: number;
  /** DNS + RTT × round trips, per side. */
  networkAMs: number;
  networkBMs: number;
  /** What is left of each TTFB after the network part (negative means the inputs disagree). */
  serverAMs: number;
  serverBMs: number;
  /** B − A in TTFB. */
  gapMs: number;
  /** The part of the gap the network difference accounts for. */
  explainedMs: number;
  /** gap − explained: server, host and anything the RTT model leaves out. */
  unexplainedMs: number;
  /** Sides whose network part alone exceeds the measured TTFB. */
  networkExceedsTtfb: Array<'a' | 'b'>;
}

function nonNegative(value: number | undefined): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

export function explainGap(input: RoundTripInputs): RoundTripBreakdown {
  const roundTrips = roundTripsToFirstByte(input.tls, input.conn);
  const dnsA = input.conn === 'cold' ? nonNegative(input.dnsAMs) : 0;
  const dnsB = input.conn === 'cold' ? nonNegative(input.dnsBMs) : 0;
  const networkAMs = dnsA + nonNegative(input.rttAMs) * roundTrips;
  const networkBMs = dnsB + nonNegative(input.rttBMs) * roundTrips;
  const gapMs = input.ttfbBMs - input.ttfbAMs;
  const explainedMs = networkBMs - networkAMs;
  const networkExceedsTtfb: Array<'a' | 'b'> = [];
  if (networkAMs > input.ttfbAMs) networkExceedsTtfb.push('a');
  if (networkBMs > input.ttfbBMs) networkExceedsTtfb.push('b');
  return {
    roundTrips,
    networkAMs,
    networkBMs,
    serverAMs: input.ttfbAMs - networkAMs,
    serverBMs: input.ttfbBMs - networkBMs,
    gapMs,
    explainedMs,
    unexplainedMs: gapMs - explainedMs,
    networkExceedsTtfb,
  };
}

export interface WhatIfChange {
  tls?: TlsVersion;
  conn?: ConnectionMode;
  rttAMs?: number;
  rttBMs?: number;
}

export interface WhatIfResult {
  ttfbAMs: number;
  ttfbBMs: number;
  gapMs: number;
  roundTrips: number;
}

/**
 * Projected TTFBs when a lever changes, holding each side's server time fixed at what the
 * current inputs imply (floored at 0 so a contradictory input cannot project a negative TTFB).
 */
export function projectWhatIf(input: RoundTripInputs, change: WhatIfChange): WhatIfResult {
  const now = explainGap(input);
  const next: RoundTripInputs = {
    ...input,
    tls: change.tls ?? input.tls,
    conn: change.conn ?? input.conn,
    rttAMs: change.rttAMs ?? input.rttAMs,
    rttBMs: change.rttBMs ?? input.rttBMs,
  };
  const roundTrips = roundTripsToFirstByte(next.tls, next.conn);
  const dnsA = next.conn === 'cold' ? nonNegative(next.dnsAMs) : 0;
  const dnsB = next.conn === 'cold' ? nonNegative(next.dnsBMs) : 0;
  const ttfbAMs = dnsA + nonNegative(next.rttAMs) * roundTrips + Math.max(0, now.serverAMs);
  const ttfbBMs = dnsB + nonNegative(next.rttBMs) * roundTrips + Math.max(0, now.serverBMs);
  return { ttfbAMs, ttfbBMs, gapMs: ttfbBMs - ttfbAMs, roundTrips };
}
