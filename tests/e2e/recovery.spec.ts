/**
 * A download that fails is tried again (issue 14): when the network comes back, and on the
 * reader's next interaction, for the islands themselves, chart.js, the latency tool's analyser
 * and its worker (src/components/kit/recovery.ts). Meanwhile the widget says so plainly, keeps
 * what the reader entered, and the page is never reloaded. Service workers are off here (the
 * config's default), so nothing comes from a cache.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { widgetStatus } from './network';

const FAILED = /could not be downloaded.*try again when the connection is back/;
/** Downloading and hydrating again on a busy machine can take a while; a bound, not a timing. */
const RECOVERED = { timeout: 30_000 };

test.describe.configure({ timeout: 120_000 });

/** Mark the document, to prove later that it was never reloaded. */
const markDocument = (page: Page) =>
  page.evaluate(() => document.documentElement.setAttribute('data-test-same-document', ''));
const expectSameDocument = (page: Page) => expect(page.locator('html[data-test-same-document]')).toHaveCount(1);

async function typeOver(page: Page, selector: string, text: string) {
  await page.locator(selector).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** Downloads matching `part` fail as with no network until the returned function is called. */
async function failDownloads(page: Page, part: string): Promise<() => Promise<void>> {
  const matcher = (url: URL) => url.pathname.includes(part);
  await page.route(matcher, (route) => route.abort('internetdisconnected'));
  return () => page.unroute(matcher);
}

test.describe('offline, then online again: each tool recovers without a reload', () => {
  const tools = [
    {
      name: 'IPsec headroom',
      path: 'tools/ipsec-headroom/',
      widget: '#ipsec-headroom',
      act: (page: Page) => typeOver(page, '#ipsec-headroom input[name="mtu"]', '1400'),
      check: async (page: Page, before: string) => {
        await expect(page.locator('#ipsec-headroom output[name="mss"]')).toHaveText(
          String(Number(before) - 100),
          RECOVERED,
        );
      },
      output: '#ipsec-headroom output[name="mss"]',
    },
    {
      name: 'latency comparison',
      path: 'tools/latency-compare/',
      widget: '#latency-compare',
      act: async (page: Page) => {
        await typeOver(page, '#latency-compare input[name="a_ms"]', '50');
        await typeOver(page, '#latency-compare input[name="b_ms"]', '150');
      },
      check: async (page: Page) => {
        await expect(page.locator('#latency-compare output[name="diff-ms"]')).toHaveText('100', RECOVERED);
      },
      output: '#latency-compare output[name="diff-ms"]',
    },
    {
      name: 'redundancy',
      path: 'tools/redundancy/',
      widget: '#redundancy-calc',
      act: (page: Page) => typeOver(page, '#redundancy-calc input[name="beta"]', '0.5'),
      check: async (page: Page, before: string) => {
        await expect(page.locator('#redundancy-calc output[name="group-availability"]')).not.toHaveText(
          before,
          RECOVERED,
        );
        await expect(page).toHaveURL(/[?&]beta=0\.5(&|#|$)/);
      },
      output: '#redundancy-calc output[name="group-availability"]',
    },
    {
      name: 'Docker, LXC or VM',
      path: 'tools/docker-vs-lxc/',
      widget: '#docker-vs-lxc',
      act: async (page: Page) => {
        for (const id of [
          'unit-process',
          'delivery-image',
          'isolation-trusted',
          'kernel-host',
          'orchestrator-kubernetes',
          'state-stateless',
        ]) {
          await page.locator(`label[for="docker-vs-lxc-${id}"]`).click();
        }
      },
      check: async (page: Page) => {
        await expect(page.locator('#docker-vs-lxc output[name="recommendation"]')).toHaveAttribute(
          'data-outcome',
          'app-container',
          RECOVERED,
        );
      },
      output: '#docker-vs-lxc output[name="recommendation"]',
    },
  ];

  for (const tool of tools) {
    test(`${tool.name}: used while offline, it says so, then loads and applies what was entered once online`, async ({
      page,
      context,
      siteGuard,
    }) => {
      siteGuard.allowNetworkLoss();
      await page.goto(tool.path);
      await markDocument(page);
      const before = (await page.locator(tool.output).textContent()) ?? '';
      await context.setOffline(true);
      await tool.act(page);
      await expect(widgetStatus(page, tool.widget)).toHaveText(FAILED, { timeout: 30_000 });
      await context.setOffline(false);
      await tool.check(page, before);
      await expect(widgetStatus(page, tool.widget)).toHaveText('');
      await expectSameDocument(page);
    });
  }

  test('on a flaky link that stays "online", the next interaction retries the widget', async ({ page, siteGuard }) => {
    siteGuard.allowNetworkLoss();
    const restore = await failDownloads(page, '/_astro/IpsecHeadroom.');
    await page.goto('tools/ipsec-headroom/');
    await markDocument(page);
    const before = Number(await page.locator('#ipsec-headroom output[name="mss"]').textContent());
    await typeOver(page, '#ipsec-headroom input[name="mtu"]', '1400');
    await expect(widgetStatus(page, '#ipsec-headroom')).toHaveText(FAILED, { timeout: 30_000 });
    await restore();
    // The reader carries on: the next key press tries again, and what was typed is still applied.
    await page.locator('#ipsec-headroom input[name="mtu"]').press('End');
    await expect(page.locator('#ipsec-headroom output[name="mss"]')).toHaveText(String(before - 100), RECOVERED);
    await expectSameDocument(page);
  });
});

test.describe('lazy parts of a widget recover too', () => {
  test('a chart whose chart.js download failed draws once the reader interacts again', async ({ page, siteGuard }) => {
    siteGuard.allowNetworkLoss();
    const restore = await failDownloads(page, '/_astro/line.');
    await page.goto('tools/redundancy/');
    await markDocument(page);
    const figure = page.locator('#redundancy-calc figure.kit-chart').first();
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator('.kit-chart__failed')).toHaveText(FAILED, { timeout: 30_000 });
    await restore();
    await page.mouse.click(2, 2);
    const canvas = figure.locator('canvas');
    await expect
      .poll(
        () => canvas.evaluate((element: HTMLCanvasElement) => element.width > 0 && element.style.display === 'block'),
        RECOVERED,
      )
      .toBe(true);
    await expect(figure.locator('.kit-chart__failed')).toHaveText('');
    await expectSameDocument(page);
  });

  test("the latency tool's example, asked for while offline, arrives once the connection is back", async ({
    page,
    context,
    siteGuard,
  }) => {
    siteGuard.allowNetworkLoss();
    await page.goto('tools/latency-compare/');
    await markDocument(page);
    const button = page.getByRole('button', { name: 'Fill in synthetic example samples' });
    // Hydrate the widget without pressing the button: a press before hydration is replayed, online.
    const boxA = page.getByLabel('Samples for A');
    await boxA.click();
    await expect
      .poll(() => boxA.evaluate((element) => !element.closest('astro-island')?.hasAttribute('ssr')), RECOVERED)
      .toBe(true);
    await context.setOffline(true);
    await button.click();
    await expect(page.locator('#latency-compare')).toContainText(/example’s code could not be downloaded/, {
      timeout: 30_000,
    });
    await context.setOffline(false);
    await expect(page.locator('#latency-compare output[name="a-n"]')).toHaveText('200', RECOVERED);
    await expect(page.locator('#latency-compare')).not.toContainText(/example’s code could not be downloaded/);
    await expectSameDocument(page);
  });

  test("the latency tool's analyser and its background worker are downloaded again after a failure", async ({
    page,
    context,
    siteGuard,
  }) => {
    siteGuard.allowNetworkLoss();
    await page.goto('tools/latency-compare/');
    await markDocument(page);
    const boxA = page.getByLabel('Samples for A');

    // The analyser (sample parts) loads with the first samples: offline, it cannot.
    await boxA.click();
    await expect
      .poll(() => boxA.evaluate((element) => !element.closest('astro-island')?.hasAttribute('ssr')), RECOVERED)
      .toBe(true);
    await context.setOffline(true);
    await boxA.fill('58\n61\n63');
    await expect(page.locator('#latency-compare')).toContainText(/analysis code could not be downloaded/, {
      timeout: 30_000,
    });
    await context.setOffline(false);
    await expect(page.locator('#latency-compare output[name="a-n"]')).toHaveText('3', RECOVERED);

    // Over 100,000 characters go to the Web Worker, whose script fails to download once.
    const restore = await failDownloads(page, 'latency-worker');
    const lines = Array.from({ length: 30_000 }, (_, i) => String(50 + (i % 100) / 10)).join('\n');
    await boxA.evaluate((textarea: HTMLTextAreaElement, value: string) => {
      textarea.value = value;
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    }, lines);
    await expect(page.locator('#latency-compare')).toContainText(/background analyser could not be started/, {
      timeout: 30_000,
    });
    await restore();
    await page.mouse.click(2, 2);
    await expect(page.locator('#latency-compare output[name="a-n"]')).toHaveText('30000', { timeout: 30_000 });
    await expectSameDocument(page);
  });
});
