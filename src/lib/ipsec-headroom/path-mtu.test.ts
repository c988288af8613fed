import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { espPacket, IP_HEADER_BYTES, MAX_PACKET_BYTES } from './esp-overhead';
import { mixArb, settingsArb } from './ipsec-arbitraries';
import { SIMPLE_IMIX, singleSizeMix } from './packet-mix';
import { SUITE_IDS } from './cipher-suites';
import { fragmentCount, maxInnerBytes, pathFit, tcpMss } from './path-mtu';
import {
  countPiecesByStepping,
  fragmentIpv4,
  fragmentIpv6,
  ipv4Datagram,
  ipv6Packet,
  reassemble,
} from './reference-fragmenter';

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

  it('counts IPv6 pieces: 1448 data bytes in all but the last, which may carry 1452 (8-byte fragment header)', () => {
    expect(fragmentCount(1501, 1500, 'ipv6')).toBe(2);
    expect(fragmentCount(40 + 2 * 1448, 1500, 'ipv6')).toBe(2);
    // 2897 data bytes: 1448 in the first piece, 1449 in the last (room 1500 − 40 − 8 = 1452).
    expect(fragmentCount(40 + 2 * 1448 + 1, 1500, 'ipv6')).toBe(2);
    expect(fragmentCount(40 + 1448 + 1452, 1500, 'ipv6')).toBe(2);
    expect(fragmentCount(40 + 1448 + 1452 + 1, 1500, 'ipv6')).toBe(3);
  });

  it('issue 18: AES-GCM tunnel, IPv6 outer, 2,864-byte inner packet on a 1500 path → 2 pieces, not 3', () => {
    const settings = { ...gcmTunnel, outer: 'ipv6' } as const;
    // 40 + 8 ESP + 8 IV + 2864 + 2 pad + 2 trailer + 16 ICV = 2940; 2900 data bytes = 1448 + 1452.
    expect(espPacket(settings, 2864).outerBytes).toBe(2940);
    expect(fragmentCount(2940, 1500, 'ipv6')).toBe(2);
    const fit = pathFit(settings, singleSizeMix(2864), 1500);
    expect(fit.largest.fragments).toBe(2);
    expect(fit.wirePacketsPerInner).toBe(2);
    expect(fragmentIpv6(ipv6Packet(2940), 1500).map((piece) => piece.bytes.length)).toEqual([1496, 1500]);
  });

  it('issue 18: IPv4 at MTU 576 with a 1,128-byte outer packet → 2 pieces (552 + 556 data bytes), not 3', () => {
    expect(fragmentCount(1128, 576, 'ipv4')).toBe(2);
    const pieces = fragmentIpv4(ipv4Datagram(1128), 576);
    expect(pieces.map((piece) => [piece.offset, piece.dataLength, piece.more])).toEqual([
      [0, 552, true],
      [552, 556, false],
    ]);
    expect(fragmentCount(1129, 576, 'ipv4')).toBe(3);
  });

  it('the last piece may end off the 8-byte grid; the others may not', () => {
    // MTU 1499: 1479 bytes of room, 1472 in every piece but the last.
    expect(fragmentCount(20 + 1472 + 1479, 1499, 'ipv4')).toBe(2);
    expect(fragmentCount(20 + 1472 + 1480, 1499, 'ipv4')).toBe(3);
  });
});

const versionArb = fc.constantFrom('ipv4' as const, 'ipv6' as const);

/** Largest outer packet the calculator can produce: the largest inner size with the most overhead. */
const LARGEST_OUTER = Math.max(
  ...SUITE_IDS.flatMap((suite) =>
    (['tunnel', 'transport'] as const).flatMap((mode) =>
      (['ipv4', 'ipv6'] as const).map(
        (outer) => espPacket({ suite, mode, outer, natt: true }, MAX_PACKET_BYTES).outerBytes,
      ),
    ),
  ),
);

function cut(outer: number, mtu: number, version: 'ipv4' | 'ipv6') {
  return version === 'ipv4' ? fragmentIpv4(ipv4Datagram(outer), mtu) : fragmentIpv6(ipv6Packet(outer), mtu);
}

describe('fragmentCount against a fragmenter that cuts real packets (RFC 791 §3.2, RFC 8200 §4.5)', () => {
  it('the reference fragmenter refuses to lose data: a missing piece does not reassemble', () => {
    const pieces = fragmentIpv4(ipv4Datagram(4000), 1500);
    expect(pieces).toHaveLength(3);
    expect(reassemble(pieces, 'ipv4')).not.toBeNull();
    expect(reassemble([pieces[0]!, pieces[2]!], 'ipv4')).toBeNull();
    expect(reassemble(pieces.slice(0, 2), 'ipv4')).toBeNull();
  });

  it('the reference fragmenter makes valid pieces: each fits, all but the last are 8-byte multiples, they reassemble to the packet', () => {
    fc.assert(
      fc.property(fc.integer({ min: 60, max: LARGEST_OUTER }), mtuArb, versionArb, (outer, mtu, version) => {
        const pieces = cut(outer, mtu, version);
        const original = (version === 'ipv4' ? ipv4Datagram(outer) : ipv6Packet(outer)).subarray(
          IP_HEADER_BYTES[version],
        );
        for (const piece of pieces) expect(piece.bytes.length).toBeLessThanOrEqual(mtu);
        for (const piece of pieces.slice(0, -1)) expect(piece.dataLength % 8).toBe(0);
        expect(pieces.at(-1)!.more).toBe(false);
        const rebuilt = reassemble(pieces, version);
        expect(rebuilt?.length).toBe(original.length);
        expect(rebuilt !== null && rebuilt.every((byte, i) => byte === original[i])).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('fragmentCount equals the number of pieces the fragmenter cuts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 60, max: LARGEST_OUTER }), mtuArb, versionArb, (outer, mtu, version) => {
        expect(fragmentCount(outer, mtu, version)).toBe(cut(outer, mtu, version).length);
        expect(countPiecesByStepping(outer, mtu, version)).toBe(cut(outer, mtu, version).length);
      }),
      { numRuns: 300 },
    );
  });

  it('exhaustively: every MTU from 576 to 9216 and every outer size up to the largest the calculator makes', () => {
    // Stepping applies the fragmenter's own cut rule (nextPieceData) without building bytes.
    let cases = 0;
    const mismatches: string[] = [];
    for (const version of ['ipv4', 'ipv6'] as const) {
      for (let mtu = 576; mtu <= 9216; mtu++) {
        for (let outer = mtu - 8; outer <= LARGEST_OUTER; outer++) {
          cases++;
          if (
            fragmentCount(outer, mtu, version) !== countPiecesByStepping(outer, mtu, version) &&
            mismatches.length < 5
          ) {
            mismatches.push(`${version} mtu ${mtu} outer ${outer}`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(cases).toBeGreaterThan(70_000_000);
  }, 120_000);

  it('outer packets per inner packet count every piece the fragmenter would cut', () => {
    fc.assert(
      fc.property(settingsArb, mixArb, mtuArb, (settings, mix, mtu) => {
        const fit = pathFit(settings, mix, mtu);
        const expected = fit.packets.reduce(
          (sum, p) => sum + p.share * cut(p.outerBytes, mtu, settings.outer).length,
          0,
        );
        expect(fit.wirePacketsPerInner).toBeCloseTo(expected, 9);
        for (const p of fit.packets) expect(p.fragments).toBe(cut(p.outerBytes, mtu, settings.outer).length);
      }),
      { numRuns: 100 },
    );
  });
});

describe('mixes', () => {
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
