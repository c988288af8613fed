// The Docker, LXC or VM helper's public names. The island imports the raw model data and the
// engine modules directly, so the validator in schema.ts never ships to the browser.
export { calculator } from './calculator';
export { dockerVsLxcModel, givenAnswers, type AnswerState } from './model';
export { answerChoices, FIELD_CHOICES } from './fields';
export { answersUrlSchema, decodeAnswers, encodeAnswers, URL_SCHEMA } from './url-schema';
export { emptyAnswers, PRESETS } from './presets';
export { answerText, changeText, driverReason, flipText, outcomeStatus, scoringSummary } from './wording';
export { changeLines, decisionShareContent, DISCLAIMER, MAX_FLIPS_SHOWN } from './decision-record';
export { normaliseAnswers, recommend, type Answers, type Confidence, type Recommendation } from './recommend';
export { applyChanges, whatWouldChange, type AnswerChange, type Flip, type WhatWouldChange } from './what-would-change';
export { loadModel, validateModel, type DockerVsLxcModel } from './schema';
