/**
 * Shared Playwright fixtures for every browser test of the site.
 *
 *   import { test, expect, expectNoAxeViolations, expectNoHorizontalOverflow } from './fixtures';
 *
 * - `test` is Playwright's test with an automatic guard. Every test using it fails when, during the test:
 *     • the console logs an error or the page throws (CSP violations included),
 *     • any request fails or answers with HTTP 400 or higher,
 *     • any request goes to another origin than the site's (it is aborted, then reported).
 *   A test that expects an error status (the 404 page) declares it first:
 *     siteGuard.allowHttpError(404, '/no-such-page/');
 *   A test that cuts the network on purpose declares that the downloads it breaks may fail
 *   (requests failing as disconnected or refused, and the browser's console line for each):
 *     siteGuard.allowNetworkLoss();
 * - `expectNoAxeViolations(page)` runs axe-core with the WCAG 2.0/2.1/2.2 A and AA rules.
 *   Call it again after interacting with a widget (open details, show errors) to test those states.
 * - `expectNoHorizontalOverflow(page)` fails when the page is wider than the viewport and
 *   names the elements that stick out.
 *
 * - `expectNoLayoutShift(page)` fails when the page moved while loading (Lighthouse's CLS).
 *
 * - `sitemapPages()` lists the built pages (paths under the base) from the sitemap in OUT_DIR.
 *
 * Navigate with relative URLs (`page.goto('tools/redundancy/')`): baseURL carries BASE_PATH.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { normaliseBase } from '../../src/plugins/base-path.mjs';
import { AxeBuilder } from '@axe-core/playwright';

export { expect };

export interface SiteGuard {
  /** Accept HTTP `status` for URLs containing `urlPart` (and the console error the browser logs for it). */
  allowHttpError(status: number, urlPart: string): void;
  /** Accept requests that fail because the test took the network away (offline or server stopped). */
  allowNetworkLoss(): void;
}

/** How Chromium reports a request that found no network or no server. */
export const NETWORK_LOSS = /ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED|ERR_NETWORK_CHANGED/;

export const test = base.extend<{ siteGuard: SiteGuard }>({
  siteGuard: [
    async ({ context, baseURL }, use) => {
      if (!baseURL) throw new Error('baseURL is not set; run through playwright.config.ts');
      const siteOrigin = new URL(baseURL).origin;
      const problems: string[] = [];
      const allowed: Array<{ status: number; urlPart: string }> = [];
      let networkLossAllowed = false;
      const isAllowed = (status: number, url: string) =>
        allowed.some((a) => a.status === status && url.includes(a.urlPart));

      // context.route sees requests from every page, worker and popup of the test.
      await context.route(
        (url) => url.origin !== siteOrigin,
        async (route) => {
          problems.push(`request to another origin: ${route.request().method()} ${route.request().url()}`);
          await route.abort('blockedbyclient');
        },
      );

      const watch = (page: Page) => {
        page.on('console', (message) => {
          if (message.type() !== 'error') return;
          const where = message.location().url;
          // Chromium logs "Failed to load resource … 404" for an error status the test allowed.
          if (/Failed to load resource/.test(message.text()) && allowed.some((a) => where.includes(a.urlPart))) return;
          if (networkLossAllowed && NETWORK_LOSS.test(message.text())) return;
          problems.push(`console error: ${message.text()}${where ? ` (${where})` : ''}`);
        });
        page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
        page.on('requestfailed', (request) => {
          if (new URL(request.url()).origin !== siteOrigin) return; // already reported above
          // ERR_ABORTED: the test navigated away while a lazy load (Pagefind, an island) was in flight.
          if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
          if (networkLossAllowed && NETWORK_LOSS.test(request.failure()?.errorText ?? '')) return;
          problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown error'})`);
        });
        page.on('response', (response) => {
          const status = response.status();
          if (status >= 400 && !isAllowed(status, response.url())) problems.push(`HTTP ${status}: ${response.url()}`);
        });
      };
      context.pages().forEach(watch);
      context.on('page', watch);

      await use({
        allowHttpError: (status, urlPart) => allowed.push({ status, urlPart }),
        allowNetworkLoss: () => {
          networkLossAllowed = true;
        },
      });

      expect(problems, 'console errors, failed requests or requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fail with a readable list when axe finds any WCAG 2.2 A/AA violation on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  const summary = results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    elements: v.nodes.slice(0, 5).map((node) => node.target.join(' ')),
  }));
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** What the browser side reports of an element, for `elementLabel` to name it. */
interface ElementParts {
  tag: string;
  id: string;
  classes: string[];
}

/** An element as a failure message names it: `div#id.class-a.class-b` (two classes at most). */
function elementLabel({ tag, id, classes }: ElementParts): string {
  return (
    tag +
    (id ? `#${id}` : '') +
    classes
      .slice(0, 2)
      .map((c) => `.${c}`)
      .join('')
  );
}

/** Fail when the document is wider than the viewport, naming the widest elements that stick out. */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    const viewport = root.clientWidth;
    if (root.scrollWidth <= viewport) return null;
    const offenders = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > viewport + 1)
      // Only the outermost offender of each subtree matters.
      .filter((el) => !(el.parentElement && el.parentElement.getBoundingClientRect().right > viewport + 1))
      .slice(0, 5)
      .map((el) => ({
        tag: el.tagName.toLowerCase(),
        id: el.id,
        classes: [...el.classList],
        right: Math.round(el.getBoundingClientRect().right),
      }));
    return { scrollWidth: root.scrollWidth, viewport, offenders };
  });
  expect(
    overflow && {
      ...overflow,
      offenders: overflow.offenders.map((el) => `${elementLabel(el)} (right edge ${el.right} px)`),
    },
    `page scrolls sideways on ${page.url()}`,
  ).toBeNull();
}

