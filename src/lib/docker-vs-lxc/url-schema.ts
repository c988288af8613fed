import {
  decodeState,
  encodeState,
  enumParam,
  type ParamCodec,
  type RejectedParam,
  type UrlSchema,
} from '../url-state/index';
import { answerChoices } from './fields';
import type { AnswerState } from './model';
import { dockerVsLxcData } from './model-data';
import { emptyAnswers } from './presets';
import type { DockerVsLxcModel } from './schema';

/** One answer parameter: the question's values only; '' (unanswered) is never written to the URL. */
function answerParam(values: readonly string[]): ParamCodec<string> {
  const strict = enumParam(values);
  return { parse: (raw) => strict.parse(raw), format: (value) => value };
}

/** `?unit=process&delivery=image&…`: one parameter per question, named by its id. */
export function answersUrlSchema(model: DockerVsLxcModel): UrlSchema<AnswerState> {
  const schema: UrlSchema<AnswerState> = {};
  for (const [id, values] of Object.entries(answerChoices(model))) schema[id] = { key: id, codec: answerParam(values) };
  return schema;
}

/** Read answers from a query string; unknown, malformed and repeated parameters come back in `rejected`. */
export function decodeAnswers(
  model: DockerVsLxcModel,
  search: string,
): { state: AnswerState; rejected: RejectedParam[] } {
  return decodeState(answersUrlSchema(model), emptyAnswers(model), search);
}

export function encodeAnswers(model: DockerVsLxcModel, state: AnswerState): string {
  return encodeState(answersUrlSchema(model), state);
}

/** The helper's own schema: one parameter per question of the shipped model. */
export const URL_SCHEMA: UrlSchema<AnswerState> = answersUrlSchema(dockerVsLxcData);
