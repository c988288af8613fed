/**
 * Framing through deploy/nginx.conf: an embed framed by a wiki page on an origin listed in
 * EMBED_ALLOWED_ORIGINS loads (and tells the wiki page its height); framed from any other origin
 * the browser refuses it; every other page refuses every framer. The two wiki pages are real
 * loopback servers on the ports playwright.nginx.config.ts picked and gave nginx.
 */
import { test as unguarded, type ConsoleMessage, type Page } from '@playwright/test';
import { test, expect } from '../e2e/fixtures';
import { startWikiPage, type WikiPage } from '../e2e/wiki-page';
import { EMBED_HEIGHT_TYPE } from '../../src/lib/embed/index';

const allowedPort = Number(process.env.EMBED_ALLOWED_WIKI_PORT);
const refusedPort = Number(process.env.EMBED_REFUSED_WIKI_PORT);
const subpathUrl = process.env.NGINX_SUBPATH_URL ?? '';

// The wiki servers use fixed ports, so one worker runs this file.
test.describe.configure({ mode: 'serial' });

let allowed: WikiPage;
let refused: WikiPage;
test.beforeAll(async () => {
  allowed = await startWikiPage(allowedPort);
  refused = await startWikiPage(refusedPort);
});
test.afterAll(async () => {
  await allowed.stop();
  await refused.stop();
});

/** Messages the wiki page received from the embed (wiki-page.ts logs them). */
const heightMessages = (page: Page, from: string) =>
  page.evaluate(
    ({ type, origin }) =>
      (window as unknown as { embedMessages: Array<{ origin: string; data: { type?: string } }> }).embedMessages.filter(
        (m) => m.origin === origin && m.data.type === type,
      ).length,
    { type: EMBED_HEIGHT_TYPE, origin: from },
  );

test('the embeds allow the listed origin to frame them, and only the embeds do', async ({ request, baseURL }) => {
  for (const path of ['embed/redundancy/', 'embed/redundancy/index.html', `${subpathUrl}embed/ipsec-headroom/`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const policy = response.headers()['content-security-policy'] ?? '';
    expect(policy, path).toContain(`frame-ancestors ${allowed.origin};`);
    expect(policy, path).not.toContain(refused.origin);
    expect(policy, path).toContain("object-src 'none'");
    expect(response.headers()['x-frame-options'], path).toBeUndefined();
  }
  for (const path of ['', 'tools/redundancy/', 'stories/kvm-latency/', 'embed/', 'embed/redundancy/index.md']) {
    const response = await request.get(path);
    const policy = response.headers()['content-security-policy'] ?? '';
    expect(policy, path).toMatch(/frame-ancestors 'none'/);
    expect(policy, path).not.toContain(allowed.origin);
    expect(response.headers()['x-frame-options'], path).toBe('DENY');
  }
  expect(baseURL).toBeTruthy();
});

test('an embed framed from the allowed origin loads, hydrates and sends its height', async ({ page, baseURL }) => {
  const site = new URL(baseURL!).origin;
  // The guard blocks other origins; the wiki page's own request goes through.
  await page.route(`${allowed.origin}/**`, (route) => route.continue());
  await page.goto(allowed.pageFor(new URL('embed/redundancy/?n=3&theme=light', baseURL).href));
  const frame = page.frameLocator('iframe[data-infra-field-notes]');
  const widget = frame.locator('.kit-widget');
  await expect(widget).toHaveCount(1);
  await expect(frame.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(widget.locator('input[name="n"]')).toHaveValue('3');
  await expect(widget.locator('output').first()).not.toBeEmpty();
  await expect.poll(() => heightMessages(page, site)).toBeGreaterThan(0);
});

unguarded.describe('refused framing', () => {
  /** Frame `target` from `wiki` and wait for Chromium's refusal, returning its console line. */
  async function expectRefused(page: Page, wiki: WikiPage, target: string): Promise<void> {
    const refusals: string[] = [];
    page.on('console', (message: ConsoleMessage) => {
      if (/frame-ancestors/.test(message.text())) refusals.push(message.text());
    });
    await page.goto(wiki.pageFor(target));
    await expect.poll(() => refusals.length, `Chromium refuses to frame ${target}`).toBeGreaterThan(0);
    // Chromium 156 words it "Framing '…' violates … "frame-ancestors …". The request has been blocked.";
    // older builds said "Refused to frame".
    expect(refusals.join('\n')).toMatch(
      /violates the following Content Security Policy directive: "frame-ancestors [^"]*"\. The request has been blocked|Refused to frame/,
    );
    // Nothing of the site rendered in the frame, and it sent nothing.
    await expect(page.frameLocator('iframe[data-infra-field-notes]').locator('.kit-widget')).toHaveCount(0);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(frame?.url()).not.toBe(target);
    expect(await heightMessages(page, new URL(target).origin)).toBe(0);
  }

  unguarded('an embed framed from an origin not listed is refused', async ({ page, baseURL }) => {
    await expectRefused(page, refused, new URL('embed/redundancy/?n=3', baseURL).href);
  });

  unguarded('an embed under the sub-path framed from an origin not listed is refused', async ({ page }) => {
    await expectRefused(page, refused, `${subpathUrl}embed/redundancy/`);
  });

  unguarded('a tool page refuses framing even from the allowed origin', async ({ page, baseURL }) => {
    await expectRefused(page, allowed, new URL('tools/redundancy/', baseURL).href);
  });
});
