import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { espPacket, MAX_PACKET_BYTES } from './esp-overhead';
import { innerArb } from './ipsec-arbitraries';
import { wireguardMaxInner, wireguardOverheadBounds, wireguardPacket, wireguardPadBytes } from './wireguard';

const versionArb = fc.constantFrom('ipv4' as const, 'ipv6' as const);

describe('WireGuard, from the whitepaper §5.4.6', () => {
  it('adds 60 bytes over IPv4 and 80 over IPv6 before padding: 20/40 + 8 UDP + 16 header + 16 tag', () => {
    expect(wireguardOverheadBounds('ipv4')).toEqual({ min: 60, max: 75, period: 16 });
    expect(wireguardOverheadBounds('ipv6')).toEqual({ min: 80, max: 95, period: 16 });
  });

  it('a 1,400-byte packet is a multiple of 8 but not 16: 8 bytes of padding, 1,468 over IPv4', () => {
    expect(wireguardPacket('ipv4', 1400)).toMatchObject({ padBytes: 8, outerBytes: 1468 });
  });

  it('MTU 1420, the usual WireGuard interface MTU on a 1500 path (1500 − 80): fits over IPv6 only because Linux does not pad past the interface MTU', () => {
    expect(wireguardMaxInner('ipv6', 1500)).toBe(1420);
    expect(wireguardMaxInner('ipv4', 1500)).toBe(1440);
    expect(wireguardPacket('ipv6', 1420, 1420)).toMatchObject({ padBytes: 0, outerBytes: 1500 });
    // Padded to 1424 as the whitepaper alone would have it: 1504, over the path MTU.
    expect(wireguardPacket('ipv6', 1420)).toMatchObject({ padBytes: 4, outerBytes: 1504 });
  });

  it('compares with ESP: AES-GCM-16 tunnel over IPv4 adds 56–59 bytes, WireGuard 60–75', () => {
    const esp = espPacket({ suite: 'aes-gcm-16', mode: 'tunnel', outer: 'ipv4', natt: false }, 1400).overheadBytes;
    expect(esp).toBe(56); // 20 + 8 ESP + 8 IV + 2 pad + 2 trailer + 16 ICV
    expect(wireguardPacket('ipv4', 1400).overheadBytes).toBe(68);
  });
});

describe('properties over both IP versions and every size', () => {
  it('padding fills to 16 bytes, less than 16, and never past an interface MTU at or above the packet', () => {
    fc.assert(
      fc.property(
        innerArb,
        fc.option(fc.integer({ min: 40, max: MAX_PACKET_BYTES }), { nil: undefined }),
        (inner, mtu) => {
          const pad = wireguardPadBytes(inner, mtu);
          expect(pad).toBeGreaterThanOrEqual(0);
          expect(pad).toBeLessThan(16);
          if (mtu === undefined || mtu >= Math.ceil(inner / 16) * 16) expect((inner + pad) % 16).toBe(0);
          if (mtu !== undefined && mtu >= inner) expect(inner + pad).toBeLessThanOrEqual(mtu);
        },
      ),
    );
  });

  it('segments add up, overhead stays within bounds, and the outer size never falls as the inner grows', () => {
    fc.assert(
      fc.property(
        versionArb,
        fc.integer({ min: 40, max: MAX_PACKET_BYTES - 1 }),
        fc.option(fc.integer({ min: 1280, max: 9216 }), { nil: undefined }),
        (outer, inner, mtu) => {
          const packet = wireguardPacket(outer, inner, mtu);
          expect(packet.segments.reduce((sum, s) => sum + s.bytes, 0)).toBe(packet.outerBytes);
          const bounds = wireguardOverheadBounds(outer);
          expect(packet.overheadBytes).toBeGreaterThanOrEqual(bounds.min);
          expect(packet.overheadBytes).toBeLessThanOrEqual(bounds.max);
          expect(wireguardPacket(outer, inner + 1, mtu).outerBytes).toBeGreaterThanOrEqual(packet.outerBytes);
        },
      ),
    );
  });

  it('the largest inner packet, with the interface MTU set to it, fills the path exactly', () => {
    fc.assert(
      fc.property(versionArb, fc.integer({ min: 1280, max: 9216 }), (outer, mtu) => {
        const max = wireguardMaxInner(outer, mtu);
        expect(wireguardPacket(outer, max, max).outerBytes).toBe(mtu);
      }),
    );
  });
});
