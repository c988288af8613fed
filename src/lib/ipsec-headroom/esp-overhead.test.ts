import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CIPHER_SUITES, paddingAlignment, SUITE_IDS } from './cipher-suites';
import { innerArb, settingsArb } from './ipsec-arbitraries';
import { encryptedPayloadBytes, espPacket, overheadBounds, overheadSeries, type EncapSettings } from './esp-overhead';

const tunnel4: EncapSettings = { suite: 'aes-cbc-sha1', mode: 'tunnel', outer: 'ipv4', natt: false };

describe('published examples', () => {
  it('Cisco calculator default: 100 B inner, AES-CBC + SHA1, tunnel, IPv4 → 168 B outer, pad 10', () => {
    const packet = espPacket(tunnel4, 100);
    expect(packet.outerBytes).toBe(168);
    expect(packet.padBytes).toBe(10);
    expect(packet.overheadBytes).toBe(68);
  });

  it('Palo Alto KB: MSS 1388 → 1428 B inner IPv4 → 1496 B outer, pad 10', () => {
    const inner = 1388 + 20 + 20;
    expect(inner).toBe(1428);
    const packet = espPacket(tunnel4, inner);
    expect(packet.outerBytes).toBe(1496);
    expect(packet.padBytes).toBe(10);
  });

  it('Palo Alto KB: AES-CBC + SHA1 tunnel overhead is 58–73 bytes', () => {
    expect(overheadBounds(tunnel4)).toEqual({ min: 58, max: 73, period: 16 });
  });

  it('GCM-16 transport worst case is 37 B: salt and ESN high bits are not on the wire', () => {
    // 8 ESP + 8 IV + 3 pad + 2 trailer + 16 ICV (the OpenShift PR counted 46 by adding salt and ESN).
    const bounds = overheadBounds({ suite: 'aes-gcm-16', mode: 'transport', outer: 'ipv4', natt: false });
    expect(bounds.max).toBe(37);
    expect(bounds.min).toBe(34);
  });
});

// Each row derived by hand: outer = [outer IP] + [UDP 8] + ESP 8 + IV + encrypted + pad + 2 + ICV,
// pad = what brings encrypted + 2 up to the alignment (16 AES-CBC, 8 3DES, 4 GCM/ChaCha).
const handDerived: Array<{ name: string; settings: EncapSettings; inner: number; pad: number; outer: number }> = [
  {
    name: 'aes-cbc-sha1 tunnel IPv4 NAT-T 1400: 1402→1408, pad 6; 20+8+8+16+1400+6+2+12',
    settings: { suite: 'aes-cbc-sha1', mode: 'tunnel', outer: 'ipv4', natt: true },
    inner: 1400,
    pad: 6,
    outer: 1472,
  },
  {
    name: 'aes-cbc-sha256 tunnel IPv6 1400: 1402→1408, pad 6; 40+8+16+1400+6+2+16',
    settings: { suite: 'aes-cbc-sha256', mode: 'tunnel', outer: 'ipv6', natt: false },
    inner: 1400,
    pad: 6,
    outer: 1488,
  },
  {
    name: 'aes-cbc-sha384 transport IPv4 1000: payload 980, 982→992, pad 10; 20+8+16+980+10+2+24',
    settings: { suite: 'aes-cbc-sha384', mode: 'transport', outer: 'ipv4', natt: false },
    inner: 1000,
    pad: 10,
    outer: 1060,
  },
  {
    name: 'aes-cbc-sha512 tunnel IPv4 NAT-T 64: 66→80, pad 14; 20+8+8+16+64+14+2+32',
    settings: { suite: 'aes-cbc-sha512', mode: 'tunnel', outer: 'ipv4', natt: true },
    inner: 64,
    pad: 14,
    outer: 164,
  },
  {
    name: 'aes-gcm-16 transport IPv6 1280: payload 1240, 1242→1244, pad 2; 40+8+8+1240+2+2+16',
    settings: { suite: 'aes-gcm-16', mode: 'transport', outer: 'ipv6', natt: false },
    inner: 1280,
    pad: 2,
    outer: 1316,
  },
  {
    name: 'aes-gcm-12 tunnel IPv6 NAT-T 41: 43→44, pad 1; 40+8+8+8+41+1+2+12',
    settings: { suite: 'aes-gcm-12', mode: 'tunnel', outer: 'ipv6', natt: true },
    inner: 41,
    pad: 1,
    outer: 120,
  },
  {
    name: 'aes-gcm-8 tunnel IPv4 42: 44 already aligned, pad 0; 20+8+8+42+0+2+8',
    settings: { suite: 'aes-gcm-8', mode: 'tunnel', outer: 'ipv4', natt: false },
    inner: 42,
    pad: 0,
    outer: 88,
  },
  {
    name: 'chacha20-poly1305 tunnel IPv4 NAT-T 1500: 1502→1504, pad 2; 20+8+8+8+1500+2+2+16',
    settings: { suite: 'chacha20-poly1305', mode: 'tunnel', outer: 'ipv4', natt: true },
    inner: 1500,
    pad: 2,
    outer: 1564,
  },
  {
    name: 'chacha20-poly1305 transport IPv4 100: payload 80, 82→84, pad 2; 20+8+8+80+2+2+16',
    settings: { suite: 'chacha20-poly1305', mode: 'transport', outer: 'ipv4', natt: false },
    inner: 100,
    pad: 2,
    outer: 136,
  },
  {
    name: '3des-sha1 tunnel IPv4 1500: 1502→1504 (8-byte blocks), pad 2; 20+8+8+1500+2+2+12',
    settings: { suite: '3des-sha1', mode: 'tunnel', outer: 'ipv4', natt: false },
    inner: 1500,
    pad: 2,
    outer: 1552,
  },
  {
    name: '3des-sha1 transport IPv6 101: payload 61, 63→64, pad 1; 40+8+8+61+1+2+12',
    settings: { suite: '3des-sha1', mode: 'transport', outer: 'ipv6', natt: false },
    inner: 101,
    pad: 1,
    outer: 132,
  },
];

