/**
 * The latency tool's state as readable query parameters. Labels are plain text from the URL: the
 * page renders them only as text. Samples travel compressed in a_data / b_data (see sample-codec);
 * reader-added tuning steps in `steps`.
 */
import {
  booleanParam,
  enumParam,
  numberParam,
  optionalNumberParam,
  textParam,
  type ParamCodec,
  type UrlSchema,
} from '../url-state/index.ts';
import { LINK_CHAR_BUDGET } from './sample-limits.ts';
import { COLUMN_MAX, FIELD_RULES, LABEL_MAX } from './fields.ts';
import type { LatencyState } from './model.ts';
import { readerStepsCodec } from './tuning-ledger.ts';

/** Base64url text up to the link budget; decoding (async) happens in the island. */
export const sampleDataParam: ParamCodec<string> = {
  parse(raw) {
    if (raw.length > LINK_CHAR_BUDGET) return { ok: false, reason: 'Longer than a share link can be.' };
    if (!/^[A-Za-z0-9_-]*$/.test(raw)) return { ok: false, reason: 'Not a sample list this page wrote.' };
    return { ok: true, value: raw };
  },
  format: (value) => value,
};

const summary = optionalNumberParam(FIELD_RULES.aP50);

/**
 * An environment name. Beyond the kit's text rules, < and > are refused: a name never needs them,
 * and a link that carries them is more likely probing for markup than naming a data centre.
 */
export const labelParam: ParamCodec<string> = {
  parse(raw) {
    const parsed = textParam({ maxLength: LABEL_MAX }).parse(raw);
    if (parsed.ok && /[<>]/.test(parsed.value)) return { ok: false, reason: 'A name cannot contain < or >.' };
    return parsed;
  },
  format: (value) => value,
};

/**
 * The means default to the story's 60 and 112 ms, so a mean the reader cleared must be written
 * out ("none"), or the link would bring the default back.
 */
const summaryMean: ParamCodec<number | null> = {
  parse: (raw) => (raw === 'none' ? { ok: true, value: null } : summary.parse(raw)),
  format: (value) => (value === null ? 'none' : summary.format(value)),
};

/** Leaves the default out of links, so a link names only the choices a reader made. */
function omitDefault<T>(codec: ParamCodec<T>, fallback: T): ParamCodec<T> {
  return { parse: (raw) => codec.parse(raw), format: (value) => (value === fallback ? '' : codec.format(value)) };
}

const unitParam = omitDefault(enumParam(['auto', 'ms', 's', 'us', 'ns'] as const), 'auto');
const phaseParam = omitDefault(enumParam(['auto', 'ttfb', 'total'] as const), 'auto');

/** A column, metric or command name: text as a label is, shown only as text. */
export const columnParam: ParamCodec<string> = {
  parse(raw) {
    const parsed = textParam({ maxLength: COLUMN_MAX, what: 'column' }).parse(raw);
    if (parsed.ok && /[<>]/.test(parsed.value)) return { ok: false, reason: 'A column name cannot contain < or >.' };
    return parsed;
  },
  format: (value) => value,
};

/** A format's short name (hey-csv, k6-json…); the island shows it only if it knows the name. */
const formatParam: ParamCodec<string> = {
  parse: (raw) =>
    /^[a-z0-9-]{1,24}$/.test(raw) ? { ok: true, value: raw } : { ok: false, reason: 'Not a format this page names.' },
  format: (value) => value,
};

const guessedParam = omitDefault(booleanParam(), false);

export const URL_SCHEMA: UrlSchema<LatencyState> = {
  aLabel: { key: 'a_label', codec: labelParam },
  bLabel: { key: 'b_label', codec: labelParam },
  aMs: { key: 'a_ms', codec: summaryMean },
  bMs: { key: 'b_ms', codec: summaryMean },
  aP50: { key: 'a_p50', codec: summary },
  bP50: { key: 'b_p50', codec: summary },
  aP95: { key: 'a_p95', codec: summary },
  bP95: { key: 'b_p95', codec: summary },
  aP99: { key: 'a_p99', codec: summary },
  bP99: { key: 'b_p99', codec: summary },
  rttA: { key: 'rtt_a', codec: numberParam(FIELD_RULES.rttA) },
  rttB: { key: 'rtt_b', codec: numberParam(FIELD_RULES.rttA) },
  tls: { key: 'tls', codec: enumParam(['1.2', '1.3'] as const) },
  conn: { key: 'conn', codec: enumParam(['cold', 'warm'] as const) },
  aData: { key: 'a_data', codec: sampleDataParam },
  bData: { key: 'b_data', codec: sampleDataParam },
  steps: { key: 'steps', codec: readerStepsCodec },
  aUnit: { key: 'a_unit', codec: unitParam },
  bUnit: { key: 'b_unit', codec: unitParam },
  aColumn: { key: 'a_column', codec: columnParam },
  bColumn: { key: 'b_column', codec: columnParam },
  aPhase: { key: 'a_phase', codec: phaseParam },
  bPhase: { key: 'b_phase', codec: phaseParam },
  aFormat: { key: 'a_format', codec: formatParam },
  bFormat: { key: 'b_format', codec: formatParam },
  aUnitGuessed: { key: 'a_unit_guessed', codec: guessedParam },
  bUnitGuessed: { key: 'b_unit_guessed', codec: guessedParam },
  distanceKm: { key: 'b_distance_km', codec: omitDefault(numberParam(FIELD_RULES.distanceKm), 100) },
};
