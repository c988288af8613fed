import { escapeMarkdown, markdownUrl } from '../share/markdown';
import { findAnswer, findOutcome, normaliseAnswers, recommend, type Answers } from './recommend';
import type { DockerVsLxcModel } from './schema';
import { answerText, driverReason, flipText } from './wording';
import { whatWouldChange } from './what-would-change';

export interface DecisionRecordInput {
  answers: Answers;
  /** Link back to the helper with these answers. Comes from the browser, so it is escaped. */
  url: string;
  /** YYYY-MM-DD; anything else is left out. */
  date?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// Only http(s) links go into the record: a javascript: or data: address must never become a link.
function isWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * A short architecture decision record in Markdown (context, decision, reasons, caveats,
 * what would change it, sources, link) for a wiki page or an incident channel.
 * Model text is trusted and kept free of Markdown markup by a test; everything else that ends up
 * in the record (the URL, the date) goes through the kit's escaping.
 */
export function decisionRecord(model: DockerVsLxcModel, input: DecisionRecordInput): string {
  const { answers } = normaliseAnswers(model, input.answers);
  const rec = recommend(model, answers);
  const outcome = rec.outcomeId ? findOutcome(model, rec.outcomeId)! : undefined;
  const lines: string[] = [];
  const push = (...more: string[]) => lines.push(...more);

  push(`# Decision record: ${outcome ? outcome.title : 'no recommendation yet'}`, '');
  push('- Status: proposed');
  if (input.date && ISO_DATE.test(input.date)) push(`- Date: ${escapeMarkdown(input.date)}`);
  push(`- Model: docker-vs-lxc ${model.version} (${model.updated})`);
  push(`- ${rec.confidenceText}`, '');

  push('## Context', '', `Answers given (${rec.answered} of ${rec.total}):`, '');
  for (const question of model.questions) {
    const value = answers[question.id];
    const answer = value ? findAnswer(model, question.id, value) : undefined;
    push(`- ${question.label}: ${answer ? answer.label : 'not answered'}`);
  }
  push('');

  push('## Decision', '');
  if (outcome) {
    push(`${outcome.title}. ${outcome.summary}`, '');
  } else {
    push(`${rec.confidenceText}`, '');
  }

  if (outcome) {
    push('## Reasons', '');
    if (rec.drivers.length === 0) push('- No single answer separated it from the runner-up; see the confidence line.');
    for (const driver of rec.drivers) {
      push(`- ${answerText(model, driver.questionId, driver.value)}. ${driverReason(model, rec, driver)}`.trimEnd());
    }
    if (outcome.requiresNote) push(`- ${outcome.requiresNote}`);
    if (rec.supports.length > 0) {
      push(`- Also in its favour: ${rec.supports.map((d) => answerText(model, d.questionId, d.value)).join('; ')}.`);
    }
    push('', '## Caveats', '');
    for (const caveat of outcome.caveats) push(`- ${caveat}`);
    for (const driver of rec.against) {
      const question = model.questions.find((q) => q.id === driver.questionId)!;
      push(`- ${question.label}: ${driver.cell.note ?? ''}`);
    }
    push('', '## When not to choose it', '');
    for (const situation of outcome.avoidWhen) push(`- ${situation}`);

    push('', '## What would change it', '');
    const change = whatWouldChange(model, answers);
    if (change.kind === 'flip') {
      for (const flip of change.flips.slice(0, 5)) push(`- ${flipText(model, flip)}`);
      const more = change.flips.length - 5;
      if (more > 0) push(`- …and ${more} more ${more === 1 ? 'change' : 'changes'} of the same size.`);
    } else {
      push('- No change of answers gives a different recommendation.');
    }
  }

  push('', '## Sources', '');
  const cited = new Set<string>(outcome ? outcome.sources : []);
  for (const driver of rec.drivers) for (const id of model.criteria.find((c) => c.id === driver.criterionId)!.sources) cited.add(id);
  if (!outcome) for (const o of model.outcomes) for (const id of o.sources) cited.add(id);
  for (const id of Object.keys(model.sources)) {
    if (!cited.has(id)) continue;
    const source = model.sources[id]!;
    push(`- [${source.title}](${markdownUrl(source.url)}), ${source.publisher}`);
  }

  push('', '## Link', '');
  push(isWebUrl(input.url) ? `[Open these answers in the decision helper](${markdownUrl(input.url)})` : 'No link: the page address was not a web address.', '');
  push('_A starting point, not a verdict: weigh it against your own constraints._');
  return lines.join('\n');
}
