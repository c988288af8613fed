/**
 * The whole site offline after one visit (issue 14; src/plugins/offline.mjs): open the home page
 * once, wait until the footer says the site is saved, then take the network away (the browser's
 * offline switch and the server stopped): every page of the sitemap opens, visited or not, each
 * calculator computes (with its chart, a shared link and the latency worker), and search finds
 * "NAPI", at the site root and under the sub-path build. A rebuilt site replaces the cache as a
 * whole once the reader accepts the "updated" notice. Without a saved index, search says so.
 *
 * These tests serve the builds themselves (static-server.ts) on ports of their own, so that they
 * can stop the server, serve the sub-path build (`<OUT_DIR>-base`, made by npm test) and swap in
 * a rebuilt site. The fixtures' guard fails a test on any failed request: offline, every request
 * must be answered from the cache.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, hydratedWidget, searchFor } from './fixtures';
import { startStaticSite, type StaticSite } from './static-server';
import { precacheManifest, writeServiceWorker } from '../../src/plugins/offline.mjs';

const outDir = process.env.OUT_DIR || 'dist';
const firstPort = Number(process.env.PORT || 4321) + 100;
const BUILDS = [
  { where: 'at the site root', dir: outDir, base: '/', port: firstPort },
  { where: 'under the sub-path build', dir: `${outDir}-base`, base: '/wiki/infra/', port: firstPort + 10 },
];
/** Installing the worker downloads the whole site; a bound for a busy machine, not a timing. */
const SAVED = { timeout: 90_000 };

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ timeout: 240_000 });

/** Site paths from a build's sitemap, relative to its base ('' is the home page). */
function sitePaths(dir: string): string[] {
  const xml = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  const base = paths.reduce((shortest, p) => (p.length < shortest.length ? p : shortest), paths[0] ?? '/');
  return paths.map((p) => p.slice(base.length));
}

function requireBuild(dir: string) {
  if (!existsSync(join(dir, 'sw.js'))) {
    throw new Error(
      `${dir}/ holds no built site with a service worker. npm test builds it; by hand: OUT_DIR=${dir} ${dir.endsWith('-base') ? 'BASE_PATH=/wiki/infra/ ' : ''}npx astro build`,
    );
  }
}

const offlineLine = (page: Page) => page.locator('[data-offline-status]');

/** Open the home page once and wait until the whole site is saved; then cut the network. */
async function visitOnceThenGoOffline(page: Page, context: BrowserContext, site: StaticSite) {
  await page.goto('');
  await expect(offlineLine(page)).toHaveText(/^Available offline/, SAVED);
  await context.setOffline(true);
  await site.stop();
}

