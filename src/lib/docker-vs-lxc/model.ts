import { loadModel, type DockerVsLxcModel } from './schema';
import { dockerVsLxcData } from './model-data';

/** Answers as the URL holds them: every question id, '' while unanswered. */
export type AnswerState = Record<string, string>;

/**
 * The decision model, checked by the validator: anything that renders or tests it loads it from
 * here. Islands use the raw data instead, so the validator never ships to the browser; the
 * annotation lets the bundler drop this call from any chunk that does not use it.
 */
export const dockerVsLxcModel: DockerVsLxcModel = /* @__PURE__ */ loadModel(dockerVsLxcData);

/** Only the answered questions, for the engine (recommend.ts). */
export function givenAnswers(state: AnswerState): Record<string, string> {
  return Object.fromEntries(Object.entries(state).filter(([, value]) => value !== ''));
}
