/**
 * Every fixture in tests/fixtures/latency (made by the real tools, or by documented formats where
 * Debian has no tool; see its README) read back with the right format, column, unit, n and
 * percentiles. Expected figures come from expected.json, which tests/fixtures/latency/expected.py
 * computes with Python's own csv/json readers and numpy's default percentile (type 7): an
 * implementation independent of this parser.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { mulberry32 } from '../seeded-random.ts';
import { quantileSorted, sortSamples } from '../percentiles.ts';
import { createSampleParser, parseSamples, type ParsedSamples, type ParseOptions } from './index.ts';

vi.setConfig({ testTimeout: 60_000 });

const FIXTURES = new URL('../../../../tests/fixtures/latency/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

interface Expected {
  kind: 'samples' | 'summary' | 'histogram';
  format: string;
  column?: string | null;
  unit?: string;
  n: number | null;
  percentilesMs?: Record<string, number>;
  meanMs?: number;
  rows?: number;
  maxMs?: number;
}
const expected = JSON.parse(read('expected.json')) as Record<string, Expected>;

/** expected.py names a few shapes after what they are; the parser names the reader that reads them. */
const FORMAT_OF: Record<string, string> = { 'json-array': 'number-list', numbers: 'number-list', wrk2: 'hdrhistogram' };
const GENERIC = new Set(['numbers', 'json-array']);

/** Relative closeness: conversions (s → ms, ns → ms) differ from Python's in the last bit only. */
const close = (actual: number, wanted: number) =>
  expect(Math.abs(actual - wanted)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(wanted)));

/** The same text pushed in chunks cut at seeded random places, from 1 character to 4 KiB. */
function parseInChunks(text: string, seed: number, options: ParseOptions = {}): ParsedSamples {
  const random = mulberry32(seed);
  const parser = createSampleParser(options);
  for (let at = 0; at < text.length;) {
    const size = 1 + Math.floor(random() ** 3 * 4096);
    parser.push(text.slice(at, at + size));
    at += size;
  }
  return parser.finish();
}

const sampleCases = Object.entries(expected).filter(([, e]) => e.kind === 'samples');

describe('raw-sample fixtures read back as numpy reads them', () => {
  it.each(sampleCases)('%s', (key, wanted) => {
    const [file, column] = key.split('#') as [string, string | undefined];
    const options = column ? { column } : {};
    const parsed = parseSamples(read(file), options);
    expect(parsed.format).toBe(FORMAT_OF[wanted.format] ?? wanted.format);
    expect(parsed.kind).toBe('samples');
    expect(parsed.valuesMs.length).toBe(wanted.n);
    expect(parsed.rejected.count).toBe(0);
    if (wanted.column) expect(parsed.column).toBe(wanted.column);
    if (!GENERIC.has(wanted.format)) {
      expect(parsed.unit).toBe(wanted.unit);
      expect(parsed.unitAmbiguous).toBe(false);
    }
    const sorted = sortSamples(parsed.valuesMs);
    for (const [name, ms] of Object.entries(wanted.percentilesMs ?? {}))
      close(quantileSorted(sorted, Number(name.slice(1)) / 100), ms);
    // Chunk boundaries anywhere give exactly the same result.
    const chunked = parseInChunks(read(file), key.length, options);
    expect(Array.from(chunked.valuesMs)).toEqual(Array.from(parsed.valuesMs));
    expect({ ...chunked, valuesMs: null, curlTimings: null }).toEqual({ ...parsed, valuesMs: null, curlTimings: null });
  });

  it('names what it read, in one sentence', () => {
    expect(parseSamples(read('hey.csv')).description).toBe(
      'Read 300 requests from hey CSV, column response-time, in seconds.',
    );
    expect(parseSamples(read('vegeta.csv')).description).toBe(
      'Read 300 requests from vegeta CSV, column latency, in nanoseconds.',
    );
    expect(parseSamples(read('json-array.json')).description).toBe(
      'Read 300 samples from a list of numbers, assumed to be in milliseconds (nothing says which unit).',
    );
  });

  it('offers the phases of formats that have them, total by default and TTFB on request', () => {
    const cases: Array<[string, string, string]> = [
      ['hey.csv', 'response-time', 'Response-delay'],
      ['ab-g.tsv', 'ttime', 'wait'],
      ['jmeter.jtl', 'elapsed', 'Latency'],
      ['k6.csv', 'http_req_duration', 'http_req_waiting'],
      ['k6.ndjson', 'http_req_duration', 'http_req_waiting'],
      ['chromium.har', 'time', 'ttfb'],
      ['curl-json.txt', 'time_starttransfer', 'time_starttransfer'],
    ];
    for (const [file, byDefault, ttfb] of cases) {
      const parsed = parseSamples(read(file));
      expect(parsed.column, file).toBe(byDefault);
      expect(parsed.columnSource, file).toBe('format');
      expect(parsed.columnOptions.find((option) => option.role === 'ttfb')?.name, file).toBe(ttfb);
      const asTtfb = parseSamples(read(file), { phase: 'ttfb' });
      expect(asTtfb.column, file).toBe(ttfb);
      expect(asTtfb.phase, file).toBe('ttfb');
    }
    expect(parseSamples(read('curl-json.txt'), { phase: 'total' }).column).toBe('time_total');
  });

  it('keeps curl phase timings for every request of a small file', () => {
    const parsed = parseSamples(read('curl-json.txt'));
    expect(parsed.curlTimings?.length).toBe(parsed.valuesMs.length);
  });
});

