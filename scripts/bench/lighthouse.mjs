// Lighthouse category scores with the mobile preset (Lighthouse's default), run in the
// same Chromium the tests use.
//
// One run's performance score is noisy: Lighthouse simulates a slow phone by multiplying
// the main-thread task times it observes by four, so whatever else the machine does during
// a run shows up in Total Blocking Time. Lighthouse's own advice for that
// (docs/variability.md in GoogleChrome/lighthouse) is to run each page several times and
// keep the median, which is what this does: every page gets the same number of runs, and
// the table shows the spread beside the median.
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { CATEGORIES, summariseRuns } from './lighthouse-runs.mjs';

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
 * @returns {Promise<Map<string, ReturnType<typeof summariseRuns>>>}
 */
export async function lighthouseScores(urls, chromePath, runsPerPage) {
  const chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  const runOnce = async (url) => {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    const categories = result?.lhr.categories ?? {};
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]));
    scores.tbtMs = Math.round(result?.lhr.audits['total-blocking-time']?.numericValue ?? 0);
    return scores;
  };
  const scores = new Map();
  try {
    // The first run after Chromium starts pays one-time costs (its binary and fonts read from
    // disk, code caches empty); it is thrown away so it does not land on the first page.
    if (urls[0]) await runOnce(urls[0]);
    for (const url of urls) {
      const runs = [];
      for (let attempt = 0; attempt < runsPerPage; attempt += 1) runs.push(await runOnce(url));
      scores.set(url, summariseRuns(runs));
    }
  } finally {
    await chrome.kill();
  }
  return scores;
}
