/**
 * HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/#timings): log.entries[] with `time`
 * (the whole request, ms) and `timings` {blocked, dns, connect, ssl, send, wait, receive}, where
 * -1 means "does not apply" and ssl is already inside connect. Time to first byte is everything
 * before the response's first byte: blocked + dns + connect + send + wait.
 */
import { toMs } from '../numbers.ts';
import type { ColumnOption } from '../types.ts';
import { chooseColumn, resolveUnit, type ReaderOutcome } from './reader.ts';
import { DocumentReader, isRecord } from './json-document.ts';

const TIMINGS = ['blocked', 'dns', 'connect', 'ssl', 'send', 'wait', 'receive'] as const;
const TTFB_PARTS = ['blocked', 'dns', 'connect', 'send', 'wait'] as const;

const OPTIONS: ColumnOption[] = [
  { name: 'time', role: 'total', unit: 'ms' },
  { name: 'ttfb', role: 'ttfb', unit: 'ms' },
  ...TIMINGS.map((name): ColumnOption => ({ name, role: name === 'connect' ? 'connect' : 'other', unit: 'ms' })),
];

/** A timing that applies (≥ 0), else 0 for sums or NaN alone. */
const timing = (timings: Record<string, unknown>, key: string): number => {
  const value = timings[key];
  return typeof value === 'number' && value >= 0 ? value : Number.NaN;
};

export class HarReader extends DocumentReader {
  protected readonly format = 'har' as const;

  protected read(document: unknown): ReaderOutcome {
    const log = isRecord(document) && isRecord(document.log) ? document.log : null;
    const entries = log && Array.isArray(log.entries) ? log.entries : null;
    if (!entries) {
      this.ctx.sink.reject(1);
      return this.failed();
    }
    const choice = chooseColumn(OPTIONS, this.ctx, {
      index: 0,
      source: 'format',
      reason: "each request's total time (HAR entry time)",
    });
    const unitChoice = resolveUnit(this.ctx.options.unit, 'ms', 'format');
    const column = choice.column ?? 'time';
    entries.forEach((entry, i) => {
      if (this.ctx.sink.truncated) return;
      let value = Number.NaN;
      if (isRecord(entry)) {
        const timings = isRecord(entry.timings) ? entry.timings : {};
        if (column === 'time') value = typeof entry.time === 'number' ? entry.time : Number.NaN;
        else if (column === 'ttfb') {
          const wait = timing(timings, 'wait');
          value = Number.isNaN(wait) ? wait : TTFB_PARTS.reduce((sum, key) => sum + (timing(timings, key) || 0), 0);
        } else value = timing(timings, column);
      }
      this.ctx.sink.take(Number.isNaN(value) ? null : toMs(value, unitChoice.unit), i + 1);
    });
    return { format: this.format, ...choice, ...unitChoice, summary: null, curlTimings: null, positionKind: 'entry' };
  }
}