describe('hand-derived examples from the RFCs', () => {
  it.each(handDerived)('$name', ({ settings, inner, pad, outer }) => {
    const packet = espPacket(settings, inner);
    expect(packet.padBytes).toBe(pad);
    expect(packet.outerBytes).toBe(outer);
    expect(packet.overheadBytes).toBe(outer - inner);
  });

  it('covers every suite, both modes, both IP versions and NAT-T', () => {
    expect(new Set(handDerived.map((row) => row.settings.suite))).toEqual(new Set(SUITE_IDS));
    expect(new Set(handDerived.map((row) => row.settings.mode))).toEqual(new Set(['tunnel', 'transport']));
    expect(new Set(handDerived.map((row) => row.settings.outer))).toEqual(new Set(['ipv4', 'ipv6']));
    expect(handDerived.some((row) => row.settings.natt)).toBe(true);
  });

  it('gives the same 100-byte packet the expected size under each suite (tunnel, IPv4)', () => {
    const expected = {
      'aes-cbc-sha1': 168, // 20+8+16+100+10+2+12
      'aes-cbc-sha256': 172, // ICV 16
      'aes-cbc-sha384': 180, // ICV 24
      'aes-cbc-sha512': 188, // ICV 32
      'aes-gcm-16': 156, // 20+8+8+100+2+2+16
      'aes-gcm-12': 152,
      'aes-gcm-8': 148,
      'chacha20-poly1305': 156,
      '3des-sha1': 152, // 20+8+8+100+2+2+12
    } as const;
    for (const suite of SUITE_IDS) {
      expect(espPacket({ ...tunnel4, suite }, 100).outerBytes, suite).toBe(expected[suite]);
    }
  });

  it('lays the packet out in wire order, with sizes that add up', () => {
    const packet = espPacket({ ...tunnel4, natt: true }, 100);
    expect(packet.segments.map((s) => [s.key, s.bytes])).toEqual([
      ['ip', 20],
      ['udp', 8],
      ['esp', 8],
      ['iv', 16],
      ['payload', 100],
      ['pad', 10],
      ['trailer', 2],
      ['icv', 12],
    ]);
    expect(packet.segments.find((s) => s.key === 'icv')?.source).toBe('RFC 2404');
  });

  it('refuses sizes outside the accepted range instead of returning nonsense', () => {
    expect(() => espPacket(tunnel4, 39)).toThrow(RangeError);
    expect(() => espPacket(tunnel4, 100.5)).toThrow(RangeError);
    expect(() => espPacket(tunnel4, Number.NaN)).toThrow(RangeError);
  });
});

describe('padding sawtooth', () => {
  it('repeats every 16 bytes for AES-CBC and drops by 15 where a new block starts', () => {
    const series = overheadSeries(tunnel4, 1420, 1452);
    expect(series).toHaveLength(33);
    const at = (size: number) => series.find((p) => p.innerBytes === size)!.overheadBytes;
    expect(at(1422)).toBe(58); // 1424 fills 89 blocks exactly
    expect(at(1423)).toBe(73); // one byte more needs a new block
    expect(at(1438)).toBe(58);
    expect(at(1420)).toBe(at(1436));
  });
});

describe('properties over every suite, mode, IP version and size', () => {
  it('outer is always larger than inner', () => {
    fc.assert(fc.property(settingsArb, innerArb, (settings, inner) => espPacket(settings, inner).outerBytes > inner));
  });

  it("overhead stays within the suite's bounds and hits both ends within one period", () => {
    fc.assert(
      fc.property(settingsArb, innerArb, (settings, inner) => {
        const { min, max } = overheadBounds(settings);
        const overhead = espPacket(settings, inner).overheadBytes;
        expect(overhead).toBeGreaterThanOrEqual(min);
        expect(overhead).toBeLessThanOrEqual(max);
      }),
    );
    fc.assert(
      fc.property(settingsArb, fc.integer({ min: 100, max: 9000 }), (settings, start) => {
        const { min, max, period } = overheadBounds(settings);
        const values = overheadSeries(settings, start, start + period - 1).map((p) => p.overheadBytes);
        expect(Math.min(...values)).toBe(min);
        expect(Math.max(...values)).toBe(max);
      }),
    );
  });

  it('padding is the least that aligns payload + trailer to the cipher block and to 4 bytes', () => {
    fc.assert(
      fc.property(settingsArb, innerArb, (settings, inner) => {
        const packet = espPacket(settings, inner);
        const align = paddingAlignment(CIPHER_SUITES[settings.suite]);
        const filled = encryptedPayloadBytes(settings, inner) + packet.padBytes + 2;
        expect(filled % align).toBe(0);
        expect(filled % 4).toBe(0);
        expect(filled % CIPHER_SUITES[settings.suite].cipherBlockBytes).toBe(0);
        expect(packet.padBytes).toBeLessThan(align);
      }),
    );
  });

  it('segments add up to the outer size', () => {
    fc.assert(
      fc.property(settingsArb, innerArb, (settings, inner) => {
        const packet = espPacket(settings, inner);
        expect(packet.segments.reduce((sum, s) => sum + s.bytes, 0)).toBe(packet.outerBytes);
      }),
    );
  });
});
