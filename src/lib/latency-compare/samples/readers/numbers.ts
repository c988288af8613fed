/**
 * Bare numbers: one per line ("12.5", "12.5 ms", "850 µs"), or a list on one line or a JSON
 * array ("12 13.5 14", "[12, 13.5, 14]"). A unit written after any number names the unit for
 * the bare ones; the first unit seen in the opening text decides, so it is known before reading.
 */
import { MAX_QUANTITY_CHARS, scanQuantity, toMs } from '../numbers.ts';
import { suffixUnit, type TimeUnit } from '../units.ts';
import {
  LineReader,
  NO_COLUMN,
  resolveUnit,
  type FormatReader,
  type ReaderContext,
  type ReaderOutcome,
  type UnitOutcome,
} from './reader.ts';

/** The first unit suffix written after a number in these lines, if any. */
export function firstWrittenUnit(lines: readonly string[], ctx: ReaderContext): TimeUnit | null {
  for (const line of lines) {
    const trimmed = line.trim();
    const last = trimmed.charCodeAt(trimmed.length - 1);
    if (!(last >= 65 || last === 0xb5)) continue; // only lines ending in a letter can carry a unit
    if (scanQuantity(trimmed, 0, trimmed.length, ctx.scan) && ctx.scan.unit) return ctx.scan.unit;
  }
  return null;
}

export class NumberLinesReader extends LineReader {
  private readonly unitChoice: UnitOutcome;

  constructor(ctx: ReaderContext, prefixLines: readonly string[]) {
    super(ctx, MAX_QUANTITY_CHARS);
    this.unitChoice = resolveUnit(
      ctx.options.unit,
      ctx.options.unit === 'auto' ? firstWrittenUnit(prefixLines, ctx) : null,
      'suffix',
    );
  }

  protected record(trimmed: string, number: number): void {
    const { scan } = this.ctx;
    const ok = scanQuantity(trimmed, 0, trimmed.length, scan);
    this.ctx.sink.take(ok ? toMs(scan.value, scan.unit ?? this.unitChoice.unit) : null, number);
  }

  protected outcome(): ReaderOutcome {
    return {
      format: 'numbers',
      ...NO_COLUMN,
      ...this.unitChoice,
      summary: null,
      curlTimings: null,
      positionKind: 'line',
    };
  }
}

/** Characters that separate numbers in a list: blanks, commas, semicolons and JSON brackets. */
const isListSeparator = (code: number) =>
  code === 32 || code === 9 || code === 10 || code === 13 || code === 44 || code === 59 || code === 91 || code === 93;
const MAX_TOKEN = 64;

/**
 * Numbers separated by blanks, commas or semicolons, possibly in [ ]; token by token across
 * chunks, so a one-line list of any length is read without holding it. A unit token ("ms")
 * after a number applies to that number. Positions are entry numbers.
 */
export class NumberListReader implements FormatReader {
  private token = '';
  private tokenTooLong = false;
  private entry = 0;
  private pendingValue = Number.NaN;
  private pendingUnit: TimeUnit | null = null;
  private readonly unitChoice: UnitOutcome;

  private readonly ctx: ReaderContext;

  constructor(ctx: ReaderContext, prefix: string) {
    this.ctx = ctx;
    let written: TimeUnit | null = null;
    if (ctx.options.unit === 'auto') {
      for (const word of prefix.slice(0, 4096).split(/[\s,;[\]]+/)) {
        if (word === '') continue;
        const unit = suffixUnit(word) ?? (scanQuantity(word, 0, word.length, ctx.scan) ? ctx.scan.unit : null);
        if (unit) {
          written = unit;
          break;
        }
      }
    }
    this.unitChoice = resolveUnit(ctx.options.unit, written, 'suffix');
  }

  push(chunk: string): void {
    let from = 0;
    for (let i = 0; i < chunk.length; i++) {
      if (!isListSeparator(chunk.charCodeAt(i))) continue;
      this.extend(chunk, from, i);
      this.endToken();
      from = i + 1;
    }
    this.extend(chunk, from, chunk.length);
  }

  finish(): ReaderOutcome {
    this.endToken();
    this.flush();
    return {
      format: 'number-list',
      ...NO_COLUMN,
      ...this.unitChoice,
      summary: null,
      curlTimings: null,
      positionKind: 'entry',
    };
  }

  private extend(chunk: string, from: number, to: number): void {
    if (to <= from || this.tokenTooLong) return;
    if (this.token.length + (to - from) > MAX_TOKEN) {
      this.tokenTooLong = true;
      this.token = '';
      return;
    }
    this.token += chunk.slice(from, to);
  }

  private endToken(): void {
    const token = this.token;
    const tooLong = this.tokenTooLong;
    this.token = '';
    this.tokenTooLong = false;
    if (token === '' && !tooLong) return;
    if (!tooLong && !Number.isNaN(this.pendingValue) && this.pendingUnit === null) {
      const unit = suffixUnit(token);
      if (unit) {
        this.pendingUnit = unit; // "12 ms": the unit of the number before
        return;
      }
    }
    this.flush();
    this.entry++;
    const { scan } = this.ctx;
    if (!tooLong && scanQuantity(token, 0, token.length, scan)) {
      this.pendingValue = scan.value;
      this.pendingUnit = scan.unit;
    } else {
      this.ctx.sink.reject(this.entry);
    }
  }

  private flush(): void {
    if (Number.isNaN(this.pendingValue)) return;
    if (!this.ctx.sink.truncated)
      this.ctx.sink.take(toMs(this.pendingValue, this.pendingUnit ?? this.unitChoice.unit), this.entry);
    this.pendingValue = Number.NaN;
    this.pendingUnit = null;
  }
}
