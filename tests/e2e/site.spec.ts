// Site-wide browser tests: every page in the built sitemap, in both themes, on desktop and a
// 375 px phone, plus the reading and sharing features every page relies on.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  expectNoLayoutShift,
  searchFor,
  sitemapPages,
} from './fixtures';
import { normaliseBase } from '../../src/plugins/base-path.mjs';
import { copiedRuns } from '../../scripts/copied-text/shingles.mjs';

// Hashes of every 9-word run of the surviving originals (scripts/copied-text): no page may hold one.
const fingerprints = new Set<string>(
  (
    JSON.parse(readFileSync('scripts/copied-text/fingerprints.json', 'utf8')) as { sets: Array<{ hashes: string[] }> }
  ).sets.flatMap((set) => set.hashes),
);

const base = normaliseBase(process.env.BASE_PATH);
const siteUrl = new URL(process.env.SITE_URL || 'http://localhost:4321');

const pages = sitemapPages();
const label = (path: string) => `/${path}`;

const variants = [
  { theme: 'light', viewport: { width: 1280, height: 800 }, device: 'desktop' },
  { theme: 'dark', viewport: { width: 1280, height: 800 }, device: 'desktop' },
  { theme: 'light', viewport: { width: 375, height: 740 }, device: 'phone' },
  { theme: 'dark', viewport: { width: 375, height: 740 }, device: 'phone' },
] as const;

/** Starlight keeps the reader's choice in localStorage 'starlight-theme' ('light' | 'dark' | '' for auto). */
async function useTheme(page: Page, theme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: theme });
  // Only a first visit gets the theme, so a choice made in the picker survives a reload.
  await page.addInitScript((t) => {
    if (localStorage.getItem('starlight-theme') === null) localStorage.setItem('starlight-theme', t);
  }, theme);
}

const meta = (page: Page, key: string) =>
  page.locator(`meta[name="${key}"], meta[property="${key}"]`).first().getAttribute('content');

test('the sitemap lists the home page and more', () => {
  expect(pages).toContain('');
  expect(pages.length).toBeGreaterThan(1);
});

for (const variant of variants) {
  test.describe(`${variant.theme} theme, ${variant.device} ${variant.viewport.width} px`, () => {
    test.use({ viewport: variant.viewport });
    // axe on a long article takes seconds even on an idle machine; allow for a busy one.
    test.slow();

    for (const path of pages) {
      test(`${label(path)} renders accessibly`, async ({ page }) => {
        await useTheme(page, variant.theme);
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('data-theme', variant.theme);
        await expect(page.locator('h1')).toHaveCount(1);
        expect((await meta(page, 'description'))?.trim()).toBeTruthy();
        await page.waitForLoadState('networkidle');
        await expectNoLayoutShift(page);
        await expectNoHorizontalOverflow(page);
        await expectNoAxeViolations(page);
      });
    }
  });
}

test.describe('sharing', () => {
  for (const path of pages) {
    test(`${label(path)} has title, canonical, Open Graph and Twitter tags with its own PNG`, async ({
      page,
      request,
    }) => {
      await page.goto(path);
      const pageUrl = new URL(base + path, siteUrl).href;
      const ogTitle = (await meta(page, 'og:title'))?.trim() ?? '';
      expect(ogTitle).not.toBe('');
      expect(await page.title(), 'the <title> carries the page title').toContain(ogTitle);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', pageUrl);
      expect(await meta(page, 'og:url')).toBe(pageUrl);
      expect(await meta(page, 'og:description')).toBe(await meta(page, 'description'));
      expect(await meta(page, 'twitter:card')).toBe('summary_large_image');

      const image = await meta(page, 'og:image');
      expect(image, 'og:image must be an absolute URL on SITE_URL under the base').toMatch(
        new RegExp(`^${siteUrl.origin}${base}og/.+\\.png$`),
      );
      expect(await meta(page, 'twitter:image')).toBe(image);
      // SITE_URL is the public origin; fetch the same path from the preview server.
      const png = await request.get(new URL(image ?? '').pathname);
      expect(png.status()).toBe(200);
      expect(png.headers()['content-type']).toContain('image/png');
      const body = await png.body();
      expect([...body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([1200, 630]);
    });

    test(`${label(path)} gives every article h2 and h3 an anchor link`, async ({ page }) => {
      await page.goto(path);
      const headings = await page.evaluate(() =>
        [...document.querySelectorAll('.sl-markdown-content :is(h2, h3)')]
          // Widget UI (class="not-content") is not article text.
          .filter((h) => !h.closest('.not-content'))
          .map((h) => {
            const anchor = h.parentElement?.querySelector(':scope > a.sl-anchor-link');
            return { text: h.textContent.trim(), id: h.id, href: anchor?.getAttribute('href') ?? null };
          }),
      );
      const unlinkable = headings.filter((h) => !h.id || h.href !== `#${h.id}`);
      expect(unlinkable, 'headings without an id and a matching anchor link').toEqual([]);
    });
  }

  test('a deep link to a section scrolls it into view', async ({ page }) => {
    // The article with the most headings makes the deepest target.
    let target: { path: string; id: string } | undefined;
    for (const path of pages) {
      await page.goto(path);
      const ids = await page.locator('.sl-markdown-content :is(h2, h3)[id]').evaluateAll((hs) => hs.map((h) => h.id));
      if (ids.length > 0 && (!target || ids.length > 3)) target = { path, id: ids[ids.length - 1] ?? '' };
      if (ids.length > 3) break;
    }
    expect(target, 'no page has an article heading to link to').toBeDefined();
    const { path, id } = target!;
    await page.goto(`${path}#${id}`);
    const heading = page.locator(`[id="${id}"]`);
    await expect(heading).toBeInViewport();
  });

  test('one click on a heading anchor puts the section link on the clipboard', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL ?? '').origin });
    let found: { path: string; id: string } | undefined;
    for (const path of pages) {
      await page.goto(path);
      const id = await page
        .locator('.sl-markdown-content a.sl-anchor-link')
        .first()
        .getAttribute('href', { timeout: 1000 })
        .catch(() => null);
      if (id) {
        found = { path, id: id.slice(1) };
        break;
      }
    }
    expect(found, 'no page has a heading anchor').toBeDefined();
    const { path, id } = found!;
    await page.locator(`a.sl-anchor-link[href="#${id}"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    const expected = new URL(`${path}#${id}`, baseURL).href;
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  });
});

