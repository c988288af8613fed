import type { AnswerDef, DockerVsLxcModel, FitCell, FitLevel, OutcomeDef, QuestionDef } from './schema';

/** Question id → answer value. Questions left out are unanswered. */
export type Answers = Readonly<Record<string, string>>;

export interface DroppedAnswer {
  key: string;
  reason: string;
}

/**
 * Keep only answers the model knows, in question order. Anything else (unknown question,
 * unknown value, non-string) is dropped and listed, so hostile input yields a usable state.
 */
export function normaliseAnswers(
  model: DockerVsLxcModel,
  raw: unknown,
): { answers: Record<string, string>; dropped: DroppedAnswer[] } {
  const answers: Record<string, string> = {};
  const dropped: DroppedAnswer[] = [];
  if (typeof raw !== 'object' || raw === null) return { answers, dropped };
  const record = raw as Record<string, unknown>;
  const own = (key: string) => Object.prototype.hasOwnProperty.call(record, key);
  for (const question of model.questions) {
    if (!own(question.id)) continue;
    const value = record[question.id];
    if (value === '' || value === undefined) continue;
    if (typeof value === 'string' && question.answers.some((a) => a.value === value)) {
      answers[question.id] = value;
    } else {
      dropped.push({ key: question.id, reason: `Not one of: ${question.answers.map((a) => a.value).join(', ')}.` });
    }
  }
  for (const key of Object.keys(record)) {
    if (!model.questions.some((q) => q.id === key)) dropped.push({ key, reason: 'Not a question of this helper.' });
  }
  return { answers, dropped };
}

export function findQuestion(model: DockerVsLxcModel, questionId: string): QuestionDef | undefined {
  return model.questions.find((q) => q.id === questionId);
}

export function findAnswer(model: DockerVsLxcModel, questionId: string, value: string): AnswerDef | undefined {
  return findQuestion(model, questionId)?.answers.find((a) => a.value === value);
}

export function findOutcome(model: DockerVsLxcModel, outcomeId: string): OutcomeDef | undefined {
  return model.outcomes.find((o) => o.id === outcomeId);
}

/** The fit-table cell an answer selects for an outcome. */
export function cellFor(
  model: DockerVsLxcModel,
  questionId: string,
  value: string,
  outcomeId: string,
): FitCell | undefined {
  const answer = findAnswer(model, questionId, value);
  return answer ? model.fit[answer.criterion]?.[outcomeId] : undefined;
}

export interface AnswerRef {
  questionId: string;
  value: string;
}

export interface OutcomeScore {
  outcomeId: string;
  points: number;
  /** Answers whose cell is `excluded` for this outcome. */
  excludedBy: AnswerRef[];
  /** Questions whose required answer (outcome.requires) is missing or different. */
  unmetRequirements: string[];
  /** Not excluded and every requirement met: the outcome may be recommended. */
  eligible: boolean;
}

/** Points of one cell: the level's points times the criterion's weight. */
function cellPoints(model: DockerVsLxcModel, criterionId: string, level: FitLevel): number {
  const weight = model.criteria.find((c) => c.id === criterionId)?.weight ?? 1;
  return (model.levels[level].points ?? 0) * weight;
}

function answeredQuestions(model: DockerVsLxcModel, answers: Answers): AnswerRef[] {
  const refs: AnswerRef[] = [];
  for (const question of model.questions) {
    const value = Object.prototype.hasOwnProperty.call(answers, question.id) ? answers[question.id] : undefined;
    if (value !== undefined && question.answers.some((a) => a.value === value))
      refs.push({ questionId: question.id, value });
  }
  return refs;
}

