import type { NumberRule } from '../number-input/index';
import { numberParam, type UrlSchema } from '../url-state/index';
import type { RedundancyInput } from './beta-factor';

/** Largest group the calculator takes; the exact-chain and monotonicity tests cover all of it. */
export const MAX_HOSTS = 20;

/** Ranges shared by the URL codec and the number fields, so both refuse the same values. */
export const FIELD_RULES = {
  n: { min: 1, max: MAX_HOSTS, integer: true },
  k: { min: 1, max: MAX_HOSTS, integer: true },
  // 0.1 days (2.4 h) to 100 years: zero would mean a host that is never up.
  mtbfDays: { min: 0.1, max: 36_500 },
  // 36 s to 30 days: zero would make a single host perfect and the improvement 0 ÷ 0.
  mttrHours: { min: 0.01, max: 720 },
  beta: { min: 0, max: 1 },
} as const satisfies Record<keyof RedundancyInput, NumberRule>;

/** Query parameter names are part of every shared link: n, k, mtbf_days, mttr_hours, beta. */
export const REDUNDANCY_URL_SCHEMA: UrlSchema<RedundancyInput> = {
  n: { key: 'n', codec: numberParam(FIELD_RULES.n) },
  k: { key: 'k', codec: numberParam(FIELD_RULES.k) },
  mtbfDays: { key: 'mtbf_days', codec: numberParam(FIELD_RULES.mtbfDays) },
  mttrHours: { key: 'mttr_hours', codec: numberParam(FIELD_RULES.mttrHours) },
  beta: { key: 'beta', codec: numberParam(FIELD_RULES.beta) },
};

/**
 * The LXC story: two hosts that crashed together about every 20 days (both figures from the
 * record; β = 1 because every recorded crash took both). The 2 h MTTR is NOT from the record:
 * it is an assumption the widget labels as such and the reader is asked to replace.
 */
export const STORY_INPUTS: RedundancyInput = { n: 2, k: 1, mtbfDays: 20, mttrHours: 2, beta: 1 };

/** The tools page starts from the same hosts with a partly shared cause, to show both parts. */
export const DEFAULT_INPUTS: RedundancyInput = { n: 2, k: 1, mtbfDays: 20, mttrHours: 2, beta: 0.1 };

export interface FieldProblem {
  field: keyof RedundancyInput;
  reason: string;
}

/** Checks that need more than one field. Each field's own range is checked by FIELD_RULES. */
export function crossFieldProblems(input: RedundancyInput): FieldProblem[] {
  if (input.k > input.n) {
    return [
      {
        field: 'k',
        reason: `k must be at most n: a group of ${input.n} host${input.n === 1 ? '' : 's'} cannot need ${input.k} up.`,
      },
    ];
  }
  return [];
}
