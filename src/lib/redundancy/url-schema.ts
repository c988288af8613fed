import { enumParam, numberParam, optionalNumberParam, type ParamCodec, type UrlSchema } from '../url-state/index';
import { failureDomainListParam } from './failure-domain-codec';
import { DETECTION_LEVELS, type FailureDomainId } from './failure-domain-ids';
import { FIELD_RULES } from './fields';
import type { RedundancyState } from './page-state';
import { SOLVE_VARIABLES, TARGET_RULES } from './target-rules';

/** The word a link uses for an empty list of domains (`shared=none`). */
export const NO_DOMAINS = 'none';

/**
 * A list of failure domains that may be absent (null: the preset's answer stands) or empty,
 * written `none`. An empty value is refused: it would read back as "absent", not "none".
 */
export function optionalDomainListParam(): ParamCodec<FailureDomainId[] | null> {
  const list = failureDomainListParam();
  return {
    parse(raw) {
      const text = raw.trim();
      if (text === NO_DOMAINS) return { ok: true, value: [] };
      const read = list.parse(raw);
      if (read.ok && read.value.length === 0) {
        return { ok: false, reason: `No failure domain named; write ${NO_DOMAINS} for none.` };
      }
      return read;
    },
    format: (ids) => (ids === null ? '' : ids.length === 0 ? NO_DOMAINS : list.format(ids)),
  };
}

/** An enum left out of links while it holds its usual value, so links carry only what was set. */
export function enumParamOmitting<const V extends string>(values: readonly V[], usual: V): ParamCodec<V> {
  const codec = enumParam(values);
  return { parse: (raw) => codec.parse(raw), format: (value) => (value === usual ? '' : value) };
}

/**
 * Query parameter names are part of every shared link: n, k, mtbf_days, mttr_hours, beta; the
 * checklist's shared, separate and detection; target_availability or target_outages, and solve_for.
 */
export const URL_SCHEMA: UrlSchema<RedundancyState> = {
  n: { key: 'n', codec: numberParam(FIELD_RULES.n) },
  k: { key: 'k', codec: numberParam(FIELD_RULES.k) },
  mtbfDays: { key: 'mtbf_days', codec: numberParam(FIELD_RULES.mtbfDays) },
  mttrHours: { key: 'mttr_hours', codec: numberParam(FIELD_RULES.mttrHours) },
  beta: { key: 'beta', codec: numberParam(FIELD_RULES.beta) },
  shared: { key: 'shared', codec: optionalDomainListParam() },
  separate: { key: 'separate', codec: optionalDomainListParam() },
  detection: { key: 'detection', codec: enumParamOmitting(DETECTION_LEVELS, 'none') },
  targetAvailability: { key: 'target_availability', codec: optionalNumberParam(TARGET_RULES.availability) },
  targetOutages: { key: 'target_outages', codec: optionalNumberParam(TARGET_RULES.outagesPerYear) },
  solveFor: { key: 'solve_for', codec: enumParamOmitting(SOLVE_VARIABLES, 'beta') },
};
