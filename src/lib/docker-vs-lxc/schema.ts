/**
 * Shape of the docker-vs-lxc decision model and a hand-written validator for it.
 * Plain TypeScript (no zod) so the same check runs in Vitest, at build time and in the island.
 * The model is data: questions, the criteria each answer stands for, outcomes, and a fit table
 * (criterion × outcome) that is both the static matrix and the scoring rules.
 */

/** How well an outcome serves one criterion. `excluded` rules the outcome out entirely. */
export type FitLevel = 'fits' | 'partial' | 'poor' | 'excluded';

export const FIT_LEVELS: readonly FitLevel[] = ['fits', 'partial', 'poor', 'excluded'];

export interface LevelDef {
  /** Points added to an outcome's score; null for `excluded`, which removes the outcome. */
  points: number | null;
  /** A short glyph for the matrix; always shown next to `label`, never alone. */
  symbol: string;
  label: string;
  description: string;
}

export interface SourceDef {
  title: string;
  publisher: string;
  url: string;
}

export interface AnswerDef {
  value: string;
  label: string;
  detail: string;
  /** The criterion this answer asks for: the row of the fit table that scores it. */
  criterion: string;
}

export interface QuestionDef {
  id: string;
  /** Short name for summaries, records and the matrix. */
  label: string;
  prompt: string;
  help: string;
  answers: AnswerDef[];
}

export interface CriterionDef {
  id: string;
  label: string;
  explanation: string;
  /** Multiplies the points of every cell in this row: hard constraints count more than preferences. */
  weight: number;
  sources: string[];
}

export interface OutcomeDef {
  id: string;
  title: string;
  /** Column heading in the matrix. */
  short: string;
  summary: string;
  /** Caveats shown whenever this outcome is recommended. */
  caveats: string[];
  /** Situations in which not to pick it. */
  avoidWhen: string[];
  sources: string[];
  /**
   * Answers that must be given, explicitly, before this outcome may be recommended
   * (question id → accepted values). Used to keep risky options from winning by default.
   */
  requires?: Record<string, string[]>;
  /** Why `requires` exists, in one sentence. */
  requiresNote?: string;
}

export interface FitCell {
  level: FitLevel;
  /** Required unless the level is `fits`: every reservation must explain itself. */
  note?: string;
}

export interface DockerVsLxcModel {
  id: string;
  /** Semantic version of the decision data; shown on the page and in every decision record. */
  version: string;
  /** ISO date of the last change to the data. */
  updated: string;
  /** Fewer answers than this and the helper says nothing. */
  minAnswered: number;
  levels: Record<FitLevel, LevelDef>;
  /** Equal scores are settled in this order: fewer moving parts first. */
  tieBreak: string[];
  sources: Record<string, SourceDef>;
  questions: QuestionDef[];
  criteria: CriterionDef[];
  outcomes: OutcomeDef[];
  /** fit[criterionId][outcomeId] */
  fit: Record<string, Record<string, FitCell>>;
}

const ID = /^[a-z][a-z0-9-]*$/;
const VERSION = /^\d+\.\d+\.\d+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isPublicUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const value of values) (seen.has(value) ? twice : seen).add(value);
  return [...twice];
}

const filled = (text: unknown): boolean => typeof text === 'string' && text.trim().length > 0;

