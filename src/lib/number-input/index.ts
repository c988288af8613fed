import { fixedNumber } from '../format/index.ts';
import type { Parse } from '../parse/index.ts';

/** What a number field or URL parameter may hold. */
export interface NumberRule {
  min: number;
  max: number;
  /** Whole numbers only (packet sizes, replica counts). */
  integer?: boolean;
}

export type NumberParse = Parse<number>;

/**
 * One rule for every number (or optional number) in a calculator's state: a tool's fields.ts
 * writes `satisfies NumberRules<State>`, so a new number field without a range does not compile.
 */
export type NumberRules<S> = { [K in keyof S as NonNullable<S[K]> extends number ? K : never]: NumberRule };

// Plain decimal with optional sign and exponent. Hex, "Infinity", "1_000" and "1,5" are refused
// so that a value means the same thing to every reader.
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Longest input worth reading: anything longer is not a number a person typed. */
const MAX_LENGTH = 32;

export function describeRange(rule: NumberRule): string {
  return `${formatBound(rule.min)} to ${formatBound(rule.max)}`;
}

function formatBound(n: number): string {
  return Number.isInteger(n) ? fixedNumber(n, 0, true) : String(n);
}

/** Read what a person typed (or a URL carried) as a number within the rule, or say why not. */
export function parseNumberInput(raw: string, rule: NumberRule): NumberParse {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'Enter a number.' };
  if (text.length > MAX_LENGTH || !DECIMAL.test(text)) {
    return { ok: false, reason: 'Enter a plain number, such as 1400 or 0.5.' };
  }
  let value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, reason: 'That number is too large.' };
  if (Object.is(value, -0)) value = 0;
  if (rule.integer && !Number.isInteger(value)) {
    return { ok: false, reason: 'Enter a whole number.' };
  }
  if (value < rule.min || value > rule.max) {
    return { ok: false, reason: `Enter a value from ${describeRange(rule)}.` };
  }
  return { ok: true, value };
}
