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
  const text = value.toLocaleString('en-US', {
    maximumFractionDigits: fraction,
    minimumFractionDigits: 0,
    useGrouping: format.grouping ?? true,
  });
  return text === '-0' ? '0' : text;
}

/** A plain machine-readable number for <output> text: rounded, no grouping. */
export function plainNumber(value: number, format: NumberFormat = {}): string {
  return formatNumber(value, { ...format, grouping: false });
}
