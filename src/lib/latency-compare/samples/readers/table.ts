/**
 * Tables: CSV, TSV or semicolon files, with or without a header, and the tool tables that are
 * CSV underneath (hey, ab -g, JMeter JTL, vegeta CSV, h2load's log). A known tool names its
 * columns' roles and units; any other table has its latency column chosen by meaning
 * (column-choice.ts) from the first rows.
 */
import { cleanName, splitCsvLine, uniqueNames } from '../csv.ts';
import { disqualified, pickLatencyColumn, profileColumns, type ColumnProfile } from '../column-choice.ts';
import { scanQuantity, toMs } from '../numbers.ts';
import type { ColumnOption, RawSampleFormat } from '../types.ts';
import { unitFromName, type TimeUnit } from '../units.ts';
import {
  chooseColumn,
  LineReader,
  resolveUnit,
  type ColumnOutcome,
  type ReaderContext,
  type ReaderOutcome,
  type UnitOutcome,
} from './reader.ts';

export interface TableLayout {
  format: RawSampleFormat;
  delimiter: string;
  decimalComma: boolean;
  /** Header cells, or null for a file without a header. */
  header: string[] | null;
  /** The first data rows (cells), to choose a column from. */
  rows: string[][];
}

/** What a known tool says about its columns: name in the file → role and unit; the first is the default. */
type KnownColumns = ReadonlyArray<{ name: string; role: ColumnOption['role']; unit: TimeUnit; index?: number }>;

const KNOWN: Partial<Record<RawSampleFormat, { columns: KnownColumns; why: string }>> = {
  'hey-csv': {
    why: "hey's response time (all of hey's CSV times are in seconds)",
    columns: [
      { name: 'response-time', role: 'total', unit: 's' },
      { name: 'Response-delay', role: 'ttfb', unit: 's' },
      { name: 'DNS+dialup', role: 'connect', unit: 's' },
      { name: 'DNS', role: 'other', unit: 's' },
      { name: 'Request-write', role: 'other', unit: 's' },
      { name: 'Response-read', role: 'other', unit: 's' },
    ],
  },
  'ab-gnuplot': {
    why: "ab's total time per request (ttime; ab -g writes whole ms)",
    columns: [
      { name: 'ttime', role: 'total', unit: 'ms' },
      { name: 'wait', role: 'ttfb', unit: 'ms' },
      { name: 'ctime', role: 'connect', unit: 'ms' },
      { name: 'dtime', role: 'other', unit: 'ms' },
    ],
  },
  'jmeter-csv': {
    why: "JMeter's elapsed time (JTL times are in ms)",
    columns: [
      { name: 'elapsed', role: 'total', unit: 'ms' },
      { name: 'Latency', role: 'ttfb', unit: 'ms' },
      { name: 'Connect', role: 'connect', unit: 'ms' },
      { name: 'IdleTime', role: 'other', unit: 'ms' },
    ],
  },
  'vegeta-csv': {
    why: "vegeta's latency (third column, in nanoseconds)",
    columns: [{ name: 'latency', role: 'total', unit: 'ns', index: 2 }],
  },
  'h2load-log': {
    why: "h2load's time to the end of the response (third column, in microseconds)",
    columns: [{ name: 'duration', role: 'total', unit: 'us', index: 2 }],
  },
};

export class TableReader extends LineReader {
  private readonly columnIndex: number;
  private readonly choice: ColumnOutcome;
  private readonly unitChoice: UnitOutcome;
  private headerPending: boolean;
  /** Unit of the column read; a suffix on a value ("12 ms") still wins. */
  private readonly unit: TimeUnit;

  private readonly layout: TableLayout;

  constructor(ctx: ReaderContext, layout: TableLayout) {
    super(ctx);
    this.layout = layout;
    this.headerPending = layout.header !== null;
    const known = KNOWN[layout.format];
    const names = layout.header
      ? uniqueNames(layout.header.map(cleanName))
      : (layout.rows[0] ?? []).map((_, i) => `column ${i + 1}`);
    let indices: number[];
    let options: ColumnOption[];
    let fallback: { index: number; source: 'format' | 'meaning' | 'first-numeric'; reason: string } | null;
    if (known) {
      const present = known.columns.filter(
        (column) =>
          column.index !== undefined || names.some((name) => name.toLowerCase() === column.name.toLowerCase()),
      );
      indices = present.map(
        (column) => column.index ?? names.findIndex((name) => name.toLowerCase() === column.name.toLowerCase()),
      );
      options = present.map((column) => ({ name: column.name, role: column.role, unit: column.unit }));
      fallback = { index: 0, source: 'format', reason: known.why };
    } else {
      indices = names.map((_, i) => i);
      const profiles = profileColumns(names, layout.rows, layout.decimalComma);
      options = names.map((name, i) => {
        const option: ColumnOption = {
          name,
          role: /ttfb|first.?byte|starttransfer/i.test(name) ? 'ttfb' : 'other',
          unit: unitFromName(name),
        };
        const passedOver = disqualified(profiles[i] as ColumnProfile);
        return passedOver ? { ...option, passedOver } : option;
      });
      const pick = pickLatencyColumn(profiles);
      fallback = pick
        ? { index: pick.index, source: pick.byMeaning ? 'meaning' : 'first-numeric', reason: pick.reason }
        : null;
    }
    this.choice = chooseColumn(options, ctx, fallback ?? { index: -1, source: 'first-numeric', reason: '' });
    const chosen = options.findIndex((option) => option.name === this.choice.column);
    this.columnIndex = chosen === -1 ? -1 : (indices[chosen] as number);
    const columnUnit = chosen === -1 ? null : (options[chosen] as ColumnOption).unit;
    this.unitChoice = resolveUnit(ctx.options.unit, columnUnit, known ? 'format' : 'header');
    this.unit = this.unitChoice.unit;
  }

  protected record(trimmed: string, number: number): void {
    if (this.headerPending) {
      this.headerPending = false;
      this.ctx.sink.ignored++;
      return;
    }
    if (this.columnIndex === -1) {
      this.ctx.sink.reject(number);
      return;
    }
    const cell = splitCsvLine(trimmed, this.layout.delimiter)[this.columnIndex];
    if (cell === undefined) {
      this.ctx.sink.reject(number);
      return;
    }
    const text = cell.trim();
    const { scan } = this.ctx;
    const ok = scanQuantity(text, 0, text.length, scan, this.layout.decimalComma);
    this.ctx.sink.take(ok ? toMs(scan.value, scan.unit ?? this.unit) : null, number);
  }

  protected outcome(): ReaderOutcome {
    return {
      format: this.layout.format,
      ...this.choice,
      ...this.unitChoice,
      summary: null,
      curlTimings: null,
      positionKind: 'line',
    };
  }
}
