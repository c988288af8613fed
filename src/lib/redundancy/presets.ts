import type { RedundancyInput } from './model';

/**
 * The LXC story: two hosts that crashed together about every 20 days (both figures from the
 * record; β = 1 because every recorded crash took both). The 2 h MTTR is NOT from the record:
 * it is an assumption the widget labels as such and the reader is asked to replace.
 */
const STORY_INPUTS: RedundancyInput = { n: 2, k: 1, mtbfDays: 20, mttrHours: 2, beta: 1 };

/** The tools page starts from the same hosts with a partly shared cause, to show both parts. */
const DEFAULT_INPUTS: RedundancyInput = { n: 2, k: 1, mtbfDays: 20, mttrHours: 2, beta: 0.1 };

export const PRESETS = { default: DEFAULT_INPUTS, story: STORY_INPUTS } as const;
