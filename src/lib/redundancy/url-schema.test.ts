import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeState, encodeState } from '../url-state/index';
import { computeRedundancy } from './model';
import { FIELD_RULES } from './fields';
import { FAILURE_DOMAIN_IDS } from './failure-domains';
import { stateProblems, type RedundancyState } from './page-state';
import { PRESETS } from './presets';
import { URL_SCHEMA } from './url-schema';

const decode = (search: string, preset: RedundancyState = PRESETS.default) =>
  decodeState(URL_SCHEMA, preset, search, stateProblems);

/** encodeURIComponent throws on lone surrogates; a browser would send them as U+FFFD, so do that. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const encodeLoosely = (text: string) => encodeURIComponent(text.replace(LONE_SURROGATE, '\ufffd'));

describe('URL_SCHEMA', () => {
  it('uses the model’s five parameters, then the checklist’s and the target’s', () => {
    expect(Object.values(URL_SCHEMA).map((field) => field.key)).toEqual([
      'n',
      'k',
      'mtbf_days',
      'mttr_hours',
      'beta',
      'shared',
      'separate',
      'detection',
      'target_availability',
      'target_outages',
      'solve_for',
    ]);
  });

  it('writes a readable link and reads it back, leaving out what was not set', () => {
    const inputs = { n: 3, k: 2, mtbfDays: 45.5, mttrHours: 0.5, beta: 0.05 };
    const query = encodeState(URL_SCHEMA, { ...PRESETS.default, ...inputs });
    expect(query).toBe('?n=3&k=2&mtbf_days=45.5&mttr_hours=0.5&beta=0.05');
    expect(decode(query)).toEqual({ state: { ...PRESETS.default, ...inputs }, rejected: [] });
  });

  it('carries the checklist and a target with readable keys', () => {
    const state: RedundancyState = {
      ...PRESETS.default,
      shared: ['vlan', 'power'],
      separate: ['deploy'],
      detection: 'minutes',
      targetAvailability: 0.9999,
      solveFor: 'mttr',
    };
    const query = encodeState(URL_SCHEMA, state);
    expect(query).toBe(
      '?n=2&k=1&mtbf_days=20&mttr_hours=2&beta=0.1&shared=vlan%2Cpower&separate=deploy&detection=minutes' +
        '&target_availability=0.9999&solve_for=mttr',
    );
    expect(decode(query)).toEqual({ state, rejected: [] });
  });

  it('writes an emptied list as "none", so a link keeps the story’s answers cleared', () => {
    const cleared: RedundancyState = { ...PRESETS.story, shared: [] };
    const query = encodeState(URL_SCHEMA, cleared);
    expect(query).toContain('shared=none');
    expect(decode(query, PRESETS.story).state.shared).toEqual([]);
    // Without the parameter the story's own answer stands.
    expect(decode('?n=2', PRESETS.story).state.shared).toEqual(['vlan']);
  });

  it('refuses unknown domains, an empty list, an unknown detection level or solve_for, and two targets', () => {
    const { state, rejected } = decode(
      '?shared=vlan,wifi&separate=&detection=sometimes&solve_for=k&target_availability=0.999&target_outages=2',
    );
    expect(state).toEqual({ ...PRESETS.default, targetAvailability: 0.999 });
    expect(rejected.map((r) => r.key)).toEqual(['shared', 'separate', 'detection', 'solve_for', 'target_outages']);
    expect(rejected[0]?.reason).toContain('“wifi”');
    expect(rejected[1]?.reason).toContain('write none for none');
    expect(rejected[4]?.reason).toContain('Only one target at a time');
  });

  it('refuses targets out of range', () => {
    const { state, rejected } = decode('?target_availability=1.5&target_outages=-1');
    expect(state).toEqual(PRESETS.default);
    expect(rejected.map((r) => r.key)).toEqual(['target_availability', 'target_outages']);
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
      expect(stateProblems(preset)).toEqual([]);
      expect(decode(encodeState(URL_SCHEMA, preset)).state).toEqual({ ...preset });
    }
    expect(PRESETS.story).toMatchObject({ n: 2, k: 1, mtbfDays: 20, beta: 1, shared: ['vlan'], separate: null });
  });

  it('round-trips every valid state', () => {
    const valid = fc.integer({ min: 1, max: FIELD_RULES.n.max }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        k: fc.integer({ min: 1, max: n }),
        mtbfDays: fc.double({ min: FIELD_RULES.mtbfDays.min, max: FIELD_RULES.mtbfDays.max, noNaN: true }),
        mttrHours: fc.double({ min: FIELD_RULES.mttrHours.min, max: FIELD_RULES.mttrHours.max, noNaN: true }),
        beta: fc.double({ min: 0, max: 1, noNaN: true }),
        shared: fc.option(fc.subarray([...FAILURE_DOMAIN_IDS])),
        separate: fc.constant(null),
        detection: fc.constantFrom('none', 'hours', 'minutes', 'before-next-host'),
        targetAvailability: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
        targetOutages: fc.constant(null),
        solveFor: fc.constantFrom('beta', 'mttr', 'n'),
      }),
    );
    fc.assert(
      fc.property(valid, (state) => {
        const decoded = decode(encodeState(URL_SCHEMA, state));
        expect(decoded.rejected).toEqual([]);
        const zero = (value: number | null) => (value === 0 ? 0 : value);
        expect(decoded.state).toEqual({
          ...state,
          beta: zero(state.beta),
          targetAvailability: zero(state.targetAvailability),
        });
      }),
    );
  });

  it('turns any hostile query into a valid state the model can compute, never throwing', () => {
    // Any code point, lone surrogates and controls included (fast-check's own 'binary' unit is far slower).
    const anyChar = fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code));
    const anyText = fc.string({ unit: anyChar });
    const keys = fc.constantFrom(
      ...Object.values(URL_SCHEMA).map((f) => f.key),
      '__proto__',
      'constructor',
      '<script>',
    );
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
        expect(state.targetAvailability === null || state.targetOutages === null).toBe(true);
        expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
        for (const param of rejected) expect(param.key.length).toBeLessThanOrEqual(41);
        const result = computeRedundancy(state);
        expect(Number.isFinite(result.groupAvailability)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
