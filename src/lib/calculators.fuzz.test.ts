/**
 * Hostile-input fuzzing of every calculator's URL codec, read from the registry: at least 10,000 generated
 * query strings per calculator, mixing script and HTML payloads, Unicode tricks, absurd
 * numbers, repeated and very long parameters with the calculator's real parameter names.
 * Whatever comes in, decoding must not throw, must yield a state the calculator itself would
 * write back unchanged, and must never put anything on Object.prototype.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeState, encodeState } from './url-state/index';
import type { AnyCalculator, CalculatorDefinition } from './url-state/calculator-definition';
import { CALCULATORS } from './calculators';

export const RUNS_PER_CODEC = 10_000;

const HOSTILE_VALUES = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(document.cookie)',
  '<svg/onload=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '\u202e0051\u202c',
  '\u200b1400',
  '１４００',
  '٣٥٠',
  'e\u0301',
  '\ud800',
  '\u0000',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e309',
  '-1e309',
  '1e-400',
  '9'.repeat(400),
  '0x10',
  '0b11',
  '1_000',
  '1,5',
  '  42  ',
  '__proto__',
  'constructor',
  '',
];

/** encodeURIComponent throws on lone surrogates; a hand-made link would carry them as %ED%A0%80 or raw. */
function percentEncode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    // A lone surrogate cannot be percent-encoded; it goes into the link raw, as a hand edit would put it.
    return text;
  }
}

function hostileQuery(keys: readonly string[]) {
  const key = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...keys) },
    { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', '<b>x</b>', 'a[b]', '') },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
  );
  const value = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_VALUES) },
    { weight: 2, arbitrary: fc.double().map(String) },
    { weight: 2, arbitrary: fc.integer().map(String) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.nat({ max: 20_000 }).map((n) => 'x'.repeat(n)) },
  );
  const pair = fc.tuple(key, value, fc.boolean());
  return fc.array(pair, { maxLength: 40 }).map(
    (pairs) =>
      `?${pairs
        // Half the pairs are percent-encoded, half raw, as a hand-edited link would be.
        .map(([k, v, encode]) => (encode ? `${percentEncode(k)}=${percentEncode(v)}` : `${k}=${v}`))
        .join('&')}`,
  );
}

/** Every preset decodes hostile links; the default gets the full run, the others a tenth of it. */
function fuzz(calculator: AnyCalculator, preset: string, runs: number) {
  // The list erases each tool's state type; the codec only needs field names and values here.
  const typed = calculator as CalculatorDefinition<Record<string, unknown>>;
  const { schema, crossCheck } = typed;
  const defaults = typed.presets[preset]!;
  it(`${calculator.slug} (${preset}): ${runs} hostile links decode to a state the calculator accepts`, () => {
    const keys = Object.values(schema).map((field) => field.key);
    let tried = 0;
    fc.assert(
      fc.property(hostileQuery(keys), (query) => {
        tried += 1;
        const { state, rejected } = decodeState(schema, defaults, query, crossCheck);
        // The decoded state survives its own round trip: every field is one the codec accepts.
        const again = decodeState(schema, defaults, encodeState(schema, state), crossCheck);
        expect(again.rejected).toEqual([]);
        expect(again.state).toEqual(state);
        for (const value of Object.values(state as object)) {
          if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
        }
        for (const param of rejected) expect(param.key.length).toBeLessThanOrEqual(41);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
      }),
      { numRuns: runs },
    );
    expect(tried).toBeGreaterThanOrEqual(runs);
    // Ten thousand runs take seconds, not milliseconds; the bound only stops a hang.
  }, 180_000);
}

describe('URL codecs under hostile input', () => {
  for (const calculator of CALCULATORS) {
    for (const preset of Object.keys(calculator.presets)) {
      fuzz(calculator, preset, preset === 'default' ? RUNS_PER_CODEC : RUNS_PER_CODEC / 10);
    }
  }
});
