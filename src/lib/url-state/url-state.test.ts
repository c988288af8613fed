import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  booleanParam,
  cleanText,
  decodeState,
  encodeState,
  enumParam,
  numberParam,
  textParam,
  type UrlSchema,
} from './index';

interface Demo {
  mtu: number;
  mode: 'tunnel' | 'transport';
  natt: boolean;
  label: string;
}
const schema: UrlSchema<Demo> = {
  mtu: { key: 'mtu', codec: numberParam({ min: 576, max: 9216, integer: true }) },
  mode: { key: 'mode', codec: enumParam(['tunnel', 'transport'] as const) },
  natt: { key: 'natt', codec: booleanParam() },
  label: { key: 'a_label', codec: textParam({ maxLength: 20 }) },
};
const defaults: Demo = { mtu: 1500, mode: 'tunnel', natt: false, label: 'AWS' };

describe('decodeState', () => {
  it('restores every field from a readable query', () => {
    const { state, rejected } = decodeState(schema, defaults, '?mtu=1400&mode=transport&natt=1&a_label=Colo%20DC');
    expect(state).toEqual({ mtu: 1400, mode: 'transport', natt: true, label: 'Colo DC' });
    expect(rejected).toEqual([]);
  });

  it('keeps defaults for missing fields', () => {
    expect(decodeState(schema, defaults, '').state).toEqual(defaults);
  });

  it('drops unknown, malformed and out-of-range parameters and names them', () => {
    const { state, rejected } = decodeState(schema, defaults, '?mtu=99999&mode=tap&natt=yes&colour=red');
    expect(state).toEqual(defaults);
    expect(rejected.map((r) => r.key)).toEqual(['mtu', 'mode', 'natt', 'colour']);
    expect(rejected[0]?.reason).toContain('576');
  });

  it('uses the first of repeated parameters and reports the repeat', () => {
    const { state, rejected } = decodeState(schema, defaults, '?mtu=1400&mtu=1300');
    expect(state.mtu).toBe(1400);
    expect(rejected).toHaveLength(1);
  });

  it('strips control and bidi characters from text and keeps it as text', () => {
    const { state } = decodeState(schema, defaults, `?a_label=${encodeURIComponent('<b>x</b>\u202e')}`);
    expect(state.label).toBe('<b>x</b>');
    expect(cleanText('a\u0000b\u200bc')).toBe('abc');
  });

  it('says what an empty text parameter lacks and that the default stays', () => {
    const { state, rejected } = decodeState(schema, defaults, '?a_label=%E2%80%8B%20');
    expect(state.label).toBe(defaults.label);
    expect(rejected).toEqual([
      {
        key: 'a_label',
        reason: 'No text given (the value is blank or only invisible characters), so the default is kept.',
      },
    ]);
    expect(textParam({ maxLength: 5, what: 'environment name' }).parse('')).toEqual({
      ok: false,
      reason: 'No environment name given (the value is blank or only invisible characters), so the default is kept.',
    });
  });

  it('shortens hostile parameter names before they are shown', () => {
    const { rejected } = decodeState(schema, defaults, `?${'k'.repeat(500)}=1`);
    expect(rejected[0]?.key.length).toBeLessThanOrEqual(41);
  });

  it('caps the list of reported parameters', () => {
    const query = Array.from({ length: 200 }, (_, i) => `p${i}=1`).join('&');
    const { rejected } = decodeState(schema, defaults, `?${query}`);
    expect(rejected.length).toBeLessThanOrEqual(21);
    expect(rejected.at(-1)?.key).toBe('180 more');
  });

  it('resets fields that fail a check across fields to their defaults and reports them', () => {
    const jumboNeedsTunnel = (s: Demo) =>
      s.mtu > 1500 && s.mode === 'transport' ? [{ field: 'mtu' as const, reason: 'Too big for transport.' }] : [];
    const bad = decodeState(schema, defaults, '?mtu=9000&mode=transport', jumboNeedsTunnel);
    expect(bad.state).toEqual({ ...defaults, mode: 'transport' });
    expect(bad.rejected).toEqual([{ key: 'mtu', reason: 'Too big for transport.' }]);
    const good = decodeState(schema, defaults, '?mtu=9000&mode=tunnel', jumboNeedsTunnel);
    expect(good.state.mtu).toBe(9000);
    expect(good.rejected).toEqual([]);
  });
});

describe('encodeState', () => {
  it('writes readable parameters in schema order', () => {
    expect(encodeState(schema, { mtu: 1400, mode: 'tunnel', natt: true, label: 'A B' })).toBe(
      '?mtu=1400&mode=tunnel&natt=1&a_label=A+B',
    );
  });

  it('round-trips any valid state', () => {
    const state = fc.record({
      mtu: fc.integer({ min: 576, max: 9216 }),
      mode: fc.constantFrom('tunnel' as const, 'transport' as const),
      natt: fc.boolean(),
      label: fc
        .string({ minLength: 1, maxLength: 20 })
        .map(cleanText)
        .filter((s) => s.length > 0),
    });
    fc.assert(
      fc.property(state, (s) => {
        const decoded = decodeState(schema, defaults, encodeState(schema, s));
        expect(decoded.rejected).toEqual([]);
        expect(decoded.state).toEqual(s);
      }),
    );
  });

  it('never throws and always yields a valid state for hostile queries', () => {
    const hostile = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '?mtu=<script>alert(1)</script>',
        '?mtu=1e308&mtu=NaN',
        '?mtu=Infinity',
        '?mtu=-0',
        '?a_label=%E2%80%AE%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
        '?%%%%',
        '?mode=__proto__&__proto__=1&constructor=1',
        `?a_label=${'x'.repeat(20_000)}`,
      ),
      fc
        .array(fc.tuple(fc.string(), fc.string()), { maxLength: 30 })
        .map((pairs) => `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`),
    );
    fc.assert(
      fc.property(hostile, (query) => {
        const { state } = decodeState(schema, defaults, query);
        expect(Number.isInteger(state.mtu)).toBe(true);
        expect(state.mtu).toBeGreaterThanOrEqual(576);
        expect(['tunnel', 'transport']).toContain(state.mode);
        expect(typeof state.natt).toBe('boolean');
        expect(state.label.length).toBeGreaterThan(0);
        expect(state.label.length).toBeLessThanOrEqual(20);
        expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
      }),
      { numRuns: 3000 },
    );
  });
});
