/**
 * The embeds (/embed/<slug>/, src/pages/embed/[slug].astro) as a wiki would use them: framed by a
 * page from another origin (a second loopback server, ./wiki-page.ts) that runs the README's
 * resize snippet unchanged but for the addresses. The guard still fails a test on any console
 * error or CSP violation inside the frame.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { test, expect, hydratedWidget, searchFor, sitemapPages } from './fixtures';
import { CALCULATORS, embedHref, toolHref } from '../../src/lib/calculators';
import { EMBED_HEIGHT_TYPE } from '../../src/lib/embed/index';
import type { AnyCalculator } from '../../src/lib/url-state/calculator-definition';
import { encodeState } from '../../src/lib/url-state/index';
import { startWikiPage, type WikiPage } from './wiki-page';

const outDir = process.env.OUT_DIR || 'dist';

let wiki: WikiPage;
test.beforeAll(async () => {
  wiki = await startWikiPage();
});
test.afterAll(async () => {
  await wiki.stop();
});

/** The wiki page on another origin (another port), framing one embed of this site. */
async function frameFromOtherOrigin(page: Page, baseURL: string, embedPath: string): Promise<FrameLocator> {
  const site = new URL(baseURL).origin;
  expect(wiki.origin).not.toBe(site);
  // The guard aborts requests to other origins; this page's own request goes through (page
  // routes come before the guard's context route).
  await page.route(`${wiki.origin}/**`, (route) => route.continue());
  await page.goto(wiki.pageFor(new URL(embedPath, baseURL).href));
  return page.frameLocator('iframe[data-infra-field-notes]');
}

/** Starlight's chrome, as it appears on every page of the site. */
const CHROME = [
  'header.header',
  '#starlight__sidebar',
  'site-search',
  'starlight-toc',
  'footer',
  '.sl-markdown-content',
];

test('the registry has calculators to embed', () => {
  expect(CALCULATORS.length).toBeGreaterThanOrEqual(4);
});

test('the chrome selectors find the chrome on a tool page (so their absence in an embed means something)', async ({
  page,
}) => {
  await page.goto(toolHref(CALCULATORS[0]!).slice(1));
  for (const selector of CHROME.filter((s) => s !== 'footer')) {
    expect(await page.locator(selector).count(), selector).toBeGreaterThan(0);
  }
});

/**
 * Inputs each embed is opened with: the story's figures where the calculator has them (from the
 * registry), else answers that produce a recommendation (the decision helper starts unanswered).
 */
function sampleQuery(calculator: AnyCalculator): string {
  const story = encodeState(
    calculator.schema,
    Object.hasOwn(calculator.presets, 'story') ? calculator.presets.story : calculator.presets.default,
  );
  if (story !== '') return story;
  if (calculator.slug === 'docker-vs-lxc') return '?unit=process&delivery=image';
  throw new Error(`No sample inputs for ${calculator.slug}: add them here`);
}

/** The results a calculator shows: the text of every <output> (kit Results) in its widget. */
const outputTexts = (widget: Locator) =>
  widget.locator('output').evaluateAll((outputs) => outputs.map((output) => output.textContent.trim()));

