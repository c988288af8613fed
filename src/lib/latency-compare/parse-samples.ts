/**
 * Reads latency samples pasted or dropped in by a reader. Accepted formats:
 * - one number per line, each optionally with a unit ("12.5", "12.5 ms", "0.0125s", "850 µs");
 * - CSV (comma, tab or semicolon) with a header row; the reader picks the column;
 * - `curl -w` output: a line of named `time_…=value` timings per request, or the JSON object
 *   per line that `-w '%{json}\n'` prints (curl reports these in seconds);
 * - hyperfine's `--export-json` file (`{ "results": [{ "command", "times": [seconds…] }] }`).
 *
 * Every non-blank line that yields no sample is counted and its line number kept, so nothing is
 * dropped silently. The work is linear in the input: numbers are read by a hand-written scanner
 * (no regular expression that could backtrack), over-long lines are rejected by length first,
 * and curl lines are scanned for their `time_` keys rather than parsed as whole JSON documents.
 */
import type { CurlTimingColumns } from './curl-phases.ts';
import { MAX_SAMPLE_MS } from './sample-limits.ts';

export type TimeUnit = 'ms' | 's' | 'us';
export type UnitChoice = 'auto' | TimeUnit;
export type SampleFormat = 'numbers' | 'csv' | 'curl-kv' | 'curl-json' | 'hyperfine-json';

export const TIME_UNITS: readonly TimeUnit[] = ['ms', 's', 'us'];
const MS_PER_UNIT: Record<TimeUnit, number> = { ms: 1, s: 1000, us: 0.001 };

export { MAX_SAMPLE_MS } from './sample-limits.ts';
export const DEFAULT_MAX_SAMPLES = 1_000_000;
/** Positions of rejected lines kept for display. */
export const MAX_REPORTED_POSITIONS = 20;
const MAX_NUMBER_LINE = 256;
const MAX_RECORD_LINE = 65_536;
const MAX_NAME_LENGTH = 80;

export interface ParseOptions {
  unit?: UnitChoice;
  /** CSV column, hyperfine command or curl timing to read; the first sensible one when absent. */
  column?: string | null;
  maxSamples?: number;
}

export interface RejectedInput {
  count: number;
  /** First few 1-based line numbers (or entry numbers for hyperfine JSON). */
  positions: number[];
  positionKind: 'line' | 'entry';
}

export interface ParsedSamples {
  /** 'binary': the text holds NUL bytes or many control characters, so nothing was read. */
  format: SampleFormat | 'empty' | 'binary';
  valuesMs: Float64Array;
  /** Unit applied to numbers that carry none. */
  unit: TimeUnit;
  unitSource: 'chosen' | 'detected' | 'assumed';
  /** Set when ms was assumed but the values look like seconds. */
  unitHint: TimeUnit | null;
  /** What the column picker offers: CSV headers, hyperfine commands or curl timing names. */
  columns: string[];
  column: string | null;
  rejected: RejectedInput;
  /** Lines starting with '#', skipped on purpose and reported as such. */
  commentLines: number;
  /** curl's cumulative timings (ms) for each accepted request, for the phase breakdown. */
  curlTimings: CurlTimingColumns | null;
  /** More than maxSamples values: the rest were not read. */
  truncated: boolean;
}

// ---------------------------------------------------------------------------------------------
// Numbers

const UNIT_SUFFIXES = new Map<string, TimeUnit>([
  ['ms', 'ms'],
  ['msec', 'ms'],
  ['s', 's'],
  ['sec', 's'],
  ['us', 'us'],
  ['µs', 'us'],
  ['μs', 'us'],
  ['usec', 'us'],
]);

const isDigit = (code: number) => code >= 48 && code <= 57;

/** Unit of a suffix such as "ms", " s", "µs" (case-insensitive); undefined if not a unit. */
function suffixUnit(suffix: string): TimeUnit | undefined {
  const trimmed = suffix.trimStart();
  if (trimmed.length > 4) return undefined;
  return UNIT_SUFFIXES.get(trimmed) ?? UNIT_SUFFIXES.get(trimmed.toLowerCase());
}

