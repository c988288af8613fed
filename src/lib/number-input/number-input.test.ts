import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNumberInput } from './index';

const rule = { min: 0, max: 100 };

describe('parseNumberInput', () => {
  it.each([
    ['42', 42],
    [' 42 ', 42],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['5.', 5],
    ['1e2', 100],
    ['+3', 3],
    ['-0', 0],
  ])('reads %j as %d', (raw, value) => {
    expect(parseNumberInput(raw, rule)).toEqual({ ok: true, value });
  });

  it.each(['', '  ', 'abc', '0x10', 'Infinity', 'NaN', '1,5', '1_000', '12abc', '--1', '1e', '<script>'])(
    'refuses %j with a message',
    (raw) => {
      const result = parseNumberInput(raw, rule);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason.length).toBeGreaterThan(5);
    },
  );

  it('names the range when out of it', () => {
    expect(parseNumberInput('101', rule)).toEqual({ ok: false, reason: 'Enter a value from 0 to 100.' });
    expect(parseNumberInput('-1', rule)).toMatchObject({ ok: false });
  });

  it('refuses fractions where whole numbers are required', () => {
    expect(parseNumberInput('2.5', { min: 0, max: 10, integer: true })).toEqual({
      ok: false,
      reason: 'Enter a whole number.',
    });
  });

  it('refuses numbers too large for a double', () => {
    expect(parseNumberInput('1e400', { min: 0, max: Number.MAX_VALUE }).ok).toBe(false);
  });

  it('never returns a non-finite or out-of-range value for any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (raw) => {
        const result = parseNumberInput(raw, rule);
        if (result.ok) {
          expect(Number.isFinite(result.value)).toBe(true);
          expect(result.value).toBeGreaterThanOrEqual(0);
          expect(result.value).toBeLessThanOrEqual(100);
          expect(Object.is(result.value, -0)).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back every in-range double it is given as text', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (value) => {
        expect(parseNumberInput(String(value), rule)).toEqual({ ok: true, value: Object.is(value, -0) ? 0 : value });
      }),
    );
  });
});
