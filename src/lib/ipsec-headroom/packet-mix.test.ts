import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mixArb, settingsArb } from './ipsec-arbitraries';
import {
  formatPacketMix,
  MAX_MIX_ENTRIES,
  meanPacketBytes,
  mixStats,
  packetsPerSecond,
  parsePacketMix,
  SIMPLE_IMIX,
} from './packet-mix';

const gcmTunnel = { suite: 'aes-gcm-16', mode: 'tunnel', outer: 'ipv4', natt: false } as const;

describe('simple IMIX', () => {
  it('averages 4084 / 12 ≈ 340.33 bytes (7 × 40, 4 × 576, 1 × 1500)', () => {
    expect(meanPacketBytes(SIMPLE_IMIX)).toBeCloseTo(340.333, 3);
    expect(meanPacketBytes(SIMPLE_IMIX) * 12).toBeCloseTo(4084, 9);
  });

  it('expands by outer ÷ inner: AES-GCM-16 tunnel IPv4 gives 96, 632 and 1556-byte packets', () => {
    // 40 → 20+8+8+40+2+2+16 = 96; 576 → 632; 1500 → 1556; mean outer 4756 / 12.
    const stats = mixStats(gcmTunnel, SIMPLE_IMIX);
    expect(stats.packets.map((p) => p.outerBytes)).toEqual([96, 632, 1556]);
    expect(stats.meanOuterBytes).toBeCloseTo(4756 / 12, 9);
    expect(stats.expansion).toBeCloseTo(4756 / 4084, 9);
    expect(stats.packets.map((p) => p.share)).toEqual([7 / 12, 4 / 12, 1 / 12]);
  });

  it('needs about 367,000 packets/s to carry 1 Gbps', () => {
    expect(packetsPerSecond(1000, meanPacketBytes(SIMPLE_IMIX))).toBeCloseTo(1e9 / (8 * (4084 / 12)), 6);
    expect(Math.round(packetsPerSecond(1000, meanPacketBytes(SIMPLE_IMIX)))).toBe(367287);
  });
});

describe('parsePacketMix', () => {
  it.each([
    ['imix', 'imix', 340.333],
    [' IMIX ', 'imix', 340.333],
    ['1400', '1400', 1400],
    ['40:7,576:4,1500:1', '40:7,576:4,1500:1', 340.333],
    ['40:7, 576:4 ,1500:1', '40:7,576:4,1500:1', 340.333],
    ['1500:1,40:1', '1500:1,40:1', 770],
    ['64:0.5,1518:0.5', '64:0.5,1518:0.5', 791],
  ])('reads %j', (raw, canonical, mean) => {
    const parsed = parsePacketMix(raw);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(formatPacketMix(parsed.value)).toBe(canonical);
    expect(meanPacketBytes(parsed.value)).toBeCloseTo(mean, 3);
  });

  it.each([
    ['', 'Enter imix'],
    ['abc', 'Packet size'],
    ['39', 'from 40 to 9,216'],
    ['9217', 'from 40 to 9,216'],
    ['1400.5', 'whole number'],
    ['0x10', 'plain number'],
    ['40:0', 'Pair 1, weight'],
    ['40:-1', 'Pair 1, weight'],
    ['40:7,576', 'Pair 2'],
    ['40:7,', 'Pair 2'],
    ['40:7:1', 'Pair 1'],
    ['1e400', 'Packet size'],
    ['<script>alert(1)</script>', 'Packet size'],
    [Array.from({ length: MAX_MIX_ENTRIES + 1 }, () => '40:1').join(','), `at most ${MAX_MIX_ENTRIES}`],
    ['1'.repeat(501), 'under 500'],
  ])('refuses %j with a message naming the problem', (raw, fragment) => {
    const parsed = parsePacketMix(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(fragment);
  });

  it('never throws, and anything it accepts is a usable mix', () => {
    const hostile = fc.oneof(
      fc.string({ maxLength: 600 }),
      fc
        .array(fc.tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 })), { maxLength: 20 })
        .map((pairs) => pairs.map(([a, b]) => `${a}:${b}`).join(',')),
      fc.constantFrom('__proto__', 'constructor:1', 'NaN:1', 'Infinity', '1e3:1e400', ':', ',,,', '40:1e-400'),
    );
    fc.assert(
      fc.property(hostile, (raw) => {
        const parsed = parsePacketMix(raw);
        if (!parsed.ok) {
          expect(parsed.reason.length).toBeGreaterThan(0);
          return;
        }
        for (const entry of parsed.value.entries) {
          expect(Number.isInteger(entry.bytes)).toBe(true);
          expect(entry.bytes).toBeGreaterThanOrEqual(40);
          expect(entry.weight).toBeGreaterThan(0);
          expect(Number.isFinite(entry.weight)).toBe(true);
        }
        expect(Number.isFinite(meanPacketBytes(parsed.value))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  }, 30_000);

  it('reads back what it writes', () => {
    fc.assert(
      fc.property(mixArb, (mix) => {
        const text = formatPacketMix(mix);
        const parsed = parsePacketMix(text);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(formatPacketMix(parsed.value)).toBe(text);
      }),
    );
  });
});

describe('mix properties', () => {
  it('expansion is above 1 and the mean lies between the smallest and largest packet', () => {
    fc.assert(
      fc.property(settingsArb, mixArb, (settings, mix) => {
        const stats = mixStats(settings, mix);
        const sizes = mix.entries.map((e) => e.bytes);
        expect(stats.expansion).toBeGreaterThan(1);
        expect(stats.meanInnerBytes).toBeGreaterThanOrEqual(Math.min(...sizes) - 1e-9);
        expect(stats.meanInnerBytes).toBeLessThanOrEqual(Math.max(...sizes) + 1e-9);
      }),
    );
  });
});
