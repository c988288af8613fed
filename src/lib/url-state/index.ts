import { parseNumberInput, type NumberRule } from '../number-input/index';
import type { Parse } from '../parse/index';

/**
 * Calculator state as readable query parameters: one parameter per input, parsed strictly.
 * Anything the page cannot use is dropped and reported, so a shared link never shows
 * a state the sender did not have without saying so.
 */
export type ParamParse<T> = Parse<T>;

export interface ParamCodec<T> {
  parse(raw: string): ParamParse<T>;
  format(value: T): string;
}

export type UrlSchema<S> = { [K in keyof S]: { key: string; codec: ParamCodec<S[K]> } };

export interface RejectedParam {
  /** The parameter name, shortened and stripped of control characters: safe to show as text. */
  key: string;
  reason: string;
}

/** Longest parameter value read at all; a longer one is refused before parsing. */
export const MAX_PARAM_LENGTH = 10_000;
const MAX_SHOWN_KEY = 40;
const MAX_REPORTED = 20;

export function numberParam(rule: NumberRule): ParamCodec<number> {
  return {
    parse(raw) {
      const result = parseNumberInput(raw, rule);
      return result;
    },
    format: (value) => formatParamNumber(value),
  };
}

/** A number that may be left blank: '' means "not given" (null), and is left out of links. */
export function optionalNumberParam(rule: NumberRule): ParamCodec<number | null> {
  return {
    parse(raw) {
      if (raw.trim() === '') return { ok: true, value: null };
      const result = parseNumberInput(raw, rule);
      return result;
    },
    format: (value) => (value === null ? '' : formatParamNumber(value)),
  };
}

/** Shortest exact decimal for a number, so links stay readable: 0.1 not 0.1000000000000000055. */
export function formatParamNumber(value: number): string {
  return Object.is(value, -0) ? '0' : String(value);
}

export function enumParam<const V extends string>(values: readonly V[]): ParamCodec<V> {
  return {
    parse(raw) {
      return (values as readonly string[]).includes(raw)
        ? { ok: true, value: raw as V }
        : { ok: false, reason: `Expected one of: ${values.join(', ')}.` };
    },
    format: (value) => value,
  };
}

export function booleanParam(): ParamCodec<boolean> {
  return {
    parse(raw) {
      if (raw === '1') return { ok: true, value: true };
      if (raw === '0') return { ok: true, value: false };
      return { ok: false, reason: 'Expected 0 or 1.' };
    },
    format: (value) => (value ? '1' : '0'),
  };
}

/**
 * Free text such as an environment label. Control and bidi-override characters are removed:
 * they can make a label read differently from what it holds.
 */
export function textParam(options: { maxLength: number; what?: string }): ParamCodec<string> {
  const what = options.what ?? 'text';
  return {
    parse(raw) {
      const cleaned = cleanText(raw);
      // Say what was missing and what happens instead: a bare "Empty text." left readers guessing.
      if (cleaned.length === 0) {
        return {
          ok: false,
          reason: `No ${what} given (the value is blank or only invisible characters), so the default is kept.`,
        };
      }
      if (cleaned.length > options.maxLength) {
        return { ok: false, reason: `Longer than ${options.maxLength} characters.` };
      }
      return { ok: true, value: cleaned };
    },
    format: (value) => value,
  };
}

// C0/C1 controls, zero-width and bidi controls.
const UNSAFE_TEXT = /[\p{Cc}\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;

export function cleanText(raw: string): string {
  return raw.replace(UNSAFE_TEXT, '').trim();
}

/** A key as it may be shown in a notice. */
export function displayKey(key: string): string {
  const cleaned = cleanText(key) || '(empty name)';
  return cleaned.length > MAX_SHOWN_KEY ? `${cleaned.slice(0, MAX_SHOWN_KEY)}…` : cleaned;
}

export interface DecodedState<S> {
  state: S;
  rejected: RejectedParam[];
}

/**
 * Fields that are valid alone but wrong together (k of n hosts with k > n). Each field named
 * falls back to its default, so the defaults themselves must pass the check.
 */
export type CrossCheck<S> = (state: S) => ReadonlyArray<{ field: keyof S; reason: string }>;

/** Read a query string into a full state: defaults for what is missing, rejects listed. */
export function decodeState<S extends object>(
  schema: UrlSchema<S>,
  defaults: S,
  search: string,
  crossCheck?: CrossCheck<S>,
): DecodedState<S> {
  const state = { ...defaults };
  const rejected: RejectedParam[] = [];
  const byKey = new Map<string, keyof S>();
  for (const field of Object.keys(schema) as (keyof S)[]) byKey.set(schema[field].key, field);

  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, rejected: [{ key: '(query)', reason: 'The query string could not be read.' }] };
  }

  const seen = new Set<string>();
  let reported = 0;
  const reject = (key: string, reason: string) => {
    reported += 1;
    if (rejected.length < MAX_REPORTED) rejected.push({ key: displayKey(key), reason });
  };

  for (const [key, raw] of params) {
    const field = byKey.get(key);
    if (field === undefined) {
      reject(key, 'Not a setting of this calculator.');
      continue;
    }
    if (seen.has(key)) {
      // The first value wins; a second copy is reported rather than silently overriding it.
      reject(key, 'Given more than once; the first value was used.');
      continue;
    }
    seen.add(key);
    if (raw.length > MAX_PARAM_LENGTH) {
      reject(key, 'Value too long.');
      continue;
    }
    const parsed = schema[field].codec.parse(raw);
    if (parsed.ok) {
      state[field] = parsed.value;
    } else {
      reject(key, parsed.reason);
    }
  }
  for (const problem of crossCheck?.(state) ?? []) {
    state[problem.field] = defaults[problem.field];
    reject(schema[problem.field].key, problem.reason);
  }
  if (reported > MAX_REPORTED) {
    rejected.push({ key: `${reported - MAX_REPORTED} more`, reason: 'Further parameters were ignored too.' });
  }
  return { state, rejected };
}

/** Write a full state as "?key=value&…", in schema order. */
export function encodeState<S extends object>(schema: UrlSchema<S>, state: S): string {
  const params = new URLSearchParams();
  for (const field of Object.keys(schema) as (keyof S)[]) {
    const { key, codec } = schema[field];
    const text = codec.format(state[field]);
    // An empty value means "not set" (e.g. an unanswered question): leave it out of the link.
    if (text !== '') params.set(key, text);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

export { joinSearch, splitPageParams, type PageParams, type SplitQuery } from './page-params';
