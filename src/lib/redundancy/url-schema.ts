import { numberParam, type UrlSchema } from '../url-state/index';
import { FIELD_RULES } from './fields';
import type { RedundancyInput } from './model';

/** Query parameter names are part of every shared link: n, k, mtbf_days, mttr_hours, beta. */
export const URL_SCHEMA: UrlSchema<RedundancyInput> = {
  n: { key: 'n', codec: numberParam(FIELD_RULES.n) },
  k: { key: 'k', codec: numberParam(FIELD_RULES.k) },
  mtbfDays: { key: 'mtbf_days', codec: numberParam(FIELD_RULES.mtbfDays) },
  mttrHours: { key: 'mttr_hours', codec: numberParam(FIELD_RULES.mttrHours) },
  beta: { key: 'beta', codec: numberParam(FIELD_RULES.beta) },
};
