/**
 * Which format a text is in, decided once from its opening (the first DETECT_CHARS characters),
 * so a stream is read by one reader from its first chunk, and chunking never changes the answer.
 */
import { detectDelimiter, MAX_NAME_LENGTH, splitCsvLine } from './csv.ts';
import { newNumberScan, scanQuantity } from './numbers.ts';
import type { TableLayout } from './readers/table.ts';
import type { ParsedFormat } from './types.ts';
import { suffixUnit } from './units.ts';

/** Characters looked at to choose the format and the column. */
export const DETECT_CHARS = 64 * 1024;
/** Rows looked at to profile a table's columns. */
const PROFILE_ROWS = 50;

export interface Detection {
  format: ParsedFormat;
  /** Complete lines of the opening (the last one only if the opening is the whole text). */
  lines: string[];
  table: TableLayout | null;
  /** wrk2 -L output (an HdrHistogram spectrum inside a wrk report). */
  wrk2: boolean;
}

const BINARY_PROBE_CHARS = 65_536;

/**
 * True when the start of the text is not text at all: a NUL, or more than 1 % control characters
 * (other than tab, line feed and carriage return) or U+FFFD, which a browser puts where a file's
 * bytes were not valid UTF-8. Reading such input line by line would only find numbers by chance.
 */
export function looksBinary(text: string): boolean {
  const end = Math.min(text.length, BINARY_PROBE_CHARS);
  let odd = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127 || code === 0xfffd) odd++;
  }
  return end > 0 && odd / end > 0.01;
}

const CURL_KV = /(?:^|[\s,;])time_[a-z_]+=/;
/** A row of h2load's --log-file: start time (µs since the epoch), status, duration (µs). */
const H2LOAD_ROW = /^\d{16}\t\d{3}\t\d+$/;
const DECIMAL_COMMA_CELL = /^\s*\+?\d+,\d+\s*$/;

function isQuantity(text: string): boolean {
  const trimmed = text.trim();
  return scanQuantity(trimmed, 0, trimmed.length, newNumberScan());
}

function isQuantityComma(text: string): boolean {
  const trimmed = text.trim();
  return scanQuantity(trimmed, 0, trimmed.length, newNumberScan(), true);
}