/** Every problem with a model, as readable sentences; an empty list means the model is usable. */
export function validateModel(model: DockerVsLxcModel): string[] {
  const errors: string[] = [];
  const fail = (message: string) => errors.push(message);

  if (!filled(model.id)) fail('The model needs an id.');
  if (!VERSION.test(model.version)) fail(`Version "${model.version}" is not MAJOR.MINOR.PATCH.`);
  if (!DATE.test(model.updated)) fail(`Updated date "${model.updated}" is not YYYY-MM-DD.`);

  // The model is JSON a person edits: a level the type promises may be missing.
  const levels: Partial<Record<FitLevel, LevelDef>> = model.levels;
  for (const level of FIT_LEVELS) {
    const def = levels[level];
    if (!def) {
      fail(`Level "${level}" is not defined.`);
      continue;
    }
    if (level === 'excluded' ? def.points !== null : !Number.isFinite(def.points)) {
      fail(`Level "${level}" has invalid points.`);
    }
    if (!filled(def.symbol) || !filled(def.label) || !filled(def.description))
      fail(`Level "${level}" needs a symbol, label and description.`);
  }
  const points = (level: FitLevel) => levels[level]?.points ?? 0;
  if (!(points('fits') > points('partial') && points('partial') > points('poor'))) {
    fail('Level points must fall from fits to partial to poor.');
  }

  const sourceIds = Object.keys(model.sources);
  for (const id of sourceIds) {
    const source = model.sources[id]!;
    if (!isPublicUrl(source.url)) fail(`Source "${id}" has no public http(s) URL.`);
    if (!filled(source.title) || !filled(source.publisher)) fail(`Source "${id}" needs a title and a publisher.`);
  }
  const checkSources = (owner: string, refs: readonly string[]) => {
    if (refs.length === 0) fail(`${owner} cites no source.`);
    for (const ref of refs) if (!model.sources[ref]) fail(`${owner} cites unknown source "${ref}".`);
  };

  const questionIds = model.questions.map((q) => q.id);
  const criterionIds = model.criteria.map((c) => c.id);
  const outcomeIds = model.outcomes.map((o) => o.id);
  for (const [kind, ids] of [
    ['question', questionIds],
    ['criterion', criterionIds],
    ['outcome', outcomeIds],
  ] as const) {
    for (const id of ids) if (!ID.test(id)) fail(`The ${kind} id "${id}" is not lower-case-with-dashes.`);
    for (const id of duplicates(ids)) fail(`The ${kind} id "${id}" is used twice.`);
  }
  if (model.questions.length === 0 || model.outcomes.length < 2)
    fail('The model needs questions and at least two outcomes.');
  if (!Number.isInteger(model.minAnswered) || model.minAnswered < 1 || model.minAnswered > model.questions.length) {
    fail(`minAnswered must be a whole number from 1 to ${model.questions.length}.`);
  }

  const usedCriteria = new Set<string>();
  for (const question of model.questions) {
    if (!filled(question.label) || !filled(question.prompt) || !filled(question.help))
      fail(`Question "${question.id}" needs a label, prompt and help.`);
    if (question.answers.length < 2) fail(`Question "${question.id}" needs at least two answers.`);
    const values = question.answers.map((a) => a.value);
    for (const value of duplicates(values)) fail(`Question "${question.id}" has the answer "${value}" twice.`);
    for (const answer of question.answers) {
      if (!ID.test(answer.value)) fail(`Answer "${question.id}=${answer.value}" is not lower-case-with-dashes.`);
      if (!filled(answer.label) || !filled(answer.detail))
        fail(`Answer "${question.id}=${answer.value}" needs a label and detail.`);
      if (!criterionIds.includes(answer.criterion))
        fail(`Answer "${question.id}=${answer.value}" points to unknown criterion "${answer.criterion}".`);
      if (usedCriteria.has(answer.criterion)) fail(`Criterion "${answer.criterion}" is used by two answers.`);
      usedCriteria.add(answer.criterion);
    }
  }
  for (const criterion of model.criteria) {
    if (!usedCriteria.has(criterion.id)) fail(`Criterion "${criterion.id}" is not asked by any answer.`);
    if (!filled(criterion.label) || !filled(criterion.explanation))
      fail(`Criterion "${criterion.id}" needs a label and explanation.`);
    if (!Number.isInteger(criterion.weight) || criterion.weight < 1 || criterion.weight > 5)
      fail(`Criterion "${criterion.id}" needs a whole-number weight from 1 to 5.`);
    checkSources(`Criterion "${criterion.id}"`, criterion.sources);
    const row = model.fit[criterion.id];
    if (!row) {
      fail(`The fit table has no row for criterion "${criterion.id}".`);
      continue;
    }
    for (const outcomeId of outcomeIds) {
      const cell = row[outcomeId];
      if (!cell) {
        fail(`The fit table has no cell for "${criterion.id}" × "${outcomeId}".`);
        continue;
      }
      if (!FIT_LEVELS.includes(cell.level))
        fail(`Cell "${criterion.id}" × "${outcomeId}" has unknown level "${cell.level}".`);
      if (cell.level !== 'fits' && !filled(cell.note))
        fail(`Cell "${criterion.id}" × "${outcomeId}" is "${cell.level}" but gives no reason.`);
    }
    for (const key of Object.keys(row))
      if (!outcomeIds.includes(key)) fail(`Row "${criterion.id}" names unknown outcome "${key}".`);
  }
  for (const key of Object.keys(model.fit))
    if (!criterionIds.includes(key)) fail(`The fit table has a row for unknown criterion "${key}".`);

  for (const outcome of model.outcomes) {
    if (!filled(outcome.title) || !filled(outcome.short) || !filled(outcome.summary))
      fail(`Outcome "${outcome.id}" needs a title, short name and summary.`);
    checkSources(`Outcome "${outcome.id}"`, outcome.sources);
    for (const [questionId, accepted] of Object.entries(outcome.requires ?? {})) {
      const question = model.questions.find((q) => q.id === questionId);
      if (!question) {
        fail(`Outcome "${outcome.id}" requires unknown question "${questionId}".`);
        continue;
      }
      for (const value of accepted) {
        if (!question.answers.some((a) => a.value === value))
          fail(`Outcome "${outcome.id}" requires unknown answer "${questionId}=${value}".`);
      }
    }
    if (outcome.requires && !filled(outcome.requiresNote))
      fail(`Outcome "${outcome.id}" has requirements but no note saying why.`);
  }

  const tieBreak = [...model.tieBreak].sort();
  if (tieBreak.join(' ') !== [...outcomeIds].sort().join(' ')) fail('tieBreak must list every outcome exactly once.');

  return errors;
}

/** Validate at load: a broken model stops the build and the tests instead of misleading a reader. */
export function loadModel(model: DockerVsLxcModel): DockerVsLxcModel {
  const errors = validateModel(model);
  if (errors.length > 0) {
    throw new Error(`Invalid docker-vs-lxc model:\n- ${errors.join('\n- ')}`);
  }
  return model;
}
