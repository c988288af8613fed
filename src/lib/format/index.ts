/** Display formatting for results. Never returns "NaN" or "Infinity": a caller gets a dash instead. */
export interface NumberFormat {
  /** Significant digits to keep (default 3), so 0.004123 → 0.00412 and 1234.5 → 1,235. */
  digits?: number;
  /** Upper bound on digits after the point, for values like percentages. */
  maxFractionDigits?: number;
  /** Thousands separators (default true). */
  grouping?: boolean;
}

export const NOT_A_NUMBER = '–';

export function formatNumber(value: number, format: NumberFormat = {}): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const digits = format.digits ?? 3;
  const magnitude = value === 0 ? 0 : Math.floor(Math.log10(Math.abs(value)));
  let fraction = Math.max(0, digits - 1 - magnitude);
  if (format.maxFractionDigits !== undefined) fraction = Math.min(fraction, format.maxFractionDigits);
  fraction = Math.min(fraction, 20);
  const text = fixedNumber(value, fraction, format.grouping ?? true);
  return text === '-0' ? '0' : text;
}

/**
 * What Intl.NumberFormat('en-US', { maximumFractionDigits: fraction, minimumFractionDigits: 0,
 * useGrouping: grouping }) prints, without building an Intl formatter: constructing those cost a
 * widget most of its hydration time on a slow phone. Like ICU, it rounds the shortest decimal
 * that reads back as the double (String(value)), half away from zero, so 1.005 → "1.01".
 * format.test.ts compares the two over random doubles.
 */
export function fixedNumber(value: number, fraction: number, grouping: boolean): string {
  if (!(Math.abs(value) < 1e21)) return numberFormatter(fraction, grouping).format(value);
  const negative = value < 0 || Object.is(value, -0);
  const { digits, point } = shortestDecimal(Math.abs(value));
  // value = 0.digits × 10^point; keep the digits down to 10^-fraction.
  const keep = point + fraction;
  let kept: string;
  if (keep >= digits.length) kept = digits + '0'.repeat(keep - digits.length);
  else if (keep < 0) kept = '';
  else {
    kept = digits.slice(0, keep);
    if (digits.charCodeAt(keep) >= 53) kept = incrementDecimal(kept); // next digit ≥ '5'
  }
  // kept is the result in units of 10^-fraction.
  const padded = kept.padStart(fraction + 1, '0');
  let integer = padded.slice(0, padded.length - fraction).replace(/^0+(?=\d)/, '');
  let decimals = fraction > 0 ? padded.slice(padded.length - fraction) : '';
  let end = decimals.length;
  while (end > 0 && decimals.charCodeAt(end - 1) === 48) end--;
  decimals = decimals.slice(0, end);
  if (grouping && integer.length > 3) integer = integer.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${negative ? '-' : ''}${integer}${decimals ? `.${decimals}` : ''}`;
}

/** Digits and point position of the shortest round-trip decimal of x ≥ 0: x = 0.digits × 10^point. */
function shortestDecimal(x: number): { digits: string; point: number } {
  const text = String(x); // "123.45", "0.00012", "1.5e-7"
  const e = text.indexOf('e');
  const mantissa = e === -1 ? text : text.slice(0, e);
  const exponent = e === -1 ? 0 : Number(text.slice(e + 1));
  const dot = mantissa.indexOf('.');
  let digits = dot === -1 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  let point = (dot === -1 ? mantissa.length : dot) + exponent;
  let lead = 0;
  while (lead < digits.length - 1 && digits.charCodeAt(lead) === 48) lead++;
  digits = digits.slice(lead);
  point -= lead;
  return { digits, point };
}

/** "129" → "130", "999" → "1000", "" → "1". */
function incrementDecimal(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits.charCodeAt(i) === 57) i--;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1) + '0'.repeat(digits.length - 1 - i);
}

// Only for numbers of 1e21 and more, which toFixed cannot write out.
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormatter(fraction: number, grouping: boolean): Intl.NumberFormat {
  const key = `${fraction}:${grouping ? 'grouped' : 'plain'}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', {
      maximumFractionDigits: fraction,
      minimumFractionDigits: 0,
      useGrouping: grouping,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A plain machine-readable number for <output> text: rounded, no grouping. */
export function plainNumber(value: number, format: NumberFormat = {}): string {
  return formatNumber(value, { ...format, grouping: false });
}

/** Shown for a figure that is not a finite number, unless the result names its own word ("never"). */
export const NO_FIGURE = 'not defined';

/**
 * The text of one result figure, exactly as its <output> shows it and as every copy of the
 * results repeats it: the plain rounded number (no grouping, so it reads back as a number), or
 * the fallback word. Copies call this with the same format as the page, so the two never differ.
 */
export function figureText(value: number, format: NumberFormat = {}, fallback: string = NO_FIGURE): string {
  return Number.isFinite(value) ? plainNumber(value, format) : fallback;
}
