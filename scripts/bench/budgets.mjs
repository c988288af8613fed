// The speed budgets of issue 7, as data and one pure check, so the rules are testable
// apart from the browser that measures them.

import { PRESET_CPU_SLOWDOWN } from './lighthouse-runs.mjs';

export const BUDGETS = {
  /** Lighthouse category scores, 0–100, mobile preset. */
  lighthouse: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 },
  /** Gzipped bytes of JavaScript an island page loads before interaction, Preact included, chart.js not. */
  islandJsBytes: 25 * 1024,
  /** Gzipped bytes of each page's HTML. */
  htmlBytes: 30 * 1024,
  /** Latency analyser: parse + statistics for 100,000 samples per side. */
  latencyAnalysisMs: 250,
  /** Latency analyser at 1,000,000 samples a side, parse included, over a plain Float64Array sort of the same numbers (issue 15). */
  latencyMillionSortRatio: 3,
  /** Least coverage of any row of the median-difference interval in the seeded study (issue 15). */
  latencyCoverageFloor: 0.94,
  /** Latency tool in the browser: a hostile paste answered (result or error) within this. */
  pasteAnswerMs: 2000,
  /** …while no gap between animation frames exceeds this (the page stays responsive). */
  pasteFrameGapMs: 200,
};

/**
 * Every paste the latency tool answered too slowly, or while freezing the page.
 * @param {Array<{ name: string, ms: number | null, longestFrameGapMs: number }>} results
 */
export function pasteViolations(results) {
  const out = [];
  for (const { name, ms, longestFrameGapMs } of results) {
    if (ms === null || ms > BUDGETS.pasteAnswerMs) {
      out.push(
        `latency tool, ${name}: ${ms === null ? 'no answer' : `answered in ${ms} ms`}, budget ${BUDGETS.pasteAnswerMs} ms`,
      );
    }
    if (longestFrameGapMs > BUDGETS.pasteFrameGapMs) {
      out.push(`latency tool, ${name}: page froze for ${longestFrameGapMs} ms, budget ${BUDGETS.pasteFrameGapMs} ms`);
    }
  }
  return out;
}

/**
 * @typedef {object} PageFigures
 * @property {string} path
 * @property {boolean} hasWidget     the page holds a calculator island
 * @property {number} htmlGzip
 * @property {number} jsInitialGzip  JS loaded on open, before any scroll or input
 * @property {number} jsIslandGzip   JS loaded once every island is in view, chart.js excluded
 * @property {number} jsChartGzip    JS loaded when charts scroll into view
 * @property {string[]} chartModules chart.js controllers found in the loaded chart code
 * @property {string[]} chartKinds   chart types the page draws (LazyChart's data-chart-kind)
 * @property {boolean} chartLoadedOutOfView chart code loaded on open although no chart was in view
 * @property {number} requests
 * @property {boolean} widgetScriptOnPlainPage  a page without a widget loaded island or chart code
 * @property {LighthouseFigures | null} lighthouse  summariseRuns' figures plus cpuSlowdown, null when not run
 */

/** @typedef {Partial<import('./lighthouse-runs.mjs').RunsSummary> & { cpuSlowdown?: number }} LighthouseFigures */

/**
 * Every budget a page breaks, as sentences naming the page.
 * @param {PageFigures} page
 */
export function pageViolations(page) {
  const out = [];
  const where = `/${page.path}`;
  if (page.htmlGzip > BUDGETS.htmlBytes) {
    out.push(`${where}: HTML is ${kb(page.htmlGzip)} gzipped, budget ${kb(BUDGETS.htmlBytes)}`);
  }
  if (!page.hasWidget && page.widgetScriptOnPlainPage) {
    out.push(`${where}: a page without a widget loads island or chart JavaScript`);
  }
  if (page.hasWidget && page.jsIslandGzip > BUDGETS.islandJsBytes) {
    out.push(
      `${where}: calculator island loads ${kb(page.jsIslandGzip)} of JS before interaction, budget ${kb(BUDGETS.islandJsBytes)}`,
    );
  }
  if (page.chartLoadedOutOfView) {
    out.push(`${where}: chart.js loaded before a chart was in view`);
  }
  // Per page: a controller this page never draws is bytes its reader downloads for nothing.
  const extra = page.chartModules.filter((kind) => !page.chartKinds.includes(kind));
  if (extra.length > 0)
    out.push(`${where}: chart.js code loaded carries chart types the page does not draw: ${extra.join(', ')}`);
  if (page.lighthouse) {
    const { runs, wanted, failures = [], cpuSlowdown } = page.lighthouse;
    if (runs !== undefined && wanted !== undefined && runs < wanted) {
      out.push(
        `${where}: Lighthouse scored ${runs} of ${wanted} runs; the others failed to measure (${failures.join('; ')})`,
      );
    }
    for (const [category, minimum] of Object.entries(BUDGETS.lighthouse)) {
      // The performance budget is for the mobile preset; a run at another CPU slowdown is a margin check.
      if (category === 'performance' && cpuSlowdown !== undefined && cpuSlowdown !== PRESET_CPU_SLOWDOWN) continue;
      const score = page.lighthouse[/** @type {keyof typeof BUDGETS.lighthouse} */ (category)];
      if (score === undefined || score < minimum) {
        out.push(`${where}: Lighthouse ${category} ${score ?? 'missing'}, budget ${minimum}`);
      }
    }
  }
  return out;
}

/** @param {number} bytes */
export function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
