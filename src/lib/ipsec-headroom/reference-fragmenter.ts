/**
 * Test oracle: a fragmenter that really cuts a packet, written from the RFC text and sharing no
 * code with path-mtu.ts, so that `fragmentCount` can be checked against it.
 *
 * IPv4 follows "An Example Fragmentation Procedure" of RFC 791 §3.2: if the datagram fits the
 * MTU it is sent; otherwise the first fragment takes NFB = (MTU − IHL·4) / 8 (integer division)
 * blocks of 8 data bytes with MF set, and the rest of the datagram, its header corrected
 * (total length, offset + NFB, the original MF), goes back through the same test.
 *
 * IPv6 follows RFC 8200 §4.5: the unfragmentable part (here the 40-byte header alone) is
 * repeated in every fragment packet, followed by an 8-byte Fragment header and one fragment of
 * the fragmentable part; each fragment except possibly the last is a multiple of 8 bytes and
 * every fragment packet fits the MTU. Fragments are taken as large as that allows.
 */

export interface Fragment {
  /** The whole fragment packet, headers included. */
  bytes: Uint8Array;
  /** Offset of its data in the original data, bytes. */
  offset: number;
  /** Data bytes it carries. */
  dataLength: number;
  more: boolean;
}

const IPV4_HEADER = 20;
const IPV6_HEADER = 40;
const IPV6_FRAGMENT_HEADER = 8;
const PROTOCOL_ESP = 50;
const NEXT_HEADER_FRAGMENT = 44;

function payloadPattern(length: number): Uint8Array {
  const data = new Uint8Array(length);
  for (let i = 0; i < length; i++) data[i] = (i * 131 + 7) & 0xff;
  return data;
}

/** An IPv4 datagram of `totalLength` bytes with a 20-byte header, carrying ESP. */
export function ipv4Datagram(totalLength: number): Uint8Array {
  const datagram = new Uint8Array(totalLength);
  const view = new DataView(datagram.buffer);
  datagram[0] = 0x45; // version 4, IHL 5 words
  view.setUint16(2, totalLength);
  view.setUint16(4, 0x1234); // identification
  datagram[8] = 64;
  datagram[9] = PROTOCOL_ESP;
  datagram.set(payloadPattern(totalLength - IPV4_HEADER), IPV4_HEADER);
  return datagram;
}

/** An IPv6 packet of `totalLength` bytes (40-byte header, no extension headers), carrying ESP. */
export function ipv6Packet(totalLength: number): Uint8Array {
  const packet = new Uint8Array(totalLength);
  const view = new DataView(packet.buffer);
  packet[0] = 0x60;
  view.setUint16(4, totalLength - IPV6_HEADER); // payload length
  packet[6] = PROTOCOL_ESP;
  packet[7] = 64;
  packet.set(payloadPattern(totalLength - IPV6_HEADER), IPV6_HEADER);
  return packet;
}

/** RFC 791 §3.2, applied until every piece fits. */
export function fragmentIpv4(datagram: Uint8Array, mtu: number): Fragment[] {
  const pieces: Fragment[] = [];
  let current = datagram;
  for (;;) {
    const view = new DataView(current.buffer, current.byteOffset, current.byteLength);
    const totalLength = view.getUint16(2);
    const ihlBytes = (current[0]! & 0x0f) * 4;
    const flagsOffset = view.getUint16(6);
    const offsetBlocks = flagsOffset & 0x1fff;
    const moreFlag = (flagsOffset & 0x2000) !== 0;
    if (totalLength <= mtu) {
      pieces.push({ bytes: current, offset: offsetBlocks * 8, dataLength: totalLength - ihlBytes, more: moreFlag });
      return pieces;
    }
    const nfb = Math.floor((mtu - ihlBytes) / 8);
    if (nfb < 1) throw new RangeError('MTU too small to carry one 8-byte block');
    const header = current.subarray(0, ihlBytes);
    const data = current.subarray(ihlBytes, totalLength);

    const first = new Uint8Array(ihlBytes + nfb * 8);
    first.set(header, 0);
    first.set(data.subarray(0, nfb * 8), ihlBytes);
    const firstView = new DataView(first.buffer);
    firstView.setUint16(2, first.length);
    firstView.setUint16(6, 0x2000 | offsetBlocks);
    pieces.push({ bytes: first, offset: offsetBlocks * 8, dataLength: nfb * 8, more: true });

    const rest = new Uint8Array(ihlBytes + data.length - nfb * 8);
    rest.set(header, 0);
    rest.set(data.subarray(nfb * 8), ihlBytes);
    const restView = new DataView(rest.buffer);
    restView.setUint16(2, rest.length);
    restView.setUint16(6, (moreFlag ? 0x2000 : 0) | (offsetBlocks + nfb));
    current = rest;
  }
}

