/**
 * k6's raw outputs, one metric sample per row or line, many metrics interleaved:
 * - `--out csv`: metric_name,timestamp,metric_value,… (https://grafana.com/docs/k6/latest/results-output/real-time/csv/);
 * - `--out json`: NDJSON of {"type":"Metric"…} declarations and {"type":"Point","metric":…,"data":{"value":…}}
 *   samples (https://grafana.com/docs/k6/latest/results-output/real-time/json/).
 * The metric read is the "column": http_req_duration by default (k6's request time, in ms),
 * http_req_waiting as time to first byte. Rows of other metrics are ignored, not rejected.
 */
import { splitCsvLine } from '../csv.ts';
import { plainNumber, scanJsonNumberAfter, toMs } from '../numbers.ts';
import type { ColumnOption } from '../types.ts';
import {
  chooseColumn,
  LineReader,
  resolveUnit,
  type ColumnOutcome,
  type ReaderContext,
  type ReaderOutcome,
  type UnitOutcome,
} from './reader.ts';

const KNOWN_TIME_METRICS: ReadonlyArray<[string, ColumnOption['role']]> = [
  ['http_req_duration', 'total'],
  ['http_req_waiting', 'ttfb'],
  ['http_req_connecting', 'connect'],
  ['http_req_blocked', 'other'],
  ['http_req_tls_handshaking', 'other'],
  ['http_req_sending', 'other'],
  ['http_req_receiving', 'other'],
  ['iteration_duration', 'other'],
];
/** k6 metrics that are not times (counts, rates, sizes): never offered. */
const NOT_TIMES =
  /^(?:http_reqs|http_req_failed|iterations|vus|vus_max|data_sent|data_received|checks|dropped_iterations)$/;

function metricOptions(seen: readonly string[]): ColumnOption[] {
  const options: ColumnOption[] = KNOWN_TIME_METRICS.filter(([name]) => seen.includes(name)).map(([name, role]) => ({
    name,
    role,
    unit: 'ms',
  }));
  for (const name of seen) {
    if (!NOT_TIMES.test(name) && !options.some((option) => option.name === name))
      options.push({ name, role: 'other', unit: 'ms' });
  }
  return options;
}

function chooseMetric(seen: readonly string[], ctx: ReaderContext): { choice: ColumnOutcome; unitChoice: UnitOutcome } {
  const options = metricOptions(seen);
  const duration = options.findIndex((option) => option.name === 'http_req_duration');
  const choice = chooseColumn(options, ctx, {
    index: Math.max(0, duration),
    source: 'format',
    reason: duration === -1 ? 'the first time metric in the file' : "k6's request duration (http_req_duration)",
  });
  return { choice, unitChoice: resolveUnit(ctx.options.unit, 'ms', 'format') };
}

export class K6CsvReader extends LineReader {
  private headerPending = true;
  private readonly choice: ColumnOutcome;
  private readonly unitChoice: UnitOutcome;
  private readonly valueIndex: number;

  constructor(ctx: ReaderContext, header: readonly string[], prefixRows: readonly string[][]) {
    super(ctx);
    const nameIndex = header.indexOf('metric_name');
    this.valueIndex = header.indexOf('metric_value');
    const seen: string[] = [];
    for (const row of prefixRows) {
      const name = row[nameIndex];
      if (name !== undefined && !seen.includes(name)) seen.push(name);
    }
    ({ choice: this.choice, unitChoice: this.unitChoice } = chooseMetric(seen, ctx));
  }

  protected record(trimmed: string, number: number): void {
    if (this.headerPending) {
      this.headerPending = false;
      this.ctx.sink.ignored++;
      return;
    }
    const metric = this.choice.column;
    // The metric name is the first cell: compare it in place before splitting the row.
    if (metric === null || !trimmed.startsWith(metric) || trimmed.charCodeAt(metric.length) !== 44) {
      this.ctx.sink.ignored++;
      return;
    }
    const cell = splitCsvLine(trimmed, ',')[this.valueIndex] ?? '';
    const value = plainNumber(cell, 0, cell.length, this.ctx.scan);
    this.ctx.sink.take(Number.isNaN(value) ? null : toMs(value, this.unitChoice.unit), number);
  }

  protected outcome(): ReaderOutcome {
    return {
      format: 'k6-csv',
      ...this.choice,
      ...this.unitChoice,
      summary: null,
      curlTimings: null,
      positionKind: 'line',
    };
  }
}

/** The string value of `"key":"…"` in a JSON line (no escapes expected in k6 metric names), or null. */
function stringMember(line: string, key: string): string | null {
  const at = line.indexOf(key);
  if (at === -1) return null;
  let i = at + key.length;
  while (line.charCodeAt(i) === 32) i++;
  if (line.charCodeAt(i) !== 34) return null;
  const end = line.indexOf('"', i + 1);
  return end === -1 ? null : line.slice(i + 1, end);
}

export class K6JsonReader extends LineReader {
  protected override readonly hashComments = false;
  private readonly choice: ColumnOutcome;
  private readonly unitChoice: UnitOutcome;
  private readonly needle: string;

  constructor(ctx: ReaderContext, prefixLines: readonly string[]) {
    super(ctx);
    const seen: string[] = [];
    for (const line of prefixLines) {
      const name = stringMember(line, '"metric":');
      if (name !== null && !seen.includes(name)) seen.push(name);
    }
    ({ choice: this.choice, unitChoice: this.unitChoice } = chooseMetric(seen, ctx));
    this.needle = `"metric":"${this.choice.column ?? ''}"`;
  }

  protected record(trimmed: string, number: number): void {
    // Only Point lines of the chosen metric are samples; the rest (Metric declarations, other
    // metrics) are ignored. A fixed needle keeps this to one indexOf for most lines.
    // k6 writes "metric" first on Point lines (older versions last): try its place first.
    const named = trimmed.startsWith('{"metric":', 0)
      ? trimmed.startsWith(this.needle, 1)
      : trimmed.indexOf(this.needle) !== -1;
    if (this.choice.column === null || !named || trimmed.indexOf('"type":"Point"') === -1) {
      this.ctx.sink.ignored++;
      return;
    }
    const data = trimmed.indexOf('"data":');
    const { scan } = this.ctx;
    const ok = scanJsonNumberAfter(trimmed, '"value":', data === -1 ? 0 : data, scan);
    this.ctx.sink.take(ok ? toMs(scan.value, this.unitChoice.unit) : null, number);
  }

  protected outcome(): ReaderOutcome {
    return {
      format: 'k6-json',
      ...this.choice,
      ...this.unitChoice,
      summary: null,
      curlTimings: null,
      positionKind: 'line',
    };
  }
}