/** Scores for every outcome, in model order. */
export function scoreOutcomes(model: DockerVsLxcModel, answers: Answers): OutcomeScore[] {
  const given = answeredQuestions(model, answers);
  return model.outcomes.map((outcome) => {
    let points = 0;
    const excludedBy: AnswerRef[] = [];
    for (const ref of given) {
      const answer = findAnswer(model, ref.questionId, ref.value)!;
      const cell = model.fit[answer.criterion]?.[outcome.id];
      if (!cell) continue;
      if (cell.level === 'excluded') excludedBy.push(ref);
      else points += cellPoints(model, answer.criterion, cell.level);
    }
    const unmetRequirements = Object.entries(outcome.requires ?? {})
      .filter(
        ([questionId, accepted]) => !given.some((ref) => ref.questionId === questionId && accepted.includes(ref.value)),
      )
      .map(([questionId]) => questionId);
    return {
      outcomeId: outcome.id,
      points,
      excludedBy,
      unmetRequirements,
      eligible: excludedBy.length === 0 && unmetRequirements.length === 0,
    };
  });
}

/** Eligible outcomes first, by points (high to low) and then the model's tie-break order. */
export function rankScores(model: DockerVsLxcModel, scores: readonly OutcomeScore[]): OutcomeScore[] {
  const order = (id: string) => model.tieBreak.indexOf(id);
  return [...scores].sort((a, b) => {
    if (a.eligible !== b.eligible) return a.eligible ? -1 : 1;
    if (a.points !== b.points) return b.points - a.points;
    return order(a.outcomeId) - order(b.outcomeId);
  });
}

/** Just the outcome id (or null): the cheap core used by searches over many answer sets. */
export function outcomeFor(model: DockerVsLxcModel, answers: Answers): string | null {
  const given = answeredQuestions(model, answers);
  if (given.length < model.minAnswered) return null;
  const best = rankScores(model, scoreOutcomes(model, answers))[0];
  return best && best.eligible ? best.outcomeId : null;
}

/** Every way to fill in the unanswered questions (the answered ones kept). */
export function* completions(model: DockerVsLxcModel, answers: Answers): Generator<Record<string, string>> {
  const open = model.questions.filter(
    (q) => answers[q.id] === undefined || !q.answers.some((a) => a.value === answers[q.id]),
  );
  const base: Record<string, string> = {};
  for (const ref of answeredQuestions(model, answers)) base[ref.questionId] = ref.value;
  function* fill(index: number, current: Record<string, string>): Generator<Record<string, string>> {
    if (index === open.length) {
      yield current;
      return;
    }
    const question = open[index]!;
    for (const answer of question.answers) yield* fill(index + 1, { ...current, [question.id]: answer.value });
  }
  yield* fill(0, base);
}

export type Confidence = 'none' | 'low' | 'medium' | 'high';

export interface Driver extends AnswerRef {
  criterionId: string;
  /** The recommended outcome's cell for this answer. */
  cell: FitCell;
  /** Points this answer gave the recommendation over the runner-up. */
  gain: number;
  /** Outcomes this answer ruled out. */
  rulesOut: string[];
  /** The recommendation requires this answer (outcome.requires). */
  required: boolean;
}

