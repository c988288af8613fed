// Several Lighthouse runs of one page, summed up into the figures the bench table shows and
// the budgets check (no browser here, so it is unit-tested on its own).

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * What one page's runs add up to: the median performance score with its range and the
 * median Total Blocking Time, and for the other categories the lowest score seen (they do
 * not vary between runs, and a single miss should show).
 * @param {Array<Record<string, number>>} runs category → score 0–100, plus tbtMs
 */
export function summariseRuns(runs) {
  const performance = runs.map((run) => run.performance ?? 0);
  const summary = {
    performance: median(performance),
    performanceMin: Math.min(...performance),
    performanceMax: Math.max(...performance),
    tbtMs: median(runs.map((run) => run.tbtMs ?? 0)),
    runs: runs.length,
  };
  for (const id of CATEGORIES.filter((id) => id !== 'performance')) summary[id] = Math.min(...runs.map((run) => run[id] ?? 0));
  return summary;
}

