/**
 * k6's end-of-test summary as JSON: `--summary-export` writes metrics.<name> = {avg, min, med,
 * max, "p(90)", "p(95)"}; handleSummary's data has the same figures under metrics.<name>.values
 * (https://grafana.com/docs/k6/latest/results-output/end-of-test/). Times are in ms.
 */
import type { ColumnOption, PercentilePoint } from '../types.ts';
import { chooseColumn, resolveUnit, type ReaderOutcome } from './reader.ts';
import { DocumentReader, isRecord } from './json-document.ts';

const num = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;

export class K6SummaryReader extends DocumentReader {
  protected readonly format = 'k6-summary' as const;

  protected read(document: unknown): ReaderOutcome {
    const metrics = isRecord(document) && isRecord(document.metrics) ? document.metrics : null;
    if (!metrics) {
      this.ctx.sink.reject(1);
      return this.failed();
    }
    const figures = (name: string): Record<string, unknown> | null => {
      const metric = metrics[name];
      if (!isRecord(metric)) return null;
      return isRecord(metric.values) ? metric.values : metric;
    };
    const trends = Object.keys(metrics).filter((name) => {
      const values = figures(name);
      return values !== null && num(values.med) !== null;
    });
    const options: ColumnOption[] = trends.map((name) => ({
      name,
      role:
        name === 'http_req_duration'
          ? 'total'
          : name === 'http_req_waiting'
            ? 'ttfb'
            : name === 'http_req_connecting'
              ? 'connect'
              : 'other',
      unit: 'ms',
    }));
    const duration = trends.indexOf('http_req_duration');
    const choice = chooseColumn(options, this.ctx, {
      index: Math.max(0, duration),
      source: 'format',
      reason: "k6's request duration (http_req_duration)",
    });
    const unitChoice = resolveUnit(this.ctx.options.unit, 'ms', 'format');
    const values = choice.column ? figures(choice.column) : null;
    if (!values)
      return { format: this.format, ...choice, ...unitChoice, summary: null, curlTimings: null, positionKind: 'entry' };
    const scale = unitChoice.unit === 'ms' ? 1 : { s: 1000, us: 0.001, ns: 1e-6 }[unitChoice.unit];
    const percentiles: PercentilePoint[] = [];
    const add = (p: number, value: unknown) => {
      const ms = num(value);
      if (ms !== null) percentiles.push({ p, ms: ms * scale });
    };
    add(0, values.min);
    add(50, values.med);
    for (const key of Object.keys(values)) {
      const match = /^p\(([\d.]+)\)$/.exec(key);
      if (match) add(Number(match[1]), values[key]);
    }
    add(100, values.max);
    percentiles.sort((a, b) => a.p - b.p);
    const requests = figures('http_reqs');
    const n = choice.column?.startsWith('http_req') && requests ? num(requests.count) : null;
    const mean = num(values.avg);
    const max = num(values.max);
    return {
      format: this.format,
      ...choice,
      ...unitChoice,
      summary: {
        n,
        meanMs: mean === null ? null : mean * scale,
        maxMs: max === null ? null : max * scale,
        percentiles,
        histogram: null,
      },
      curlTimings: null,
      positionKind: 'entry',
    };
  }
}