/** One layout shift as the browser side reports it: its score and where each moved element went. */
interface ShiftSeen {
  value: number;
  moved: Array<ElementParts & { from: number[]; to: number[] }>;
}

/**
 * Fail when the page moved under the reader while loading: the layout shifts Chromium recorded
 * since navigation (none caused by input) may add up to at most `limit`, far under the 0.1 that
 * Core Web Vitals call good, since a static article should not move at all. Names what moved.
 */
export async function expectNoLayoutShift(page: Page, limit = 0.01): Promise<void> {
  const shifts = await page.evaluate(
    () =>
      new Promise<ShiftSeen[]>((resolve) => {
        const seen: ShiftSeen[] = [];
        // `buffered` hands over every shift since navigation; the timeout lets that first batch arrive.
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<
            PerformanceEntry & {
              value: number;
              hadRecentInput: boolean;
              sources?: Array<{ node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }>;
            }
          >) {
            if (entry.hadRecentInput) continue;
            seen.push({
              value: entry.value,
              moved: (entry.sources ?? []).map(({ node, previousRect, currentRect }) => ({
                // A shifted text node or pseudo-element has no classes; its name is what Chromium gives.
                tag: node instanceof Element ? node.tagName.toLowerCase() : (node?.nodeName ?? 'unknown'),
                id: node instanceof Element ? node.id : '',
                classes: node instanceof Element ? [...node.classList] : [],
                from: [Math.round(previousRect.x), Math.round(previousRect.y)],
                to: [Math.round(currentRect.x), Math.round(currentRect.y)],
              })),
            });
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(seen), 50);
      }),
  );
  const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
  const named = shifts.map(({ value, moved }) => ({
    value,
    moved: moved.map((el) => `${elementLabel(el)} from (${el.from.join(', ')}) to (${el.to.join(', ')})`),
  }));
  expect(total <= limit ? [] : named, `layout shift ${total.toFixed(3)} on ${page.url()}`).toEqual([]);
}

/**
 * Bring a widget into view, move the pointer over it and wait until its island has hydrated
 * (Astro drops the `ssr` attribute then).
 */
export async function hydratedWidget(page: Page, selector: string): Promise<Locator> {
  const widget = page.locator(selector).first();
  await widget.scrollIntoViewIfNeeded();
  // Islands hydrate on first use (client:use); a pointer over the widget's corner is the
  // lightest use, and touches no control.
  await widget.hover({ position: { x: 4, y: 4 } });
  // Polled through evaluate rather than page.waitForFunction: that one runs its predicate as a
  // page script, which the site's Content-Security-Policy (as nginx serves it) refuses.
  await expect
    .poll(() =>
      widget.evaluate((element) => {
        const island = element.closest('astro-island');
        return island !== null && !island.hasAttribute('ssr');
      }),
    )
    .toBe(true);
  return widget;
}

/**
 * Search the site as a keyboard user would: Ctrl+K opens the dialog, and the term is typed
 * into whatever has the focus, so this fails if the search box does not get it. Returns the
 * result links whose text holds `expected`.
 */
export async function searchFor(page: Page, term: string, expected: string, timeout = 20_000): Promise<Locator> {
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  // Pagefind's UI loads on this first move towards search; its box takes the focus when it arrives.
  await expect(dialog.locator('input').first()).toBeFocused({ timeout: 15_000 });
  await page.keyboard.type(term);
  const results = dialog.locator('.pagefind-ui__result-link').filter({ hasText: expected });
  // Pagefind loads its index and WebAssembly on first use; allow for a slow machine.
  await expect(results.first()).toBeVisible({ timeout });
  return results;
}

/** Page paths relative to the base ('' for home, 'glossary/' …), read from the built sitemap in OUT_DIR. */
export function sitemapPages(
  outDir = process.env.OUT_DIR || 'dist',
  base = normaliseBase(process.env.BASE_PATH),
): string[] {
  let files: string[];
  try {
    files = readdirSync(outDir).filter((file) => /^sitemap-\d+\.xml$/.test(file));
  } catch {
    files = [];
  }
  if (files.length === 0) throw new Error(`No sitemap in ${outDir}/: build the site first (npx astro build).`);
  const locs = files.flatMap((file) =>
    [...readFileSync(join(outDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? ''),
  );
  return locs.map((loc) => {
    const path = new URL(loc).pathname;
    if (!path.startsWith(base)) throw new Error(`Sitemap URL ${loc} is outside the base ${base}`);
    return path.slice(base.length);
  });
}
