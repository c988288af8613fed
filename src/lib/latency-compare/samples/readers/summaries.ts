/**
 * Reports that summarise a run instead of listing its requests. Their figures become a
 * DistributionSummary (n, mean, max, percentiles; for HdrHistogram, the histogram itself):
 * - `wrk --latency` (and wrk2's "Latency Distribution" lines): "50%  5.63ms" … and "N requests in";
 * - HdrHistogram percentile output (.hgrm, and the spectrum `wrk2 -L` prints): rows of
 *   Value, Percentile, TotalCount, 1/(1-Percentile), then #[Mean…] and #[Max…, Total count…];
 * - ApacheBench's text report: "Complete requests", "Time per request … (mean)", the
 *   "Percentage of the requests served within a certain time (ms)" table;
 * - `ab -e` CSV: "Percentage served,Time in ms", one row per percent.
 */
import { scanDecimal } from '../numbers.ts';
import type { DistributionSummary, PercentilePoint, SummaryFormat } from '../types.ts';
import { MS_PER_UNIT, type TimeUnit } from '../units.ts';
import { LineReader, NO_COLUMN, resolveUnit, type ReaderContext, type ReaderOutcome } from './reader.ts';

/** wrk's durations: "850.00us", "5.63ms", "1.20s", "2.00m". */
function wrkDurationMs(text: string): number | null {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text);
  if (!match) return null;
  const value = Number(match[1]);
  if (!Number.isFinite(value)) return null;
  return match[2] === 'm' ? value * 60_000 : value * MS_PER_UNIT[match[2] as TimeUnit];
}

export class SummaryReader extends LineReader {
  protected override readonly hashComments = false;
  private n: number | null = null;
  private meanMs: number | null = null;
  private maxMs: number | null = null;
  private readonly percentiles: PercentilePoint[] = [];
  private readonly histogramValues: number[] = [];
  private readonly histogramTotals: number[] = [];
  /** wrk prints percentiles after "Latency Distribution"; ab after "Percentage of the requests". */
  private inPercentiles = false;
  /** HdrHistogram values are in the unit the writer scaled to: ms for wrk2, unknown for a bare .hgrm. */
  private readonly hdrUnit: TimeUnit;

  private readonly format: SummaryFormat;
  private readonly wrk2: boolean;

  constructor(ctx: ReaderContext, format: SummaryFormat, wrk2: boolean) {
    super(ctx);
    this.format = format;
    this.wrk2 = wrk2;
    this.hdrUnit = ctx.options.unit !== 'auto' ? ctx.options.unit : 'ms';
  }

  protected record(line: string, number: number): void {
    switch (this.format) {
      case 'wrk-latency': {
        this.wrkLine(line);
        return;
      }
      case 'hdrhistogram': {
        this.hdrLine(line);
        return;
      }
      case 'ab-text': {
        this.abLine(line);
        return;
      }
      case 'ab-percentiles-csv': {
        this.abCsvLine(line, number);
        return;
      }
      default:
        this.ctx.sink.ignored++;
    }
  }

  private wrkLine(line: string): void {
    this.ctx.sink.ignored++;
    if (line.startsWith('Latency Distribution')) this.inPercentiles = true;
    let match = /^Latency\s+(\S+)\s+(\S+)\s+(\S+)/.exec(line);
    if (match && !this.inPercentiles) {
      this.meanMs = wrkDurationMs(match[1] as string);
      this.maxMs = wrkDurationMs(match[3] as string);
      return;
    }
    match = /^([\d.]+)%\s+(\S+)$/.exec(line);
    if (match && this.inPercentiles) {
      const ms = wrkDurationMs(match[2] as string);
      if (ms !== null) this.percentiles.push({ p: Number(match[1]), ms });
      return;
    }
    match = /^(\d+) requests in/.exec(line);
    if (match) this.n = Number(match[1]);
    if (/^Detailed Percentile spectrum/.test(line)) this.inPercentiles = false;
  }