for (const calculator of CALCULATORS) {
  const embedPath = embedHref(calculator).slice(1);
  test.describe(`/${embedPath}`, () => {
    test('renders its outputs in a cross-origin iframe without the site chrome, and sizes the iframe', async ({
      page,
      baseURL,
    }) => {
      const query = sampleQuery(calculator);
      // What the tool page shows for these inputs, to compare with the embed.
      await page.goto(`${toolHref(calculator).slice(1)}${query}`);
      const toolWidget = await hydratedWidget(page, '.kit-widget');
      // A part a link opens may load its code after hydration (the redundancy checklist, for the
      // story's `shared=vlan`): let it arrive before reading what the page shows.
      await page.waitForLoadState('networkidle');
      const expected = await outputTexts(toolWidget);
      expect(expected.filter((text) => text !== '').length, 'the sample inputs give results').toBeGreaterThan(0);

      const frame = await frameFromOtherOrigin(page, baseURL!, `${embedPath}${query}&theme=light`);
      const widget = frame.locator('.kit-widget');
      await expect(widget).toHaveCount(1);
      await expect(widget.locator('.kit-widget__title')).not.toBeEmpty();
      // The query makes client:use hydrate at once on screen; Astro drops `ssr` then.
      await expect(frame.locator('astro-island[ssr]')).toHaveCount(0);
      await expect.poll(() => outputTexts(widget)).toEqual(expected);
      for (const text of expected) expect(text).not.toMatch(/NaN|Infinity|undefined/);
      await expect(widget.locator('.kit-notice', { hasText: 'were ignored' })).toHaveCount(0);
      for (const selector of CHROME) await expect(frame.locator(selector), selector).toHaveCount(0);
      await expect(frame.locator('html')).toHaveAttribute('data-theme', 'light');
      await expect(frame.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');

      // The height message reaches the parent from the site's origin, in the documented shape...
      const site = new URL(baseURL!).origin;
      await expect
        .poll(() =>
          page.evaluate(
            ({ type, origin }) =>
              (
                window as unknown as {
                  embedMessages: Array<{ origin: string; data: { type?: string; slug?: string; height?: unknown } }>;
                }
              ).embedMessages
                .filter((m) => m.origin === origin && m.data.type === type)
                .map(({ data }) => ({ ...data, height: Number.isInteger(data.height) ? 'an integer' : data.height }))
                .at(-1),
            { type: EMBED_HEIGHT_TYPE, origin: site },
          ),
        )
        .toEqual({ type: EMBED_HEIGHT_TYPE, slug: calculator.slug, height: 'an integer' });
      // ...and the README's snippet makes the iframe as tall as the embed, so it never scrolls.
      const iframe = page.locator('iframe[data-infra-field-notes]');
      await expect
        .poll(async () => {
          const frameHeight = await iframe.evaluate((el) => el.getBoundingClientRect().height);
          const contentHeight = await frame.locator('html').evaluate((el) => el.scrollHeight);
          return Math.abs(frameHeight - contentHeight);
        })
        .toBeLessThanOrEqual(1);
      expect(await iframe.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(200);
    });
  });
}

test.describe('an embed in use', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    const site = new URL(baseURL!);
    for (const origin of [site.origin, wiki.origin]) {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    }
  });

  test('keeps the inputs, shares the tool page and opens it with the current inputs', async ({ page, baseURL }) => {
    const redundancy = CALCULATORS.find((c) => c.slug === 'redundancy')!;
    const frame = await frameFromOtherOrigin(page, baseURL!, `${embedHref(redundancy).slice(1)}?n=3&theme=dark`);
    const widget = frame.locator('.kit-widget');
    await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
    const hosts = widget.locator('input[name="n"]');
    await expect(hosts).toHaveValue('3');
    // No notice: theme is the embed's own parameter, not an unknown setting of the calculator.
    await expect(widget.locator('.kit-notice', { hasText: 'were ignored' })).toHaveCount(0);
    await hosts.fill('4');
    await expect.poll(() => frame.locator('html').evaluate(() => window.location.search)).toContain('n=4');
    expect(await frame.locator('html').evaluate(() => window.location.search)).toContain('theme=dark');

    const full = frame.getByRole('link', { name: /Open full page/ });
    await full.hover();
    const href = new URL((await full.getAttribute('href'))!, baseURL);
    expect(href.pathname).toBe(new URL(toolHref(redundancy).slice(1), baseURL).pathname);
    expect(href.searchParams.get('n')).toBe('4');
    expect(href.searchParams.has('theme')).toBe(false);
    // The link opens a new tab (the page it leads to refuses to be framed), at the widget itself.
    const [tab] = await Promise.all([page.context().waitForEvent('page'), full.click()]);
    await tab.waitForLoadState();
    expect(new URL(tab.url()).pathname).toBe(href.pathname);
    await expect(tab.locator(`#${href.hash.slice(1)}.kit-widget`)).toHaveCount(1);
    await expect(tab.locator(`#${href.hash.slice(1)} input[name="n"]`)).toHaveValue('4');
    await tab.close();

    await widget.getByRole('button', { name: 'Copy link', exact: true }).click();
    await expect(widget.locator('.kit-share__status')).toHaveText(/^Link to these inputs copied\./);
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.pathname).toBe(href.pathname);
    expect(copied.searchParams.get('n')).toBe('4');
    expect(copied.hash).toBe(href.hash);
  });

  test('every embed links to a widget that exists on its tool page', async ({ page, baseURL }) => {
    for (const calculator of CALCULATORS) {
      await page.goto(embedHref(calculator).slice(1), { waitUntil: 'domcontentloaded' });
      const href = await page.getByRole('link', { name: /Open full page/ }).getAttribute('href');
      const target = new URL(href!, baseURL);
      expect(target.pathname).toBe(new URL(toolHref(calculator).slice(1), baseURL).pathname);
      // The built tool page, read from disk: eight page loads would only test the machine's speed.
      const base = new URL(baseURL!).pathname;
      const built = readFileSync(join(outDir, target.pathname.slice(base.length), 'index.html'), 'utf8');
      const anchor = target.hash.slice(1);
      expect(built, `#${anchor} on ${target.pathname}`).toMatch(
        new RegExp(`<section[^>]*\\bid="${anchor}"[^>]*kit-widget|<section[^>]*kit-widget[^>]*\\bid="${anchor}"`),
      );
    }
  });

  test('a theme it does not know is ignored with a notice, and the system setting applies', async ({
    page,
    baseURL,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    const frame = await frameFromOtherOrigin(
      page,
      baseURL!,
      'embed/docker-vs-lxc/?theme=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    );
    await expect(frame.locator('html')).toHaveAttribute('data-theme', 'light');
    const notice = frame.locator('.kit-notice', { hasText: 'were ignored' });
    await expect(notice).toContainText('theme');
    await expect(notice).not.toContainText('<script>');
  });

  test('without ?theme it follows the system setting, also when that changes', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('embed/ipsec-headroom/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });
});

test.describe('embeds are not pages of the site', () => {
  test('they are in no sitemap, Markdown twin or llms.txt', async ({ request }) => {
    expect(sitemapPages().filter((path) => path.startsWith('embed/'))).toEqual([]);
    for (const calculator of CALCULATORS) {
      expect(existsSync(join(outDir, 'embed', calculator.slug, 'index.html'))).toBe(true);
      expect(existsSync(join(outDir, 'embed', calculator.slug, 'index.md'))).toBe(false);
    }
    const llms = await (await request.get('llms.txt')).text();
    expect(llms).toContain('/tools/');
    expect(llms).not.toContain('/embed/');
  });

  test('search does not find them', async ({ page }) => {
    await page.goto('');
    const results = await searchFor(page, 'common-cause', 'Redundancy');
    const hrefs = await page
      .locator('.pagefind-ui__result-link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(await results.count()).toBeGreaterThan(0);
    expect(hrefs.filter((href) => href.includes('/embed/'))).toEqual([]);
  });
});
