import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hostFromRate, HOURS_PER_YEAR, singleHost } from './single-host';

describe('singleHost', () => {
  it('gives inherent availability MTBF / (MTBF + MTTR)', () => {
    // The US DoD (DAU glossary) definition: A_I = MTBF ÷ (MTBF + MTTR). 50 h up, 10 h repair → 5/6.
    expect(singleHost(50, 10).availability).toBeCloseTo(50 / 60, 15);
    expect(singleHost(50, 10).unavailability).toBeCloseTo(10 / 60, 15);
  });

  it('works the LXC story host by hand: 20-day MTBF, 2 h MTTR', () => {
    const host = singleHost(20 * 24, 2);
    expect(host.availability).toBeCloseTo(480 / 482, 15); // 0.995851
    // One outage per up/down cycle of 482 h: 8760 / 482 ≈ 18.17 a year.
    expect(host.outagesPerHour * HOURS_PER_YEAR).toBeCloseTo(8760 / 482, 12);
  });

  it('treats a zero failure rate as a host that never goes down', () => {
    expect(hostFromRate(0, 5)).toEqual({ availability: 1, unavailability: 0, outagesPerHour: 0 });
  });

  it('keeps availability and unavailability complementary and in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 1e6, noNaN: true }),
        fc.double({ min: 0.01, max: 1e4, noNaN: true }),
        (mtbf, mttr) => {
          const host = singleHost(mtbf, mttr);
          expect(host.availability).toBeGreaterThanOrEqual(0);
          expect(host.availability).toBeLessThanOrEqual(1);
          expect(host.availability + host.unavailability).toBeCloseTo(1, 12);
          expect(host.outagesPerHour).toBeCloseTo(1 / (mtbf + mttr), 12);
        },
      ),
    );
  });
});
