/**
 * hyperfine's `--export-json`: { "results": [{ "command", "times": [seconds…] }] }. Each command
 * is a "column"; the first is read unless another is chosen.
 */
import { cleanName, uniqueNames } from '../csv.ts';
import { toMs } from '../numbers.ts';
import type { ColumnOption } from '../types.ts';
import { chooseColumn, resolveUnit, type ReaderOutcome } from './reader.ts';
import { DocumentReader, isRecord } from './json-document.ts';

export class HyperfineReader extends DocumentReader {
  protected readonly format = 'hyperfine-json' as const;

  protected read(document: unknown): ReaderOutcome {
    const results = isRecord(document) && Array.isArray(document.results) ? document.results : [];
    const runs: { command: string; times: unknown[] }[] = [];
    results.forEach((result, i) => {
      if (!isRecord(result) || !Array.isArray(result.times)) return;
      runs.push({
        command: typeof result.command === 'string' ? result.command : `command ${i + 1}`,
        times: result.times,
      });
    });
    if (runs.length === 0) {
      this.ctx.sink.reject(1);
      return this.failed();
    }
    const names = uniqueNames(runs.map((run) => cleanName(run.command)));
    const options: ColumnOption[] = names.map((name) => ({ name, role: 'total', unit: 's' }));
    const choice = chooseColumn(options, this.ctx, {
      index: 0,
      source: 'format',
      reason: "hyperfine's first command (its times are in seconds)",
    });
    const unitChoice = resolveUnit(this.ctx.options.unit, 's', 'format');
    const times = (runs[Math.max(0, names.indexOf(choice.column ?? ''))] as { times: unknown[] }).times;
    for (let i = 0; i < times.length && !this.ctx.sink.truncated; i++) {
      const value = times[i];
      this.ctx.sink.take(typeof value === 'number' ? toMs(value, unitChoice.unit) : null, i + 1);
    }
    return {
      format: this.format,
      ...choice,
      phase: null,
      ...unitChoice,
      summary: null,
      curlTimings: null,
      positionKind: 'entry',
    };
  }
}
