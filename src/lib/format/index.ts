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
  const text = numberFormatter(fraction, format.grouping ?? true).format(value);
  return text === '-0' ? '0' : text;
}

// toLocaleString with options builds a new Intl.NumberFormat on every call, which costs ~0.1 ms;
// a widget formatting hundreds of table cells per keystroke felt that. Same output, built once.
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormatter(fraction: number, grouping: boolean): Intl.NumberFormat {
  const key = `${fraction}:${grouping}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', { maximumFractionDigits: fraction, minimumFractionDigits: 0, useGrouping: grouping });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A plain machine-readable number for <output> text: rounded, no grouping. */
export function plainNumber(value: number, format: NumberFormat = {}): string {
  return formatNumber(value, { ...format, grouping: false });
}
