import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumber, plainNumber } from './index';

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