/** The format of a text whose opening is `opening`; `complete` when the opening is all of it. */
export function detectFormat(opening: string, complete = true): Detection {
  const all = opening.split(/\r\n|\r|\n/);
  const lines = complete ? all : all.slice(0, -1);
  const none = (format: ParsedFormat): Detection => ({ format, lines, table: null, wrk2: false });
  if (looksBinary(opening)) return none('binary');
  const data = lines.map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
  const first = data[0];
  if (first === undefined) {
    // A single line longer than the opening (a huge list of numbers, say) has no complete line yet.
    const start = opening.trimStart();
    if (complete || start === '') return none('empty');
    return none(/^[[\d.+]/.test(start) ? 'number-list' : start.startsWith('{') ? 'unrecognised' : 'numbers');
  }
  const head = opening.slice(0, 4096);

  if (first.startsWith('[')) return none(/^\[\s*[\d.+\]]/.test(first) ? 'number-list' : 'unrecognised');
  if (first.startsWith('{')) {
    const lineIsObject = first.endsWith('}');
    if (lineIsObject && /"type"\s*:\s*"(?:Point|Metric)"/.test(first) && first.includes('"metric"'))
      return none('k6-json');
    if (lineIsObject && /"latency"\s*:/.test(first) && /"code"\s*:/.test(first)) return none('vegeta-json');
    // curl's JSON lines hold its time_ variables; other JSON lines are not samples.
    const curlJson = lineIsObject && /"time_[a-z_]+"\s*:/.test(opening);
    if (/"time_[a-z_]+"\s*:/.test(first) || (curlJson && data.length > 1)) return none('curl-json');
    if (/"log"\s*:\s*\{/.test(head) && /"entries"\s*:/.test(opening)) return none('har');
    if (/"results"\s*:/.test(head) && /"times"\s*:/.test(opening)) return none('hyperfine-json');
    if (/"metrics"\s*:\s*\{/.test(opening) && /"(?:med|avg)"\s*:/.test(opening)) return none('k6-summary');
    return none(curlJson ? 'curl-json' : 'unrecognised');
  }

  if (/^Running .* test @ /m.test(head) || /^\s*Thread Stats\s+Avg/m.test(head)) {
    if (/Value\s+Percentile\s+TotalCount/.test(opening))
      return { format: 'hdrhistogram', lines, table: null, wrk2: true };
    return none('wrk-latency');
  }
  if (/^\s*Value\s+Percentile\s+TotalCount/m.test(head)) return none('hdrhistogram');
  if (/^This is ApacheBench|^Percentage of the requests served within|^Benchmarking \S+ \(be patient\)/m.test(head))
    return none('ab-text');
  if (data.slice(0, 5).some((line) => /^PING \S+|(?:bytes from|Reply from) .*time[=<]/.test(line))) return none('ping');
  if (CURL_KV.test(first)) return none('curl-kv');

  // Several numbers on the only line: a list ("12 13.5 14", "12, 13.5, 14").
  if (data.length === 1 && isNumberList(first) && !H2LOAD_ROW.test(first)) return none('number-list');
  const delimiter = detectDelimiter(first);
  if (delimiter !== null) return detectTable(first, data, delimiter, lines);

  // A one-column file with a header ("ttfb_ms" then numbers) is a table with a single column.
  const second = data[1];
  if (!isQuantity(first) && first.length <= MAX_NAME_LENGTH && second !== undefined && isQuantity(second)) {
    return detectTable(first, data, ',', lines);
  }
  return none('numbers');
}

/** Two or more numbers (each maybe followed by a unit) separated by blanks, commas or semicolons. */
function isNumberList(line: string): boolean {
  if (isQuantity(line)) return false;
  const words = line.split(/[\s,;]+/).filter((word) => word !== '');
  let numbers = 0;
  for (const word of words) {
    if (isQuantity(word)) numbers++;
    else if (!suffixUnit(word)) return false;
  }
  return numbers >= 2;
}

function detectTable(first: string, data: readonly string[], delimiter: string, lines: string[]): Detection {
  const header = splitCsvLine(first, delimiter);
  const rowsFrom = (from: number) => data.slice(from, from + PROFILE_ROWS).map((line) => splitCsvLine(line, delimiter));
  const decimalComma =
    delimiter === ';' && rowsFrom(1).some((row) => row.some((cell) => DECIMAL_COMMA_CELL.test(cell)));
  const quantity = decimalComma ? isQuantityComma : isQuantity;
  const headerIsNames = header.some((cell) => cell.trim() !== '' && !quantity(cell));
  const lower = header.map((cell) => cell.trim().replace(/^"|"$/g, '').toLowerCase());
  const table = (format: ParsedFormat): Detection => ({
    format,
    lines,
    table: {
      format: format as TableLayout['format'],
      delimiter,
      decimalComma,
      header: headerIsNames ? header : null,
      rows: rowsFrom(headerIsNames ? 1 : 0),
    },
    wrk2: false,
  });
  // Headerless tool tables, recognised by the shape of their first row.
  const cells = header.map((cell) => cell.trim());
  if (
    cells.length >= 10 &&
    /^\d{19}$/.test(cells[0] ?? '') &&
    /^\d{3}$/.test(cells[1] ?? '') &&
    /^\d+$/.test(cells[2] ?? '')
  ) {
    return {
      ...table('vegeta-csv'),
      table: { format: 'vegeta-csv', delimiter, decimalComma, header: null, rows: rowsFrom(0) },
    };
  }
  if (H2LOAD_ROW.test(first)) {
    return {
      ...table('h2load-log'),
      table: { format: 'h2load-log', delimiter, decimalComma, header: null, rows: rowsFrom(0) },
    };
  }
  if (headerIsNames) {
    if (lower[0] === 'response-time' && lower.includes('response-delay')) return table('hey-csv');
    if (lower.includes('ttime') && lower.includes('ctime') && lower.includes('dtime')) return table('ab-gnuplot');
    if (
      lower.includes('timestamp') &&
      lower.includes('elapsed') &&
      (lower.includes('label') || lower.includes('latency'))
    )
      return table('jmeter-csv');
    if (lower[0] === 'metric_name' && lower.includes('metric_value')) return table('k6-csv');
    if (lower[0] === 'percentage served') return table('ab-percentiles-csv');
    return table('csv');
  }
  return table('csv');
}
