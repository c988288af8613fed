// Lighthouse category scores with the mobile preset (Lighthouse's default), run in the
// same Chromium the tests use.
//
// One run's performance score is noisy: Lighthouse simulates a slow phone by multiplying
// the main-thread task times it observes by four, so whatever else the machine does during
// a run shows up in Total Blocking Time. Lighthouse's own advice for that
// (docs/variability.md in GoogleChrome/lighthouse) is to run each page several times and
// keep the median, which is what this does: every page gets the same number of scored runs,
// and the table shows the spread beside the median. A run whose trace broke is retried rather
// than scored (lighthouse-runs.mjs).
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { CATEGORIES, PRESET_CPU_SLOWDOWN, collectRuns, runOutcome } from './lighthouse-runs.mjs';

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  // This machine's network is closed; Chromium's own background calls would only fail.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * @param {string[]} urls
 * @param {string} chromePath
 * @param {number} runsPerPage
 * @param {number} [cpuSlowdown] anything but the preset's 4 is a margin check, not the budget
 * @returns {Promise<Map<string, import('./lighthouse-runs.mjs').RunsSummary>>}
 */
export async function lighthouseScores(urls, chromePath, runsPerPage, cpuSlowdown = PRESET_CPU_SLOWDOWN) {
  const chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  const config =
    cpuSlowdown === PRESET_CPU_SLOWDOWN
      ? undefined
      : { extends: 'lighthouse:default', settings: { throttling: { cpuSlowdownMultiplier: cpuSlowdown } } };
  /** @param {string} url @returns {Promise<import('./lighthouse-runs.mjs').RunOutcome>} */
  const runOnce = async (url) => {
    try {
      const result = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
        config,
      );
      return runOutcome(result?.lhr);
    } catch (error) {
      return { ok: false, error: `THREW: ${error instanceof Error ? error.message : String(error)}` };
    }
  };
  /** @type {Map<string, import('./lighthouse-runs.mjs').RunsSummary>} */
  const scores = new Map();
  try {
    // The first run after Chromium starts pays one-time costs (its binary and fonts read from
    // disk, code caches empty); it is thrown away so it does not land on the first page.
    if (urls[0]) await runOnce(urls[0]);
    for (const url of urls) scores.set(url, await collectRuns(() => runOnce(url), runsPerPage));
  } finally {
    chrome.kill();
  }
  return scores;
}