test.describe('reading', () => {
  test('search finds a page by its title', async ({ page }) => {
    const other = pages.find((p) => p !== '') ?? '';
    await page.goto(other);
    const title = (await page.locator('h1').innerText()).trim();
    await page.goto('');
    const open = page.getByRole('button', { name: 'Search' });
    await expect(open).toBeEnabled();
    await open.click();
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await dialog.getByRole('searchbox').or(dialog.getByRole('textbox')).first().fill(title);
    const result = dialog.locator('.pagefind-ui__result-link').filter({ hasText: title }).first();
    // Pagefind loads its index and WebAssembly on first use; allow for a slow machine.
    await expect(result).toBeVisible({ timeout: 20_000 });
    expect(new URL((await result.getAttribute('href')) ?? '', page.url()).pathname).toBe(base + other);
  });

  test("search's code loads when the reader turns to search, not with every page", async ({ page }) => {
    const searchCode: string[] = [];
    page.on('request', (request) => {
      if (/\/(ui-core\.[^/]*\.js|pagefind\/)/.test(request.url())) searchCode.push(new URL(request.url()).pathname);
    });
    await page.goto('glossary/');
    await page.waitForLoadState('networkidle');
    // Idle time is when Starlight used to fetch it; give it some.
    await page.evaluate(() => new Promise((done) => requestIdleCallback(() => setTimeout(done, 300))));
    expect(searchCode, 'search code fetched before anyone searched').toEqual([]);
    const results = await searchFor(page, 'encapsulating security payload', 'Glossary');
    expect(searchCode.some((path) => /ui-core/.test(path))).toBe(true);
    await results.first().press('Enter');
    await expect(page).toHaveURL(/\/glossary\//);
  });

  test('pointing at the search button fetches its code ahead of the click', async ({ page }) => {
    await page.goto('');
    await page.waitForLoadState('networkidle');
    const uiCore = page.waitForRequest(/\/ui-core\.[^/]*\.js$/);
    await page.getByRole('button', { name: 'Search' }).hover();
    await uiCore;
  });

  test('an unknown URL gets the 404 page with a link home', async ({ page, siteGuard }) => {
    siteGuard.allowHttpError(404, '/no-such-page-here/');
    const response = await page.goto('no-such-page-here/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveCount(1);
    const home = page.locator(`main a[href="${base}"]`);
    await expect(home.first(), 'the 404 page body links to the home page').toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the theme picker switches theme and the choice survives a reload', async ({ page }) => {
    await useTheme(page, 'light');
    await page.goto('');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(() => localStorage.getItem('starlight-theme'))).toBe('dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  test('print hides the header and sidebars but keeps the article', async ({ page }) => {
    const story = pages.find((p) => p.startsWith('stories/')) ?? pages.find((p) => p !== '') ?? '';
    await page.goto(story);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header.header')).toBeHidden();
    await expect(page.locator('nav.sidebar')).toBeHidden();
    await expect(page.locator('.right-sidebar-container')).toBeHidden();
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.sl-markdown-content')).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of pages) {
    test(`${label(path)} shows its article text, in our own words`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toBeVisible();
      const article = page.locator('.sl-markdown-content');
      await expect(article).toBeVisible();
      expect((await article.innerText()).trim().length, 'article text length').toBeGreaterThan(100);
      const copied = copiedRuns(await page.locator('main').innerText(), fingerprints);
      expect(copied, 'runs of 9 or more words copied from an original write-up').toEqual([]);
    });
  }
});
