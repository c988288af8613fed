import { CIPHER_SUITES, paddingAlignment } from './cipher-suites';
import {
  ESP_HEADER_BYTES,
  ESP_TRAILER_BYTES,
  IP_HEADER_BYTES,
  NATT_UDP_BYTES,
  type EncapSettings,
  type IpVersion,
} from './esp-overhead';
import { largestPacketBytes, mixStats, type PacketMix } from './packet-mix';

export const MIN_PATH_MTU = 576;
export const MAX_PATH_MTU = 9216;
/** RFC 8200 §5: every IPv6 link carries at least 1280 bytes. */
export const IPV6_MIN_MTU = 1280;
/** IPv6 fragment header (RFC 8200 §4.5). */
export const IPV6_FRAGMENT_HEADER_BYTES = 8;
/** TCP header without options (RFC 9293 §3.1). */
export const TCP_HEADER_BYTES = 20;

/**
 * Pieces an outer packet is cut into by IP fragmentation on a path of `mtu` bytes, as a sender
 * that fills each piece does (Linux ip_fragment / ip6_fragment). Every piece repeats the IP header.
 * The data of every piece except the last must be a multiple of 8 bytes, because the fragment
 * offset counts 8-byte units (RFC 791 §2.3, §3.1); the last piece may use all of MTU − header.
 * IPv6 adds an 8-byte fragment header to every piece and fragments only at the source
 * (RFC 8200 §4.5). No IPv4 options or IPv6 extension headers are assumed before ESP.
 */
export function fragmentCount(outerBytes: number, mtu: number, version: IpVersion): number {
  if (outerBytes <= mtu) return 1;
  const header = IP_HEADER_BYTES[version];
  const perPieceHeader = header + (version === 'ipv6' ? IPV6_FRAGMENT_HEADER_BYTES : 0);
  const lastPieceData = mtu - perPieceHeader;
  const otherPieceData = Math.floor(lastPieceData / 8) * 8;
  if (otherPieceData < 8) {
    throw new RangeError(
      `A ${mtu}-byte MTU leaves no room for an 8-byte fragment after the ${perPieceHeader}-byte header.`,
    );
  }
  // The last piece takes up to lastPieceData bytes; the rest go in pieces of otherPieceData.
  const data = outerBytes - header;
  return 1 + Math.ceil((data - lastPieceData) / otherPieceData);
}

/**
 * Largest inner packet whose ESP packet still fits the path MTU. Because padding rounds the
 * encrypted part up to the alignment, this is exact, not the "MTU minus worst case" rule of thumb.
 */
export function maxInnerBytes(settings: EncapSettings, mtu: number): number {
  const suite = CIPHER_SUITES[settings.suite];
  const align = paddingAlignment(suite);
  const ipBytes = IP_HEADER_BYTES[settings.outer];
  const udp = settings.natt ? NATT_UDP_BYTES : 0;
  const room = mtu - ipBytes - udp - ESP_HEADER_BYTES - suite.ivBytes - suite.icvBytes;
  const encrypted = Math.floor(room / align) * align - ESP_TRAILER_BYTES;
  // Transport mode keeps the original header outside the encrypted part.
  const inner = settings.mode === 'tunnel' ? encrypted : encrypted + ipBytes;
  return Math.max(0, inner);
}

/** TCP MSS that keeps a full segment inside `maxInner` bytes of inner IP packet. */
export function tcpMss(maxInner: number, inner: IpVersion): number {
  return Math.max(0, maxInner - IP_HEADER_BYTES[inner] - TCP_HEADER_BYTES);
}

export interface PacketFit {
  innerBytes: number;
  outerBytes: number;
  fragments: number;
  share: number;
}

export interface PathFit {
  maxInnerBytes: number;
  /** MSS to clamp to for IPv4 and IPv6 inner traffic; null where the mode rules one out. */
  mss: Record<IpVersion, number | null>;
  /** The largest packet in the mix, and how many pieces it becomes. */
  largest: PacketFit;
  packets: PacketFit[];
  /** Share of packets (0–1) that are fragmented. */
  fragmentedShare: number;
  /** Outer IP packets on the wire per inner packet, counting every fragment. */
  wirePacketsPerInner: number;
}

export function pathFit(settings: EncapSettings, mix: PacketMix, mtu: number): PathFit {
  const maxInner = maxInnerBytes(settings, mtu);
  const stats = mixStats(settings, mix);
  const packets = stats.packets.map((packet) => ({
    innerBytes: packet.innerBytes,
    outerBytes: packet.outerBytes,
    fragments: fragmentCount(packet.outerBytes, mtu, settings.outer),
    share: packet.share,
  }));
  const largestInner = largestPacketBytes(mix);
  const largest = packets.find((packet) => packet.innerBytes === largestInner) ?? packets[0]!;
  // Transport mode keeps the packet's own header, so only that IP version has an inner MSS.
  const tunnel = settings.mode === 'tunnel';
  return {
    maxInnerBytes: maxInner,
    mss: {
      ipv4: tunnel || settings.outer === 'ipv4' ? tcpMss(maxInner, 'ipv4') : null,
      ipv6: tunnel || settings.outer === 'ipv6' ? tcpMss(maxInner, 'ipv6') : null,
    },
    largest,
    packets,
    fragmentedShare: packets.reduce((sum, packet) => sum + (packet.fragments > 1 ? packet.share : 0), 0),
    wirePacketsPerInner: packets.reduce((sum, packet) => sum + packet.fragments * packet.share, 0),
  };
}
