/**
 * GRE over IPsec: the inner packet is first put in GRE (RFC 2784: a 4-byte header; RFC 2890:
 * +4 bytes with a key), with a GRE delivery IP header of the outer IP version; that GRE packet
 * is then the ESP payload. In transport mode ESP protects the GRE header and what follows and
 * keeps the delivery header outside; in tunnel mode the whole GRE packet, delivery header
 * included, is encrypted and a new outer IP header is added (RFC 4303 §3.1).
 * So its size is exactly that of espPacket() for a (delivery IP + GRE + inner)-byte packet.
 */
import { CIPHER_SUITES } from './cipher-suites';
import {
  ESP_HEADER_BYTES,
  ESP_TRAILER_BYTES,
  IP_HEADER_BYTES,
  MAX_PACKET_BYTES,
  MIN_PACKET_BYTES,
  NATT_UDP_BYTES,
  espPadBytes,
  overheadBounds,
  type EncapSettings,
  type OverheadBounds,
} from './esp-overhead';
import { maxInnerBytes } from './path-mtu';

/** GRE header without options (RFC 2784 §2). */
export const GRE_HEADER_BYTES = 4;
/** GRE Key field (RFC 2890 §2.1). */
export const GRE_KEY_BYTES = 4;

export interface GreOverIpsecSettings extends EncapSettings {
  greKey: boolean;
}

export type StackSegmentKey =
  'ip' | 'udp' | 'esp' | 'iv' | 'delivery-ip' | 'gre' | 'payload' | 'pad' | 'trailer' | 'icv';

export interface StackSegment {
  key: StackSegmentKey;
  label: string;
  bytes: number;
  source: string;
  encrypted: boolean;
}

export interface StackPacket {
  innerBytes: number;
  outerBytes: number;
  overheadBytes: number;
  padBytes: number;
  segments: StackSegment[];
}

export function greHeaderBytes(key: boolean): number {
  return GRE_HEADER_BYTES + (key ? GRE_KEY_BYTES : 0);
}

/** The GRE packet ESP protects: delivery IP header + GRE header + inner packet. */
export function grePacketBytes(settings: GreOverIpsecSettings, innerBytes: number): number {
  return IP_HEADER_BYTES[settings.outer] + greHeaderBytes(settings.greKey) + innerBytes;
}

export function greOverIpsecPacket(settings: GreOverIpsecSettings, innerBytes: number): StackPacket {
  if (!Number.isInteger(innerBytes) || innerBytes < MIN_PACKET_BYTES || innerBytes > MAX_PACKET_BYTES) {
    throw new RangeError(
      `Inner packet must be a whole number of bytes from ${MIN_PACKET_BYTES} to ${MAX_PACKET_BYTES}.`,
    );
  }
  const suite = CIPHER_SUITES[settings.suite];
  const tunnel = settings.mode === 'tunnel';
  const ip = IP_HEADER_BYTES[settings.outer];
  const gre = greHeaderBytes(settings.greKey);
  const ipName = settings.outer === 'ipv4' ? 'IPv4' : 'IPv6';
  const ipRfc = settings.outer === 'ipv4' ? 'RFC 791' : 'RFC 8200';
  const encrypted = (tunnel ? ip : 0) + gre + innerBytes;
  const pad = espPadBytes(settings.suite, encrypted);
  const segments: StackSegment[] = [
    ...(tunnel
      ? [{ key: 'ip' as const, label: `Outer ${ipName} header`, bytes: ip, source: ipRfc, encrypted: false }]
      : []),
    ...(tunnel
      ? []
      : [
          {
            key: 'delivery-ip' as const,
            label: `GRE delivery ${ipName} header (kept by transport mode)`,
            bytes: ip,
            source: ipRfc,
            encrypted: false,
          },
        ]),
    {
      key: 'udp',
      label: 'NAT-T UDP header',
      bytes: settings.natt ? NATT_UDP_BYTES : 0,
      source: 'RFC 3948 §2.1',
      encrypted: false,
    },
    {
      key: 'esp',
      label: 'ESP header (SPI + sequence)',
      bytes: ESP_HEADER_BYTES,
      source: 'RFC 4303 §2',
      encrypted: false,
    },
    { key: 'iv', label: 'IV', bytes: suite.ivBytes, source: `RFC ${suite.refs[0]?.rfc ?? 4303}`, encrypted: false },
    ...(tunnel
      ? [
          {
            key: 'delivery-ip' as const,
            label: `GRE delivery ${ipName} header`,
            bytes: ip,
            source: ipRfc,
            encrypted: true,
          },
        ]
      : []),
    {
      key: 'gre',
      label: settings.greKey ? 'GRE header with key' : 'GRE header',
      bytes: gre,
      source: settings.greKey ? 'RFC 2784 §2, RFC 2890 §2.1' : 'RFC 2784 §2',
      encrypted: true,
    },
    { key: 'payload', label: 'Inner packet', bytes: innerBytes, source: 'RFC 4303 §2.3', encrypted: true },
    { key: 'pad', label: 'Padding', bytes: pad, source: 'RFC 4303 §2.4', encrypted: true },
    {
      key: 'trailer',
      label: 'Pad length + next header',
      bytes: ESP_TRAILER_BYTES,
      source: 'RFC 4303 §2.5–2.6',
      encrypted: true,
    },
    {
      key: 'icv',
      label: 'ICV',
      bytes: suite.icvBytes,
      source: `RFC ${suite.refs.at(-1)?.rfc ?? 4303}`,
      encrypted: false,
    },
  ];
  const outerBytes = segments.reduce((sum, s) => sum + s.bytes, 0);
  return { innerBytes, outerBytes, overheadBytes: outerBytes - innerBytes, padBytes: pad, segments };
}

/** Least and most GRE over IPsec adds: ESP's range plus the delivery header and GRE. */
export function greOverIpsecBounds(settings: GreOverIpsecSettings): OverheadBounds {
  const esp = overheadBounds(settings);
  const extra = IP_HEADER_BYTES[settings.outer] + greHeaderBytes(settings.greKey);
  return { min: esp.min + extra, max: esp.max + extra, period: esp.period };
}

/** Largest inner packet whose GRE-over-IPsec packet fits the path MTU. */
export function greOverIpsecMaxInner(settings: GreOverIpsecSettings, mtu: number): number {
  return Math.max(0, maxInnerBytes(settings, mtu) - IP_HEADER_BYTES[settings.outer] - greHeaderBytes(settings.greKey));
}
