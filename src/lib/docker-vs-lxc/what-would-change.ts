import { normaliseAnswers, outcomeFor, type Answers } from './recommend';
import type { DockerVsLxcModel, QuestionDef } from './schema';

export interface AnswerChange {
  questionId: string;
  /** undefined: the question is unanswered now, and the change answers it. */
  from: string | undefined;
  to: string;
}

export interface Flip {
  changes: AnswerChange[];
  outcomeId: string;
}

export type WhatWouldChange =
  /** Every flip of the smallest size that changes the recommendation, in question order. */
  | { kind: 'flip'; size: number; flips: Flip[] }
  /** No recommendation yet: this many more answers are needed first. */
  | { kind: 'needs-answers'; missing: number }
  /** No change of any size moves it (possible only in a degenerate model). */
  | { kind: 'none' };

function* combinations<T>(items: readonly T[], size: number, start = 0): Generator<T[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let i = start; i <= items.length - size; i += 1) {
    for (const rest of combinations(items, size - 1, i + 1)) yield [items[i]!, ...rest];
  }
}

function* alternatives(
  questions: readonly QuestionDef[],
  answers: Readonly<Record<string, string>>,
  index = 0,
): Generator<AnswerChange[]> {
  if (index === questions.length) {
    yield [];
    return;
  }
  const question = questions[index]!;
  const from = answers[question.id];
  for (const answer of question.answers) {
    if (answer.value === from) continue;
    for (const rest of alternatives(questions, answers, index + 1)) {
      yield [{ questionId: question.id, from, to: answer.value }, ...rest];
    }
  }
}

/**
 * The smallest change of answers that gives a different recommendation: first every single
 * change (a different answer, or an answer to an open question), then every pair, and so on.
 * Exhaustive, so "smallest" is exact; the model is small enough (a few hundred answer sets).
 */
export function whatWouldChange(model: DockerVsLxcModel, rawAnswers: Answers): WhatWouldChange {
  const { answers } = normaliseAnswers(model, rawAnswers);
  const current = outcomeFor(model, answers);
  if (current === null) {
    const missing = model.minAnswered - Object.keys(answers).length;
    return missing > 0 ? { kind: 'needs-answers', missing } : { kind: 'none' };
  }
  for (let size = 1; size <= model.questions.length; size += 1) {
    const flips: Flip[] = [];
    for (const questions of combinations(model.questions, size)) {
      for (const changes of alternatives(questions, answers)) {
        const changed: Record<string, string> = { ...answers };
        for (const change of changes) changed[change.questionId] = change.to;
        const outcomeId = outcomeFor(model, changed);
        if (outcomeId !== null && outcomeId !== current) flips.push({ changes, outcomeId });
      }
    }
    if (flips.length > 0) return { kind: 'flip', size, flips };
  }
  return { kind: 'none' };
}

/** Apply a flip's changes to a set of answers. */
export function applyChanges(answers: Answers, changes: readonly AnswerChange[]): Record<string, string> {
  const next: Record<string, string> = { ...answers };
  for (const change of changes) next[change.questionId] = change.to;
  return next;
}
