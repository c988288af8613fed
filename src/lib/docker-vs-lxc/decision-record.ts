import type { ShareContent, ShareItem, ShareList, ShareRow } from '../share/summary';
import { findAnswer, findOutcome, normaliseAnswers, recommend, type Answers } from './recommend';
import type { DockerVsLxcModel } from './schema';
import { answerText, driverReason, flipText } from './wording';
import { whatWouldChange } from './what-would-change';

/** How many of the smallest changes the page lists under "What would change it". */
export const MAX_FLIPS_SHOWN = 3;

export const NO_DRIVER_TEXT =
  'No single answer separates it from the runner-up; it wins the tie on fewer moving parts.';
export const DISCLAIMER = 'A starting point, not a verdict: weigh it against your own constraints.';

/** The "What would change it" lines, as the page shows them. */
export function changeLines(model: DockerVsLxcModel, answers: Answers): string[] {
  const change = whatWouldChange(model, answers);
  if (change.kind === 'needs-answers') {
    return [
      `Nothing yet: answer ${change.missing === 1 ? 'one more question' : `${change.missing} more questions`} first.`,
    ];
  }
  if (change.kind !== 'flip') return ['No change of answers gives a different recommendation.'];
  const lines = [
    change.size === 1 ? 'The smallest change is one answer:' : `The smallest change is ${change.size} answers at once:`,
    ...change.flips.slice(0, MAX_FLIPS_SHOWN).map((flip) => `${flipText(model, flip)}.`),
  ];
  const more = change.flips.length - MAX_FLIPS_SHOWN;
  if (more > 0) lines.push(`${more} other changes of the same size would also change it.`);
  return lines;
}

/**
 * The helper's share summary, a short decision record: the answers, the recommendation and its
 * confidence, why, what counts against it, its caveats, when not to choose it, what would change
 * it and its sources: what the page shows, no more. Model text is trusted; every copy format
 * escapes it all the same.
 */
export function decisionShareContent(model: DockerVsLxcModel, rawAnswers: Answers): ShareContent {
  const { answers } = normaliseAnswers(model, rawAnswers);
  const rec = recommend(model, answers);
  const outcome = rec.outcomeId ? findOutcome(model, rec.outcomeId) : undefined;

  const answerRows: ShareRow[] = model.questions.map((question) => {
    const value = answers[question.id];
    const answer = value ? findAnswer(model, question.id, value) : undefined;
    return { label: question.label, value: answer ? answer.label : 'not answered' };
  });
  const recommendation: ShareRow[] = [
    outcome
      ? { label: 'Recommendation', value: outcome.title, output: 'recommendation' }
      : { label: 'Recommendation', value: 'none yet' },
    { label: 'Confidence', value: rec.confidenceText },
  ];

  const lists: ShareList[] = [];
  if (outcome) {
    const why: ShareItem[] =
      rec.drivers.length === 0
        ? [NO_DRIVER_TEXT]
        : rec.drivers.map((driver) =>
            `${answerText(model, driver.questionId, driver.value)}. ${driverReason(model, rec, driver)}`.trimEnd(),
          );
    if (outcome.requiresNote) why.push(outcome.requiresNote);
    if (rec.supports.length > 0)
      why.push(`Also in its favour: ${rec.supports.map((d) => answerText(model, d.questionId, d.value)).join('; ')}.`);
    lists.push(
      { heading: 'What it is', items: [outcome.summary] },
      { heading: 'Why', items: why },
      {
        heading: 'Counts against it',
        items: rec.against.map((d) => `${answerText(model, d.questionId, d.value)}. ${d.cell.note ?? ''}`.trimEnd()),
      },
      { heading: 'Caveats', items: outcome.caveats },
      { heading: 'Do not choose it when', items: outcome.avoidWhen },
    );
  }
  lists.push({ heading: 'What would change it', items: changeLines(model, answers) });
  if (outcome) {
    lists.push({
      heading: 'Sources',
      items: outcome.sources.map((id) => {
        const source = model.sources[id]!;
        return { text: `${source.title} (${source.publisher})`, url: source.url };
      }),
    });
  }

  return {
    title: `Decision record: ${outcome ? outcome.title : 'no recommendation yet'}`,
    tables: [
      { heading: `Answers (${rec.answered} of ${rec.total})`, rows: answerRows },
      { heading: 'Recommendation', rows: recommendation },
    ],
    lists,
    notes: [`Decision model ${model.version}, updated ${model.updated}.`, DISCLAIMER],
  };
}
