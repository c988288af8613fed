/**
 * What the target fields accept, apart from the solver itself, so the page's address can check a
 * target without the solver's code in the island's first download.
 */

/** An availability as a fraction, outages as a yearly count. */
export const TARGET_RULES = {
  availability: { min: 0, max: 1 },
  outagesPerYear: { min: 0, max: 1_000_000 },
} as const;

export type SolveVariable = 'beta' | 'mttr' | 'n';

export const SOLVE_VARIABLES: readonly SolveVariable[] = ['beta', 'mttr', 'n'];
