import type { NumberRules } from '../number-input/index';
import type { RedundancyInput } from './model';

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
} as const satisfies NumberRules<RedundancyInput>;

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
