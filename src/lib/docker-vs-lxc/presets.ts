import type { AnswerState } from './model';
import { dockerVsLxcData } from './model-data';
import type { DockerVsLxcModel } from './schema';

/** Nothing answered yet. */
export function emptyAnswers(model: DockerVsLxcModel): AnswerState {
  return Object.fromEntries(model.questions.map((q) => [q.id, '']));
}

/** The helper always opens unanswered: the review's advice is to pick by use case, and no use case is given. */
export const PRESETS = { default: emptyAnswers(dockerVsLxcData) } as const;
