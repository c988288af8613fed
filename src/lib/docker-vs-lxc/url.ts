import { decodeState, encodeState, enumParam, type ParamCodec, type RejectedParam, type UrlSchema } from '../url-state/index';
import type { DockerVsLxcModel } from './schema';

/** Answers as the URL holds them: every question id, '' while unanswered. */
export type AnswerState = Record<string, string>;

/** One answer parameter: the question's values only; '' (unanswered) is never written to the URL. */
function answerParam(values: readonly string[]): ParamCodec<string> {
  const strict = enumParam(values);
  return { parse: (raw) => strict.parse(raw), format: (value) => value };
}

/** `?unit=process&delivery=image&…`: one parameter per question, named by its id. */
export function answersUrlSchema(model: DockerVsLxcModel): UrlSchema<AnswerState> {
  const schema: UrlSchema<AnswerState> = {};
  for (const question of model.questions) {
    schema[question.id] = { key: question.id, codec: answerParam(question.answers.map((a) => a.value)) };
  }
  return schema;
}

/** Nothing answered yet. */
export function emptyAnswers(model: DockerVsLxcModel): AnswerState {
  return Object.fromEntries(model.questions.map((q) => [q.id, '']));
}

/** Only the answered questions, for the engine. */
export function givenAnswers(state: AnswerState): Record<string, string> {
  return Object.fromEntries(Object.entries(state).filter(([, value]) => value !== ''));
}

/** Read answers from a query string; unknown, malformed and repeated parameters come back in `rejected`. */
export function decodeAnswers(model: DockerVsLxcModel, search: string): { state: AnswerState; rejected: RejectedParam[] } {
  return decodeState(answersUrlSchema(model), emptyAnswers(model), search);
}

export function encodeAnswers(model: DockerVsLxcModel, state: AnswerState): string {
  return encodeState(answersUrlSchema(model), state);
}
