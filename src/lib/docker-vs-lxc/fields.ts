import { dockerVsLxcData } from './model-data';
import type { DockerVsLxcModel } from './schema';

/** Each question's answer values, the only values its field and its URL parameter take. */
export function answerChoices(model: DockerVsLxcModel): Readonly<Record<string, readonly string[]>> {
  return Object.fromEntries(model.questions.map((q) => [q.id, q.answers.map((a) => a.value)]));
}

export const FIELD_CHOICES = answerChoices(dockerVsLxcData);
