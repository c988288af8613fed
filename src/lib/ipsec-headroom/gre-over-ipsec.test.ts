import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { espPacket, MAX_PACKET_BYTES, overheadBounds } from './esp-overhead';
import {
  greOverIpsecBounds,
  greOverIpsecMaxInner,
  greOverIpsecPacket,
  grePacketBytes,
  type GreOverIpsecSettings,
} from './gre-over-ipsec';
import { innerArb, settingsArb } from './ipsec-arbitraries';

const greSettingsArb: fc.Arbitrary<GreOverIpsecSettings> = fc
  .tuple(settingsArb, fc.boolean())
  .map(([s, greKey]) => ({ ...s, greKey }));

describe('GRE over IPsec, derived by hand from RFC 2784, RFC 2890 and RFC 4303', () => {
  it('transport mode, AES-GCM-16, IPv4, 1,400-byte inner: 20 + 8 + 8 + (4 + 1400) + 2 pad + 2 + 16 = 1,460', () => {
    const packet = greOverIpsecPacket(
      { suite: 'aes-gcm-16', mode: 'transport', outer: 'ipv4', natt: false, greKey: false },
      1400,
    );
    expect(packet).toMatchObject({ outerBytes: 1460, padBytes: 2, overheadBytes: 60 });
    expect(packet.segments.map((s) => [s.key, s.bytes])).toEqual([
      ['delivery-ip', 20],
      ['udp', 0],
      ['esp', 8],
      ['iv', 8],
      ['gre', 4],
      ['payload', 1400],
      ['pad', 2],
      ['trailer', 2],
      ['icv', 16],
    ]);
  });

  it('with a GRE key: 4 more bytes to encrypt, 1408 + 2 already a multiple of 4 → pad 2, 1,464', () => {
    const packet = greOverIpsecPacket(
      { suite: 'aes-gcm-16', mode: 'transport', outer: 'ipv4', natt: false, greKey: true },
      1400,
    );
    expect(packet).toMatchObject({ outerBytes: 1464, padBytes: 2 });
  });

  it('tunnel mode, AES-CBC + SHA1, IPv4: the delivery header is encrypted too: 20 + 8 + 16 + (20 + 4 + 1400) + 14 pad + 2 + 12 = 1,496', () => {
    // 1424 + 2 = 1426 → 1440 (90 blocks of 16): pad 14.
    const packet = greOverIpsecPacket(
      { suite: 'aes-cbc-sha1', mode: 'tunnel', outer: 'ipv4', natt: false, greKey: false },
      1400,
    );
    expect(packet).toMatchObject({ outerBytes: 1496, padBytes: 14 });
    expect(packet.segments.filter((s) => s.encrypted).map((s) => s.key)).toEqual([
      'delivery-ip',
      'gre',
      'payload',
      'pad',
      'trailer',
    ]);
  });

  it('largest inner packet on a 1500 path: GCM-16 transport IPv4 gives 1,442 (ESP fits 1,466 bytes of GRE packet, less 24)', () => {
    const settings = { suite: 'aes-gcm-16', mode: 'transport', outer: 'ipv4', natt: false, greKey: false } as const;
    expect(greOverIpsecMaxInner(settings, 1500)).toBe(1442);
    expect(greOverIpsecPacket(settings, 1442).outerBytes).toBeLessThanOrEqual(1500);
    expect(greOverIpsecPacket(settings, 1443).outerBytes).toBeGreaterThan(1500);
  });
});

describe('properties over every suite, mode, IP version, NAT-T, key and size', () => {
  it('agrees with plain ESP for the GRE packet (delivery IP + GRE + inner) as ESP’s payload', () => {
    fc.assert(
      fc.property(greSettingsArb, innerArb, (settings, inner) => {
        const gre = grePacketBytes(settings, inner);
        fc.pre(gre <= MAX_PACKET_BYTES);
        const esp = espPacket(settings, gre);
        const stack = greOverIpsecPacket(settings, inner);
        expect(stack.outerBytes).toBe(esp.outerBytes);
        expect(stack.padBytes).toBe(esp.padBytes);
      }),
    );
  });

  it('segments add up; overhead within bounds; bounds are ESP’s plus delivery IP and GRE', () => {
    fc.assert(
      fc.property(greSettingsArb, innerArb, (settings, inner) => {
        const packet = greOverIpsecPacket(settings, inner);
        expect(packet.segments.reduce((sum, s) => sum + s.bytes, 0)).toBe(packet.outerBytes);
        const bounds = greOverIpsecBounds(settings);
        expect(packet.overheadBytes).toBeGreaterThanOrEqual(bounds.min);
        expect(packet.overheadBytes).toBeLessThanOrEqual(bounds.max);
        const esp = overheadBounds(settings);
        expect(bounds.min - esp.min).toBe(grePacketBytes(settings, 0));
      }),
    );
  });

  it('outer size never falls as the inner packet grows, and always exceeds plain ESP of the same inner packet', () => {
    fc.assert(
      fc.property(greSettingsArb, fc.integer({ min: 40, max: MAX_PACKET_BYTES - 1 }), (settings, inner) => {
        const a = greOverIpsecPacket(settings, inner).outerBytes;
        expect(greOverIpsecPacket(settings, inner + 1).outerBytes).toBeGreaterThanOrEqual(a);
        expect(a).toBeGreaterThan(espPacket(settings, inner).outerBytes);
      }),
    );
  });

  it('the largest inner packet fits the MTU and one byte more does not', () => {
    fc.assert(
      fc.property(greSettingsArb, fc.integer({ min: 576, max: 9216 }), (settings, mtu) => {
        const max = greOverIpsecMaxInner(settings, mtu);
        fc.pre(max >= 40 && max < MAX_PACKET_BYTES);
        expect(greOverIpsecPacket(settings, max).outerBytes).toBeLessThanOrEqual(mtu);
        expect(greOverIpsecPacket(settings, max + 1).outerBytes).toBeGreaterThan(mtu);
      }),
    );
  });
});
