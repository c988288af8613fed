/**
 * Properties over the whole input domain: any list of latencies written in any supported raw
 * format reads back equal, whatever the chunk boundaries; hostile text, whole or in chunks,
 * never throws and never yields a value out of range.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createSampleParser, parseSamples, type ParsedSamples, type RawSampleFormat } from './index.ts';

vi.setConfig({ testTimeout: 120_000 });

/** Latencies with at most three decimals (whole µs) from 0 to 100 s: exact in every writer below. */
const latencies = fc.array(
  fc.integer({ min: 0, max: 100_000_000 }).map((us) => us / 1000),
  { minLength: 1, maxLength: 80 },
);

const seconds = (ms: number) => ms / 1000;
const epochMs = (i: number) => 1_796_212_000_000 + i * 7;

/** Each writer: the format's text for these values, the format it must be read as, and the ms it must give back. */
const WRITERS: Record<
  string,
  { format: RawSampleFormat; write(values: number[]): string; back?(values: number[]): number[] }
> = {
  'one per line': { format: 'numbers', write: (v) => v.join('\n') },
  'one per line with units': {
    format: 'numbers',
    write: (v) => v.map((ms, i) => (i % 2 ? `${ms} ms` : `${seconds(ms)} s`)).join('\r\n'),
  },
  'on one line': { format: 'number-list', write: (v) => (v.length === 1 ? `[${v[0]!}]` : v.join(' ')) },
  'JSON array': { format: 'number-list', write: (v) => JSON.stringify(v) },
  'CSV with an id': {
    format: 'csv',
    write: (v) => ['id,latency_ms', ...v.map((ms, i) => `${i + 1},${ms}`)].join('\n'),
  },
  'semicolons and decimal commas': {
    format: 'csv',
    write: (v) => ['ts;ttfb_ms', ...v.map((ms, i) => `${i + 1};${String(ms).replace('.', ',')}`)].join('\n'),
  },
  'hey CSV': {
    format: 'hey-csv',
    write: (v) =>
      [
        'response-time,DNS+dialup,DNS,Request-write,Response-delay,Response-read,status-code,offset',
        ...v.map((ms, i) => `${seconds(ms)},0.0001,0,0.0001,${seconds(ms) / 2},0.0001,200,${i / 10}`),
      ].join('\n'),
  },
  'ab -g': {
    format: 'ab-gnuplot',
    write: (v) =>
      [
        'starttime\tseconds\tctime\tdtime\tttime\twait',
        ...v.map(
          (ms) => `Wed Dec 02 11:46:03 2026\t1796211963\t0\t${Math.round(ms)}\t${Math.round(ms)}\t${Math.round(ms)}`,
        ),
      ].join('\n'),
    back: (v) => v.map(Math.round),
  },
  'JMeter JTL': {
    format: 'jmeter-csv',
    write: (v) =>
      [
        'timeStamp,elapsed,label,responseCode,Latency,Connect',
        ...v.map((ms, i) => `${epochMs(i)},${Math.round(ms)},GET,200,${Math.round(ms / 2)},1`),
      ].join('\n'),
    back: (v) => v.map(Math.round),
  },
  'k6 CSV': {
    format: 'k6-csv',
    write: (v) =>
      [
        'metric_name,timestamp,metric_value,check,error,error_code,group,method,name,proto,scenario,status,subproto,tls_version,url,extra_tags',
        ...v.flatMap((ms) => [
          `http_req_waiting,1796212000,${ms / 2},,,,,GET,u,HTTP/1.1,default,200,,,u,`,
          `http_req_duration,1796212000,${ms},,,,,GET,u,HTTP/1.1,default,200,,,u,`,
        ]),
      ].join('\n'),
  },
  'k6 JSON': {
    format: 'k6-json',
    write: (v) =>
      [
        '{"type":"Metric","data":{"name":"http_req_duration","type":"trend","contains":"time"},"metric":"http_req_duration"}',
        ...v.flatMap((ms) => [
          `{"metric":"http_req_waiting","type":"Point","data":{"time":"2026-12-02T11:00:00Z","value":${ms / 2},"tags":{"status":"200"}}}`,
          `{"metric":"http_req_duration","type":"Point","data":{"time":"2026-12-02T11:00:00Z","value":${ms},"tags":{"status":"200"}}}`,
        ]),
      ].join('\n'),
  },
  'vegeta CSV': {
    format: 'vegeta-csv',
    write: (v) =>
      v
        .map(
          (ms, i) =>
            `17962120000${String(i).padStart(8, '0')},200,${Math.round(ms * 1e6)},0,12,"",,a,${i},GET,http://x/,`,
        )
        .join('\n'),
  },
  'vegeta JSON': {
    format: 'vegeta-json',
    write: (v) =>
      v
        .map(
          (ms, i) =>
            `{"attack":"a","seq":${i},"code":200,"timestamp":"2026-12-02T11:00:00Z","latency":${Math.round(ms * 1e6)},"bytes_out":0}`,
        )
        .join('\n'),
  },
  'curl -w': {
    format: 'curl-kv',
    write: (v) =>
      v
        .map((ms) => `time_connect=0.001 time_starttransfer=${seconds(ms)} time_total=${seconds(ms) + 0.001}`)
        .join('\n'),
  },
  'curl json': {
    format: 'curl-json',
    write: (v) =>
      v.map((ms) => `{"http_code":200,"time_starttransfer":${seconds(ms)},"time_total":${seconds(ms)}}`).join('\n'),
  },
  HAR: {
    format: 'har',
    write: (v) =>
      JSON.stringify(
        { log: { version: '1.2', entries: v.map((ms) => ({ time: ms, timings: { send: 0, wait: ms, receive: 0 } })) } },
        null,
        1,
      ),
  },
  hyperfine: {
    format: 'hyperfine-json',
    write: (v) => JSON.stringify({ results: [{ command: 'x', times: v.map(seconds) }] }, null, 2),
  },
  ping: {
    format: 'ping',
    write: (v) =>
      [
        'PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.',
        ...v.map((ms, i) => `64 bytes from 127.0.0.1: icmp_seq=${i + 1} ttl=64 time=${ms} ms`),
      ].join('\n'),
  },
  'h2load log': {
    format: 'h2load-log',
    write: (v) => v.map((ms, i) => `${1796212453370803 + i}\t200\t${Math.round(ms * 1000)}`).join('\n'),
  },
};