/** Index just after the last number read by readDecimal (valid only when it returned a number). */
let decimalEnd = 0;
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * Reads a plain decimal starting at `from` ("12", "+1.5", ".5", "5.", "1e-3") in one pass and
 * returns its value, or NaN. No sign other than '+', no hex, no "Infinity"; at most four exponent
 * digits. Up to 15 significant digits without exponent, mantissa ÷ 10^k is one correctly rounded
 * division of two exact doubles, the same double Number() gives, without allocating a substring;
 * anything longer or with an exponent goes to Number().
 */
function readDecimal(text: string, from: number, end: number): number {
  let i = from;
  if (i < end && text.charCodeAt(i) === 43) i++; // '+'
  const digitsFrom = i;
  let mantissa = 0;
  let digits = 0;
  let significant = 0;
  let fractionDigits = 0;
  let code = i < end ? text.charCodeAt(i) : 0;
  while (code >= 48 && code <= 57) {
    mantissa = mantissa * 10 + (code - 48);
    digits++;
    if (significant > 0 || code !== 48) significant++;
    code = ++i < end ? text.charCodeAt(i) : 0;
  }
  if (code === 46) {
    code = ++i < end ? text.charCodeAt(i) : 0; // '.'
    while (code >= 48 && code <= 57) {
      mantissa = mantissa * 10 + (code - 48);
      digits++;
      fractionDigits++;
      if (significant > 0 || code !== 48) significant++;
      code = ++i < end ? text.charCodeAt(i) : 0;
    }
  }
  if (digits === 0) return Number.NaN;
  let exact = significant <= 15 && fractionDigits <= 22;
  if (code === 101 || code === 69) {
    let j = i + 1;
    const sign = j < end ? text.charCodeAt(j) : 0;
    if (sign === 43 || sign === 45) j++;
    let exponentDigits = 0;
    while (j < end && isDigit(text.charCodeAt(j))) {
      j++;
      exponentDigits++;
    }
    if (exponentDigits === 0 || exponentDigits > 4) return Number.NaN;
    i = j;
    exact = false;
  }
  decimalEnd = i;
  if (!exact) return Number(text.slice(digitsFrom, i));
  return fractionDigits === 0 ? mantissa : mantissa / (POWERS_OF_TEN[fractionDigits] as number);
}

/** Unit written after the number read by readQuantity; null when there was none. */
let quantityUnit: TimeUnit | null = null;

/**
 * Reads "12.5", "12.5 ms", "0.3s", "850 µs" from text[from, end) without allocating; returns
 * the value (in its own unit, left in quantityUnit) or NaN when the span is not such a quantity.
 */
function readQuantity(text: string, from: number, end: number): number {
  if (end <= from || end - from > MAX_NUMBER_LINE) return Number.NaN;
  const value = readDecimal(text, from, end);
  if (!Number.isFinite(value)) return Number.NaN;
  if (decimalEnd === end) {
    quantityUnit = null;
    return value;
  }
  const unit = suffixUnit(text.slice(decimalEnd, end));
  if (!unit) return Number.NaN;
  quantityUnit = unit;
  return value;
}

/** Reads "12.5", "12.5 ms", "0.3s", "850 µs" (already trimmed). `unit` is null when none is written. */
export function parseQuantity(text: string): { value: number; unit: TimeUnit | null } | null {
  const value = readQuantity(text, 0, text.length);
  return Number.isNaN(value) ? null : { value, unit: quantityUnit };
}

/** A number with no unit allowed (JSON values, curl values): the whole span must be the number. */
function readPlainNumber(text: string, from: number, end: number): number {
  const value = readDecimal(text, from, end);
  return decimalEnd === end && Number.isFinite(value) ? value : Number.NaN;
}

/** A quantity in ms (its own unit, else `unit`), or null when unreadable or out of range. */
function quantityMs(text: string, unit: TimeUnit): number | null {
  const value = readQuantity(text, 0, text.length);
  return Number.isNaN(value) ? null : toMs(value, quantityUnit ?? unit);
}

function toMs(value: number, unit: TimeUnit): number | null {
  const ms = value * MS_PER_UNIT[unit];
  return Number.isFinite(ms) && ms >= 0 && ms <= MAX_SAMPLE_MS ? ms : null;
}

// ---------------------------------------------------------------------------------------------
// Lines, CSV records, names

