/**
 * What a parse returns. Every guess (format, column, unit, phase) is named with how it was made
 * and with the alternatives, so a page can show it and let the reader change it; the choice goes
 * back in through ParseOptions.
 */
import type { CurlTimingColumns } from '../curl-phases.ts';
import type { TimeUnit, UnitChoice } from './units.ts';

export type RawSampleFormat =
  | 'numbers'
  | 'number-list'
  | 'csv'
  | 'curl-kv'
  | 'curl-json'
  | 'hyperfine-json'
  | 'hey-csv'
  | 'ab-gnuplot'
  | 'jmeter-csv'
  | 'k6-csv'
  | 'k6-json'
  | 'vegeta-csv'
  | 'vegeta-json'
  | 'har'
  | 'ping'
  | 'h2load-log';

export type SummaryFormat = 'wrk-latency' | 'hdrhistogram' | 'ab-text' | 'ab-percentiles-csv' | 'k6-summary';

export type SampleFormat = RawSampleFormat | SummaryFormat;

/** 'unrecognised': text, but no supported format in it; 'binary': not text at all. */
export type ParsedFormat = SampleFormat | 'empty' | 'binary' | 'unrecognised';

/** Which time of a request a column holds, where the format says so. */
export type PhaseRole = 'total' | 'ttfb' | 'connect' | 'other';

export interface ColumnOption {
  /** The name to pass back as ParseOptions.column. */
  name: string;
  role: PhaseRole;
  /** The unit the format gives this column, if it gives one. */
  unit: TimeUnit | null;
  /** Why automatic choice passed this column over ("a clock (Unix time)", "a row counter"…); absent when it could be a latency. */
  passedOver?: string;
}

export type ColumnSource = 'chosen' | 'format' | 'meaning' | 'first-numeric' | 'phase';
export type UnitSource = 'chosen' | 'format' | 'header' | 'suffix' | 'assumed';

export interface ParseOptions {
  unit?: UnitChoice;
  /** Column, curl variable, k6 metric, HAR timing or hyperfine command to read; a sensible default when absent or unknown. */
  column?: string | null;
  /** Shortcut for formats with phases: read the column of this role (column wins when both are given). */
  phase?: 'ttfb' | 'total' | null;
  maxSamples?: number;
}

export interface RejectedInput {
  count: number;
  /** First few 1-based line numbers (or entry numbers for JSON documents and number lists). */
  positions: number[];
  positionKind: 'line' | 'entry';
}

/** A percentile the tool printed, p in 0–100. */
export interface PercentilePoint {
  p: number;
  ms: number;
}

/** A tool's own summary, for formats that hold no individual samples. */
export interface DistributionSummary {
  /** Requests behind the summary, when the tool printed it. */
  n: number | null;
  meanMs: number | null;
  maxMs: number | null;
  /** Ascending in p. */
  percentiles: PercentilePoint[];
  /**
   * HdrHistogram output only: the count of requests at each listed value (from TotalCount
   * differences), enough to rebuild the distribution to the histogram's precision.
   */
  histogram: { valuesMs: Float64Array; counts: Float64Array } | null;
}

export interface ParsedSamples {
  format: ParsedFormat;
  /** Plain name of the format, e.g. "hey CSV" (empty for empty input). */
  formatName: string;
  /** One sentence on what was read, e.g. "Read 300 requests from hey CSV, column response-time, in seconds." */
  description: string;
  /** 'samples': valuesMs holds them; 'summary': only the tool's summary, in `summary`. */
  kind: 'samples' | 'summary' | 'none';
  valuesMs: Float64Array;
  summary: DistributionSummary | null;

  unit: TimeUnit;
  unitSource: UnitSource;
  /** True when nothing said which unit the numbers are in: a verdict depends on that choice. */
  unitAmbiguous: boolean;
  /** Set when ms was assumed but the values look like seconds. */
  unitHint: TimeUnit | null;

  /** What the column picker offers (CSV headers, curl variables, k6 metrics, HAR timings, hyperfine commands). */
  columns: string[];
  /** The same with what the format says about each (role, unit). */
  columnOptions: ColumnOption[];
  column: string | null;
  columnSource: ColumnSource | null;
  /** Why this column, in words ("its name says latency", "the format's response time"). */
  columnReason: string | null;
  /** Role of the column read (total or TTFB) when the format says. */
  phase: PhaseRole | null;

  rejected: RejectedInput;
  /** Lines starting with '#', skipped on purpose and reported as such. */
  commentLines: number;
  /** Lines the format defines as not samples (headers, other metrics, ping's own lines). */
  ignoredLines: number;
  /** curl's cumulative timings (ms) for evenly spaced accepted requests, for the phase breakdown. */
  curlTimings: CurlTimingColumns | null;
  /** More than maxSamples values (or a JSON document over its size cap): the rest was not read. */
  truncated: boolean;
  /** Characters read, for progress and notes. */
  charsRead: number;
}
