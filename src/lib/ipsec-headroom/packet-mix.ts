import { parseNumberInput } from '../number-input/index';
import type { Parse } from '../parse/index';
import { espPacket, MAX_PACKET_BYTES, MIN_PACKET_BYTES, type EncapSettings, type EspPacket } from './esp-overhead';

/** One packet size and how many packets of it there are, relative to the others. */
export interface MixEntry {
  bytes: number;
  weight: number;
}

export type MixKind = 'imix' | 'single' | 'custom';

export interface PacketMix {
  kind: MixKind;
  entries: readonly MixEntry[];
}

/**
 * The "simple IMIX": 7 × 40, 4 × 576, 1 × 1500 IP bytes, as in Linux pktgen's
 * `imix_weights 40,7 576,4 1500,1`. Average 4084 / 12 ≈ 340.33 bytes.
 */
export const SIMPLE_IMIX: PacketMix = {
  kind: 'imix',
  entries: [
    { bytes: 40, weight: 7 },
    { bytes: 576, weight: 4 },
    { bytes: 1500, weight: 1 },
  ],
};

export const MAX_MIX_ENTRIES = 16;
/** 16 pairs of the longest size and weight texts fit, so any mix written out reads back. */
export const MAX_MIX_TEXT = 500;
const SIZE_RULE = { min: MIN_PACKET_BYTES, max: MAX_PACKET_BYTES, integer: true };
const WEIGHT_RULE = { min: 0.001, max: 1_000_000 };

export type MixParse = Parse<PacketMix>;

export function singleSizeMix(bytes: number): PacketMix {
  return { kind: 'single', entries: [{ bytes, weight: 1 }] };
}

/**
 * Read "imix", a single size ("1400") or "size:weight" pairs ("40:7,576:4,1500:1").
 * Never throws: anything else comes back with a reason saying what to type.
 */
export function parsePacketMix(raw: string): MixParse {
  const text = raw.trim().toLowerCase();
  if (text === '') return { ok: false, reason: 'Enter imix, a packet size such as 1400, or size:weight pairs.' };
  if (text.length > MAX_MIX_TEXT) return { ok: false, reason: `Keep the mix under ${MAX_MIX_TEXT} characters.` };
  if (text === 'imix') return { ok: true, value: SIMPLE_IMIX };

  if (!text.includes(':') && !text.includes(',')) {
    const size = parseNumberInput(text, SIZE_RULE);
    if (!size.ok) {
      return { ok: false, reason: `Packet size: ${size.reason} Or type imix, or size:weight pairs.` };
    }
    return { ok: true, value: singleSizeMix(size.value) };
  }

  const items = text.split(',');
  if (items.length > MAX_MIX_ENTRIES) {
    return { ok: false, reason: `Use at most ${MAX_MIX_ENTRIES} size:weight pairs.` };
  }
  const entries: MixEntry[] = [];
  for (const [index, item] of items.entries()) {
    const parts = item.split(':');
    const position = `Pair ${index + 1}`;
    if (parts.length !== 2) return { ok: false, reason: `${position}: write it as size:weight, such as 576:4.` };
    const size = parseNumberInput(parts[0] ?? '', SIZE_RULE);
    if (!size.ok) return { ok: false, reason: `${position}, size in bytes: ${size.reason}` };
    const weight = parseNumberInput(parts[1] ?? '', WEIGHT_RULE);
    if (!weight.ok) return { ok: false, reason: `${position}, weight: ${weight.reason}` };
    entries.push({ bytes: size.value, weight: weight.value });
  }
  return { ok: true, value: { kind: 'custom', entries } };
}

/** The mix as its URL / field text; parsePacketMix reads it back to the same mix. */
export function formatPacketMix(mix: PacketMix): string {
  if (mix.kind === 'imix') return 'imix';
  if (mix.kind === 'single') return String(mix.entries[0]?.bytes ?? MIN_PACKET_BYTES);
  return mix.entries.map((entry) => `${entry.bytes}:${entry.weight}`).join(',');
}

export function totalWeight(mix: PacketMix): number {
  return mix.entries.reduce((sum, entry) => sum + entry.weight, 0);
}

/** Mean packet size, weighting each size by its packet count. */
export function meanPacketBytes(mix: PacketMix): number {
  const total = totalWeight(mix);
  return mix.entries.reduce((sum, entry) => sum + entry.bytes * entry.weight, 0) / total;
}

export function largestPacketBytes(mix: PacketMix): number {
  return Math.max(...mix.entries.map((entry) => entry.bytes));
}

export interface MixPacket extends EspPacket {
  /** Share of all packets, 0–1. */
  share: number;
}

export interface MixStats {
  meanInnerBytes: number;
  meanOuterBytes: number;
  /** Outer bytes ÷ inner bytes over the whole mix: how much more the tunnel carries. */
  expansion: number;
  packets: MixPacket[];
}

export function mixStats(settings: EncapSettings, mix: PacketMix): MixStats {
  const total = totalWeight(mix);
  const packets = mix.entries.map((entry) => ({ ...espPacket(settings, entry.bytes), share: entry.weight / total }));
  const meanInnerBytes = packets.reduce((sum, packet) => sum + packet.innerBytes * packet.share, 0);
  const meanOuterBytes = packets.reduce((sum, packet) => sum + packet.outerBytes * packet.share, 0);
  return { meanInnerBytes, meanOuterBytes, expansion: meanOuterBytes / meanInnerBytes, packets };
}

/** Packets per second that carry a load of `mbps` megabits/s in packets of `meanBytes`. */
export function packetsPerSecond(mbps: number, meanBytes: number): number {
  return (mbps * 1e6) / (8 * meanBytes);
}
