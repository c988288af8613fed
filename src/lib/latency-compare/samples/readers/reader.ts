/**
 * What every format reader shares: the interface the parser drives (chunks in, an outcome out),
 * the per-parse context, a line-fed base class and the rules that turn a format's facts and the
 * reader's wishes into the unit and column read.
 */
import type { CurlTimingColumns } from '../../curl-phases.ts';
import { LineSplitter, type LineSink } from '../lines.ts';
import type { NumberScan } from '../numbers.ts';
import type { SampleSink } from '../sample-sink.ts';
import type {
  ColumnOption,
  ColumnSource,
  DistributionSummary,
  ParsedFormat,
  ParseOptions,
  PhaseRole,
  UnitSource,
} from '../types.ts';
import type { TimeUnit, UnitChoice } from '../units.ts';

/** Longest line read as a record; longer ones are rejected unread. */
export const MAX_RECORD_LINE = 65_536;

export interface ReaderContext {
  sink: SampleSink;
  scan: NumberScan;
  options: Required<Pick<ParseOptions, 'unit'>> & Pick<ParseOptions, 'column' | 'phase'>;
}

export interface UnitOutcome {
  unit: TimeUnit;
  unitSource: UnitSource;
  unitAmbiguous: boolean;
}

export interface ColumnOutcome {
  columnOptions: ColumnOption[];
  column: string | null;
  columnSource: ColumnSource | null;
  columnReason: string | null;
  phase: PhaseRole | null;
}

export interface ReaderOutcome extends UnitOutcome, ColumnOutcome {
  format: ParsedFormat;
  summary: DistributionSummary | null;
  curlTimings: CurlTimingColumns | null;
  positionKind: 'line' | 'entry';
}

export interface FormatReader {
  push(chunk: string): void;
  finish(): ReaderOutcome;
}

export const NO_COLUMN: ColumnOutcome = {
  columnOptions: [],
  column: null,
  columnSource: null,
  columnReason: null,
  phase: null,
};

/** The unit to apply: the reader's choice, else what the input says, else ms (ambiguous). */
export function resolveUnit(choice: UnitChoice, known: TimeUnit | null, source: UnitSource = 'format'): UnitOutcome {
  if (choice !== 'auto') return { unit: choice, unitSource: 'chosen', unitAmbiguous: false };
  if (known) return { unit: known, unitSource: source, unitAmbiguous: false };
  return { unit: 'ms', unitSource: 'assumed', unitAmbiguous: true };
}

/**
 * The column to read among a format's options: the one asked for by name, else the one of the
 * asked phase, else the format's default (or the caller's pick, with its reason).
 */
export function chooseColumn(
  options: ColumnOption[],
  ctx: ReaderContext,
  fallback: { index: number; source: ColumnSource; reason: string },
): ColumnOutcome {
  const requested = ctx.options.column;
  let index = requested != null ? options.findIndex((option) => option.name === requested) : -1;
  let source: ColumnSource = 'chosen';
  let reason = 'as chosen';
  if (index === -1 && ctx.options.phase) {
    index = options.findIndex((option) => option.role === ctx.options.phase);
    source = 'phase';
    reason = ctx.options.phase === 'ttfb' ? 'the time to first byte, as chosen' : 'the total time, as chosen';
  }
  if (index === -1) {
    index = fallback.index;
    source = fallback.source;
    reason = fallback.reason;
  }
  const option = options[index];
  if (!option) return { ...NO_COLUMN, columnOptions: options };
  return {
    columnOptions: options,
    column: option.name,
    columnSource: source,
    columnReason: reason,
    phase: option.role === 'other' ? null : option.role,
  };
}

/**
 * Base for formats read line by line: blank lines are skipped, '#' lines counted as comments
 * (where the format allows them), over-long lines rejected by number, and reading stops once the
 * sample cap is reached.
 */
export abstract class LineReader implements FormatReader, LineSink {
  private readonly splitter: LineSplitter;
  protected readonly hashComments: boolean = true;
  protected readonly ctx: ReaderContext;

  constructor(ctx: ReaderContext, maxLine = MAX_RECORD_LINE) {
    this.ctx = ctx;
    this.splitter = new LineSplitter(this, maxLine);
  }

  push(chunk: string): void {
    if (!this.ctx.sink.truncated) this.splitter.push(chunk);
  }

  finish(): ReaderOutcome {
    this.splitter.finish();
    return this.outcome();
  }

  line(text: string, number: number): void {
    if (this.ctx.sink.truncated) return;
    const trimmed = text.trim();
    if (trimmed === '') return;
    if (this.hashComments && trimmed.charCodeAt(0) === 35) {
      this.ctx.sink.comments++;
      return;
    }
    this.record(trimmed, number);
  }

  overlong(number: number): void {
    this.ctx.sink.reject(number);
  }

  protected abstract record(trimmed: string, number: number): void;
  protected abstract outcome(): ReaderOutcome;
}
