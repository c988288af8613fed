/**
 * WireGuard, as a comparison with IPsec. A transport data message (WireGuard whitepaper §5.4.6,
 * https://www.wireguard.com/papers/wireguard.pdf) is: type 1 byte, reserved 3, receiver index 4,
 * counter 8 (a 16-byte header), then the inner packet encrypted with ChaCha20-Poly1305 after
 * zero-padding it to a multiple of 16 bytes, then the 16-byte Poly1305 tag; it travels in UDP
 * (8 bytes) over IPv4 (20) or IPv6 (40). Overhead: 60 + padding over IPv4, 80 + padding over
 * IPv6. The Linux implementation never pads past the WireGuard interface's MTU, so a packet of
 * exactly that MTU gets no padding (drivers/net/wireguard/send.c); pass `interfaceMtu` for that.
 */
import {
  IP_HEADER_BYTES,
  MAX_PACKET_BYTES,
  MIN_PACKET_BYTES,
  type IpVersion,
  type OverheadBounds,
} from './esp-overhead';

export const WIREGUARD_UDP_BYTES = 8;
export const WIREGUARD_DATA_HEADER_BYTES = 16;
export const WIREGUARD_TAG_BYTES = 16;
export const WIREGUARD_PADDING_MULTIPLE = 16;

export type WireguardSegmentKey = 'ip' | 'udp' | 'wg-header' | 'payload' | 'pad' | 'tag';

export interface WireguardSegment {
  key: WireguardSegmentKey;
  label: string;
  bytes: number;
  source: string;
}

export interface WireguardPacket {
  innerBytes: number;
  outerBytes: number;
  overheadBytes: number;
  padBytes: number;
  segments: WireguardSegment[];
}

const WHITEPAPER = 'WireGuard whitepaper §5.4.6';

/** Padding to the next multiple of 16, never past `interfaceMtu` when one is given. */
export function wireguardPadBytes(innerBytes: number, interfaceMtu?: number): number {
  const aligned = Math.ceil(innerBytes / WIREGUARD_PADDING_MULTIPLE) * WIREGUARD_PADDING_MULTIPLE;
  const cap = interfaceMtu === undefined ? aligned : Math.max(interfaceMtu, innerBytes);
  return Math.min(aligned, cap) - innerBytes;
}

export function wireguardPacket(outer: IpVersion, innerBytes: number, interfaceMtu?: number): WireguardPacket {
  if (!Number.isInteger(innerBytes) || innerBytes < MIN_PACKET_BYTES || innerBytes > MAX_PACKET_BYTES) {
    throw new RangeError(
      `Inner packet must be a whole number of bytes from ${MIN_PACKET_BYTES} to ${MAX_PACKET_BYTES}.`,
    );
  }
  const pad = wireguardPadBytes(innerBytes, interfaceMtu);
  const segments: WireguardSegment[] = [
    {
      key: 'ip',
      label: `Outer ${outer === 'ipv4' ? 'IPv4' : 'IPv6'} header`,
      bytes: IP_HEADER_BYTES[outer],
      source: outer === 'ipv4' ? 'RFC 791' : 'RFC 8200',
    },
    { key: 'udp', label: 'UDP header', bytes: WIREGUARD_UDP_BYTES, source: 'RFC 768' },
    {
      key: 'wg-header',
      label: 'WireGuard data header (type, reserved, receiver, counter)',
      bytes: WIREGUARD_DATA_HEADER_BYTES,
      source: WHITEPAPER,
    },
    { key: 'payload', label: 'Inner packet (encrypted)', bytes: innerBytes, source: WHITEPAPER },
    { key: 'pad', label: 'Padding to 16 bytes', bytes: pad, source: WHITEPAPER },
    { key: 'tag', label: 'Poly1305 tag', bytes: WIREGUARD_TAG_BYTES, source: `${WHITEPAPER}; RFC 8439` },
  ];
  const outerBytes = segments.reduce((sum, s) => sum + s.bytes, 0);
  return { innerBytes, outerBytes, overheadBytes: outerBytes - innerBytes, padBytes: pad, segments };
}

export function wireguardOverheadBounds(outer: IpVersion): OverheadBounds {
  const min = IP_HEADER_BYTES[outer] + WIREGUARD_UDP_BYTES + WIREGUARD_DATA_HEADER_BYTES + WIREGUARD_TAG_BYTES;
  return { min, max: min + WIREGUARD_PADDING_MULTIPLE - 1, period: WIREGUARD_PADDING_MULTIPLE };
}

/**
 * Largest inner packet for a path MTU, with the WireGuard interface MTU set to it (so, as on
 * Linux, it is not padded past the path): path MTU − 60 over IPv4, − 80 over IPv6.
 */
export function wireguardMaxInner(outer: IpVersion, pathMtu: number): number {
  return Math.max(0, pathMtu - wireguardOverheadBounds(outer).min);
}
