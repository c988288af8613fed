/**
 * Phases of one request from curl's cumulative `-w` timings (each measured from the start):
 * DNS = namelookup; TCP connect = connect − namelookup; TLS = pretransfer − connect (the
 * handshake plus the small protocol set-up before the request goes out); server wait =
 * starttransfer − pretransfer (one RTT plus server time); transfer = total − starttransfer.
 * The five add up to total, so a stacked bar of them is the whole request.
 */
import { quantileUnsorted } from './percentiles.ts';

/** curl's cumulative timings, converted to ms. */
export interface CurlTiming {
  namelookupMs?: number;
  connectMs?: number;
  appconnectMs?: number;
  pretransferMs?: number;
  starttransferMs?: number;
  totalMs?: number;
}

export interface CurlPhases {
  dnsMs: number;
  tcpMs: number;
  tlsMs: number;
  serverWaitMs: number;
  transferMs: number;
}

export const CURL_PHASE_NAMES: ReadonlyArray<{ key: keyof CurlPhases; label: string }> = [
  { key: 'dnsMs', label: 'DNS' },
  { key: 'tcpMs', label: 'TCP connect' },
  { key: 'tlsMs', label: 'TLS' },
  { key: 'serverWaitMs', label: 'Server wait' },
  { key: 'transferMs', label: 'Transfer' },
];

/** Rounding in curl's six-decimal output can make a phase a hair negative; allow 1 µs of it. */
const ROUNDING_SLACK_MS = 0.001;

/** Phases of one timing, or null when a timing is missing or they run backwards. */
export function phasesOf(t: CurlTiming): CurlPhases | null {
  const { namelookupMs, connectMs, pretransferMs, starttransferMs, totalMs } = t;
  if (
    namelookupMs === undefined ||
    connectMs === undefined ||
    pretransferMs === undefined ||
    starttransferMs === undefined ||
    totalMs === undefined
  ) {
    return null;
  }
  const raw = [
    namelookupMs,
    connectMs - namelookupMs,
    pretransferMs - connectMs,
    starttransferMs - pretransferMs,
    totalMs - starttransferMs,
  ];
  if (raw.some((phase) => !(phase >= -ROUNDING_SLACK_MS))) return null;
  const [dnsMs, tcpMs, tlsMs, serverWaitMs, transferMs] = raw.map((phase) => Math.max(0, phase)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return { dnsMs, tcpMs, tlsMs, serverWaitMs, transferMs };
}

export interface PhaseSummary {
  /** Median of each phase across requests (so the bars need not add up to the median total). */
  medianPhases: CurlPhases;
  /** Requests with all five timings in order. */
  n: number;
  /** Requests skipped because a timing was missing or they ran backwards. */
  skipped: number;
}

/**
 * curl timings for many requests as columns (ms, NaN where curl gave no value): a hundred
 * thousand requests stay six typed arrays instead of a hundred thousand objects.
 */
export interface CurlTimingColumns {
  length: number;
  namelookupMs: Float64Array;
  connectMs: Float64Array;
  appconnectMs: Float64Array;
  pretransferMs: Float64Array;
  starttransferMs: Float64Array;
  totalMs: Float64Array;
}

const present = (value: number | undefined): number | undefined =>
  value === undefined || Number.isNaN(value) ? undefined : value;

/** The i-th request of a column set as a CurlTiming (missing values left out). */
export function timingAt(columns: CurlTimingColumns, i: number): CurlTiming {
  const timing: CurlTiming = {};
  const fields = ['namelookupMs', 'connectMs', 'appconnectMs', 'pretransferMs', 'starttransferMs', 'totalMs'] as const;
  for (const field of fields) {
    const value = present(columns[field][i]);
    if (value !== undefined) timing[field] = value;
  }
  return timing;
}

export function timingColumns(timings: readonly CurlTiming[]): CurlTimingColumns {
  const make = (field: keyof CurlTiming) => Float64Array.from(timings, (t) => t[field] ?? Number.NaN);
  return {
    length: timings.length,
    namelookupMs: make('namelookupMs'),
    connectMs: make('connectMs'),
    appconnectMs: make('appconnectMs'),
    pretransferMs: make('pretransferMs'),
    starttransferMs: make('starttransferMs'),
    totalMs: make('totalMs'),
  };
}

export function summarisePhases(columns: CurlTimingColumns): PhaseSummary | null {
  const phaseColumns = CURL_PHASE_NAMES.map(() => new Float64Array(columns.length));
  const [dnsColumn, tcpColumn, tlsColumn, waitColumn, transferColumn] = phaseColumns as [
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
  ];
  const { namelookupMs, connectMs, pretransferMs, starttransferMs, totalMs } = columns;
  let n = 0;
  // The same rules as phasesOf, inlined: a hundred thousand rows should not mean as many objects.
  for (let i = 0; i < columns.length; i++) {
    const dns = namelookupMs[i] as number;
    const tcp = (connectMs[i] as number) - dns;
    const tls = (pretransferMs[i] as number) - (connectMs[i] as number);
    const wait = (starttransferMs[i] as number) - (pretransferMs[i] as number);
    const transfer = (totalMs[i] as number) - (starttransferMs[i] as number);
    // NaN (a missing timing) fails every comparison, so it is skipped here too.
    if (!(
      dns >= -ROUNDING_SLACK_MS &&
      tcp >= -ROUNDING_SLACK_MS &&
      tls >= -ROUNDING_SLACK_MS &&
      wait >= -ROUNDING_SLACK_MS &&
      transfer >= -ROUNDING_SLACK_MS
    ))
      continue;
    dnsColumn[n] = Math.max(0, dns);
    tcpColumn[n] = Math.max(0, tcp);
    tlsColumn[n] = Math.max(0, tls);
    waitColumn[n] = Math.max(0, wait);
    transferColumn[n] = Math.max(0, transfer);
    n++;
  }
  if (n === 0) return null;
  const medians = phaseColumns.map((column) => quantileUnsorted(column.subarray(0, n), 0.5));
  const [dnsMs, tcpMs, tlsMs, serverWaitMs, transferMs] = medians as [number, number, number, number, number];
  return { medianPhases: { dnsMs, tcpMs, tlsMs, serverWaitMs, transferMs }, n, skipped: columns.length - n };
}
