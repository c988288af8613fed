/**
 * The single-SA ceiling. An IPsec gateway processes one SA on one core at a time: the SA's
 * sequence number, replay window and cipher state are shared, so its packets cannot be spread
 * over cores (RFC 9611 §1). Several SAs, or per-CPU SAs where both peers support them
 * (RFC 9611; Linux 6.13+, strongSwan 6.0.2+, https://docs.strongswan.org/docs/latest/features/per-cpu-sas.html),
 * let more cores work. This module says which ceiling binds for a traffic mix: the device's
 * byte ceiling, its packet ceiling, or the cores its SAs can use.
 */

import { SA_CEILING_LIMITS } from './sa-limits';

export interface SaCeilingInputs {
  /** Cores that can process IPsec. */
  cores: number;
  /** What one SA moves on one core, inner Mbps (a single-tunnel test); null if unknown. */
  perSaMbps: number | null;
  /** What one SA moves on one core, packets per second; null if unknown. */
  perSaPps: number | null;
  /** SAs (or tunnels) the traffic is spread over. */
  saCount: number;
  /** RFC 9611 per-CPU SAs in use on both peers. */
  perCpuSas: boolean;
  /** Mean inner packet size of the mix, bytes: turns a packet rate into Mbps. */
  meanPacketBytes: number;
  /** Device ceilings for this mix, inner Mbps (capacityRange: bytesLimitedMbps, ppsLimitedMbps). */
  deviceBytesMbps: number;
  devicePacketsMbps: number;
}

export type SaBinding = 'bytes' | 'packets' | 'one-core' | 'cores';

export interface SaSplit {
  /** SAs needed to give every core one. */
  saCountForAllCores: number;
  /** The ceiling once every core has an SA (still capped by the device). */
  ceilingMbps: number;
  /** That ceiling ÷ today's. 1 when splitting buys nothing. */
  gain: number;
  /** What splitting does not buy, in plain words. */
  caveats: string[];
}

export interface SaCeiling {
  /** One SA on one core for this mix: the lower of the byte and packet figures given. */
  perSaMbps: number | null;
  perSaLimitedBy: 'bytes' | 'packets' | null;
  coresInUse: number;
  /** coresInUse × perSaMbps; null without a per-SA figure. */
  coresMbps: number | null;
  binding: SaBinding;
  ceilingMbps: number;
  split: SaSplit;
  notes: string[];
}

export { SA_CEILING_LIMITS } from './sa-limits';

const CAVEATS = {
  oneFlow:
    'One flow (one TCP connection, or whatever the traffic selectors keep together) still rides one SA, so it never goes faster than one core.',
  hashing:
    'The receiver must spread the SAs too. ESP carries no ports, so receive hashing (RSS) and ECMP on outer addresses put every SA between the same two gateway addresses on one queue or path, unless the NIC hashes on the SPI; with NAT-T all SAs share UDP port 4500.',
  ecmp: 'Tunnels in ECMP share load per flow, by hash: a few large flows make the shares uneven, and a tunnel going down moves its flows (RFC 2992).',
  selectors:
    'Traffic reaches several SAs only through distinct traffic selectors or route-based tunnels; one policy for all traffic keeps it on one SA.',
  perCpu:
    'Per-CPU SAs (RFC 9611) need support on both peers (Linux 6.13+, strongSwan 6.0.2+); outbound traffic uses the SA of the CPU that sends it, plus a fallback SA while a CPU’s own is negotiated.',
  device: 'No split lifts the device’s own byte and packet ceilings.',
};

function positive(value: number | null): value is number {
  return value !== null && Number.isFinite(value) && value > 0;
}

export function saCeiling(inputs: SaCeilingInputs): SaCeiling {
  const { cores, saCount } = inputs;
  if (!Number.isInteger(cores) || cores < 1 || cores > SA_CEILING_LIMITS.maxCores) {
    throw new RangeError(`Cores must be a whole number from 1 to ${SA_CEILING_LIMITS.maxCores}.`);
  }
  if (!Number.isInteger(saCount) || saCount < 1 || saCount > SA_CEILING_LIMITS.maxSaCount) {
    throw new RangeError(`SA count must be a whole number from 1 to ${SA_CEILING_LIMITS.maxSaCount}.`);
  }
  for (const [name, value] of [
    ['Mean packet size', inputs.meanPacketBytes],
    ['Device byte ceiling', inputs.deviceBytesMbps],
    ['Device packet ceiling', inputs.devicePacketsMbps],
  ] as const) {
    if (!positive(value)) throw new RangeError(`${name} must be a number above 0.`);
  }
  for (const [name, value] of [
    ['Per-SA Mbps', inputs.perSaMbps],
    ['Per-SA packets per second', inputs.perSaPps],
  ] as const) {
    if (value !== null && !positive(value)) throw new RangeError(`${name} must be above 0, or left empty.`);
  }

  const fromPps = positive(inputs.perSaPps) ? (inputs.perSaPps * 8 * inputs.meanPacketBytes) / 1e6 : null;
  const fromMbps = positive(inputs.perSaMbps) ? inputs.perSaMbps : null;
  let perSaMbps: number | null = null;
  let perSaLimitedBy: SaCeiling['perSaLimitedBy'] = null;
  if (fromMbps !== null && (fromPps === null || fromMbps <= fromPps)) {
    perSaMbps = fromMbps;
    perSaLimitedBy = 'bytes';
  } else if (fromPps !== null) {
    perSaMbps = fromPps;
    perSaLimitedBy = 'packets';
  }

  const coresInUse = inputs.perCpuSas ? cores : Math.min(saCount, cores);
  const coresMbps = perSaMbps === null ? null : coresInUse * perSaMbps;
  const device = Math.min(inputs.deviceBytesMbps, inputs.devicePacketsMbps);
  const deviceBinding: SaBinding = inputs.devicePacketsMbps < inputs.deviceBytesMbps ? 'packets' : 'bytes';
  // The core ceiling wins a tie: it is the one the reader can act on.
  const coresBind = coresMbps !== null && coresMbps <= device;
  const binding: SaBinding = coresBind ? (coresInUse === 1 ? 'one-core' : 'cores') : deviceBinding;
  const ceilingMbps = coresBind ? coresMbps : device;

  const allCores = perSaMbps === null ? device : Math.min(device, cores * perSaMbps);
  const caveats = [CAVEATS.oneFlow, CAVEATS.device];
  if (!inputs.perCpuSas) caveats.push(CAVEATS.selectors, CAVEATS.hashing, CAVEATS.ecmp);
  else caveats.push(CAVEATS.perCpu, CAVEATS.hashing);
  const split: SaSplit = {
    saCountForAllCores: inputs.perCpuSas ? saCount : cores,
    ceilingMbps: allCores,
    gain: allCores / ceilingMbps,
    caveats,
  };

  const notes: string[] = [];
  if (perSaMbps === null)
    notes.push('Without a per-SA (one-core) rate, only the device’s byte and packet ceilings can be compared.');
  if (!inputs.perCpuSas && saCount > cores) {
    notes.push(`${saCount} SAs on ${cores} cores: some cores carry several SAs, so only ${cores} work at once.`);
  }
  return { perSaMbps, perSaLimitedBy, coresInUse, coresMbps, binding, ceilingMbps, split, notes };
}
