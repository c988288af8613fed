/**
 * `curl -w` output, one request per line: `time_x=value` pairs, or the JSON object that
 * `-w '%{json}\n'` prints. One scanner reads both forms (every `time_` variable of a line in one
 * pass); values are seconds, as curl writes them, unless a value carries its own unit.
 */
import type { CurlTimingColumns } from '../../curl-phases.ts';
import { scanQuantity, toMs, type NumberScan } from '../numbers.ts';
import type { ColumnOption } from '../types.ts';
import { MS_PER_UNIT } from '../units.ts';
import {
  chooseColumn,
  LineReader,
  resolveUnit,
  type ColumnOutcome,
  type ReaderContext,
  type ReaderOutcome,
  type UnitOutcome,
} from './reader.ts';

/** curl's `-w` timing variables this tool reads (all in seconds), in picker order. */
export const CURL_TIMING_VARIABLES = [
  'time_starttransfer',
  'time_total',
  'time_pretransfer',
  'time_posttransfer',
  'time_appconnect',
  'time_connect',
  'time_namelookup',
  'time_redirect',
  'time_queue',
] as const;
const SLOTS = CURL_TIMING_VARIABLES.length;
const ROLES: Partial<Record<(typeof CURL_TIMING_VARIABLES)[number], ColumnOption['role']>> = {
  time_starttransfer: 'ttfb',
  time_total: 'total',
  time_connect: 'connect',
};

/**
 * Requests whose full timings feed the phase medians: evenly spaced, at least this many and
 * fewer than twice as many. A median of 5,000 requests is within about 2 % of the spread of the
 * full set's median, far finer than a stacked bar can show.
 */
export const CURL_PHASE_SAMPLE = 5_000;

type CurlForm = 'curl-kv' | 'curl-json';

// What to search a line for: any variable (first entry) or one of them; built once, as a needle
// made per line would be a new string to flatten on every search.
const KV_NEEDLES = ['time_', ...CURL_TIMING_VARIABLES];
const JSON_NEEDLES = KV_NEEDLES.map((name) => `"${name}`);

const isSeparator = (code: number) => code === 32 || code === 9 || code === 44 || code === 59; // space, tab , ;
const isJsonSpace = (code: number) => code === 32 || code === 9;

/** Slot of the curl variable whose name is line[at, end), or -1. */
function slotAt(line: string, at: number, end: number): number {
  const length = end - at;
  for (let slot = 0; slot < SLOTS; slot++) {
    const name = CURL_TIMING_VARIABLES[slot] as string;
    if (name.length === length && line.startsWith(name, at)) return slot;
  }
  return -1;
}

/**
 * Fills `seconds` (one entry per variable, NaN where absent) from one line: every variable, or
 * only the one in slot `only` (then the scan stops at it). Key=value pairs need a separator
 * before the key; JSON keys must stand where a key can (after "{" or ","), so text inside a
 * string value (an URL, say) cannot pose as a timing, and the line must be one "{…}".
 */
export function scanCurlLine(line: string, form: CurlForm, seconds: Float64Array, scan: NumberScan, only = -1): void {
  seconds.fill(Number.NaN);
  const length = line.length;
  const json = form === 'curl-json';
  if (json && (line.charCodeAt(0) !== 123 || line.charCodeAt(length - 1) !== 125)) return;
  const needle = (json ? JSON_NEEDLES : KV_NEEDLES)[only + 1] as string;
  let pos = line.indexOf(needle);
  while (pos !== -1) {
    let next = pos + needle.length;
    const keyFrom = json ? pos + 1 : pos;
    let keyEnd: number;
    let valueFrom: number;
    let keyOk: boolean;
    if (json) {
      let before = pos - 1;
      while (before > 0 && isJsonSpace(line.charCodeAt(before))) before--;
      const prev = line.charCodeAt(before);
      keyEnd = line.indexOf('"', keyFrom);
      if (keyEnd === -1) return;
      let colon = keyEnd + 1;
      while (colon < length && isJsonSpace(line.charCodeAt(colon))) colon++;
      keyOk = (prev === 123 || prev === 44) && line.charCodeAt(colon) === 58;
      valueFrom = colon + 1;
      while (valueFrom < length && isJsonSpace(line.charCodeAt(valueFrom))) valueFrom++;
      if (line.charCodeAt(valueFrom) === 34) valueFrom++;
    } else {
      keyEnd = pos + 5;
      while (
        keyEnd < length &&
        keyEnd - pos <= 24 &&
        line.charCodeAt(keyEnd) !== 61 &&
        !isSeparator(line.charCodeAt(keyEnd))
      )
        keyEnd++;
      keyOk = (pos === 0 || isSeparator(line.charCodeAt(pos - 1))) && line.charCodeAt(keyEnd) === 61;
      valueFrom = keyEnd + 1;
    }
    if (keyOk) {
      let valueEnd = valueFrom;
      while (valueEnd < length) {
        const code = line.charCodeAt(valueEnd);
        if (json ? code === 44 || code === 125 || code === 34 || isJsonSpace(code) : isSeparator(code)) break;
        valueEnd++;
      }
      const slot = slotAt(line, keyFrom, keyEnd);
      // JSON values carry no unit; a key=value value may ("120ms"), normalised to seconds.
      if (slot !== -1 && scanQuantity(line, valueFrom, valueEnd, scan) && (!json || scan.unit === null)) {
        seconds[slot] = scan.unit ? (scan.value * MS_PER_UNIT[scan.unit]) / 1000 : scan.value;
      }
      if (slot !== -1 && slot === only) return;
      next = valueEnd;
    }
    pos = line.indexOf(needle, next);
  }
}