/** Splits on \n, \r\n or a bare \r (old Mac files); one linear pass. */
export function splitLines(text: string): string[] {
  if (text.indexOf('\r') === -1) return text.split('\n');
  return text.split(/\r\n|\r|\n/);
}

function cleanName(raw: string): string {
  let name = raw.trim();
  if (name.length >= 2 && name.startsWith('"') && name.endsWith('"')) name = name.slice(1, -1).replaceAll('""', '"');
  // Control characters from binary junk would make an unreadable picker label.
  name = name.replace(/[\u0000-\u001f\u007f]/g, '');
  return name.length > MAX_NAME_LENGTH ? `${name.slice(0, MAX_NAME_LENGTH)}…` : name;
}

function uniqueNames(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((raw, i) => {
    const name = raw === '' ? `column ${i + 1}` : raw;
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}

/** Splits one CSV record; double quotes may wrap a cell and "" is a literal quote. Linear. */
export function splitCsvLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  const length = line.length;
  let i = 0;
  for (;;) {
    // Skip leading blanks to see whether this cell is quoted.
    let j = i;
    while (j < length && (line[j] === ' ' || (line[j] === '\t' && delimiter !== '\t'))) j++;
    if (line[j] === '"') {
      let cell = '';
      let k = j + 1;
      for (;;) {
        const close = line.indexOf('"', k);
        if (close === -1) {
          cell += line.slice(k); // unclosed quote: take the rest as the cell
          k = length;
          break;
        }
        cell += line.slice(k, close);
        if (line[close + 1] === '"') {
          cell += '"';
          k = close + 2;
        } else {
          k = close + 1;
          break;
        }
      }
      const next = line.indexOf(delimiter, k);
      cells.push(next === -1 ? cell + line.slice(k) : cell + line.slice(k, next));
      if (next === -1) return cells;
      i = next + 1;
    } else {
      const next = line.indexOf(delimiter, i);
      if (next === -1) {
        cells.push(line.slice(i));
        return cells;
      }
      cells.push(line.slice(i, next));
      i = next + 1;
    }
  }
}

/** Unit named in a CSV header or column name, e.g. "ttfb_ms", "time (s)", "latency [µs]". */
export function unitFromName(name: string): TimeUnit | null {
  const lower = name.toLowerCase().slice(0, 200);
  if (/(?:^|[^a-z])(?:ms|msec|millis|milliseconds?)(?:[^a-z]|$)/.test(lower)) return 'ms';
  if (/(?:^|[^a-z])(?:us|µs|μs|usec|micros|microseconds?)(?:[^a-z]|$)/.test(lower)) return 'us';
  if (/(?:^|[^a-z])(?:s|sec|secs|seconds?)(?:[^a-z]|$)/.test(lower)) return 's';
  return null;
}

// ---------------------------------------------------------------------------------------------
// Collecting values and rejections

class Collector {
  /** Preallocated for every line, so accepting a value never reallocates. */
  private buffer: Float64Array;
  length = 0;
  rejectedCount = 0;
  readonly positions: number[] = [];
  truncated = false;
  private readonly maxSamples: number;

  constructor(maxSamples: number, expected: number) {
    this.maxSamples = maxSamples;
    this.buffer = new Float64Array(Math.max(16, Math.min(maxSamples, expected)));
  }

  /** Returns false once the sample cap is reached, to stop reading. */
  accept(ms: number): boolean {
    if (this.length >= this.maxSamples) {
      this.truncated = true;
      return false;
    }
    if (this.length === this.buffer.length) {
      const grown = new Float64Array(Math.min(this.maxSamples, this.buffer.length * 2));
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.length++] = ms;
    return true;
  }

  reject(position: number): void {
    this.rejectedCount++;
    if (this.positions.length < MAX_REPORTED_POSITIONS) this.positions.push(position);
  }

  values(): Float64Array {
    return this.buffer.slice(0, this.length);
  }
}

// ---------------------------------------------------------------------------------------------
// Format detection

interface DataLine {
  text: string;
  /** 0-based index into the lines array. */
  index: number;
}

/** The first `count` non-blank, non-comment lines from `from` (over-long lines cut short). */
function firstDataLines(lines: readonly string[], count: number, from = 0): DataLine[] {
  const found: DataLine[] = [];
  for (let index = from; index < lines.length && found.length < count; index++) {
    const line = lines[index] as string;
    if (line.length > MAX_RECORD_LINE) {
      found.push({ text: line.slice(0, 256), index });
      continue;
    }
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    found.push({ text: trimmed, index });
  }
  return found;
}

const CURL_KV = /(?:^|[\s,;])time_[a-z_]+=/;

function detectDelimiter(line: string): string | null {
  for (const delimiter of ['\t', ',', ';']) if (line.includes(delimiter)) return delimiter;
  return null;
}

function isQuantity(text: string): boolean {
  return parseQuantity(text) !== null;
}

function detectFormatOfLines(text: string, lines: readonly string[]): SampleFormat | 'empty' {
  const [first, second] = firstDataLines(lines, 2);
  if (!first) return 'empty';
  const line = first.text;
  if (line.startsWith('{') || line.startsWith('[')) {
    // hyperfine writes one pretty-printed object that opens with "results"; only then is the whole
    // text worth parsing as one JSON document.
    const opening = text.slice(0, 400).trimStart();
    return /^\{\s*"results"\s*:/.test(opening) && readHyperfine(text) !== null ? 'hyperfine-json' : 'curl-json';
  }
  if (CURL_KV.test(line)) return 'curl-kv';
  if (detectDelimiter(line) !== null) return 'csv';
  // A one-column file with a header ("ttfb_ms" then numbers) is CSV with a single column.
  if (!isQuantity(line) && line.length <= MAX_NAME_LENGTH && second && isQuantity(second.text)) return 'csv';
  return 'numbers';
}

export function detectFormat(text: string): SampleFormat | 'empty' {
  return detectFormatOfLines(text, splitLines(text));
}

// ---------------------------------------------------------------------------------------------
// Per-format readers

type UnitSource = ParsedSamples['unitSource'];

function resolveUnit(choice: UnitChoice, detected: TimeUnit | null): { unit: TimeUnit; unitSource: UnitSource } {
  if (choice !== 'auto') return { unit: choice, unitSource: 'chosen' };
  if (detected) return { unit: detected, unitSource: 'detected' };
  return { unit: 'ms', unitSource: 'assumed' };
}

interface ReadOutcome {
  columns: string[];
  column: string | null;
  unit: TimeUnit;
  unitSource: UnitSource;
  comments: number;
  timings: CurlTimingColumns | null;
}

/**
 * Walks data lines from `from`: blank lines are skipped, '#' lines counted as comments,
 * over-long lines rejected; `read` returns the value in ms or null to reject the line.
 */
function readLines(
  lines: readonly string[],
  from: number,
  maxLength: number,
  collector: Collector,
  read: (trimmed: string, index: number) => number | null,
): number {
  let comments = 0;
  for (let index = from; index < lines.length; index++) {
    const line = lines[index] as string;
    if (line.length > maxLength) {
      collector.reject(index + 1);
      continue;
    }
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (trimmed.charCodeAt(0) === 35) {
      comments++; // '#'
      continue;
    }
    const ms = read(trimmed, index);
    if (ms === null) collector.reject(index + 1);
    else if (!collector.accept(ms)) break;
  }
  return comments;
}

function parseNumbers(lines: readonly string[], choice: UnitChoice, collector: Collector): ReadOutcome {
  // The first unit suffix seen names the unit for bare numbers, unless the reader chose one.
  let detected: TimeUnit | null = null;
  if (choice === 'auto') {
    for (const line of lines) {
      if (line.length > MAX_NUMBER_LINE) continue;
      const trimmed = line.trimEnd();
      const last = trimmed.charCodeAt(trimmed.length - 1);
      if (!(last >= 65 || last === 0xb5)) continue; // only lines ending in a letter can carry a unit
      const quantity = parseQuantity(trimmed.trimStart());
      if (quantity?.unit) {
        detected = quantity.unit;
        break;
      }
    }
  }
  const { unit, unitSource } = resolveUnit(choice, detected);
  const comments = readLines(lines, 0, MAX_NUMBER_LINE, collector, (trimmed) => quantityMs(trimmed, unit));
  return { columns: [], column: null, unit, unitSource, comments, timings: null };
}

const PREFERRED_COLUMN = /ttfb|starttransfer|first.?byte|latency|response|duration|elapsed|time|ms/i;

function parseCsv(lines: readonly string[], choice: UnitChoice, requestedColumn: string | null | undefined, collector: Collector): ReadOutcome {
  const [first] = firstDataLines(lines, 1) as [DataLine];
  const delimiter = detectDelimiter(first.text) ?? ',';
  const headerCells = splitCsvLine(first.text, delimiter);
  const headerIsNames = headerCells.some((cell) => !isQuantity(cell.trim()));
  const columns = uniqueNames(headerIsNames ? headerCells.map(cleanName) : headerCells.map((_, i) => `column ${i + 1}`));
  const dataFrom = headerIsNames ? first.index + 1 : first.index;

  // Default to a column that holds numbers in the first data row, preferring a latency-like name.
  const [firstRowLine] = firstDataLines(lines, 1, dataFrom);
  const firstRow = firstRowLine ? splitCsvLine(firstRowLine.text, delimiter) : [];
  const numericAt = (i: number) => isQuantity((firstRow[i] ?? '').trim());
  let columnIndex = requestedColumn != null ? columns.indexOf(requestedColumn) : -1;
  if (columnIndex === -1) columnIndex = columns.findIndex((name, i) => PREFERRED_COLUMN.test(name) && numericAt(i));
  if (columnIndex === -1) columnIndex = columns.findIndex((_, i) => numericAt(i));
  if (columnIndex === -1) columnIndex = 0;
  const column = columns[columnIndex] ?? null;
  const { unit, unitSource } = resolveUnit(choice, headerIsNames && column ? unitFromName(column) : null);

  const comments = readLines(lines, dataFrom, MAX_RECORD_LINE, collector, (trimmed) => {
    const cell = splitCsvLine(trimmed, delimiter)[columnIndex];
    return cell === undefined ? null : quantityMs(cell.trim(), unit);
  });
  return { columns, column, unit, unitSource, comments, timings: null };
}

/** curl's `-w` timing variables this tool reads (all in seconds), in picker order. */
export const CURL_TIMING_VARIABLES = [
  'time_starttransfer',
  'time_total',
  'time_pretransfer',
  'time_posttransfer',
  'time_appconnect',
  'time_connect',
  'time_namelookup',
  'time_redirect',
  'time_queue',
] as const;
type CurlVariable = (typeof CURL_TIMING_VARIABLES)[number];
const CURL_SLOT = new Map<string, number>(CURL_TIMING_VARIABLES.map((name, i) => [name, i]));
const PHASE_SLOTS: ReadonlyArray<[CurlVariable, keyof Omit<CurlTimingColumns, 'length'>]> = [
  ['time_namelookup', 'namelookupMs'],
  ['time_connect', 'connectMs'],
  ['time_appconnect', 'appconnectMs'],
  ['time_pretransfer', 'pretransferMs'],
  ['time_starttransfer', 'starttransferMs'],
  ['time_total', 'totalMs'],
];

const isCurlSeparator = (code: number) => code === 32 || code === 9 || code === 44 || code === 59; // space, tab , ;

/** Slot of the curl variable whose name is text[at, end), or -1; one comparison per name. */
function curlSlotAt(line: string, at: number, end: number): number {
  if (end - at < 9 || !line.startsWith('time_', at)) return -1;
  let slot: number;
  switch (line.charCodeAt(at + 5)) {
    case 115: slot = 0; break; // starttransfer
    case 116: slot = 1; break; // total
    case 112: slot = line.charCodeAt(at + 6) === 114 ? 2 : 3; break; // pretransfer / posttransfer
    case 97: slot = 4; break; // appconnect
    case 99: slot = 5; break; // connect
    case 110: slot = 6; break; // namelookup
    case 114: slot = 7; break; // redirect
    case 113: slot = 8; break; // queue
    default: return -1;
  }
  const name = CURL_TIMING_VARIABLES[slot] as string;
  return name.length === end - at && line.startsWith(name, at) ? slot : -1;
}

/**
 * curl values found so far, one column of seconds per variable (created on first sight), and a
 * bit mask per line of which variables that line had.
 */
interface CurlColumns {
  slots: Array<Float64Array | null>;
  present: Uint16Array;
}

function store(columns: CurlColumns, slot: number, row: number, seconds: number): void {
  const column = columns.slots[slot] ?? (columns.slots[slot] = new Float64Array(columns.present.length));
  column[row] = seconds;
  columns.present[row] = (columns.present[row] as number) | (1 << slot);
}

/** Stores each `time_x=value` of a line; values in seconds. */
function scanCurlKv(line: string, columns: CurlColumns, row: number): void {
  const length = line.length;
  let pos = line.indexOf('time_');
  while (pos !== -1) {
    let next = pos + 5;
    if (pos === 0 || isCurlSeparator(line.charCodeAt(pos - 1))) {
      let eq = pos + 5;
      while (eq < length && eq - pos <= 24 && line.charCodeAt(eq) !== 61 && !isCurlSeparator(line.charCodeAt(eq))) eq++;
      if (line.charCodeAt(eq) === 61) {
        let end = eq + 1;
        while (end < length && !isCurlSeparator(line.charCodeAt(end))) end++;
        const slot = curlSlotAt(line, pos, eq);
        if (slot !== -1) {
          const value = readQuantity(line, eq + 1, end);
          // A value with its own unit is normalised to seconds, curl's unit.
          if (!Number.isNaN(value)) store(columns, slot, row, quantityUnit ? (value * MS_PER_UNIT[quantityUnit]) / 1000 : value);
        }
        next = end;
      }
    }
    pos = line.indexOf('time_', next);
  }
}

const isJsonSpace = (code: number) => code === 32 || code === 9;

/**
 * Stores each `"time_x": number` member of a `-w '%{json}'` line. The line must be one whole
 * object ("{…}"); keys are only taken where a key can stand (after "{" or ","), so text inside
 * string values (an URL, say) cannot pose as a timing.
 */
function scanCurlJson(line: string, columns: CurlColumns, row: number): void {
  if (line.charCodeAt(0) !== 123 || line.charCodeAt(line.length - 1) !== 125) return; // { … }
  const length = line.length;
  let pos = line.indexOf('"time_');
  while (pos !== -1) {
    let before = pos - 1;
    while (before > 0 && isJsonSpace(line.charCodeAt(before))) before--;
    const prev = line.charCodeAt(before);
    const keyEnd = line.indexOf('"', pos + 1);
    if (keyEnd === -1) return;
    let next = keyEnd + 1;
    if (prev === 123 || prev === 44) {
      let colon = keyEnd + 1;
      while (colon < length && isJsonSpace(line.charCodeAt(colon))) colon++;
      if (line.charCodeAt(colon) === 58) {
        let start = colon + 1;
        while (start < length && isJsonSpace(line.charCodeAt(start))) start++;
        if (line.charCodeAt(start) === 34) start++;
        let end = start;
        while (end < length) {
          const code = line.charCodeAt(end);
          if (code === 44 || code === 125 || code === 34 || isJsonSpace(code)) break;
          end++;
        }
        const slot = curlSlotAt(line, pos + 1, keyEnd);
        if (slot !== -1) {
          const value = readPlainNumber(line, start, end);
          if (!Number.isNaN(value)) store(columns, slot, row, value);
        }
        next = end;
      }
    }
    pos = line.indexOf('"time_', next);
  }
}

/**
 * Value (seconds) of one curl variable in a line, found directly; NaN when absent. `needle` is
 * `name=` for key=value lines and `"name"` for JSON, built once by the caller.
 */
function findCurlValue(line: string, format: 'curl-kv' | 'curl-json', needle: string): number {
  const length = line.length;
  if (format === 'curl-kv') {
    let pos = line.indexOf(needle);
    while (pos !== -1 && pos !== 0 && !isCurlSeparator(line.charCodeAt(pos - 1))) pos = line.indexOf(needle, pos + 1);
    if (pos === -1) return Number.NaN;
    const start = pos + needle.length;
    let end = start;
    while (end < length && !isCurlSeparator(line.charCodeAt(end))) end++;
    const value = readQuantity(line, start, end);
    if (Number.isNaN(value)) return value;
    return quantityUnit ? (value * MS_PER_UNIT[quantityUnit]) / 1000 : value;
  }
  if (line.charCodeAt(0) !== 123 || line.charCodeAt(length - 1) !== 125) return Number.NaN;
  let pos = line.indexOf(needle);
  for (; pos !== -1; pos = line.indexOf(needle, pos + 1)) {
    let before = pos - 1;
    while (before > 0 && isJsonSpace(line.charCodeAt(before))) before--;
    const prev = line.charCodeAt(before);
    if (prev !== 123 && prev !== 44) continue; // not in a key position
    let colon = pos + needle.length;
    while (colon < length && isJsonSpace(line.charCodeAt(colon))) colon++;
    if (line.charCodeAt(colon) !== 58) continue;
    let start = colon + 1;
    while (start < length && isJsonSpace(line.charCodeAt(start))) start++;
    if (line.charCodeAt(start) === 34) start++;
    let end = start;
    while (end < length) {
      const code = line.charCodeAt(end);
      if (code === 44 || code === 125 || code === 34 || isJsonSpace(code)) break;
      end++;
    }
    return readPlainNumber(line, start, end);
  }
  return Number.NaN;
}

/** Lines scanned in full to learn which curl variables are present (for the picker). */
const CURL_SURVEY_LINES = 1000;
/**
 * Requests whose full timings feed the phase medians: evenly spaced, so 100,000 cost like 5,000.
 * A median of 5,000 requests is within about 2 % of the spread of the full set's median, far
 * finer than a stacked bar can show.
 */
export const CURL_PHASE_SAMPLE = 5_000;

function parseCurl(
  lines: readonly string[],
  format: 'curl-kv' | 'curl-json',
  choice: UnitChoice,
  requestedColumn: string | null | undefined,
  collector: Collector,
): ReadOutcome {
  const rows = lines.length;
  const scan = format === 'curl-kv' ? scanCurlKv : scanCurlJson;
  const found: CurlColumns = { slots: CURL_TIMING_VARIABLES.map(() => null), present: new Uint16Array(rows) };
  // Survey: every variable of the first data lines, for the picker.
  let surveyed = 0;
  for (let index = 0; index < rows && surveyed < CURL_SURVEY_LINES; index++) {
    const line = lines[index] as string;
    if (line.length > MAX_RECORD_LINE) continue;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.charCodeAt(0) === 35) continue;
    scan(trimmed, found, index);
    surveyed++;
  }
  const columns = CURL_TIMING_VARIABLES.filter((_, slot) => found.slots[slot] !== null);
  const column = requestedColumn != null && (columns as string[]).includes(requestedColumn) ? requestedColumn : (columns[0] ?? null);
  const needle = column === null ? '' : format === 'curl-kv' ? `${column}=` : `"${column}"`;
  const { unit, unitSource } = resolveUnit(choice, 's');
  const scale = MS_PER_UNIT[unit];

  // Every line: only the chosen variable, found directly. Each row is noted at the position its
  // value will take if accepted, so the first `collector.length` entries are the accepted rows.
  const acceptedRows = new Uint32Array(rows);
  const comments = readLines(lines, 0, MAX_RECORD_LINE, collector, (trimmed, index) => {
    const seconds = column === null ? Number.NaN : findCurlValue(trimmed, format, needle);
    const ms = Number.isNaN(seconds) ? null : toMs(seconds, unit);
    if (ms !== null) acceptedRows[collector.length] = index;
    return ms;
  });
  const accepted = collector.length;

  // Phases: full timings of evenly spaced accepted requests.
  const step = Math.max(1, Math.ceil(accepted / CURL_PHASE_SAMPLE));
  const picked = Math.ceil(accepted / step);
  const timings: CurlTimingColumns = {
    length: picked,
    namelookupMs: new Float64Array(picked),
    connectMs: new Float64Array(picked),
    appconnectMs: new Float64Array(picked),
    pretransferMs: new Float64Array(picked),
    starttransferMs: new Float64Array(picked),
    totalMs: new Float64Array(picked),
  };
  for (let i = 0, k = 0; i < accepted; i += step, k++) {
    const row = acceptedRows[i] as number;
    if (found.present[row] === 0) scan((lines[row] as string).trim(), found, row);
    for (const [variable, field] of PHASE_SLOTS) {
      const slot = CURL_SLOT.get(variable) as number;
      const source = found.slots[slot];
      const value = source && ((found.present[row] as number) & (1 << slot)) !== 0 ? (source[row] as number) : Number.NaN;
      timings[field][k] = value >= 0 ? value * scale : Number.NaN;
    }
  }
  return { columns: [...columns], column, unit, unitSource, comments, timings };
}

interface HyperfineResult {
  command: string;
  times: unknown[];
}

function readHyperfine(text: string): HyperfineResult[] | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const results = (parsed as { results?: unknown }).results;
  if (!Array.isArray(results)) return null;
  const out: HyperfineResult[] = [];
  for (const [i, result] of results.entries()) {
    if (typeof result !== 'object' || result === null) continue;
    const { command, times } = result as { command?: unknown; times?: unknown };
    if (!Array.isArray(times)) continue;
    out.push({ command: typeof command === 'string' ? command : `command ${i + 1}`, times });
  }
  return out.length > 0 ? out : null;
}

