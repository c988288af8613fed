import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeState, encodeState } from '../url-state/index';
import { computeRedundancy } from './model';
import { crossFieldProblems, FIELD_RULES } from './fields';
import { PRESETS } from './presets';
import { URL_SCHEMA } from './url-schema';

const decode = (search: string) => decodeState(URL_SCHEMA, PRESETS.default, search, crossFieldProblems);

/** encodeURIComponent throws on lone surrogates; a browser would send them as U+FFFD, so do that. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const encodeLoosely = (text: string) => encodeURIComponent(text.replace(LONE_SURROGATE, '\ufffd'));

describe('URL_SCHEMA', () => {
  it('uses exactly the parameters n, k, mtbf_days, mttr_hours and beta', () => {
    expect(Object.values(URL_SCHEMA).map((field) => field.key)).toEqual(['n', 'k', 'mtbf_days', 'mttr_hours', 'beta']);
  });

  it('writes a readable link and reads it back', () => {
    const query = encodeState(URL_SCHEMA, { n: 3, k: 2, mtbfDays: 45.5, mttrHours: 0.5, beta: 0.05 });
    expect(query).toBe('?n=3&k=2&mtbf_days=45.5&mttr_hours=0.5&beta=0.05');
    expect(decode(query)).toEqual({
      state: { n: 3, k: 2, mtbfDays: 45.5, mttrHours: 0.5, beta: 0.05 },
      rejected: [],
    });
  });

  it('ignores k > n with a message, keeping the rest of the link', () => {
    const { state, rejected } = decode('?n=2&k=3&mtbf_days=10');
    expect(state).toEqual({ ...PRESETS.default, n: 2, mtbfDays: 10 });
    expect(rejected).toEqual([{ key: 'k', reason: 'k must be at most n: a group of 2 hosts cannot need 3 up.' }]);
  });

  it('refuses β = 2, MTBF = 0, MTTR = 0, text and hex, each with a reason', () => {
    const { state, rejected } = decode('?beta=2&mtbf_days=0&mttr_hours=0&n=two&k=0x1');
    expect(state).toEqual(PRESETS.default);
    expect(rejected.map((r) => r.key)).toEqual(['beta', 'mtbf_days', 'mttr_hours', 'n', 'k']);
    expect(rejected[0]?.reason).toBe('Enter a value from 0 to 1.');
    expect(rejected[1]?.reason).toContain('0.1');
    expect(rejected[3]?.reason).toBe('Enter a plain number, such as 1400 or 0.5.');
  });

  it('has presets that pass every rule, and the story preset from the record', () => {
    for (const preset of [PRESETS.default, PRESETS.story]) {
      expect(crossFieldProblems(preset)).toEqual([]);
      expect(decode(encodeState(URL_SCHEMA, preset)).state).toEqual({ ...preset });
    }
    expect(PRESETS.story).toMatchObject({ n: 2, k: 1, mtbfDays: 20, beta: 1 });
  });

  it('round-trips every valid state', () => {
    const valid = fc.integer({ min: 1, max: FIELD_RULES.n.max }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        k: fc.integer({ min: 1, max: n }),
        mtbfDays: fc.double({ min: FIELD_RULES.mtbfDays.min, max: FIELD_RULES.mtbfDays.max, noNaN: true }),
        mttrHours: fc.double({ min: FIELD_RULES.mttrHours.min, max: FIELD_RULES.mttrHours.max, noNaN: true }),
        beta: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
    );
    fc.assert(
      fc.property(valid, (state) => {
        const decoded = decode(encodeState(URL_SCHEMA, state));
        expect(decoded.rejected).toEqual([]);
        expect(decoded.state).toEqual({ ...state, beta: state.beta === 0 ? 0 : state.beta });
      }),
    );
  });

  it('turns any hostile query into a valid state the model can compute, never throwing', () => {
    // Any code point, lone surrogates and controls included (fast-check's own 'binary' unit is far slower).
    const anyChar = fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code));
    const anyText = fc.string({ unit: anyChar });
    const keys = fc.constantFrom('n', 'k', 'mtbf_days', 'mttr_hours', 'beta', '__proto__', 'constructor', '<script>');
    const hostileValue = fc.oneof(
      fc.string(),
      anyText,
      fc.constantFrom(
        'NaN',
        'Infinity',
        '-Infinity',
        '1e309',
        '-0',
        '1e-400',
        '0x10',
        '1_0',
        '1,5',
        ' 2 ',
        '%00',
        '<img src=x onerror=alert(1)>',
        '\u202e1',
      ),
      fc.double().map(String),
    );
    const query = fc
      .array(fc.tuple(fc.oneof(keys, fc.string()), hostileValue), { maxLength: 12 })
      .map((pairs) => `?${pairs.map(([k, v]) => `${encodeLoosely(k)}=${encodeLoosely(v)}`).join('&')}`);
    fc.assert(
      fc.property(fc.oneof(query, fc.string(), anyText), (search) => {
        const { state, rejected } = decode(search);
        for (const field of Object.keys(FIELD_RULES) as (keyof typeof FIELD_RULES)[]) {
          const rule = FIELD_RULES[field];
          expect(state[field]).toBeGreaterThanOrEqual(rule.min);
          expect(state[field]).toBeLessThanOrEqual(rule.max);
        }
        expect(state.k).toBeLessThanOrEqual(state.n);
        expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
        for (const param of rejected) expect(param.key.length).toBeLessThanOrEqual(41);
        const result = computeRedundancy(state);
        expect(Number.isFinite(result.groupAvailability)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
