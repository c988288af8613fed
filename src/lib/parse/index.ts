/**
 * The one result shape of every parser and codec in src/lib: a value, or a reason a reader can
 * act on. Parsers never throw on bad input; they say why it was refused.
 */
export type Parse<T> = { ok: true; value: T } | { ok: false; reason: string };

export function accepted<T>(value: T): Parse<T> {
  return { ok: true, value };
}

export function refused<T = never>(reason: string): Parse<T> {
  return { ok: false, reason };
}