function parseInChunks(text: string, cuts: number[]): ParsedSamples {
  const parser = createSampleParser();
  let at = 0;
  for (const cut of [...new Set(cuts.map((c) => Math.floor(c * text.length)))].sort((a, b) => a - b)) {
    parser.push(text.slice(at, cut));
    at = cut;
  }
  parser.push(text.slice(at));
  return parser.finish();
}

const closeTo = (actual: number[], wanted: number[]) => {
  expect(actual.length).toBe(wanted.length);
  actual.forEach((value, i) =>
    expect(Math.abs(value - (wanted[i] as number))).toBeLessThanOrEqual(1e-9 * Math.max(1, wanted[i] as number)),
  );
};

describe('any list of latencies written in any supported format reads back equal, in any chunks', () => {
  it.each(Object.entries(WRITERS))('%s', (_, writer) => {
    fc.assert(
      fc.property(
        latencies,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 }),
        (values, cuts) => {
          const text = writer.write(values);
          const whole = parseSamples(text);
          expect(whole.format).toBe(writer.format);
          closeTo(Array.from(whole.valuesMs), writer.back ? writer.back(values) : values);
          expect(whole.rejected.count).toBe(0);
          const chunked = parseInChunks(text, cuts);
          expect(Array.from(chunked.valuesMs)).toEqual(Array.from(whole.valuesMs));
          expect({ ...chunked, valuesMs: null, curlTimings: null }).toEqual({
            ...whole,
            valuesMs: null,
            curlTimings: null,
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});

// Characters that steer the detector and the readers, mixed with any code point.
const steering = fc.oneof(
  fc.constantFrom(...'0123456789.,;\t\n\r"{}[]=:#_ %<>-+eEmsuµ'.split('')),
  fc.constantFrom(
    'time=',
    'time_total=',
    '"metric":"http_req_duration"',
    '"type":"Point"',
    '"value":',
    '"latency":',
    '"log":{',
    '"entries":[',
    '"results":',
    '"times":[',
    '"metrics":{',
    '"med":',
    'ms',
    'requests in',
    'Latency Distribution',
    'Value Percentile TotalCount',
    '#[Max = 1, Total count = 2]',
    'Complete requests:',
    'bytes from',
    'Percentage served',
  ),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);
const OPENINGS = [
  '',
  'response-time,DNS+dialup,DNS,Request-write,Response-delay,Response-read,status-code,offset\n',
  'starttime\tseconds\tctime\tdtime\tttime\twait\n',
  'timeStamp,elapsed,label,Latency\n',
  'metric_name,timestamp,metric_value\n',
  '{"metric":"http_req_duration","type":"Point","data":{"value":1}}\n',
  '{"log": {"entries": [',
  '{"results": [{"times": [',
  'Running 1s test @ http://x\n',
  'This is ApacheBench\n',
  'PING x\n',
  '       Value   Percentile   TotalCount 1/(1-Percentile)\n',
  'Percentage served,Time in ms\n',
  '[',
  'ts;ttfb_ms\n',
];

describe('hostile text', () => {
  it('never throws, whole or in chunks, and yields only finite, in-range values', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OPENINGS),
        fc.string({ unit: steering, maxLength: 200 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }),
        fc.constantFrom('auto', 'ms', 's', 'us', 'ns') as fc.Arbitrary<'auto'>,
        (opening, body, cuts, unit) => {
          const text = opening + body;
          for (const parsed of [parseSamples(text, { unit }), parseInChunks(text, cuts)]) {
            for (const v of parsed.valuesMs) {
              expect(Number.isFinite(v)).toBe(true);
              expect(v).toBeGreaterThanOrEqual(0);
              expect(v).toBeLessThanOrEqual(3_600_000);
            }
            for (const point of parsed.summary?.percentiles ?? []) expect(Number.isFinite(point.ms)).toBe(true);
            expect(parsed.rejected.positions.length).toBeLessThanOrEqual(20);
            expect(typeof parsed.description).toBe('string');
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('streaming', () => {
  it('reads a generated k6 NDJSON stream chunk by chunk without holding it, up to the sample cap', () => {
    // 40 MB pushed in 64 KiB chunks; the parser keeps at most one line and the samples.
    const line = (i: number) =>
      `{"metric":"http_req_duration","type":"Point","data":{"time":"2026-12-02T11:00:00Z","value":${(i % 1000) / 10},"tags":{"status":"200","url":"http://127.0.0.1/api"}}}\n`;
    const parser = createSampleParser({ maxSamples: 200_000 });
    let chunk = '';
    let lines = 0;
    while (parser.charsRead + chunk.length < 40e6) {
      chunk += line(lines++);
      if (chunk.length >= 65_536) {
        parser.push(chunk);
        chunk = '';
      }
    }
    parser.push(chunk);
    const parsed = parser.finish();
    expect(parsed.format).toBe('k6-json');
    expect(parsed.valuesMs.length).toBe(200_000);
    expect(parsed.truncated).toBe(true);
    expect(parsed.valuesMs[12_345]).toBe(345 / 10);
  });
});
