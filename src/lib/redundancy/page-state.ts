/**
 * Everything the redundancy page keeps in its address: the model's five inputs, the
 * failure-domain checklist that estimates β, and a target to solve for. The maths takes only
 * the parts it needs (inputOf, checklistOf, targetOf), so model.ts stays about the model.
 */
import { checklistFromLists, type ChecklistFromLists } from './failure-domain-codec.ts';
import type { DetectionLevel, FailureDomainId } from './failure-domain-ids.ts';
import { crossFieldProblems } from './fields.ts';
import type { RedundancyInput } from './model.ts';
import type { RedundancyTarget } from './target-solver.ts';
import type { SolveVariable } from './target-rules.ts';

export interface RedundancyState extends RedundancyInput {
  /**
   * Domains the hosts share, and domains they do not; a domain in neither is unknown. null means
   * "not given" (the preset's answer stands); [] means "none", which a link writes as `none`, so
   * a reader who clears the story's answers gets a link that keeps them cleared.
   */
  shared: FailureDomainId[] | null;
  separate: FailureDomainId[] | null;
  detection: DetectionLevel;
  /** Minimum group availability, as a fraction (0.9999); null when no target is set. */
  targetAvailability: number | null;
  /** Maximum group outages a year; null when no target is set. At most one target is set. */
  targetOutages: number | null;
  solveFor: SolveVariable;
}

export function inputOf(state: RedundancyState): RedundancyInput {
  const { n, k, mtbfDays, mttrHours, beta } = state;
  return { n, k, mtbfDays, mttrHours, beta };
}

export function checklistOf(state: RedundancyState): ChecklistFromLists {
  return checklistFromLists(state.shared ?? [], state.separate ?? []);
}

/** The target the reader set, or null. */
export function targetOf(state: RedundancyState): RedundancyTarget | null {
  if (state.targetAvailability !== null) return { kind: 'availability', minimum: state.targetAvailability };
  if (state.targetOutages !== null) return { kind: 'outages', maximumPerYear: state.targetOutages };
  return null;
}

const listKey = (ids: readonly FailureDomainId[] | null) => (ids === null ? '(not given)' : ids.join(','));

/**
 * Whether the checklist differs from the preset's (a link answered it): the page then opens the
 * checklist, whose code otherwise waits for the reader.
 */
export function checklistChanged(state: RedundancyState, preset: RedundancyState): boolean {
  return (
    listKey(state.shared) !== listKey(preset.shared) ||
    listKey(state.separate) !== listKey(preset.separate) ||
    state.detection !== preset.detection
  );
}

export interface StateProblem {
  field: keyof RedundancyState;
  reason: string;
}

/** k ≤ n (fields.ts), and one target at a time: a link with both keeps the availability target. */
export function stateProblems(state: RedundancyState): StateProblem[] {
  const problems: StateProblem[] = crossFieldProblems(inputOf(state));
  if (state.targetAvailability !== null && state.targetOutages !== null) {
    problems.push({
      field: 'targetOutages',
      reason: 'Only one target at a time: the availability target was kept and this one ignored.',
    });
  }
  return problems;
}