/** RFC 8200 §4.5 fragmentation at the source. */
export function fragmentIpv6(packet: Uint8Array, mtu: number): Fragment[] {
  if (packet.length <= mtu) return [{ bytes: packet, offset: 0, dataLength: packet.length - IPV6_HEADER, more: false }];
  const unfragmentable = packet.subarray(0, IPV6_HEADER);
  const fragmentable = packet.subarray(IPV6_HEADER);
  const room = mtu - IPV6_HEADER - IPV6_FRAGMENT_HEADER;
  const fullSize = Math.floor(room / 8) * 8;
  if (fullSize < 8) throw new RangeError('MTU too small to carry one 8-byte block');
  const pieces: Fragment[] = [];
  let offset = 0;
  while (offset < fragmentable.length) {
    const remaining = fragmentable.length - offset;
    const last = remaining <= room;
    const length = last ? remaining : fullSize;
    const bytes = new Uint8Array(IPV6_HEADER + IPV6_FRAGMENT_HEADER + length);
    bytes.set(unfragmentable, 0);
    const view = new DataView(bytes.buffer);
    view.setUint16(4, IPV6_FRAGMENT_HEADER + length);
    bytes[6] = NEXT_HEADER_FRAGMENT;
    bytes[IPV6_HEADER] = packet[6]!; // the original next header
    view.setUint16(IPV6_HEADER + 2, ((offset / 8) << 3) | (last ? 0 : 1)); // 13-bit offset in 8-byte units, 2 reserved bits, M flag
    view.setUint32(IPV6_HEADER + 4, 0x1234);
    bytes.set(fragmentable.subarray(offset, offset + length), IPV6_HEADER + IPV6_FRAGMENT_HEADER);
    pieces.push({ bytes, offset, dataLength: length, more: !last });
    offset += length;
  }
  return pieces;
}

/** Puts the data back together from the fragments' own headers; null if anything is missing or overlaps. */
export function reassemble(pieces: readonly Fragment[], version: 'ipv4' | 'ipv6'): Uint8Array | null {
  const headerBytes = version === 'ipv4' ? IPV4_HEADER : IPV6_HEADER + IPV6_FRAGMENT_HEADER;
  let total = -1;
  const parts: Array<{ offset: number; data: Uint8Array }> = [];
  for (const piece of pieces) {
    const view = new DataView(piece.bytes.buffer, piece.bytes.byteOffset, piece.bytes.byteLength);
    let offset: number;
    let more: boolean;
    if (version === 'ipv4') {
      const field = view.getUint16(6);
      offset = (field & 0x1fff) * 8;
      more = (field & 0x2000) !== 0;
      if (view.getUint16(2) !== piece.bytes.length) return null;
    } else if (piece.bytes[6] === NEXT_HEADER_FRAGMENT) {
      const field = view.getUint16(IPV6_HEADER + 2);
      offset = (field >> 3) * 8;
      more = (field & 1) === 1;
    } else {
      return piece.bytes.subarray(IPV6_HEADER); // never fragmented
    }
    const data = piece.bytes.subarray(headerBytes);
    if (!more) total = offset + data.length;
    parts.push({ offset, data });
  }
  if (total < 0) return null;
  const out = new Uint8Array(total);
  const filled = new Uint8Array(total);
  for (const { offset, data } of parts) {
    for (let i = 0; i < data.length; i++) {
      if (offset + i >= total || filled[offset + i]) return null;
      filled[offset + i] = 1;
      out[offset + i] = data[i]!;
    }
  }
  return filled.every((b) => b === 1) ? out : null;
}

/**
 * The data bytes the next piece carries, by the same rules as above, for sweeping every size
 * without building packets: `remaining` data bytes still to send after a `header`-byte header.
 */
export function nextPieceData(remaining: number, mtu: number, version: 'ipv4' | 'ipv6'): number {
  if (version === 'ipv4') {
    if (IPV4_HEADER + remaining <= mtu) return remaining; // "total length =< MTU": submit as is
    return Math.floor((mtu - IPV4_HEADER) / 8) * 8;
  }
  const room = mtu - IPV6_HEADER - IPV6_FRAGMENT_HEADER;
  return remaining <= room ? remaining : Math.floor(room / 8) * 8;
}

/** Pieces counted by stepping through `nextPieceData` (the unfragmented case is one piece). */
export function countPiecesByStepping(totalLength: number, mtu: number, version: 'ipv4' | 'ipv6'): number {
  if (totalLength <= mtu) return 1;
  let remaining = totalLength - (version === 'ipv4' ? IPV4_HEADER : IPV6_HEADER);
  let pieces = 0;
  while (remaining > 0) {
    remaining -= nextPieceData(remaining, mtu, version);
    pieces++;
  }
  return pieces;
}
