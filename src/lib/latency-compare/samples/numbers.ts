/**
 * Reading numbers out of text without allocating and without regular expressions that could
 * backtrack. State travels in a NumberScan the caller owns (one per parse), never in module
 * variables, so two parses can run side by side.
 */
import { MAX_SAMPLE_MS } from '../sample-limits.ts';
import { MS_PER_UNIT, suffixUnit, type TimeUnit } from './units.ts';

/** The last number read: its value, where it ended and the unit written after it. */
export interface NumberScan {
  value: number;
  end: number;
  unit: TimeUnit | null;
}

export const newNumberScan = (): NumberScan => ({ value: Number.NaN, end: 0, unit: null });

/** Longest text taken as one quantity ("12.5 ms"); anything longer is not a number. */
export const MAX_QUANTITY_CHARS = 256;
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);
const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * Reads a plain decimal at `from` ("12", "+1.5", ".5", "5.", "1e-3"; with decimalComma, "58,31")
 * into scan.value and scan.end; returns false when there is none. No minus sign (latencies are not
 * negative), no hex, no "Infinity", at most four exponent digits. Up to 15 significant digits
 * without exponent, mantissa ÷ 10^k is one correctly rounded division of two exact doubles, the
 * same double Number() gives; anything longer goes to Number().
 */
export function scanDecimal(text: string, from: number, end: number, scan: NumberScan, decimalComma = false): boolean {
  const point = decimalComma ? 44 : 46;
  let i = from;
  if (i < end && text.charCodeAt(i) === 43) i++; // '+'
  const digitsFrom = i;
  let mantissa = 0;
  let digits = 0;
  let significant = 0;
  let fractionDigits = 0;
  let code = i < end ? text.charCodeAt(i) : 0;
  while (code >= 48 && code <= 57) {
    mantissa = mantissa * 10 + (code - 48);
    digits++;
    if (significant > 0 || code !== 48) significant++;
    code = ++i < end ? text.charCodeAt(i) : 0;
  }
  let pointAt = -1;
  if (code === point) {
    pointAt = i;
    code = ++i < end ? text.charCodeAt(i) : 0;
    while (code >= 48 && code <= 57) {
      mantissa = mantissa * 10 + (code - 48);
      digits++;
      fractionDigits++;
      if (significant > 0 || code !== 48) significant++;
      code = ++i < end ? text.charCodeAt(i) : 0;
    }
  }
  if (digits === 0) return false;
  let exact = significant <= 15 && fractionDigits <= 22;
  if (code === 101 || code === 69) {
    let j = i + 1;
    const sign = j < end ? text.charCodeAt(j) : 0;
    if (sign === 43 || sign === 45) j++;
    let exponentDigits = 0;
    while (j < end && isDigit(text.charCodeAt(j))) {
      j++;
      exponentDigits++;
    }
    if (exponentDigits === 0 || exponentDigits > 4) return false;
    i = j;
    exact = false;
  }
  scan.end = i;
  if (exact) {
    scan.value = fractionDigits === 0 ? mantissa : mantissa / (POWERS_OF_TEN[fractionDigits] as number);
  } else {
    const literal = text.slice(digitsFrom, i);
    scan.value = Number(pointAt === -1 || !decimalComma ? literal : literal.replace(',', '.'));
  }
  return Number.isFinite(scan.value);
}

/**
 * Reads a quantity filling text[from, end): "12.5", "12.5 ms", "0.3s", "850 µs". The unit
 * written, if any, goes to scan.unit. False when the span is anything else.
 */
export function scanQuantity(text: string, from: number, end: number, scan: NumberScan, decimalComma = false): boolean {
  if (end <= from || end - from > MAX_QUANTITY_CHARS) return false;
  if (!scanDecimal(text, from, end, scan, decimalComma)) return false;
  if (scan.end === end) {
    scan.unit = null;
    return true;
  }
  const unit = suffixUnit(text.slice(scan.end, end));
  if (!unit) return false;
  scan.unit = unit;
  return true;
}

/** A number filling text[from, end) with no unit allowed (JSON values): NaN when it is not one. */
export function plainNumber(text: string, from: number, end: number, scan: NumberScan): number {
  return scanDecimal(text, from, end, scan) && scan.end === end ? scan.value : Number.NaN;
}

/** Reads "12.5", "12.5 ms", "0.3s", "850 µs" (already trimmed). `unit` is null when none is written. */
/**
 * Scans the JSON number after `key` (looked for from `from`) into `scan`: true only when the
 * number ends where JSON lets it, before , } or a blank. For the NDJSON readers (k6, vegeta),
 * which read one field of a line without parsing the whole object.
 */
export function scanJsonNumberAfter(text: string, key: string, from: number, scan: NumberScan): boolean {
  const at = text.indexOf(key, from);
  if (at === -1) return false;
  let start = at + key.length;
  while (text.charCodeAt(start) === 32) start++;
  if (!scanDecimal(text, start, text.length, scan)) return false;
  const next = text.charCodeAt(scan.end);
  return next === 44 || next === 125 || next === 32;
}

export function parseQuantity(text: string, decimalComma = false): { value: number; unit: TimeUnit | null } | null {
  const scan = newNumberScan();
  return scanQuantity(text, 0, text.length, scan, decimalComma) ? { value: scan.value, unit: scan.unit } : null;
}

/** value in `unit` as ms, or null when negative, not finite or beyond an hour (a unit mistake). */
export function toMs(value: number, unit: TimeUnit): number | null {
  const ms = value * MS_PER_UNIT[unit];
  return Number.isFinite(ms) && ms >= 0 && ms <= MAX_SAMPLE_MS ? ms : null;
}