function parseHyperfine(text: string, choice: UnitChoice, requestedColumn: string | null | undefined, collector: Collector): ReadOutcome {
  const results = readHyperfine(text) as HyperfineResult[];
  const columns = uniqueNames(results.map((result) => cleanName(result.command)));
  let index = requestedColumn != null ? columns.indexOf(requestedColumn) : -1;
  if (index === -1) index = 0;
  const { unit, unitSource } = resolveUnit(choice, 's');
  const times = (results[index] as HyperfineResult).times;
  for (let i = 0; i < times.length; i++) {
    const value = times[i];
    const ms = typeof value === 'number' ? toMs(value, unit) : null;
    if (ms === null) collector.reject(i + 1);
    else if (!collector.accept(ms)) break;
  }
  return { columns, column: columns[index] ?? null, unit, unitSource, comments: 0, timings: null };
}

// ---------------------------------------------------------------------------------------------
// Binary

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

// ---------------------------------------------------------------------------------------------

export function parseSamples(text: string, options: ParseOptions = {}): ParsedSamples {
  const choice: UnitChoice = options.unit ?? 'auto';
  const maxSamples = Math.max(1, Math.floor(options.maxSamples ?? DEFAULT_MAX_SAMPLES));
  if (looksBinary(text)) {
    const { unit, unitSource } = resolveUnit(choice, null);
    return {
      format: 'binary',
      valuesMs: new Float64Array(0),
      unit,
      unitSource,
      unitHint: null,
      columns: [],
      column: null,
      rejected: { count: 0, positions: [], positionKind: 'line' },
      commentLines: 0,
      curlTimings: null,
      truncated: false,
    };
  }
  const lines = splitLines(text);
  const format = detectFormatOfLines(text, lines);
  const collector = new Collector(maxSamples, format === 'hyperfine-json' ? 1024 : lines.length);
  let outcome: ReadOutcome;
  switch (format) {
    case 'empty': {
      const { unit, unitSource } = resolveUnit(choice, null);
      let comments = 0;
      for (const line of lines) if (line.length <= MAX_RECORD_LINE && line.trim().startsWith('#')) comments++;
      outcome = { columns: [], column: null, unit, unitSource, comments, timings: null };
      break;
    }
    case 'numbers':
      outcome = parseNumbers(lines, choice, collector);
      break;
    case 'csv':
      outcome = parseCsv(lines, choice, options.column, collector);
      break;
    case 'curl-kv':
    case 'curl-json':
      outcome = parseCurl(lines, format, choice, options.column, collector);
      break;
    case 'hyperfine-json':
      outcome = parseHyperfine(text, choice, options.column, collector);
      break;
  }
  const valuesMs = collector.values();
  return {
    format,
    valuesMs,
    unit: outcome.unit,
    unitSource: outcome.unitSource,
    unitHint: outcome.unitSource === 'assumed' && looksLikeSeconds(valuesMs) ? 's' : null,
    columns: outcome.columns,
    column: outcome.column,
    rejected: {
      count: collector.rejectedCount,
      positions: collector.positions,
      positionKind: format === 'hyperfine-json' ? 'entry' : 'line',
    },
    commentLines: outcome.comments,
    curlTimings: outcome.timings,
    truncated: collector.truncated,
  };
}

/** Every value under 10 with a fractional part, as "0.112" would be: probably seconds, not ms. */
function looksLikeSeconds(valuesMs: Float64Array): boolean {
  if (valuesMs.length === 0) return false;
  let fractional = false;
  for (const value of valuesMs) {
    if (value >= 10) return false;
    if (!Number.isInteger(value)) fractional = true;
  }
  return fractional;
}
