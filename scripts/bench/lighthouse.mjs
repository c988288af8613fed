// Lighthouse category scores with the mobile preset (Lighthouse's default), run in the
// same Chromium the tests use. Scores are noisy on a two-core machine, so a page whose
// performance falls short is measured twice more and the median is kept.
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
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

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * @param {string[]} urls
 * @param {string} chromePath
 * @param {number} performanceFloor re-measure pages below this
 * @returns {Promise<Map<string, Record<string, number>>>}
 */
export async function lighthouseScores(urls, chromePath, performanceFloor) {
  const chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  const scores = new Map();
  try {
    for (const url of urls) {
      const runs = [];
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
        const categories = result?.lhr.categories ?? {};
        runs.push(Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)])));
        if (attempt === 0 && (runs[0]?.performance ?? 0) >= performanceFloor) break;
      }
      const chosen = Object.fromEntries(CATEGORIES.map((id) => [id, median(runs.map((run) => run[id] ?? 0))]));
      chosen.runs = runs.length;
      scores.set(url, chosen);
    }
  } finally {
    await chrome.kill();
  }
  return scores;
}
