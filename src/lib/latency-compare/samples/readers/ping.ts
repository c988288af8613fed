/**
 * `ping` output: one reply per line with "time=0.034 ms" (Linux, macOS) or "time=12ms" /
 * "time<1ms" (Windows). The banner, the statistics and timeouts are not replies: ignored, not
 * rejected. "time<1ms" is read as 1 ms, an upper bound (said in the column reason).
 */
import { scanDecimal, toMs } from '../numbers.ts';
import { suffixUnit } from '../units.ts';
import { LineReader, NO_COLUMN, type ReaderOutcome } from './reader.ts';

export class PingReader extends LineReader {
  protected override readonly hashComments = false;
  private upperBounds = 0;

  protected record(trimmed: string, number: number): void {
    let at = trimmed.indexOf('time=');
    let bound = false;
    if (at === -1) {
      at = trimmed.indexOf('time<');
      bound = at !== -1;
    }
    if (at === -1 || !/bytes from|Reply from|icmp_seq/i.test(trimmed.slice(0, at))) {
      this.ctx.sink.ignored++;
      return;
    }
    const { scan } = this.ctx;
    const from = at + 5;
    if (!scanDecimal(trimmed, from, trimmed.length, scan)) {
      this.ctx.sink.reject(number);
      return;
    }
    let unitEnd = scan.end;
    while (unitEnd < trimmed.length && trimmed.charCodeAt(unitEnd) !== 32) unitEnd++;
    const unit = suffixUnit(trimmed.slice(scan.end, unitEnd)) ?? 'ms';
    if (bound) this.upperBounds++;
    this.ctx.sink.take(toMs(scan.value, this.ctx.options.unit === 'auto' ? unit : this.ctx.options.unit), number);
  }

  protected outcome(): ReaderOutcome {
    const chosen = this.ctx.options.unit !== 'auto';
    return {
      format: 'ping',
      ...NO_COLUMN,
      columnReason: this.upperBounds > 0 ? `${this.upperBounds} replies said "time<1ms" and were read as 1 ms` : null,
      unit: chosen ? (this.ctx.options.unit as 'ms') : 'ms',
      unitSource: chosen ? 'chosen' : 'format',
      unitAmbiguous: false,
      summary: null,
      curlTimings: null,
      positionKind: 'line',
    };
  }
}
