// Sharing in a browser: every calculator's copy formats (clipboard read in Chromium with the
// permission granted) and downloads, the page's Markdown twin and its buttons, /llms.txt, and
// one distinct link-preview card per page.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import type { Nodes } from 'mdast';
import { parse as parseCsv } from 'csv-parse/sync';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { test, expect, hydratedWidget, sitemapPages } from './fixtures';
import { headingText } from '../../src/lib/site/markdown-section';
import { neutraliseFormula } from '../../src/lib/share/csv';
import type { SummaryJson } from '../../src/lib/share/json';
import { normaliseBase } from '../../src/plugins/base-path.mjs';

const pages = sitemapPages();
const tools = pages.filter((path) => /^tools\/[^/]+\/$/.test(path));
const siteUrl = new URL(process.env.SITE_URL || 'http://localhost:4321');
// The decision helper shows a recommendation (an <output> with a figure to compare) once answered.
const ANSWERED: Record<string, string> = {
  'tools/docker-vs-lxc/':
    '?unit=process&delivery=image&isolation=trusted&kernel=host&orchestrator=compose&state=stateless&platform=lxc',
};

test.beforeEach(async ({ context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
});

const clipboardText = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

// What the status region says after each button (src/components/kit/ShareBar.tsx).
const DONE: Record<string, RegExp> = {
  'Copy link': /^Link to (these|the last valid) inputs copied\./,
  'Copy for Slack': /^Copied for Slack/,
  'Copy as Markdown': /^Copied as Markdown/,
  'Copy (rich text)': /^Copied as rich text/,
  'Download CSV': /^CSV file downloaded/,
  'Download JSON': /^JSON file downloaded/,
};

/** Press a share button and wait for its status; fails if the browser refused the clipboard. */
async function share(widget: Locator, name: string): Promise<void> {
  await widget.getByRole('button', { name, exact: true }).click();
  await expect(widget.locator('.kit-share__status')).toHaveText(DONE[name]!);
}

async function download(page: Page, widget: Locator, name: string): Promise<string> {
  const saved = page.waitForEvent('download');
  await share(widget, name);
  return readFile(await (await saved).path(), 'utf8');
}

test('there are calculators to test', () => {
  expect(tools.length).toBeGreaterThanOrEqual(4);
});

for (const tool of tools) {
  test.describe(`/${tool}`, () => {
    test('Copy for Slack gives mrkdwn: <url|text> links, no table, no ** and no backslash escapes', async ({
      page,
      baseURL,
    }) => {
      await page.goto(tool);
      const widget = await hydratedWidget(page, '.kit-widget');
      await share(widget, 'Copy for Slack');
      const text = await clipboardText(page);
      const link = text.match(/<(https?:\/\/[^|>\s]+)\|Open these inputs>$/);
      expect(link, text).not.toBeNull();
      expect(new URL(link![1]!).pathname).toBe(new URL(tool, baseURL).pathname);
      expect(text).toMatch(/^\*[^*\n]+\*\n/);
      expect(text).not.toMatch(/^\s*\|/m);
      expect(text).not.toContain('**');
      expect(text).not.toContain('\\');
      // Slack's three specials only ever appear escaped or as link brackets.
      expect(text.replace(/<https?:\/\/[^|>\s]+\|[^<>]*>/g, '').replace(/&(amp|lt|gt);/g, '')).not.toMatch(/[<>&]/);
    });

    test('every copied figure is the one its <output> shows, in CSV and JSON too', async ({ page }) => {
      await page.goto(`${tool}${ANSWERED[tool] ?? ''}`);
      const widget = await hydratedWidget(page, '.kit-widget');
      const json = JSON.parse(await download(page, widget, 'Download JSON')) as SummaryJson;
      expect(json.format).toBe('infra-field-notes/summary');
      const rows = json.tables.flatMap((t) => t.rows);
      const withOutput = rows.flatMap((row) => (row.output ? [{ ...row, output: row.output }] : []));
      expect(withOutput.length, 'rows that name their <output>').toBeGreaterThan(0);
      for (const row of withOutput) {
        const shown = ((await widget.locator(`output[name="${row.output}"]`).first().textContent()) ?? '').trim();
        expect(shown, `<output name="${row.output}">`).not.toBe('');
        // The value is the output's text, then its unit or words: "1168727 bytes", "0.99585".
        expect(
          row.value === shown || row.value.startsWith(`${shown} `),
          `${row.label}: "${row.value}" against the page's "${shown}"`,
        ).toBe(true);
      }

      const csv: string[][] = parseCsv(await download(page, widget, 'Download CSV'), { bom: true });
      expect(csv[0]).toEqual(['Section', 'Label', 'Value']);
      for (const row of rows)
        expect(csv).toContainEqual([expect.any(String), neutraliseFormula(row.label), neutraliseFormula(row.value)]);
      expect(csv.at(-1)![0]).toBe('Link');
    });

    test('Copy (rich text) puts a real table and a plain-text fallback on the clipboard', async ({ page }) => {
      await page.goto(tool);
      const widget = await hydratedWidget(page, '.kit-widget');
      await share(widget, 'Copy (rich text)');
      const copied = await page.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        if (!item) return null;
        return {
          types: [...item.types],
          html: await (await item.getType('text/html')).text(),
          text: await (await item.getType('text/plain')).text(),
        };
      });
      expect(copied?.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
      expect(copied!.html).toMatch(/<table[^>]*>[\s\S]*<th[^>]*scope="col"[^>]*>[\s\S]*<\/table>/);
      expect(copied!.text).toMatch(/Open these inputs: https?:\/\//);
    });
  });
}

test('with an invalid field, the copies say they hold the last valid inputs', async ({ page }) => {
  await page.goto('tools/ipsec-headroom/');
  const widget = await hydratedWidget(page, '.kit-widget');
  await widget.locator('input[name="mtu"]').fill('12');
  await expect(widget.locator('.kit-results__stale').first()).toBeVisible();
  await share(widget, 'Copy for Slack');
  const text = await clipboardText(page);
  expect(text).toContain('_These figures are for the last valid inputs');
  expect(text).toMatch(/\|Open the last valid inputs>$/);
  expect(text).not.toContain('Open these inputs');
  await expect(widget.locator('.kit-share__status')).toContainText('last valid inputs');
  await share(widget, 'Copy link');
  expect(new URL(await clipboardText(page)).searchParams.get('mtu')).not.toBe('12');
});

test.describe('pages as Markdown', () => {
  test('every page has a Markdown twin that answers, holds its title and no HTML', async ({
    page,
    request,
    baseURL,
  }) => {
    test.slow(); // one page load per page of the site
    for (const path of pages) {
      await page.goto(path);
      const title = (await page.locator('h1').innerText()).trim();
      const href = await page.locator('link[rel="alternate"][type="text/markdown"]').getAttribute('href');
      expect(href, `/${path} announces its twin`).toBe(`${new URL(path, baseURL).pathname}index.md`);
      const response = await request.get(`${path}index.md`);
      expect(response.status(), `/${path}index.md`).toBe(200);
      const markdown = await response.text();
      const first = markdown.split('\n')[0] ?? '';
      expect(headingText(first), `/${path}index.md starts with the page title`).toBe(title);
      // Parsed, not pattern-matched: `<driver name='vhost'/>` in inline code is text, not an element.
      const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
      const html: string[] = [];
      const walk = (node: Nodes) => {
        if (node.type === 'html') html.push(node.value);
        if ('children' in node) node.children.forEach(walk);
      };
      walk(tree);
      expect(html, `/${path}index.md holds no HTML element or component tag`).toEqual([]);
      expect(markdown).not.toMatch(/^import /m);
    }
  });

  test('each calculator is one line linking to it', async ({ request }) => {
    for (const tool of tools) {
      const markdown = await (await request.get(`${tool}index.md`)).text();
      const lines = markdown.split('\n').filter((line) => line.startsWith('Interactive calculator: '));
      expect(lines, `/${tool}index.md`).toHaveLength(1);
      const url = new URL(lines[0]!.match(/\]\(([^)]+)\)/)![1]!);
      expect(url.pathname.endsWith(`/${tool}`)).toBe(true);
      expect(url.hash).not.toBe('');
    }
  });

  test('"Copy page as Markdown" copies the twin, and "Copy section" one section of it', async ({
    page,
    request,
    baseURL,
  }) => {
    test.slow(); // a long story page, hovered and copied twice
    const path = pages.find((p) => p.startsWith('stories/')) ?? pages[0]!;
    const markdown = await (await request.get(`${path}index.md`)).text();
    await page.goto(path);
    await page.getByRole('button', { name: 'Copy page as Markdown' }).click();
    await expect(page.locator('[data-section-link-status]')).toHaveText('Page copied as Markdown.');
    expect(await clipboardText(page)).toBe(markdown);

    const wrapper = page.locator('.sl-markdown-content .sl-heading-wrapper').nth(1);
    const heading = (await wrapper.locator(':scope > :first-child').innerText()).trim();
    await wrapper.hover();
    await wrapper.getByRole('button', { name: `Copy section “${heading}” as Markdown` }).click();
    await expect(page.locator('[data-section-link-status]')).toHaveText(`Section “${heading}” copied as Markdown.`);
    const section = await clipboardText(page);
    expect(headingText(section.split('\n')[0]!)).toBe(heading);
    expect(markdown).toContain(section.slice(0, section.lastIndexOf('\n\nSource: ')));
    const id = await wrapper.locator(':scope > :first-child').getAttribute('id');
    expect(id, 'the section heading has an id').not.toBeNull();
    const source = `Source: <${new URL(`${path}#${id!}`, baseURL).href}>`;
    expect(section.trimEnd().endsWith(source), `${section.slice(-200)} ends with ${source}`).toBe(true);
  });

  test('/llms.txt lists every page of the sitemap with its Markdown twin', async ({ request }) => {
    const response = await request.get('llms.txt');
    expect(response.status()).toBe(200);
    const text = await response.text();
    expect(text.startsWith('# Infra Field Notes\n')).toBe(true);
    const base = new URL(normaliseBase(process.env.BASE_PATH), siteUrl);
    for (const path of pages) expect(text, `/${path}`).toContain(`](${new URL(`${path}index.md`, base).href})`);
  });
});

test('each page in the sitemap has a distinct link-preview card, with alt text', async ({ page, request }) => {
  test.slow(); // one page load per page of the site
  const cards: Array<{ path: string; image: string; alt: string; hash: string }> = [];
  for (const path of pages) {
    await page.goto(path);
    const image = (await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '';
    const alt = (await page.locator('meta[property="og:image:alt"]').getAttribute('content')) ?? '';
    const title = (await page.locator('h1').innerText()).trim();
    expect(alt, `/${path} og:image:alt names the page`).toContain(title);
    expect(await page.locator('meta[name="twitter:image:alt"]').getAttribute('content')).toBe(alt);
    const png = await request.get(new URL(image).pathname);
    expect(png.status()).toBe(200);
    cards.push({
      path,
      image,
      alt,
      hash: createHash('sha256')
        .update(await png.body())
        .digest('hex'),
    });
  }
  const distinct = (key: 'image' | 'alt' | 'hash') => new Set(cards.map((card) => card[key])).size;
  expect(distinct('image')).toBe(pages.length);
  expect(distinct('alt')).toBe(pages.length);
  expect(distinct('hash'), 'no two pages share the same picture').toBe(pages.length);
});
