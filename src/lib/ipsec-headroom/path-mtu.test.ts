import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { espPacket, IP_HEADER_BYTES, MAX_PACKET_BYTES } from './esp-overhead';
import { mixArb, settingsArb } from './ipsec-arbitraries';
import { SIMPLE_IMIX, singleSizeMix } from './packet-mix';
import { fragmentCount, IPV6_FRAGMENT_HEADER_BYTES, maxInnerBytes, pathFit, tcpMss } from './path-mtu';

const cbcTunnel = { suite: 'aes-cbc-sha1', mode: 'tunnel', outer: 'ipv4', natt: false } as const;
const gcmTunnel = { suite: 'aes-gcm-16', mode: 'tunnel', outer: 'ipv4', natt: false } as const;
const mtuArb = fc.integer({ min: 576, max: 9216 });

describe('largest inner packet and MSS', () => {
  it('AES-CBC + SHA1 tunnel on a 1500-byte path fits a 1438-byte inner packet (MSS 1398), more than the KB rule of thumb', () => {
    // Room for the encrypted part: 1500 − 20 − 8 − 16 − 12 = 1444 → 90 blocks = 1440 → inner 1438.
    expect(maxInnerBytes(cbcTunnel, 1500)).toBe(1438);
    expect(espPacket(cbcTunnel, 1438).outerBytes).toBe(1496);
    expect(espPacket(cbcTunnel, 1439).outerBytes).toBe(1512);
    const fit = pathFit(cbcTunnel, singleSizeMix(1428), 1500);
    expect(fit.mss).toEqual({ ipv4: 1398, ipv6: 1378 });
    // Palo Alto's MSS 1388 (worst-case padding) is 10 bytes under the exact figure.
    expect(fit.mss.ipv4! - 1388).toBe(10);
  });

  it('AES-GCM-16 tunnel, IPv6 outer with NAT-T, 1500 path: 1500−40−8−8−8−16 = 1420 → inner 1418', () => {
    const settings = { ...gcmTunnel, outer: 'ipv6', natt: true } as const;
    expect(maxInnerBytes(settings, 1500)).toBe(1418);
    expect(tcpMss(1418, 'ipv4')).toBe(1378);
    expect(tcpMss(1418, 'ipv6')).toBe(1358);
  });

  it('transport mode keeps the header outside: GCM-16 IPv4, 1500 → payload 1446, inner 1466, only an IPv4 MSS', () => {
    const settings = { ...gcmTunnel, mode: 'transport' } as const;
    expect(maxInnerBytes(settings, 1500)).toBe(1466);
    expect(espPacket(settings, 1466).outerBytes).toBe(1500);
    expect(pathFit(settings, SIMPLE_IMIX, 1500).mss).toEqual({ ipv4: 1426, ipv6: null });
  });

  it('the largest inner packet fits and one byte more does not, for every setting and MTU', () => {
    fc.assert(
      fc.property(settingsArb, mtuArb, (settings, mtu) => {
        const max = maxInnerBytes(settings, mtu);
        expect(max).toBeGreaterThanOrEqual(40);
        if (max <= MAX_PACKET_BYTES) expect(espPacket(settings, max).outerBytes).toBeLessThanOrEqual(mtu);
        if (max + 1 <= MAX_PACKET_BYTES) expect(espPacket(settings, max + 1).outerBytes).toBeGreaterThan(mtu);
      }),
    );
  });
});

describe('fragmentation', () => {
  it('a 1500-byte inner packet never fits a 1500-byte path once encrypted', () => {
    const fit = pathFit(gcmTunnel, SIMPLE_IMIX, 1500);
    expect(fit.largest).toMatchObject({ innerBytes: 1500, outerBytes: 1556, fragments: 2 });
    expect(fit.fragmentedShare).toBeCloseTo(1 / 12, 12);
    expect(fit.wirePacketsPerInner).toBeCloseTo(13 / 12, 12);
  });

  it('counts IPv4 pieces of 1480 data bytes: 1501 → 2, 9056 → 7', () => {
    expect(fragmentCount(1500, 1500, 'ipv4')).toBe(1);
    expect(fragmentCount(1501, 1500, 'ipv4')).toBe(2); // 1481 data bytes
    expect(fragmentCount(2980, 1500, 'ipv4')).toBe(2); // 2960 = 2 × 1480
    expect(fragmentCount(2981, 1500, 'ipv4')).toBe(3);
    expect(espPacket(gcmTunnel, 9000).outerBytes).toBe(9056);
    expect(fragmentCount(9056, 1500, 'ipv4')).toBe(7); // 9036 / 1480 = 6.1
  });

  it('counts IPv6 pieces of 1448 data bytes (8-byte fragment header)', () => {
    expect(fragmentCount(1501, 1500, 'ipv6')).toBe(2);
    expect(fragmentCount(40 + 2 * 1448, 1500, 'ipv6')).toBe(2);
    expect(fragmentCount(40 + 2 * 1448 + 1, 1500, 'ipv6')).toBe(3);
  });

  it('every piece fits the MTU and the pieces carry the whole packet', () => {
    fc.assert(
      fc.property(fc.integer({ min: 60, max: 20000 }), mtuArb, fc.constantFrom('ipv4' as const, 'ipv6' as const), (outer, mtu, version) => {
        const pieces = fragmentCount(outer, mtu, version);
        expect(pieces).toBeGreaterThanOrEqual(1);
        if (outer <= mtu) {
          expect(pieces).toBe(1);
          return;
        }
        const header = IP_HEADER_BYTES[version] + (version === 'ipv6' ? IPV6_FRAGMENT_HEADER_BYTES : 0);
        const perPiece = Math.floor((mtu - header) / 8) * 8;
        expect(header + perPiece).toBeLessThanOrEqual(mtu);
        expect(pieces * perPiece).toBeGreaterThanOrEqual(outer - IP_HEADER_BYTES[version]);
        expect((pieces - 1) * perPiece).toBeLessThan(outer - IP_HEADER_BYTES[version]);
      }),
    );
  });

  it('the largest packet of any mix has the most pieces', () => {
    fc.assert(
      fc.property(settingsArb, mixArb, mtuArb, (settings, mix, mtu) => {
        const fit = pathFit(settings, mix, mtu);
        expect(fit.largest.fragments).toBe(Math.max(...fit.packets.map((p) => p.fragments)));
        expect(fit.wirePacketsPerInner).toBeGreaterThanOrEqual(1 - 1e-9);
      }),
    );
  });
});
