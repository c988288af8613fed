import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeState, encodeState } from '../url-state/index.ts';
import { encodeSamples } from './sample-codec.ts';
import { PRESETS } from './presets.ts';
import { URL_SCHEMA } from './url-schema.ts';

describe('latency URL schema', () => {
  it('uses the documented parameter names', () => {
    const keys = Object.values(URL_SCHEMA).map((entry) => entry.key);
    for (const key of [
      'a_label',
      'b_label',
      'a_ms',
      'b_ms',
      'a_p95',
      'b_p95',
      'rtt_a',
      'rtt_b',
      'tls',
      'conn',
      'a_data',
      'b_data',
      'steps',
      'a_unit',
      'b_unit',
      'a_column',
      'b_column',
      'a_phase',
      'b_phase',
      'a_format',
      'b_format',
      'b_distance_km',
    ]) {
      expect(keys).toContain(key);
    }
  });

  it('carries how each side was read and the what-if distance, and leaves defaults out', () => {
    const state = {
      ...PRESETS.default,
      aUnit: 's' as const,
      bColumn: 'http_req_waiting',
      aPhase: 'ttfb' as const,
      aFormat: 'hey-csv',
      bUnitGuessed: true,
      distanceKm: 2500,
    };
    const search = encodeState(URL_SCHEMA, state);
    expect(search).toContain('a_unit=s&');
    expect(search).toContain('b_column=http_req_waiting');
    expect(search).toContain('a_phase=ttfb');
    expect(search).toContain('b_distance_km=2500');
    expect(search).not.toContain('b_unit=');
    expect(decodeState(URL_SCHEMA, PRESETS.default, search)).toEqual({ state, rejected: [] });
    const hostile = decodeState(
      URL_SCHEMA,
      PRESETS.default,
      '?a_column=%3Cimg%3E&a_unit=min&b_format=%3Cb%3E&a_phase=ttlb',
    );
    expect(hostile.state).toEqual(PRESETS.default);
    expect(hostile.rejected.map((r) => r.key)).toEqual(['a_column', 'a_unit', 'b_format', 'a_phase']);
  });

  it('writes the story preset as a short readable link', () => {
    expect(encodeState(URL_SCHEMA, PRESETS.story)).toBe(
      '?a_label=AWS&b_label=Colo+DC&a_ms=60&b_ms=112&rtt_a=1&rtt_b=1&tls=1.2&conn=cold',
    );
  });

  it('round-trips a full state, samples and steps included', async () => {
    const state = {
      ...PRESETS.default,
      aLabel: 'eu-west & "b"',
      aMs: null,
      aP95: 90.5,
      tls: '1.3' as const,
      conn: 'warm' as const,
      aData: await encodeSamples([60, 61, 62]),
      steps: [{ label: 'vhost-net', p50BeforeMs: 112, p50AfterMs: 100 }],
    };
    const decoded = decodeState(URL_SCHEMA, PRESETS.default, encodeState(URL_SCHEMA, state));
    expect(decoded.rejected).toEqual([]);
    expect(decoded.state).toEqual(state);
  });

  it('ignores hostile or malformed parameters and lists them', () => {
    const search =
      '?a_label=%E2%80%AE&b_ms=-5&tls=1.1&conn=hot&rtt_a=Infinity&a_data=%3Cscript%3E&steps=x~1&a_p95=0x10&evil=1';
    const { state, rejected } = decodeState(URL_SCHEMA, PRESETS.default, search);
    expect(state).toEqual(PRESETS.default);
    expect(rejected.map((r) => r.key).sort()).toEqual(
      ['a_data', 'a_label', 'a_p95', 'b_ms', 'conn', 'evil', 'rtt_a', 'steps', 'tls'].sort(),
    );
  });

  it('refuses markup characters in a label', () => {
    const { state, rejected } = decodeState(
      URL_SCHEMA,
      PRESETS.default,
      '?a_label=%3Cscript%3Ex%3C%2Fscript%3E&b_label=DC+%231',
    );
    expect(state.aLabel).toBe('AWS');
    expect(state.bLabel).toBe('DC #1');
    expect(rejected).toEqual([{ key: 'a_label', reason: 'A name cannot contain < or >.' }]);
  });

  it('takes an empty summary value as "not given"', () => {
    expect(decodeState(URL_SCHEMA, PRESETS.default, '?a_ms=').state.aMs).toBeNull();
  });

  it('never throws on any query string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (search) => {
        const { state } = decodeState(URL_SCHEMA, PRESETS.default, search);
        expect(['1.2', '1.3']).toContain(state.tls);
        expect(Number.isFinite(state.rttA) && Number.isFinite(state.rttB)).toBe(true);
      }),
    );
  });
});
