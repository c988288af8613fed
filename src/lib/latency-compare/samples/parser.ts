/**
 * The one entry point for reading latency samples: a streaming parser that takes text chunks
 * (a 500 MB file never becomes one string), detects the format on the opening, then hands every
 * chunk to that format's reader. parseSamples(text) is the same in one call.
 *
 *   const parser = createSampleParser({ unit: 'auto' });
 *   for await (const chunk of file.stream().pipeThrough(new TextDecoderStream())) parser.push(chunk);
 *   const parsed = parser.finish();
 *
 * Memory: the opening (64 Ki characters) until the format is known, then one line at a time
 * and the samples themselves (8 bytes each, at most maxSamples). Only single-document JSON
 * formats (HAR, hyperfine, k6 summary) are held whole, up to a cap.
 */
import { DETECT_CHARS, detectFormat, type Detection } from './detect.ts';
import { describeRead, FORMAT_NAMES } from './format-names.ts';
import { newNumberScan } from './numbers.ts';
import { CurlReader } from './readers/curl.ts';
import { HarReader } from './readers/har.ts';
import { HyperfineReader } from './readers/hyperfine.ts';
import { K6CsvReader, K6JsonReader } from './readers/k6.ts';
import { K6SummaryReader } from './readers/k6-summary.ts';
import { NumberLinesReader, NumberListReader } from './readers/numbers.ts';
import { PingReader } from './readers/ping.ts';
import { NO_COLUMN, resolveUnit, type FormatReader, type ReaderContext, type ReaderOutcome } from './readers/reader.ts';
import { SummaryReader } from './readers/summaries.ts';
import { TableReader } from './readers/table.ts';
import { VegetaJsonReader } from './readers/vegeta.ts';
import { SampleSink } from './sample-sink.ts';
import type { ParsedSamples, ParseOptions } from './types.ts';

export const DEFAULT_MAX_SAMPLES = 1_000_000;

export interface SampleParser {
  /** Feeds the next piece of text; any boundary, even inside a line or a number. */
  push(chunk: string): void;
  /** Ends the stream and returns what was read. The parser cannot be used afterwards. */
  finish(): ParsedSamples;
  /** Characters pushed so far, for a progress bar. */
  readonly charsRead: number;
  /** The format, once the opening has been seen (null before). */
  readonly format: ParsedSamples['format'] | null;
}

/** A reader for formats where nothing is read (empty, binary, unrecognised text). */
class NothingReader implements FormatReader {
  private readonly ctx: ReaderContext;
  private readonly format: 'empty' | 'binary' | 'unrecognised';

  constructor(ctx: ReaderContext, format: 'empty' | 'binary' | 'unrecognised') {
    this.ctx = ctx;
    this.format = format;
  }
  push(): void {}
  finish(): ReaderOutcome {
    return {
      format: this.format,
      ...NO_COLUMN,
      ...resolveUnit(this.ctx.options.unit, null),
      summary: null,
      curlTimings: null,
      positionKind: 'line',
    };
  }
}

