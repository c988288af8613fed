import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bdpBytes, flowLimits, MATHIS_C, mathisBound, windowBoundMbps } from './tcp-flow';

describe('window bound', () => {
  it('64 KiB per 50 ms round trip is about 10.5 Mbit/s (the old SSH channel window figure)', () => {
    expect(windowBoundMbps(64, 50)).toBeCloseTo(10.48576, 9);
  });

  it('2 MiB (current OpenSSH channel window) is about 335 Mbit/s at 50 ms and 168 at 100 ms', () => {
    expect(windowBoundMbps(2048, 50)).toBeCloseTo(335.54, 2);
    expect(windowBoundMbps(2048, 100)).toBeCloseTo(167.77, 2);
  });
});

describe('bandwidth-delay product', () => {
  it('1 Gbit/s over 40 ms needs 5,000,000 bytes in flight', () => {
    expect(bdpBytes(1000, 40)).toBeCloseTo(5_000_000, 6);
  });
});

describe('Mathis bound', () => {
  it('uses C = √(3/2) ≈ 1.2247', () => {
    expect(MATHIS_C).toBeCloseTo(1.224745, 6);
  });

  it('MSS 1460, 100 ms, 0.01 % loss: (1460 × 8 / 0.1) × 1.2247 / 0.01 ≈ 14.3 Mbit/s', () => {
    const bound = mathisBound(1460, 100, 0.01);
    expect(bound.kind).toBe('bound');
    if (bound.kind === 'bound') expect(bound.mbps).toBeCloseTo(14.30502, 4);
  });

  it('quarter the loss, double the rate', () => {
    const a = mathisBound(1400, 30, 0.04);
    const b = mathisBound(1400, 30, 0.01);
    expect(a.kind === 'bound' && b.kind === 'bound' && b.mbps / a.mbps).toBeCloseTo(2, 12);
  });

  it('gives no bound without loss, rather than Infinity', () => {
    expect(mathisBound(1460, 100, 0)).toEqual({ kind: 'none' });
    expect(mathisBound(1460, 100, 5e-324)).toEqual({ kind: 'none' });
  });
});

describe('flowLimits', () => {
  it('picks the lowest of tunnel, window and loss', () => {
    const flow = flowLimits({ windowKiB: 64, rttMs: 50, lossPercent: 0.01, mssBytes: 1398, tunnelMbps: 334.7 });
    expect(flow.limitedBy).toBe('window');
    expect(flow.flowMbps).toBeCloseTo(10.48576, 6);
    expect(
      flowLimits({ windowKiB: 65536, rttMs: 50, lossPercent: 0.01, mssBytes: 1398, tunnelMbps: 334.7 }).limitedBy,
    ).toBe('loss');
    expect(
      flowLimits({ windowKiB: 65536, rttMs: 1, lossPercent: 0, mssBytes: 1398, tunnelMbps: 334.7 }).limitedBy,
    ).toBe('tunnel');
  });

  it('is finite and no higher than any single limit for every valid input', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1_048_576, noNaN: true }),
        fc.double({ min: 0.1, max: 5000, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        fc.integer({ min: 0, max: 9000 }),
        fc.double({ min: 0.001, max: 1e6, noNaN: true }),
        (windowKiB, rttMs, lossPercent, mssBytes, tunnelMbps) => {
          const flow = flowLimits({ windowKiB, rttMs, lossPercent, mssBytes, tunnelMbps });
          expect(Number.isFinite(flow.flowMbps)).toBe(true);
          expect(Number.isFinite(flow.bdpBytes)).toBe(true);
          expect(flow.flowMbps).toBeLessThanOrEqual(tunnelMbps);
          expect(flow.flowMbps).toBeLessThanOrEqual(flow.windowMbps);
          if (flow.mathis.kind === 'bound') expect(Number.isFinite(flow.mathis.mbps)).toBe(true);
        },
      ),
    );
  });
});