describe('summary fixtures give the figures the tool printed', () => {
  it('ab text report: n, mean and the served-within table', () => {
    const wanted = expected['ab.txt']!;
    const parsed = parseSamples(read('ab.txt'));
    expect(parsed.format).toBe('ab-text');
    expect(parsed.kind).toBe('summary');
    expect(parsed.columns).toEqual([]); // no bogus column picker for a report
    expect(parsed.summary!.n).toBe(wanted.n);
    expect(Object.fromEntries(parsed.summary!.percentiles.map(({ p, ms }) => [`p${p}`, ms]))).toEqual(
      wanted.percentilesMs,
    );
  });

  it('ab -e CSV: all 101 rows, consistent with the same run’s ab -g total times', () => {
    const wanted = expected['ab-e.csv']!;
    const parsed = parseSamples(read('ab-e.csv'));
    expect(parsed.format).toBe('ab-percentiles-csv');
    expect(parsed.summary!.percentiles).toHaveLength(101);
    expect(Object.fromEntries(parsed.summary!.percentiles.map(({ p, ms }) => [`p${p}`, ms]))).toEqual(
      wanted.percentilesMs,
    );
    // ab -g rounds each total to whole ms; ab -e gives ms to the µs. ab takes the percentile as
    // the order statistic at round(n·p/100) (ab.c), so each row is within half a ms of it.
    const ttimes = sortSamples(parseSamples(read('ab-g.tsv')).valuesMs);
    const n = ttimes.length;
    for (const { p, ms } of parsed.summary!.percentiles) {
      const rank = p === 0 ? 0 : p === 100 ? n - 1 : Math.min(n - 1, Math.floor(0.5 + (n * p) / 100));
      expect(Math.abs(ms - (ttimes[rank] as number)), `p${p}`).toBeLessThanOrEqual(0.5 + 1e-9);
    }
  });

  it('wrk --latency: n, mean, max and its four percentiles', () => {
    const wanted = expected['wrk-latency.txt']!;
    const parsed = parseSamples(read('wrk-latency.txt'));
    expect(parsed.format).toBe('wrk-latency');
    expect(parsed.summary!.n).toBe(wanted.n);
    const got = Object.fromEntries(parsed.summary!.percentiles.map(({ p, ms }) => [`p${p}`, ms]));
    for (const [name, ms] of Object.entries(wanted.percentilesMs!)) close(got[name]!, ms);
    expect(parsed.summary!.meanMs).toBeGreaterThan(0);
    expect(parsed.summary!.maxMs).toBeGreaterThanOrEqual(got.p99!);
  });

  it.each(['hey-response-time.hgrm', 'wrk2-L.txt'])(
    '%s: HdrHistogram rows agree with the raw times they were made from',
    (file) => {
      const wanted = expected[file]!;
      const parsed = parseSamples(read(file));
      expect(parsed.format).toBe('hdrhistogram');
      const summary = parsed.summary!;
      expect(summary.n).toBe(wanted.n);
      expect(summary.percentiles).toHaveLength(wanted.rows!);
      close(summary.maxMs!, wanted.maxMs!);
      expect(summary.histogram!.counts.reduce((a, b) => a + b, 0)).toBe(wanted.n);
      // HdrHistogram's value at a percentile is the smallest recorded value (to 3 significant
      // digits) with at least that share of samples at or below it: check it on hey's own times.
      const raw = sortSamples(parseSamples(read('hey.csv')).valuesMs);
      for (const { p, ms } of summary.percentiles) {
        const atOrBelow = raw.filter((v) => v <= ms * 1.001).length;
        expect(atOrBelow / raw.length).toBeGreaterThanOrEqual(p / 100 - 1e-9);
      }
      // A bare .hgrm does not say its unit; wrk2 prints ms.
      expect(parsed.unitAmbiguous).toBe(file.endsWith('.hgrm'));
    },
  );

  it('k6 summary export: its trend figures, which match type 7 on the same run’s k6 CSV', () => {
    const wanted = expected['k6-summary-export.json']!;
    const parsed = parseSamples(read('k6-summary-export.json'));
    expect(parsed.format).toBe('k6-summary');
    expect(parsed.column).toBe('http_req_duration');
    const got = Object.fromEntries(parsed.summary!.percentiles.map(({ p, ms }) => [`p${p}`, ms]));
    for (const [name, ms] of Object.entries(wanted.percentilesMs!)) close(got[name]!, ms);
    close(parsed.summary!.meanMs!, wanted.meanMs!);
    const k6 = expected['k6.csv']!.percentilesMs!;
    for (const name of ['p50', 'p90', 'p95']) close(got[name]!, k6[name]!);
    expect(parsed.summary!.n).toBe(expected['k6.csv']!.n);
  });
});