const PHASE_FIELDS: ReadonlyArray<[number, keyof Omit<CurlTimingColumns, 'length'>]> = [
  [CURL_TIMING_VARIABLES.indexOf('time_namelookup'), 'namelookupMs'],
  [CURL_TIMING_VARIABLES.indexOf('time_connect'), 'connectMs'],
  [CURL_TIMING_VARIABLES.indexOf('time_appconnect'), 'appconnectMs'],
  [CURL_TIMING_VARIABLES.indexOf('time_pretransfer'), 'pretransferMs'],
  [CURL_TIMING_VARIABLES.indexOf('time_starttransfer'), 'starttransferMs'],
  [CURL_TIMING_VARIABLES.indexOf('time_total'), 'totalMs'],
];

/**
 * Full timings of evenly spaced requests in bounded memory: every request is kept until twice
 * CURL_PHASE_SAMPLE are held, then every other one is dropped and the spacing doubles.
 */
class PhaseSampler {
  private readonly capacity = 2 * CURL_PHASE_SAMPLE;
  private readonly columns = PHASE_FIELDS.map(() => new Float64Array(this.capacity));
  private held = 0;
  private stride = 1;
  private seen = 0;

  /** Whether the next accepted request's timings will be kept (so worth a full scan). */
  wantsNext(): boolean {
    const stride = this.held === this.capacity ? this.stride * 2 : this.stride;
    return this.seen % stride === 0;
  }

  /** The next accepted request: its timings when wantsNext() said so, else null. */
  offer(seconds: Float64Array | null, scale: number): void {
    const index = this.seen++;
    if (seconds === null || index % this.stride !== 0) return;
    if (this.held === this.capacity) {
      for (const column of this.columns)
        for (let i = 0; i < this.capacity / 2; i++) column[i] = column[2 * i] as number;
      this.held = this.capacity / 2;
      this.stride *= 2;
      if (index % this.stride !== 0) return;
    }
    for (let f = 0; f < PHASE_FIELDS.length; f++) {
      const value = seconds[(PHASE_FIELDS[f] as [number, string])[0]] as number;
      (this.columns[f] as Float64Array)[this.held] = value >= 0 ? value * scale : Number.NaN;
    }
    this.held++;
  }

  result(): CurlTimingColumns {
    const timings = { length: this.held } as CurlTimingColumns;
    PHASE_FIELDS.forEach(([, field], f) => {
      timings[field] = (this.columns[f] as Float64Array).slice(0, this.held);
    });
    return timings;
  }
}

export class CurlReader extends LineReader {
  private readonly seconds = new Float64Array(SLOTS);
  private readonly slot: number;
  private readonly choice: ColumnOutcome;
  private readonly unitChoice: UnitOutcome;
  private readonly phases = new PhaseSampler();
  private readonly scale: number;

  private readonly form: CurlForm;

  constructor(ctx: ReaderContext, form: CurlForm, prefixLines: readonly string[]) {
    super(ctx);
    this.form = form;
    // Survey the opening lines for the variables present, for the picker.
    const present = new Array<boolean>(SLOTS).fill(false);
    for (const line of prefixLines.slice(0, 1000)) {
      scanCurlLine(line.trim(), form, this.seconds, ctx.scan);
      this.seconds.forEach((value, slot) => {
        if (!Number.isNaN(value)) present[slot] = true;
      });
    }
    const options: ColumnOption[] = CURL_TIMING_VARIABLES.filter((_, slot) => present[slot]).map((name) => ({
      name,
      role: ROLES[name] ?? 'other',
      unit: 's',
    }));
    const ttfb = options.findIndex((option) => option.name === 'time_starttransfer');
    this.choice = chooseColumn(options, ctx, {
      index: ttfb === -1 ? 0 : ttfb,
      source: 'format',
      reason: ttfb === -1 ? "the first of curl's timings" : "curl's time to first byte (time_starttransfer)",
    });
    this.slot =
      this.choice.column === null
        ? -1
        : CURL_TIMING_VARIABLES.indexOf(this.choice.column as (typeof CURL_TIMING_VARIABLES)[number]);
    this.unitChoice = resolveUnit(ctx.options.unit, 's', 'format');
    this.scale = MS_PER_UNIT[this.unitChoice.unit];
  }

  protected record(trimmed: string, number: number): void {
    if (this.slot === -1) {
      this.ctx.sink.reject(number);
      return;
    }
    // Every timing only for the requests the phase sample keeps; else just the one read.
    const full = this.phases.wantsNext();
    scanCurlLine(trimmed, this.form, this.seconds, this.ctx.scan, full ? -1 : this.slot);
    const value = this.seconds[this.slot] as number;
    const ms = Number.isNaN(value) ? null : toMs(value, this.unitChoice.unit);
    if (ms === null) {
      this.ctx.sink.reject(number);
      return;
    }
    if (this.ctx.sink.accept(ms)) this.phases.offer(full ? this.seconds : null, this.scale);
  }

  protected outcome(): ReaderOutcome {
    return {
      format: this.form,
      ...this.choice,
      ...this.unitChoice,
      summary: null,
      curlTimings: this.phases.result(),
      positionKind: 'line',
    };
  }
}
