import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fixedNumber, formatNumber, plainNumber } from './index';

describe('formatNumber', () => {
  it.each([
    [1234.5, '1,235'],
    [0.004123, '0.00412'],
    [87.345, '87.3'],
    [0, '0'],
    [-0, '0'],
    [1e6, '1,000,000'],
    [-2.345, '-2.35'],
  ])('shows %d as %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it('honours maxFractionDigits', () => {
    expect(formatNumber(0.123456, { digits: 5, maxFractionDigits: 2 })).toBe('0.12');
  });

  it('plainNumber drops grouping for machine reading', () => {
    expect(plainNumber(1234567)).toBe('1234567');
  });

  it('never prints NaN or Infinity', () => {
    for (const bad of [NaN, Infinity, -Infinity]) expect(formatNumber(bad)).toBe('–');
    fc.assert(
      fc.property(fc.double(), (value) => {
        expect(formatNumber(value)).not.toMatch(/NaN|Infinity/);
      }),
    );
  });
});

describe('fixedNumber', () => {
  const intl = (value: number, fraction: number, grouping: boolean) =>
    new Intl.NumberFormat('en-US', {
      maximumFractionDigits: fraction,
      minimumFractionDigits: 0,
      useGrouping: grouping,
    }).format(value);

  it('prints what Intl.NumberFormat en-US prints, for any double, fraction and grouping', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.double({ min: -1e7, max: 1e7, noNaN: true }),
          fc.integer().map((n) => n / 1000),
        ),
        fc.integer({ min: 0, max: 20 }),
        fc.boolean(),
        (value, fraction, grouping) => {
          expect(fixedNumber(value, fraction, grouping)).toBe(intl(value, fraction, grouping));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('rounds ties the way Intl does: on the shortest decimal, half away from zero', () => {
    // 0.125 and 2.5 are ties; 1.005 is stored as 1.00499999…, but Intl (and so fixedNumber)
    // rounds the shortest decimal that reads back as that double, "1.005", up to 1.01.
    for (const [value, fraction] of [
      [0.125, 2],
      [-0.125, 2],
      [2.5, 0],
      [-2.5, 0],
      [1.005, 2],
      [1234567.5, 0],
      [-0.0001, 2],
      [-0, 3],
      [999.9996, 3],
    ] as const) {
      for (const grouping of [true, false])
        expect(fixedNumber(value, fraction, grouping)).toBe(intl(value, fraction, grouping));
    }
    expect(fixedNumber(1.005, 2, false)).toBe('1.01');
    expect(fixedNumber(1234567.891, 2, true)).toBe('1,234,567.89');
    expect(fixedNumber(-1234.5, 0, true)).toBe('-1,235');
    expect(fixedNumber(1e21, 0, true)).toBe('1,000,000,000,000,000,000,000');
  });
});
