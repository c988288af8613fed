/**
 * `vegeta encode --to json`: one result object per line with "latency" in nanoseconds
 * (https://github.com/tsenart/vegeta#encode-command). vegeta's CSV is a headerless table
 * (table.ts).
 */
import { scanJsonNumberAfter, toMs } from '../numbers.ts';
import {
  chooseColumn,
  LineReader,
  resolveUnit,
  type ColumnOutcome,
  type ReaderContext,
  type ReaderOutcome,
  type UnitOutcome,
} from './reader.ts';

export class VegetaJsonReader extends LineReader {
  protected override readonly hashComments = false;
  private readonly choice: ColumnOutcome;
  private readonly unitChoice: UnitOutcome;

  constructor(ctx: ReaderContext) {
    super(ctx);
    this.choice = chooseColumn([{ name: 'latency', role: 'total', unit: 'ns' }], ctx, {
      index: 0,
      source: 'format',
      reason: "vegeta's latency (in nanoseconds)",
    });
    this.unitChoice = resolveUnit(ctx.options.unit, 'ns', 'format');
  }

  protected record(trimmed: string, number: number): void {
    const { scan } = this.ctx;
    const ok = trimmed.charCodeAt(0) === 123 && scanJsonNumberAfter(trimmed, '"latency":', 0, scan);
    this.ctx.sink.take(ok ? toMs(scan.value, this.unitChoice.unit) : null, number);
  }

  protected outcome(): ReaderOutcome {
    return {
      format: 'vegeta-json',
      ...this.choice,
      ...this.unitChoice,
      summary: null,
      curlTimings: null,
      positionKind: 'line',
    };
  }
}
