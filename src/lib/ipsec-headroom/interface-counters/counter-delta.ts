/**
 * How far a pair of counters moved between two snapshots, telling a wrap from a reset.
 *
 * A counter that reads less the second time either wrapped (passed its largest value and
 * started again from 0) or was reset (the interface or device restarted, or someone cleared
 * the counters). A 32-bit byte counter wraps every 4,294,967,296 bytes, 34 s at 1 Gbit/s; a
 * 64-bit one would need 2^64 bytes, 47 years at 100 Gbit/s, so a 64-bit counter that went
 * down was reset. When the width is not stated, the packet counter decides: it wraps far less
 * often than the byte counter, so bytes down with packets up is a 32-bit wrap of the bytes,
 * and both down is a reset.
 */

export const COUNTER_32_MODULUS = 2n ** 32n;

export type WidthChoice = 'auto' | 32 | 64;
export type CounterWidth = 32 | 64 | 'unknown';

export interface CounterPair {
  bytesBefore: bigint;
  bytesAfter: bigint;
  /** null when the output carries no packet counter for this direction. */
  packetsBefore: bigint | null;
  packetsAfter: bigint | null;
  /** Width the output states (SNMP Counter32/Counter64), if any. */
  statedBits?: 32 | 64;
}

export type WidthBasis = 'chosen' | 'stated' | 'value' | 'wrap-pattern' | 'unknown';

export type CounterDelta =
  | {
      kind: 'ok';
      bytes: bigint;
      packets: bigint | null;
      /** Counters that passed their largest value once. */
      wrapped: Array<'bytes' | 'packets'>;
      width: CounterWidth;
      widthBasis: WidthBasis;
    }
  | { kind: 'reset'; message: string }
  | { kind: 'ambiguous'; message: string }
  | { kind: 'invalid'; message: string };

const fmt = (value: bigint) => value.toLocaleString('en-US');

export function counterDelta(pair: CounterPair, choice: WidthChoice = 'auto'): CounterDelta {
  const values = [pair.bytesBefore, pair.bytesAfter, pair.packetsBefore, pair.packetsAfter].filter(
    (v): v is bigint => v !== null,
  );
  let width: CounterWidth = 'unknown';
  let widthBasis: WidthBasis = 'unknown';
  if (choice !== 'auto') {
    width = choice;
    widthBasis = 'chosen';
  } else if (pair.statedBits) {
    width = pair.statedBits;
    widthBasis = 'stated';
  } else if (values.some((v) => v >= COUNTER_32_MODULUS)) {
    width = 64;
    widthBasis = 'value';
  }
  if (width === 32 && values.some((v) => v >= COUNTER_32_MODULUS)) {
    return {
      kind: 'invalid',
      message: `A value above 4,294,967,295 cannot come from a 32-bit counter; these counters are 64-bit.`,
    };
  }

  const bytesBack = pair.bytesAfter < pair.bytesBefore;
  const hasPackets = pair.packetsBefore !== null && pair.packetsAfter !== null;
  const packetsBack = hasPackets && pair.packetsAfter! < pair.packetsBefore!;
  const straight = (before: bigint, after: bigint) => after - before;
  const wrap32 = (before: bigint, after: bigint) => after + COUNTER_32_MODULUS - before;

  if (!bytesBack && !packetsBack) {
    return {
      kind: 'ok',
      bytes: straight(pair.bytesBefore, pair.bytesAfter),
      packets: hasPackets ? straight(pair.packetsBefore!, pair.packetsAfter!) : null,
      wrapped: [],
      width,
      widthBasis,
    };
  }

  const went = `${bytesBack ? `bytes ${fmt(pair.bytesBefore)} → ${fmt(pair.bytesAfter)}` : ''}${bytesBack && packetsBack ? ', ' : ''}${
    packetsBack ? `packets ${fmt(pair.packetsBefore!)} → ${fmt(pair.packetsAfter!)}` : ''
  }`;

  if (width === 64) {
    return {
      kind: 'reset',
      message: `The counters went down (${went}). A 64-bit counter cannot wrap within any real interval, so they were reset: the interface or device restarted, or the counters were cleared, between the snapshots. Take two new snapshots after the reset.`,
    };
  }
  if (width === 32) {
    return {
      kind: 'ok',
      bytes: bytesBack ? wrap32(pair.bytesBefore, pair.bytesAfter) : straight(pair.bytesBefore, pair.bytesAfter),
      packets: hasPackets
        ? packetsBack
          ? wrap32(pair.packetsBefore!, pair.packetsAfter!)
          : straight(pair.packetsBefore!, pair.packetsAfter!)
        : null,
      wrapped: [...(bytesBack ? (['bytes'] as const) : []), ...(packetsBack ? (['packets'] as const) : [])],
      width,
      widthBasis,
    };
  }
  // Width unknown and every value below 2^32.
  if (bytesBack && hasPackets && !packetsBack) {
    return {
      kind: 'ok',
      bytes: wrap32(pair.bytesBefore, pair.bytesAfter),
      packets: straight(pair.packetsBefore!, pair.packetsAfter!),
      wrapped: ['bytes'],
      width: 32,
      widthBasis: 'wrap-pattern',
    };
  }
  if (bytesBack && !hasPackets) {
    return {
      kind: 'ambiguous',
      message: `The byte counter went down (${went}). Either it is a 32-bit counter that passed 4,294,967,295 and started again, or the counters were reset. Set the counter width to 32-bit if the device has 32-bit counters; otherwise take two new snapshots.`,
    };
  }
  const why = bytesBack
    ? 'Both byte and packet counters going back means a reset, not a wrap (a 32-bit packet counter wraps only after 4.3 billion packets)'
    : 'A packet counter cannot wrap while the byte counter, which grows at least 20 times faster, does not';
  return {
    kind: 'reset',
    message: `The counters went down (${went}). ${why}: the interface or device restarted, or the counters were cleared, between the snapshots. Take two new snapshots after the reset.`,
  };
}
