/** Names of the formats in plain words, and the one-sentence account of what a parse read. */
import type { ParsedFormat, ParsedSamples } from './types.ts';
import { UNIT_NAMES } from './units.ts';

export const FORMAT_NAMES: Readonly<Record<ParsedFormat, string>> = {
  numbers: 'one number per line',
  'number-list': 'a list of numbers',
  csv: 'CSV',
  'curl-kv': 'curl -w timings',
  'curl-json': "curl -w '%{json}' lines",
  'hyperfine-json': 'hyperfine JSON export',
  'hey-csv': 'hey CSV',
  'ab-gnuplot': 'ab -g (gnuplot TSV)',
  'jmeter-csv': 'JMeter JTL (CSV)',
  'k6-csv': 'k6 CSV output',
  'k6-json': 'k6 JSON output',
  'vegeta-csv': 'vegeta CSV',
  'vegeta-json': 'vegeta JSON',
  har: 'HAR (browser network log)',
  ping: 'ping output',
  'h2load-log': 'h2load log file',
  'wrk-latency': 'wrk --latency report',
  hdrhistogram: 'HdrHistogram percentile output',
  'ab-text': 'ApacheBench report',
  'ab-percentiles-csv': 'ab -e percentile CSV',
  'k6-summary': 'k6 end-of-test summary JSON',
  empty: '',
  binary: 'binary data',
  unrecognised: 'unrecognised text',
};

/** What the reader can paste, for the message shown when nothing was recognised. */
export const SUPPORTED_FORMATS_TEXT =
  'Supported: numbers (one per line, on one line, or a JSON array; units such as ms, s or µs allowed), CSV or TSV with a header, ' +
  "curl -w timings or '%{json}' lines, hey -o csv, ab -g and ab -e files and ab's report, wrk --latency and wrk2 -L reports, " +
  'HdrHistogram .hgrm output, JMeter JTL (CSV), k6 --out csv and --out json, k6 summary JSON, vegeta encode CSV or JSON, ' +
  'HAR files, ping output, h2load --log-file and hyperfine --export-json.';

/** Formats that do not say what their numbers are: they hold samples, not necessarily requests. */
const GENERIC_FORMATS: ReadonlySet<ParsedFormat> = new Set(['numbers', 'number-list', 'csv']);

/** 12,345 (toLocaleString would start Intl on every call: tens of ms in a worker). */
const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** "Read 300 requests from hey CSV, column response-time, in seconds." */
export function describeRead(parsed: Omit<ParsedSamples, 'description'>): string {
  const name = FORMAT_NAMES[parsed.format];
  if (parsed.format === 'empty') return '';
  if (parsed.format === 'binary') return 'This looks like binary data, not text: nothing was read.';
  if (parsed.format === 'unrecognised')
    return `No samples could be read: nothing in this text matches a format this tool reads. ${SUPPORTED_FORMATS_TEXT}`;
  const column = parsed.column ? `, column ${parsed.column}` : '';
  const unit = parsed.unitAmbiguous
    ? 'assumed to be in milliseconds (nothing says which unit)'
    : `in ${UNIT_NAMES[parsed.unit]}`;
  if (parsed.kind === 'summary' && parsed.summary) {
    const n = parsed.summary.n === null ? '' : ` of ${count(parsed.summary.n)} requests`;
    return `Read a summary${n} from ${name}${column}: ${parsed.summary.percentiles.length} percentiles, ${unit}.`;
  }
  if (parsed.kind === 'none') return `Nothing could be read from this ${name}.`;
  const [one, many] =
    parsed.format === 'ping'
      ? ['reply', 'replies']
      : GENERIC_FORMATS.has(parsed.format)
        ? ['sample', 'samples']
        : ['request', 'requests'];
  return `Read ${count(parsed.valuesMs.length)} ${parsed.valuesMs.length === 1 ? one : many} from ${name}${column}, ${unit}.`;
}
