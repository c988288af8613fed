import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { capacityRange, utilisation } from './device-capacity';
import { innerArb, mixArb, settingsArb } from './ipsec-arbitraries';
import { SIMPLE_IMIX, singleSizeMix } from './packet-mix';

const cbcTunnel = { suite: 'aes-cbc-sha1', mode: 'tunnel', outer: 'ipv4', natt: false } as const;
const gcmTunnel = { suite: 'aes-gcm-16', mode: 'tunnel', outer: 'ipv4', natt: false } as const;

describe('capacity range from one datasheet point', () => {
  it('350 Mbps at 1400 B, AES-CBC + SHA1: 1464-byte packets, 29,884 packets/s, 334.7 Mbps of 1400-byte traffic', () => {
    // 1400 + 2 → 1408 (pad 6); 20 + 8 + 16 + 1408 + 12 = 1464. 350e6 / (8 × 1464) = 29,883.9 pps.
    const range = capacityRange(cbcTunnel, singleSizeMix(1400), { ratingMbps: 350, ratedAtBytes: 1400 });
    expect(range.ratedOuterBytes).toBe(1464);
    expect(range.maxPps).toBeCloseTo(29883.88, 1);
    expect(range.bytesLimitedMbps).toBeCloseTo((350 * 1400) / 1464, 9);
    expect(range.ppsLimitedMbps).toBeCloseTo((350 * 1400) / 1464, 9);
    expect(range.limitedBy).toBe('both');
  });

  it('1 Gbps at 1400 B, GCM-16, simple IMIX: 858.7 Mbps if bytes limit it, 233.7 Mbps if packets do', () => {
    // Rated packet: 1400 → 1456 outer, 85,852 pps. IMIX mean inner 4084/12, mean outer 4756/12.
    const range = capacityRange(gcmTunnel, SIMPLE_IMIX, { ratingMbps: 1000, ratedAtBytes: 1400 });
    expect(range.ratedOuterBytes).toBe(1456);
    expect(range.maxPps).toBeCloseTo(1e9 / (8 * 1456), 6);
    expect(range.bytesLimitedMbps).toBeCloseTo(1000 * (4084 / 4756), 9);
    expect(range.ppsLimitedMbps).toBeCloseTo(1000 * (4084 / 12 / 1456), 9);
    expect(range.worstMbps).toBeCloseTo(233.745, 3);
    expect(range.bestMbps).toBeCloseTo(858.705, 3);
    expect(range.limitedBy).toBe('packets');
  });

  it('a mix of packets larger than the rated size is limited by bytes instead', () => {
    const range = capacityRange(gcmTunnel, singleSizeMix(1400), { ratingMbps: 1000, ratedAtBytes: 512 });
    expect(range.limitedBy).toBe('bytes');
    expect(range.worstMbps).toBe(range.bytesLimitedMbps);
  });

  it('both bounds agree when the mix is the rated size, and worst ≤ best always', () => {
    fc.assert(
      fc.property(settingsArb, innerArb, fc.double({ min: 1, max: 1e6, noNaN: true }), (settings, size, rating) => {
        const range = capacityRange(settings, singleSizeMix(size), { ratingMbps: rating, ratedAtBytes: size });
        expect(range.bytesLimitedMbps).toBeCloseTo(range.ppsLimitedMbps, 6);
        expect(range.limitedBy).toBe('both');
      }),
    );
    fc.assert(
      fc.property(
        settingsArb,
        mixArb,
        innerArb,
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        (settings, mix, ratedAt, rating) => {
          const range = capacityRange(settings, mix, { ratingMbps: rating, ratedAtBytes: ratedAt });
          expect(range.worstMbps).toBeLessThanOrEqual(range.bestMbps);
          expect(range.worstMbps).toBeGreaterThan(0);
          // Inner traffic never exceeds the rated encrypted bits when bytes are the limit.
          expect(range.bytesLimitedMbps).toBeLessThan(rating);
        },
      ),
    );
  });
});

describe('utilisation', () => {
  it('is demand over worst-case capacity, with headroom as the difference', () => {
    expect(utilisation(150, 200)).toEqual({ percent: 75, headroomMbps: 50 });
    expect(utilisation(350, 334.7).headroomMbps).toBeCloseTo(-15.3, 9);
  });

  it('rises with demand', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0.001, max: 1e6, noNaN: true }),
        (a, b, capacity) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(utilisation(low, capacity).percent).toBeLessThanOrEqual(utilisation(high, capacity).percent);
          expect(utilisation(low, capacity).headroomMbps).toBeGreaterThanOrEqual(
            utilisation(high, capacity).headroomMbps,
          );
        },
      ),
    );
  });
});