function readerFor(detection: Detection, ctx: ReaderContext): FormatReader {
  const { format, lines, table } = detection;
  switch (format) {
    case 'empty':
    case 'binary':
    case 'unrecognised':
      return new NothingReader(ctx, format);
    case 'numbers':
      return new NumberLinesReader(ctx, lines);
    case 'number-list':
      return new NumberListReader(ctx, lines.join('\n'));
    case 'curl-kv':
    case 'curl-json':
      return new CurlReader(ctx, format, lines);
    case 'k6-json':
      return new K6JsonReader(ctx, lines);
    case 'vegeta-json':
      return new VegetaJsonReader(ctx);
    case 'har':
      return new HarReader(ctx);
    case 'hyperfine-json':
      return new HyperfineReader(ctx);
    case 'k6-summary':
      return new K6SummaryReader(ctx);
    case 'ping':
      return new PingReader(ctx);
    case 'wrk-latency':
    case 'hdrhistogram':
    case 'ab-text':
    case 'ab-percentiles-csv':
      return new SummaryReader(ctx, format, detection.wrk2);
    case 'k6-csv':
      return new K6CsvReader(ctx, table?.header ?? [], table?.rows ?? []);
    case 'csv':
    case 'hey-csv':
    case 'ab-gnuplot':
    case 'jmeter-csv':
    case 'vegeta-csv':
    case 'h2load-log':
      return table ? new TableReader(ctx, table) : new NothingReader(ctx, 'unrecognised');
  }
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

const GENERIC = new Set(['numbers', 'number-list', 'csv']);

export function createSampleParser(options: ParseOptions = {}): SampleParser {
  const maxSamples = Math.max(1, Math.floor(options.maxSamples ?? DEFAULT_MAX_SAMPLES));
  const sink = new SampleSink(maxSamples);
  const ctx: ReaderContext = {
    sink,
    scan: newNumberScan(),
    options: { unit: options.unit ?? 'auto', column: options.column ?? null, phase: options.phase ?? null },
  };
  let opening = '';
  let reader: FormatReader | null = null;
  let detected: ParsedSamples['format'] | null = null;
  let charsRead = 0;
  let finished = false;

  const start = (complete: boolean) => {
    const detection = detectFormat(opening.slice(0, DETECT_CHARS), complete && opening.length <= DETECT_CHARS);
    detected = detection.format;
    reader = readerFor(detection, ctx);
    reader.push(opening);
    opening = '';
  };

  return {
    get charsRead() {
      return charsRead;
    },
    get format() {
      return detected;
    },
    push(chunk: string) {
      if (finished) throw new Error('push() after finish()');
      charsRead += chunk.length;
      if (reader) {
        reader.push(chunk);
        return;
      }
      opening += chunk;
      if (opening.length > DETECT_CHARS) start(false);
    },
    finish(): ParsedSamples {
      if (finished) throw new Error('finish() called twice');
      finished = true;
      if (!reader) start(true);
      const outcome = (reader as FormatReader).finish();
      const valuesMs = sink.values();
      let format = outcome.format;
      // A generic reader that found no number at all was given text that is not samples.
      if (GENERIC.has(format) && valuesMs.length === 0 && sink.rejectedCount > 0) format = 'unrecognised';
      const unrecognised = format === 'unrecognised' || format === 'binary';
      const kind = outcome.summary ? 'summary' : valuesMs.length > 0 ? 'samples' : 'none';
      const parsed: Omit<ParsedSamples, 'description'> = {
        format,
        formatName: '',
        kind,
        valuesMs,
        summary: outcome.summary,
        unit: outcome.unit,
        unitSource: outcome.unitSource,
        unitAmbiguous: kind !== 'none' && outcome.unitAmbiguous,
        unitHint: outcome.unitSource === 'assumed' && looksLikeSeconds(valuesMs) ? 's' : null,
        columns: unrecognised ? [] : outcome.columnOptions.map((option) => option.name),
        columnOptions: unrecognised ? [] : outcome.columnOptions,
        column: unrecognised ? null : outcome.column,
        columnSource: unrecognised ? null : outcome.columnSource,
        columnReason: unrecognised ? null : outcome.columnReason,
        phase: outcome.phase,
        rejected: { count: sink.rejectedCount, positions: sink.positions, positionKind: outcome.positionKind },
        commentLines: sink.comments,
        ignoredLines: sink.ignored,
        curlTimings: outcome.curlTimings,
        truncated: sink.truncated,
        charsRead,
      };
      return { ...parsed, formatName: FORMAT_NAMES[format], description: describeRead(parsed) };
    },
  };
}

/** Reads a whole text at once: the same as one push and finish. */
export function parseSamples(text: string, options: ParseOptions = {}): ParsedSamples {
  const parser = createSampleParser(options);
  parser.push(text);
  return parser.finish();
}
