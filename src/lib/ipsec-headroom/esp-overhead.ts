import { CIPHER_SUITES, paddingAlignment, type SuiteId } from './cipher-suites';

/** How the protected packet is carried (RFC 4303 §3.1). */
export type EspMode = 'tunnel' | 'transport';
export type IpVersion = 'ipv4' | 'ipv6';

export const IP_HEADER_BYTES: Readonly<Record<IpVersion, number>> = { ipv4: 20, ipv6: 40 };
/** SPI 4 + sequence number 4 (RFC 4303 §2.1–2.2). */
export const ESP_HEADER_BYTES = 8;
/** Pad Length 1 + Next Header 1 (RFC 4303 §2.5–2.6). */
export const ESP_TRAILER_BYTES = 2;
/** UDP header added by NAT traversal, port 4500 (RFC 3948 §2.1). */
export const NATT_UDP_BYTES = 8;

/** Smallest and largest inner packet the calculator accepts, IP bytes. */
export const MIN_PACKET_BYTES = 40;
export const MAX_PACKET_BYTES = 9216;

export interface EncapSettings {
  suite: SuiteId;
  mode: EspMode;
  /** Outer IP version; in transport mode this is the packet's own header. */
  outer: IpVersion;
  natt: boolean;
}

export type SegmentKey = 'ip' | 'udp' | 'esp' | 'iv' | 'payload' | 'pad' | 'trailer' | 'icv';

export interface PacketSegment {
  key: SegmentKey;
  label: string;
  bytes: number;
  /** Where the size comes from. */
  source: string;
}

export interface EspPacket {
  innerBytes: number;
  outerBytes: number;
  /** Outer minus inner: what the tunnel adds to this packet. */
  overheadBytes: number;
  padBytes: number;
  /** Wire order, first byte first. Segments of 0 bytes (no NAT-T, no padding) are kept. */
  segments: PacketSegment[];
}

/** Bytes ESP adds around the encrypted part, whatever the packet size. */
function fixedOverhead(settings: EncapSettings): number {
  const suite = CIPHER_SUITES[settings.suite];
  const outerIp = settings.mode === 'tunnel' ? IP_HEADER_BYTES[settings.outer] : 0;
  const udp = settings.natt ? NATT_UDP_BYTES : 0;
  return outerIp + udp + ESP_HEADER_BYTES + suite.ivBytes + ESP_TRAILER_BYTES + suite.icvBytes;
}

/**
 * Padding so that payload + padding + the 2-byte trailer fill whole cipher blocks and end
 * on a 4-byte boundary (RFC 4303 §2.4). Same as Cisco's calculator and Linux esp4.c.
 */
export function espPadBytes(suiteId: SuiteId, encryptedPayloadBytes: number): number {
  const align = paddingAlignment(CIPHER_SUITES[suiteId]);
  const used = encryptedPayloadBytes + ESP_TRAILER_BYTES;
  return (align - (used % align)) % align;
}

/** The part of the inner packet that ESP encrypts: all of it in tunnel mode, the payload after the IP header in transport mode. */
export function encryptedPayloadBytes(settings: EncapSettings, innerBytes: number): number {
  return settings.mode === 'tunnel' ? innerBytes : Math.max(0, innerBytes - IP_HEADER_BYTES[settings.outer]);
}

export function isValidPacketSize(bytes: number): boolean {
  return Number.isInteger(bytes) && bytes >= MIN_PACKET_BYTES && bytes <= MAX_PACKET_BYTES;
}

/** One inner packet through ESP: sizes and the field-by-field layout. */
export function espPacket(settings: EncapSettings, innerBytes: number): EspPacket {
  if (!isValidPacketSize(innerBytes)) {
    throw new RangeError(
      `Inner packet must be a whole number of bytes from ${MIN_PACKET_BYTES} to ${MAX_PACKET_BYTES}.`,
    );
  }
  const suite = CIPHER_SUITES[settings.suite];
  const payload = encryptedPayloadBytes(settings, innerBytes);
  const pad = espPadBytes(settings.suite, payload);
  const ipBytes = IP_HEADER_BYTES[settings.outer];
  const tunnel = settings.mode === 'tunnel';
  const segments: PacketSegment[] = [
    {
      key: 'ip',
      label: tunnel ? `Outer ${settings.outer === 'ipv4' ? 'IPv4' : 'IPv6'} header` : 'Original IP header',
      bytes: ipBytes,
      source: settings.outer === 'ipv4' ? 'RFC 791' : 'RFC 8200',
    },
    { key: 'udp', label: 'NAT-T UDP header', bytes: settings.natt ? NATT_UDP_BYTES : 0, source: 'RFC 3948 §2.1' },
    { key: 'esp', label: 'ESP header (SPI + sequence)', bytes: ESP_HEADER_BYTES, source: 'RFC 4303 §2' },
    { key: 'iv', label: 'IV', bytes: suite.ivBytes, source: `RFC ${suite.refs[0]?.rfc ?? 4303}` },
    {
      key: 'payload',
      label: tunnel ? 'Inner packet (encrypted)' : 'Transport payload (encrypted)',
      bytes: payload,
      source: 'RFC 4303 §2.3',
    },
    { key: 'pad', label: 'Padding', bytes: pad, source: 'RFC 4303 §2.4' },
    { key: 'trailer', label: 'Pad length + next header', bytes: ESP_TRAILER_BYTES, source: 'RFC 4303 §2.5–2.6' },
    { key: 'icv', label: 'ICV', bytes: suite.icvBytes, source: `RFC ${suite.refs.at(-1)?.rfc ?? 4303}` },
  ];
  const outerBytes = segments.reduce((sum, segment) => sum + segment.bytes, 0);
  return { innerBytes, outerBytes, overheadBytes: outerBytes - innerBytes, padBytes: pad, segments };
}

export interface OverheadBounds {
  min: number;
  max: number;
  /** Inner sizes over which the padding pattern repeats, bytes. */
  period: number;
}

/** Least and most a packet can gain: the padding is the only part that varies with size. */
export function overheadBounds(settings: EncapSettings): OverheadBounds {
  const align = paddingAlignment(CIPHER_SUITES[settings.suite]);
  const min = fixedOverhead(settings);
  return { min, max: min + align - 1, period: align };
}

export interface OverheadPoint {
  innerBytes: number;
  overheadBytes: number;
  padBytes: number;
}

/** Overhead for every inner size in a range: the padding sawtooth. */
export function overheadSeries(settings: EncapSettings, fromBytes: number, toBytes: number, step = 1): OverheadPoint[] {
  const from = Math.max(MIN_PACKET_BYTES, Math.ceil(fromBytes));
  const to = Math.min(MAX_PACKET_BYTES, Math.floor(toBytes));
  const stride = Math.max(1, Math.floor(step));
  const points: OverheadPoint[] = [];
  for (let size = from; size <= to; size += stride) {
    const packet = espPacket(settings, size);
    points.push({ innerBytes: size, overheadBytes: packet.overheadBytes, padBytes: packet.padBytes });
  }
  return points;
}
