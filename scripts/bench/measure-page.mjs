// What one page costs a reader on a phone: HTML and JavaScript bytes (gzipped, as served),
// requests, and when chart.js arrives. Uses Playwright with the finder's Chromium.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chartChunks, chartControllers } from './chart-code.mjs';

const PHONE = { width: 375, height: 667 };

/** @param {string} outDir @param {string} urlPath */
async function fileFor(outDir, urlPath) {
  try {
    return await readFile(join(outDir, urlPath));
  } catch {
    return null;
  }
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {{ origin: string, base: string, path: string, outDir: string }} target
 */
export async function measurePage(browser, { origin, base, path, outDir }) {
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  /** @type {string[]} */ const scripts = [];
  let requests = 0;
  page.on('request', (request) => {
    requests += 1;
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(`${origin}${base}${path}`, { waitUntil: 'networkidle' });
  const initialScripts = new Set(scripts);
  const initialRequests = requests;
  const chartInViewOnOpen = await page.evaluate(() =>
    [...document.querySelectorAll('.kit-chart canvas')].some((canvas) => {
      const box = canvas.getBoundingClientRect();
      // LazyChart starts loading 200 px before a chart enters the viewport.
      return box.top < window.innerHeight + 200 && box.bottom > -200;
    }),
  );
  const hasWidget = (await page.locator('astro-island').count()) > 0;

  // Bring every island into view (as a reader scrolling would), then every chart.
  for (const selector of ['astro-island', '.kit-chart']) {
    const count = await page.locator(selector).count();
    for (let i = 0; i < count; i += 1) {
      await page
        .locator(selector)
        .nth(i)
        .scrollIntoViewIfNeeded()
        .catch(() => {});
      await page.waitForLoadState('networkidle');
    }
  }
  // Widgets hydrate on first use (client:use). Count what hydration loads as the island's too:
  // the budget is for what a calculator costs before the reader does anything with it.
  const widgets = page.locator('.kit-widget');
  for (let i = 0; i < (await widgets.count()); i += 1) {
    await widgets
      .nth(i)
      .hover({ position: { x: 4, y: 4 } })
      .catch(() => {});
    await page.waitForLoadState('networkidle');
  }
  await page.waitForTimeout(300);
  const beforeInteraction = new Set(scripts);

  // A widget whose charts need data (the latency tool) offers an example: fill it in, so its
  // charts load too. What loads from here on is counted as after interaction, not island JS.
  const example = page.locator('[data-example-fill]');
  for (let i = 0; i < (await example.count()); i += 1) {
    await example.nth(i).click();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const charts = page.locator('.kit-chart');
    for (let j = 0; j < (await charts.count()); j += 1) {
      await charts
        .nth(j)
        .scrollIntoViewIfNeeded()
        .catch(() => {});
      await page.waitForLoadState('networkidle');
    }
  }
  await page.waitForTimeout(300);
  // Read after scrolling: a widget may render its charts only once it has hydrated.
  const chartKinds = await page.evaluate(() =>
    [
      ...new Set(
        [...document.querySelectorAll('.kit-chart[data-chart-kind]')].map(
          (figure) => figure.getAttribute('data-chart-kind') ?? '',
        ),
      ),
    ].sort(),
  );
  await context.close();

  const stripBase = (/** @type {string} */ p) => (p.startsWith(base) ? p.slice(base.length) : p.replace(/^\//, ''));
  /** @type {Map<string, string>} */ const sources = new Map();
  /** @type {Map<string, number>} */ const gzipBytes = new Map();
  for (const scriptPath of new Set(scripts)) {
    const file = await fileFor(outDir, stripBase(scriptPath));
    if (!file) continue;
    sources.set(scriptPath, file.toString('utf8'));
    gzipBytes.set(scriptPath, gzipSync(file, { level: 9 }).length);
  }
  const chart = chartChunks(sources);
  const sum = (/** @type {Iterable<string>} */ names) =>
    [...names].reduce((total, name) => total + (gzipBytes.get(name) ?? 0), 0);
  const html = (await fileFor(outDir, join(path, 'index.html'))) ?? (await fileFor(outDir, path || 'index.html'));
  const loaded = [...new Set(scripts)].map((name) => ({
    name,
    gzip: gzipBytes.get(name) ?? 0,
    chart: chart.has(name),
    initial: initialScripts.has(name),
    afterInteraction: !beforeInteraction.has(name),
  }));

  return {
    path,
    hasWidget,
    htmlGzip: html ? gzipSync(html, { level: 9 }).length : 0,
    scripts: loaded,
    jsInitialGzip: sum(initialScripts),
    jsChartGzip: sum(chart),
    chartModules: chartControllers([...chart].map((name) => sources.get(name) ?? '')),
    chartKinds,
    chartLoadedOutOfView: [...initialScripts].some((name) => chart.has(name)) && !chartInViewOnOpen,
    requests: initialRequests,
  };
}
