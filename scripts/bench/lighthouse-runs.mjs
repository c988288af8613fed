// Several Lighthouse runs of one page, summed up into the figures the bench table shows and
// the budgets check (no browser here, so it is unit-tested on its own).

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * The parts of a Lighthouse result (LH.Result) that runOutcome reads, all optional: a broken run may lack any of them.
 * @typedef {object} LighthouseResult
 * @property {{ code?: string, message?: string }} [runtimeError]
 * @property {Record<string, { score?: number | null } | undefined>} [categories]
 * @property {Record<string, { errorMessage?: string, numericValue?: number } | undefined>} [audits]
 * @property {{ benchmarkIndex?: number }} [environment]
 */

/** @typedef {{ ok: true, scores: Record<string, number> } | { ok: false, error: string }} RunOutcome */

/** The mobile preset's CPU slowdown (Lighthouse's constants.throttling.mobileSlow4G); the performance budget assumes it. */
export const PRESET_CPU_SLOWDOWN = 4;

/**
 * Extra attempts a page gets for runs that failed to measure (see runOutcome), on top of the
 * runs it needs. Failed runs are rare (about one in 25 here: Chromium's trace sometimes lacks
 * its navigation start), so three spare attempts cover them without letting a page that never
 * loads keep the bench going for long.
 */
export const SPARE_ATTEMPTS = 3;

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * One Lighthouse result, as a scored run or as a failure to measure. Lighthouse reports a
 * broken trace (NO_NAVSTART, NO_FCP…) as `runtimeError` or as a category without a score; such
 * a run says nothing about the page, and counting it as 0 would fail a page that is fine.
 * @param {LighthouseResult | undefined} lhr Lighthouse's result object
 * @returns {RunOutcome}
 */
export function runOutcome(lhr) {
  if (!lhr) return { ok: false, error: 'NO_RESULT: Lighthouse returned nothing' };
  if (lhr.runtimeError?.code)
    return { ok: false, error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message ?? ''}`.trim() };
  /** @type {Record<string, number>} */
  const scores = {};
  for (const id of CATEGORIES) {
    const score = lhr.categories?.[id]?.score;
    if (typeof score !== 'number' || !Number.isFinite(score)) {
      const failed = Object.values(lhr.audits ?? {}).find((audit) => audit?.errorMessage)?.errorMessage;
      return { ok: false, error: `NO_SCORE: ${id} has no score${failed ? ` (${failed})` : ''}` };
    }
    scores[id] = Math.round(score * 100);
  }
  scores.tbtMs = Math.round(lhr.audits?.['total-blocking-time']?.numericValue ?? 0);
  const benchmarkIndex = lhr.environment?.benchmarkIndex;
  if (typeof benchmarkIndex === 'number' && Number.isFinite(benchmarkIndex))
    scores.benchmarkIndex = Math.round(benchmarkIndex);
  return { ok: true, scores };
}

/**
 * What one page's runs add up to: the median performance score with its range and the
 * median Total Blocking Time, and for the other categories the lowest score seen (they do
 * not vary between runs, and a single miss should show). Failed runs are listed, not scored.
 * @param {Array<Record<string, number>>} runs scored runs: category → score 0–100, plus tbtMs and benchmarkIndex
 * @param {string[]} [failures] why the other attempts did not measure
 * @param {number} [wanted] how many scored runs were asked for
 */
export function summariseRuns(runs, failures = [], wanted = runs.length) {
  const performance = runs.map((run) => run.performance ?? 0);
  const indices = runs.map((run) => run.benchmarkIndex).filter((value) => typeof value === 'number');
  /** @param {string} id */
  const lowest = (id) => (runs.length > 0 ? Math.min(...runs.map((run) => run[id] ?? 0)) : undefined);
  return {
    performance: runs.length > 0 ? median(performance) : undefined,
    performanceMin: runs.length > 0 ? Math.min(...performance) : undefined,
    performanceMax: runs.length > 0 ? Math.max(...performance) : undefined,
    tbtMs: median(runs.map((run) => run.tbtMs ?? 0)),
    benchmarkIndex: indices.length > 0 ? median(indices) : undefined,
    accessibility: lowest('accessibility'),
    'best-practices': lowest('best-practices'),
    seo: lowest('seo'),
    runs: runs.length,
    wanted,
    failures,
  };
}

/** @typedef {ReturnType<typeof summariseRuns>} RunsSummary */

/**
 * Runs `measure` until `wanted` runs have scored or the spare attempts are used up.
 * @param {() => Promise<RunOutcome>} measure
 * @param {number} wanted
 */
export async function collectRuns(measure, wanted) {
  /** @type {Array<Record<string, number>>} */ const runs = [];
  /** @type {string[]} */ const failures = [];
  for (let attempt = 0; runs.length < wanted && attempt < wanted + SPARE_ATTEMPTS; attempt += 1) {
    const outcome = await measure();
    if (outcome.ok) runs.push(outcome.scores);
    else failures.push(outcome.error);
  }
  return summariseRuns(runs, failures, wanted);
}