async function typeOver(page: Page, selector: string, text: string) {
  await page.locator(selector).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

for (const build of BUILDS) {
  test.describe(`offline after one visit, ${build.where}`, () => {
    // One port per test: the guard's origin is the baseURL, and parallel tests must not share a server.
    const sitePort = (n: number) => build.port + n;

    test.describe('pages', () => {
      test.use({ baseURL: `http://127.0.0.1:${sitePort(0)}${build.base}` });
      test('every page in the sitemap opens offline, including pages never visited', async ({ page, context }) => {
        requireBuild(build.dir);
        const site = await startStaticSite(build.dir, build.base, sitePort(0));
        await visitOnceThenGoOffline(page, context, site);
        const paths = sitePaths(build.dir);
        expect(paths.length).toBeGreaterThan(10);
        for (const path of paths) {
          const response = await page.goto(path);
          expect(response?.status(), `/${path}`).toBe(200);
          expect(response?.fromServiceWorker(), `/${path} from the cache`).toBe(true);
          await expect(page.locator('h1')).toHaveCount(1);
          await expect(offlineLine(page)).toHaveText(/^Available offline/);
        }
      });
    });

    test.describe('calculators', () => {
      test.use({ baseURL: `http://127.0.0.1:${sitePort(1)}${build.base}` });
      test('each calculator computes offline, with its chart, a shared link and the latency worker', async ({
        page,
        context,
      }) => {
        requireBuild(build.dir);
        const site = await startStaticSite(build.dir, build.base, sitePort(1));
        await visitOnceThenGoOffline(page, context, site);

        // A shared link with inputs, on a page never opened before.
        await page.goto('tools/ipsec-headroom/?mtu=1400');
        await hydratedWidget(page, '#ipsec-headroom');
        await expect(page.locator('#ipsec-headroom input[name="mtu"]')).toHaveValue('1400');
        const mss = Number(await page.locator('#ipsec-headroom output[name="mss"]').textContent());
        await typeOver(page, '#ipsec-headroom input[name="mtu"]', '1500');
        await expect(page.locator('#ipsec-headroom output[name="mss"]')).toHaveText(String(mss + 100));

        await page.goto('tools/redundancy/');
        await hydratedWidget(page, '#redundancy-calc');
        const group = page.locator('#redundancy-calc output[name="group-availability"]');
        const before = await group.textContent();
        await typeOver(page, '#redundancy-calc input[name="beta"]', '0');
        await expect(group).not.toHaveText(before ?? '');
        const canvas = page.locator('#redundancy-calc figure.kit-chart canvas').first();
        await canvas.scrollIntoViewIfNeeded();
        await expect
          .poll(() =>
            canvas.evaluate((element: HTMLCanvasElement) => element.width > 0 && element.style.display === 'block'),
          )
          .toBe(true);

        await page.goto(
          'tools/docker-vs-lxc/?unit=process&delivery=image&isolation=trusted&kernel=host&orchestrator=kubernetes&state=stateless',
        );
        await hydratedWidget(page, '#docker-vs-lxc');
        await expect(page.locator('#docker-vs-lxc output[name="recommendation"]')).toHaveAttribute(
          'data-outcome',
          'app-container',
        );

        await page.goto('tools/latency-compare/');
        await hydratedWidget(page, '#latency-compare');
        await page.getByLabel('Samples for B').fill('58\n61\n63');
        await expect(page.locator('#latency-compare output[name="b-n"]')).toHaveText('3');
        // Over 100,000 characters: analysed in the Web Worker, whose script comes from the cache.
        const lines = Array.from({ length: 30_000 }, (_, i) => String(50 + (i % 100) / 10)).join('\n');
        await page.getByLabel('Samples for A').evaluate((textarea: HTMLTextAreaElement, value: string) => {
          textarea.value = value;
          textarea.dispatchEvent(new Event('input', { bubbles: true }));
        }, lines);
        await expect(page.locator('#latency-compare output[name="a-n"]')).toHaveText('30000', { timeout: 30_000 });
        // The example's generator is a chunk of its own, fetched on the press: it comes from the cache too.
        await page.locator('#latency-compare [data-example-fill]').click();
        await expect(page.locator('#latency-compare output[name="a-n"]')).toHaveText('200', { timeout: 30_000 });
        await expect(page.locator('#latency-compare output[name="b-n"]')).toHaveText('200');
      });
    });

    test.describe('search', () => {
      test.use({ baseURL: `http://127.0.0.1:${sitePort(2)}${build.base}` });
      test('search finds "NAPI" offline', async ({ page, context }) => {
        requireBuild(build.dir);
        const site = await startStaticSite(build.dir, build.base, sitePort(2));
        await visitOnceThenGoOffline(page, context, site);
        await page.goto('tools/');
        const results = await searchFor(page, 'NAPI', 'Glossary', 60_000);
        expect(new URL((await results.first().getAttribute('href')) ?? '', page.url()).pathname).toBe(
          `${build.base}glossary/`,
        );
        await expect(page.locator('[data-search-offline-note]')).toHaveCount(0);
      });
    });
  });
}

test.describe('search offline without a saved index', () => {
  test.use({ serviceWorkers: 'block' });
  test('says plainly that the index is not on this device yet, and searches once back online', async ({
    page,
    context,
    siteGuard,
  }) => {
    // The page's own late downloads (registration code at idle) may meet the cut network.
    siteGuard.allowNetworkLoss();
    await page.goto('glossary/');
    await context.setOffline(true);
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('[data-search-offline-note]')).toHaveText(
      /offline.*search index is not saved on this device yet/,
    );
    await expect(dialog.locator('[data-search-offline-note]')).toHaveRole('status');
    await context.setOffline(false);
    await expect(dialog.locator('[data-search-offline-note]')).toHaveCount(0);
    await expect(dialog.locator('input').first()).toBeVisible({ timeout: 20_000 });
    await dialog.locator('input').first().fill('NAPI');
    await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 20_000 });
  });
});

test.describe('a new build', () => {
  const port = firstPort + 20;
  test.use({ baseURL: `http://127.0.0.1:${port}/` });

  test('replaces the old cache as a whole once the reader accepts the "updated" notice', async ({ page }, testInfo) => {
    requireBuild(outDir);
    // The rebuilt site: the same build with one page's text changed, and its service worker
    // written again by the same function the build uses.
    const rebuilt = testInfo.outputPath('rebuilt-site');
    cpSync(outDir, rebuilt, { recursive: true });
    const glossary = join(rebuilt, 'glossary', 'index.html');
    writeFileSync(
      glossary,
      readFileSync(glossary, 'utf8').replace(/<\/h1>/, '</h1><p data-rebuilt>Changed in the new build.</p>'),
    );
    await writeServiceWorker(rebuilt);

    const site = await startStaticSite(outDir, '/', port);
    try {
      await page.goto('glossary/');
      await expect(offlineLine(page)).toHaveText(/^Available offline/, SAVED);
      await expect(page.locator('[data-rebuilt]')).toHaveCount(0);

      site.serve(rebuilt);
      // The next visit checks for a new worker; it downloads the new build while the old one
      // keeps serving, and the notice offers the reload.
      await page.goto('onboarding/');
      const notice = page.locator('[data-update-notice]');
      await expect(notice).toContainText('updated', SAVED);
      await expect(notice).toHaveRole('status');
      await expect(page.locator('[data-rebuilt]')).toHaveCount(0);
      await notice.getByRole('button', { name: 'Reload' }).click();
      await expect(notice).toHaveCount(0, SAVED);

      await page.goto('glossary/');
      await expect(page.locator('[data-rebuilt]')).toHaveText('Changed in the new build.');
      // The cache holds exactly the new build's files: nothing of the old one is left.
      const expected = (await precacheManifest(rebuilt)).map(({ url, revision }) => {
        const absolute = new URL(url, page.url().replace(/glossary\/$/, ''));
        if (revision) absolute.searchParams.set('__WB_REVISION__', revision);
        return absolute.href;
      });
      const cached = await page.evaluate(async () => {
        const names = (await caches.keys()).filter((name) => name.includes('precache'));
        const keys = await Promise.all(
          names.map(async (name) => (await (await caches.open(name)).keys()).map((request) => request.url)),
        );
        return { names, urls: keys.flat() };
      });
      expect(cached.names).toHaveLength(1);
      expect(cached.urls.sort()).toEqual(expected.sort());
    } finally {
      await site.stop();
    }
  });
});
