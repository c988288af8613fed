import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeState, encodeState } from '../url-state/index';
import { ipsecHeadroom, isSuiteId, SUITE_IDS } from './index';
import { inputsArb } from './ipsec-arbitraries';
import { formatPacketMix } from './packet-mix';
import { FIELD_RULES } from './fields';
import { PRESETS } from './presets';
import { MAX_LINKED_COUNTER_TEXT, URL_SCHEMA } from './url-schema';
import { loadCounterFixture } from './interface-counters/counter-fixtures';

const KEYS = [
  'suite',
  'mode',
  'outer',
  'natt',
  'mix',
  'mtu',
  'rating',
  'rated_at',
  'demand',
  'growth',
  'ceiling',
  'rtt',
  'window',
  'loss',
  'counters',
  'counter_seconds',
  'direction',
  'iface',
  'counter_bits',
  'cores',
  'per_sa_mbps',
  'per_sa_pps',
  'sa_count',
  'per_cpu_sa',
];

describe('IPsec headroom URL schema', () => {
  it('uses exactly the documented parameter names', () => {
    expect(Object.values(URL_SCHEMA).map((field) => field.key)).toEqual(KEYS);
  });

  it('writes readable links and reads them back', () => {
    const query = encodeState(URL_SCHEMA, PRESETS.story);
    expect(query).toBe(
      // Issue 18's inputs that are not set (no counters, no per-SA figures) stay out of the link.
      '?suite=aes-cbc-sha1&mode=tunnel&outer=ipv4&natt=0&mix=1400&mtu=1500&rating=350&rated_at=1400&demand=350&growth=5&ceiling=80&rtt=50&window=64&loss=0.01&direction=tx&counter_bits=auto&sa_count=1&per_cpu_sa=0',
    );
    expect(decodeState(URL_SCHEMA, PRESETS.default, query)).toEqual({ state: PRESETS.story, rejected: [] });
  });

  it('reads a hand-written link with a custom mix', () => {
    const { state, rejected } = decodeState(
      URL_SCHEMA,
      PRESETS.default,
      '?suite=chacha20-poly1305&natt=1&mix=40%3A7%2C576%3A4%2C1500%3A1&mtu=1400&outer=ipv6',
    );
    expect(rejected).toEqual([]);
    expect(state.suite).toBe('chacha20-poly1305');
    expect(state.natt).toBe(true);
    expect(state.outer).toBe('ipv6');
    expect(state.mtu).toBe(1400);
    expect(formatPacketMix(state.mix)).toBe('40:7,576:4,1500:1');
    expect(state.demandMbps).toBe(PRESETS.default.demandMbps);
  });

  it('drops and names malformed, out-of-range and unknown parameters', () => {
    const { state, rejected } = decodeState(
      URL_SCHEMA,
      PRESETS.default,
      '?suite=rot13&mtu=100&mix=40:0&loss=NaN&rating=Infinity&growth=1e999&window=0x10&extra=1&mode=tunnel',
    );
    expect(state).toEqual(PRESETS.default);
    expect(rejected.map((r) => r.key)).toEqual(['suite', 'mtu', 'mix', 'loss', 'rating', 'growth', 'window', 'extra']);
    expect(rejected.find((r) => r.key === 'mix')?.reason).toContain('weight');
  });

  it('round-trips every valid state', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const decoded = decodeState(URL_SCHEMA, PRESETS.default, encodeState(URL_SCHEMA, inputs));
        expect(decoded.rejected).toEqual([]);
        expect(decoded.state).toEqual(inputs);
      }),
    );
  });

  it('survives random and hostile query strings with a valid, finite state', () => {
    const value = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom(
        '<script>alert(1)</script>',
        '"><img src=x onerror=alert(1)>',
        'javascript:alert(1)',
        '1e308',
        '-1e308',
        '5e-324',
        '-0',
        'NaN',
        '__proto__',
        '40:1e400',
        'imix<svg/onload=alert(1)>',
        '\u202e0051',
        '%00',
        '1'.repeat(20_000),
      ),
      fc.double().map(String),
    );
    const query = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc
        .array(fc.tuple(fc.constantFrom(...KEYS, '__proto__', 'constructor', 'x'), value), { maxLength: 20 })
        .map((pairs) => `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`),
      fc
        .array(fc.tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 })), { maxLength: 10 })
        .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
    );
    const within = (n: number, rule: { min: number; max: number; integer?: boolean }) =>
      Number.isFinite(n) && n >= rule.min && n <= rule.max && (!rule.integer || Number.isInteger(n));
    fc.assert(
      fc.property(query, (search) => {
        const { state, rejected } = decodeState(URL_SCHEMA, PRESETS.default, search);
        expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
        expect(isSuiteId(state.suite)).toBe(true);
        expect(['tunnel', 'transport']).toContain(state.mode);
        expect(['ipv4', 'ipv6']).toContain(state.outer);
        expect(typeof state.natt).toBe('boolean');
        expect(within(state.mtu, FIELD_RULES.mtu)).toBe(true);
        expect(within(state.ratingMbps, FIELD_RULES.ratingMbps)).toBe(true);
        expect(within(state.ratedAtBytes, FIELD_RULES.ratedAtBytes)).toBe(true);
        expect(within(state.demandMbps, FIELD_RULES.demandMbps)).toBe(true);
        expect(within(state.growthPercent, FIELD_RULES.growthPercent)).toBe(true);
        expect(within(state.ceilingPercent, FIELD_RULES.ceilingPercent)).toBe(true);
        expect(within(state.rttMs, FIELD_RULES.rttMs)).toBe(true);
        expect(within(state.windowKiB, FIELD_RULES.windowKiB)).toBe(true);
        expect(within(state.lossPercent, FIELD_RULES.lossPercent)).toBe(true);
        expect(typeof state.counters).toBe('string');
        expect(state.counters.length).toBeLessThanOrEqual(MAX_LINKED_COUNTER_TEXT);
        expect(state.counters).not.toMatch(/[^\P{Cc}\n\t]/u);
        expect(state.counterSeconds === null || within(state.counterSeconds, FIELD_RULES.counterSeconds)).toBe(true);
        expect(['rx', 'tx']).toContain(state.direction);
        expect(state.iface.length).toBeLessThanOrEqual(64);
        expect(state.cores === null || within(state.cores, FIELD_RULES.cores)).toBe(true);
        expect(state.perSaMbps === null || within(state.perSaMbps, FIELD_RULES.perSaMbps)).toBe(true);
        expect(within(state.saCount, FIELD_RULES.saCount)).toBe(true);
        for (const r of rejected) expect(r.key.length).toBeLessThanOrEqual(41);
        const result = ipsecHeadroom(state);
        expect(Number.isFinite(result.load.percent)).toBe(true);
        expect(Number.isFinite(result.capacity.worstMbps)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  }, 30_000);

  it('offers every suite in the URL', () => {
    for (const suite of SUITE_IDS) {
      expect(decodeState(URL_SCHEMA, PRESETS.default, `?suite=${suite}`).state.suite).toBe(suite);
    }
  });

  it('carries two pasted snapshots, line breaks and all, and the section settings', () => {
    const { text } = loadCounterFixture('ip-s-link-dev');
    const inputs = {
      ...PRESETS.default,
      counters: text,
      counterSeconds: 16.579,
      direction: 'rx' as const,
      iface: 'veth-a',
      cores: 8,
      perSaMbps: 900,
      saCount: 2,
      perCpuSa: true,
    };
    const query = encodeState(URL_SCHEMA, inputs);
    const params = new URLSearchParams(query);
    expect(params.get('counters')).toBe(text);
    expect(params.get('counter_seconds')).toBe('16.579');
    expect(params.get('per_cpu_sa')).toBe('1');
    expect(params.has('per_sa_pps')).toBe(false);
    expect(decodeState(URL_SCHEMA, PRESETS.default, query)).toEqual({ state: inputs, rejected: [] });
  });

  it('strips control and bidi characters from pasted counters but keeps line breaks and tabs', () => {
    const { state, rejected } = decodeState(
      URL_SCHEMA,
      PRESETS.default,
      `?counters=${encodeURIComponent('RX:\r\n\u0000 12\t34\u202e\n')}`,
    );
    expect(rejected).toEqual([]);
    expect(state.counters).toBe('RX:\n 12\t34\n');
  });

  it('reads counters of blanks only as no counters, as the link written from them says', () => {
    // Found by calculators.fuzz.test.ts: "?counters= " decoded to " ", which a link then dropped.
    for (const blank of [' ', '\n\t \n', '\u200b ']) {
      const { state, rejected } = decodeState(URL_SCHEMA, PRESETS.default, `?counters=${encodeURIComponent(blank)}`);
      expect(rejected).toEqual([]);
      expect(state.counters).toBe('');
      expect(decodeState(URL_SCHEMA, PRESETS.default, encodeState(URL_SCHEMA, state)).state).toEqual(state);
    }
  });

  it('refuses a counter paste longer than a link carries, and leaves such a paste out of links', () => {
    const long = 'x'.repeat(MAX_LINKED_COUNTER_TEXT + 1);
    const { state, rejected } = decodeState(URL_SCHEMA, PRESETS.default, `?counters=${long}`);
    expect(state.counters).toBe('');
    expect(rejected.map((r) => r.key)).toEqual(['counters']);
    expect(new URLSearchParams(encodeState(URL_SCHEMA, { ...PRESETS.default, counters: long })).has('counters')).toBe(
      false,
    );
  });

  it('drops bad values of the new settings and names them', () => {
    const { state, rejected } = decodeState(
      URL_SCHEMA,
      PRESETS.default,
      '?counter_seconds=0&direction=up&cores=1.5&per_sa_mbps=-3&sa_count=0&per_cpu_sa=yes&counter_bits=16&iface=' +
        'e'.repeat(65),
    );
    expect(state).toEqual(PRESETS.default);
    expect(rejected.map((r) => r.key)).toEqual([
      'counter_seconds',
      'direction',
      'cores',
      'per_sa_mbps',
      'sa_count',
      'per_cpu_sa',
      'counter_bits',
      'iface',
    ]);
  });
});