  private hdrLine(line: string): void {
    this.ctx.sink.ignored++;
    if (this.wrk2) {
      // wrk2 -L: the thread stats give the mean; "N requests in" the count of the whole run.
      const requests = /^(\d+) requests in/.exec(line);
      if (requests) this.n ??= Number(requests[1]);
    }
    const footer = /^#\[(?:Mean\s*=\s*([\d.]+),\s*StdDeviation|Max\s*=\s*([\d.]+),\s*Total count\s*=\s*(\d+))/.exec(
      line,
    );
    if (footer) {
      if (footer[1] !== undefined) this.meanMs = Number(footer[1]) * MS_PER_UNIT[this.hdrUnit];
      if (footer[2] !== undefined) {
        this.maxMs = Number(footer[2]) * MS_PER_UNIT[this.hdrUnit];
        this.n = Number(footer[3]);
      }
      return;
    }
    const row = /^([\d.]+)\s+([\d.]+)\s+(\d+)\s+(?:[\d.]+|inf|Infinity)$/.exec(line);
    if (!row) return;
    const ms = Number(row[1]) * MS_PER_UNIT[this.hdrUnit];
    const fraction = Number(row[2]);
    const total = Number(row[3]);
    if (!Number.isFinite(ms) || !(fraction >= 0 && fraction <= 1)) return;
    this.percentiles.push({ p: fraction * 100, ms });
    this.histogramValues.push(ms);
    this.histogramTotals.push(total);
  }

  private abLine(line: string): void {
    this.ctx.sink.ignored++;
    let match = /^Complete requests:\s+(\d+)/.exec(line);
    if (match) {
      this.n = Number(match[1]);
      return;
    }
    match = /^Time per request:\s+([\d.]+) \[ms\] \(mean\)$/.exec(line);
    if (match && this.meanMs === null) {
      this.meanMs = Number(match[1]);
      return;
    }
    if (line.startsWith('Percentage of the requests served')) {
      this.inPercentiles = true;
      return;
    }
    match = /^(\d+)%\s+(\d+)/.exec(line);
    if (match && this.inPercentiles) {
      const point = { p: Number(match[1]), ms: Number(match[2]) };
      this.percentiles.push(point);
      if (point.p === 100) this.maxMs = point.ms;
    }
  }

  private abCsvLine(line: string, number: number): void {
    const comma = line.indexOf(',');
    const { scan } = this.ctx;
    if (comma !== -1 && scanDecimal(line, 0, comma, scan) && scan.end === comma) {
      const p = scan.value;
      if (scanDecimal(line, comma + 1, line.length, scan) && scan.end === line.length && p >= 0 && p <= 100) {
        this.percentiles.push({ p, ms: scan.value });
        if (p === 100) this.maxMs = scan.value;
        return;
      }
    }
    if (number === 1 || /^Percentage/i.test(line)) this.ctx.sink.ignored++;
    else this.ctx.sink.reject(number);
  }

  protected outcome(): ReaderOutcome {
    const percentiles = this.percentiles
      .filter((point) => Number.isFinite(point.ms) && point.ms >= 0)
      .sort((a, b) => a.p - b.p);
    let histogram: DistributionSummary['histogram'] = null;
    if (this.histogramValues.length > 0) {
      const counts = new Float64Array(this.histogramTotals.length);
      let previous = 0;
      this.histogramTotals.forEach((total, i) => {
        counts[i] = Math.max(0, total - previous);
        previous = Math.max(previous, total);
      });
      histogram = { valuesMs: Float64Array.from(this.histogramValues), counts };
      this.n ??= previous;
    }
    const found = percentiles.length > 0;
    const summary: DistributionSummary | null = found
      ? { n: this.n, meanMs: this.meanMs, maxMs: this.maxMs, percentiles, histogram }
      : null;
    const unitKnown = this.format !== 'hdrhistogram' || this.wrk2;
    const unitChoice = resolveUnit(this.ctx.options.unit, unitKnown ? 'ms' : null, 'format');
    return { format: this.format, ...NO_COLUMN, ...unitChoice, summary, curlTimings: null, positionKind: 'line' };
  }
}
