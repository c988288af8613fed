import { findAnswer, findOutcome, type Driver, type Recommendation } from './recommend';
import type { DockerVsLxcModel } from './schema';
import type { AnswerChange, Flip } from './what-would-change';

/** "Isolation: Our own team’s code". */
export function answerText(model: DockerVsLxcModel, questionId: string, value: string): string {
  const question = model.questions.find((q) => q.id === questionId);
  return `${question?.label ?? questionId}: ${findAnswer(model, questionId, value)?.label ?? value}`;
}

/**
 * Why one answer drove the recommendation, in words: the criterion's explanation when the answer
 * separated the pick from the runner-up or ruled options out, and whether it is a precondition.
 */
export function driverReason(model: DockerVsLxcModel, rec: Recommendation, driver: Driver): string {
  const criterion = model.criteria.find((c) => c.id === driver.criterionId);
  const runnerUp = rec.runnerUpId ? findOutcome(model, rec.runnerUpId) : undefined;
  const parts: string[] = [];
  if (driver.gain > 0 || driver.rulesOut.length > 0) parts.push(criterion?.explanation ?? '');
  if (driver.gain > 0 && runnerUp) parts.push(`(+${driver.gain} over ${runnerUp.short})`);
  if (driver.rulesOut.length > 0) {
    parts.push(`Rules out: ${driver.rulesOut.map((id) => findOutcome(model, id)?.short ?? id).join(', ')}.`);
  }
  if (driver.required) parts.push('A precondition for this option.');
  return parts.filter(Boolean).join(' ');
}

/** One line per outcome for the score table: recommended, ruled out (by what), or waiting for an answer. */
export function outcomeStatus(model: DockerVsLxcModel, rec: Recommendation, outcomeId: string): string {
  const score = rec.ranking.find((s) => s.outcomeId === outcomeId);
  if (!score) return '';
  if (rec.outcomeId === outcomeId) return 'Recommended';
  if (score.excludedBy.length > 0) {
    return `Ruled out by ${score.excludedBy.map((ref) => answerText(model, ref.questionId, ref.value)).join('; ')}`;
  }
  if (score.unmetRequirements.length > 0) {
    const outcome = findOutcome(model, outcomeId);
    const needs = score.unmetRequirements.map((questionId) =>
      (outcome?.requires?.[questionId] ?? []).map((value) => answerText(model, questionId, value)).join(' or '),
    );
    return `Only considered with ${needs.join(', ')}`;
  }
  if (rec.runnerUpId === outcomeId) return 'Runner-up';
  return '';
}

function signed(points: number): string {
  return points > 0 ? `+${points}` : `−${Math.abs(points)}`;
}

/** How scoring works, in one sentence, straight from the model's levels and weights. */
export function scoringSummary(model: DockerVsLxcModel): string {
  const levels = (['fits', 'partial', 'poor'] as const).map(
    (level) => `${model.levels[level].label} ${signed(model.levels[level].points ?? 0)}`,
  );
  const weighted = model.questions.flatMap((q) =>
    q.answers
      .map((a) => ({ answer: a, weight: model.criteria.find((c) => c.id === a.criterion)?.weight ?? 1 }))
      .filter(({ weight }) => weight > 1)
      .map(({ answer, weight }) => `${q.label}: ${answer.label} (×${weight})`),
  );
  const weightText = weighted.length > 0 ? ` Weighted answers: ${weighted.join('; ')}.` : '';
  return `Each answer scores every option: ${levels.join(', ')}; ${model.levels.excluded.label} drops the option.${weightText}`;
}

/** "Isolation: Other tenants or untrusted code (now: Our own team’s code)" — one change in words. */
export function changeText(model: DockerVsLxcModel, change: AnswerChange): string {
  const question = model.questions.find((q) => q.id === change.questionId);
  const label = (value: string | undefined) => question?.answers.find((a) => a.value === value)?.label ?? value ?? '';
  const now = change.from === undefined ? 'now unanswered' : `now: ${label(change.from)}`;
  return `${question?.label ?? change.questionId}: ${label(change.to)} (${now})`;
}

/** One flip as a sentence: "Application containers inside a KVM virtual machine, if Isolation: …". */
export function flipText(model: DockerVsLxcModel, flip: Flip): string {
  const outcome = model.outcomes.find((o) => o.id === flip.outcomeId);
  return `${outcome?.title ?? flip.outcomeId}, if ${flip.changes.map((change) => changeText(model, change)).join(' and ')}`;
}