export interface Recommendation {
  outcomeId: string | null;
  runnerUpId: string | null;
  answered: number;
  total: number;
  minAnswered: number;
  /** Points ahead of the runner-up; null when there is no recommendation or no rival. */
  margin: number | null;
  tie: boolean;
  /** No way of answering the open questions changes the outcome. */
  robust: boolean;
  confidence: Confidence;
  /** One sentence saying how sure the helper is, and why. */
  confidenceText: string;
  /** Every outcome, best first. */
  ranking: OutcomeScore[];
  /** Answers that favoured the recommendation, strongest first. */
  drivers: Driver[];
  /** Other answers the recommendation fits well, though the runner-up fits them as well. */
  supports: Driver[];
  /** Answers on which the recommendation only partly fits or fits poorly: its reservations. */
  against: Driver[];
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The recommendation for a (possibly partial) set of answers. Pure and deterministic. */
export function recommend(model: DockerVsLxcModel, rawAnswers: Answers): Recommendation {
  const { answers } = normaliseAnswers(model, rawAnswers);
  const given = answeredQuestions(model, answers);
  const total = model.questions.length;
  const ranking = rankScores(model, scoreOutcomes(model, answers));
  const base = { answered: given.length, total, minAnswered: model.minAnswered, ranking };

  const eligible = ranking.filter((s) => s.eligible);
  if (given.length < model.minAnswered || eligible.length === 0) {
    const missing = model.minAnswered - given.length;
    return {
      ...base,
      outcomeId: null,
      runnerUpId: null,
      margin: null,
      tie: false,
      robust: false,
      confidence: 'none',
      confidenceText:
        missing > 0
          ? `Answer ${plural(missing, 'more question', 'more questions')} for a first recommendation.`
          : 'No option fits these answers.',
      drivers: [],
      supports: [],
      against: [],
    };
  }

  const winner = eligible[0]!;
  const runnerUp = eligible[1] ?? null;
  const margin = runnerUp ? winner.points - runnerUp.points : null;
  const tie = margin === 0;
  let robust = true;
  for (const completion of completions(model, answers)) {
    if (outcomeFor(model, completion) !== winner.outcomeId) {
      robust = false;
      break;
    }
  }

  const winnerOutcome = findOutcome(model, winner.outcomeId)!;
  const drivers: Driver[] = [];
  const supports: Driver[] = [];
  const against: Driver[] = [];
  for (const ref of given) {
    const answer = findAnswer(model, ref.questionId, ref.value)!;
    const row = model.fit[answer.criterion]!;
    const cell = row[winner.outcomeId]!;
    const rivalCell = runnerUp ? row[runnerUp.outcomeId]! : undefined;
    const gain = rivalCell
      ? cellPoints(model, answer.criterion, cell.level) - cellPoints(model, answer.criterion, rivalCell.level)
      : 0;
    const rulesOut = model.outcomes.filter((o) => row[o.id]?.level === 'excluded').map((o) => o.id);
    const required = winnerOutcome.requires?.[ref.questionId]?.includes(ref.value) ?? false;
    const driver: Driver = { ...ref, criterionId: answer.criterion, cell, gain, rulesOut, required };
    if (gain > 0 || rulesOut.length > 0 || required) drivers.push(driver);
    else if (cell.level === 'fits') supports.push(driver);
    if (cell.level === 'partial' || cell.level === 'poor') against.push(driver);
  }
  const questionIndex = (id: string) => model.questions.findIndex((q) => q.id === id);
  drivers.sort(
    (a, b) =>
      b.gain - a.gain ||
      b.rulesOut.length - a.rulesOut.length ||
      questionIndex(a.questionId) - questionIndex(b.questionId),
  );

  const answeredText = `${given.length} of ${total} questions answered`;
  const rivalName = runnerUp ? findOutcome(model, runnerUp.outcomeId)!.short : '';
  let confidence: Confidence;
  let reason: string;
  if (tie) {
    confidence = 'low';
    reason = `tied with ${rivalName}; the tie goes to the option with fewer moving parts`;
  } else if (robust) {
    confidence = margin === null || margin >= 2 ? 'high' : 'medium';
    reason =
      given.length === total
        ? margin === null
          ? 'no other option remains'
          : `${plural(margin, 'point', 'points')} ahead of ${rivalName}`
        : `${margin === null ? 'no other option remains' : `${plural(margin, 'point', 'points')} ahead of ${rivalName}`}, and no answer to the open questions would change it`;
  } else {
    confidence = given.length * 2 >= total ? 'medium' : 'low';
    reason = `${margin === null ? 'no rival yet' : `${plural(margin, 'point', 'points')} ahead of ${rivalName}`}, but the open questions could still change it`;
  }
  const confidenceWord = { none: 'No', low: 'Low', medium: 'Medium', high: 'High' }[confidence];

  return {
    ...base,
    outcomeId: winner.outcomeId,
    runnerUpId: runnerUp?.outcomeId ?? null,
    margin,
    tie,
    robust,
    confidence,
    confidenceText: `${confidenceWord} confidence: ${answeredText}; ${reason}.`,
    drivers,
    supports,
    against,
  };
}
