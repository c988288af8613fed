/**
 * Widgets hydrate on first use (client:use, src/components/kit/hydrate-on-use.ts): a reader who
 * only reads downloads and runs none of a widget's code, and nothing the reader does while it
 * loads is lost.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const IPSEC = 'tools/ipsec-headroom/';
const LATENCY = 'tools/latency-compare/';

const isHydrated = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => !element.closest('astro-island')?.hasAttribute('ssr'));

/** Hold back the island's own module until the test lets it through: the reader acts first. */
async function holdModule(page: Page, name: string): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(
    (url) => url.pathname.includes(`/_astro/${name}.`),
    async (route) => {
      await released;
      await route.continue();
    },
  );
  return release;
}

test.describe('hydration on first use', () => {
  test('a reader who only reads gets the server-rendered figures, and the widget loads no code until first use', async ({
    page,
  }) => {
    await page.goto(IPSEC);
    const widget = page.locator('#ipsec-headroom');
    await widget.scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
    await expect(widget.locator('output[name="mss"]')).toHaveText(/^\d+$/);
    expect(await isHydrated(page, '#ipsec-headroom')).toBe(false);
    const componentUrl = (await page.locator('astro-island').first().getAttribute('component-url')) ?? '';
    expect(componentUrl).toMatch(/IpsecHeadroom/);
    const fetched = () =>
      page.evaluate(
        (url) => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith(url)),
        componentUrl,
      );
    expect(await fetched()).toBe(false);

    await widget.hover({ position: { x: 4, y: 4 } });
    await expect.poll(() => isHydrated(page, '#ipsec-headroom')).toBe(true);
    expect(await fetched()).toBe(true);
  });

  test('text typed before hydration finishes is taken over', async ({ page }) => {
    const release = await holdModule(page, 'IpsecHeadroom');
    await page.goto(IPSEC);
    const mss = page.locator('#ipsec-headroom output[name="mss"]');
    const before = Number(await mss.textContent());
    await expect(page.locator('#ipsec-headroom-mtu')).toHaveValue('1500');
    await page.locator('#ipsec-headroom-mtu').fill('1400');
    expect(await isHydrated(page, '#ipsec-headroom')).toBe(false);
    release();
    // 100 bytes less path MTU is 100 bytes less MSS, once the island has heard about it.
    await expect(mss).toHaveText(String(before - 100));
    await expect(page).toHaveURL(/[?&]mtu=1400(&|$)/);
  });

  test('a button pressed before hydration finishes is pressed again once it can respond', async ({ page }) => {
    const release = await holdModule(page, 'LatencyCompare');
    await page.goto(LATENCY);
    const button = page.locator('[data-example-fill]');
    await button.click();
    expect(await isHydrated(page, '#latency-compare')).toBe(false);
    release();
    await expect(page.locator('#latency-compare output[name="a-n"]')).toHaveText('200');
  });

  test('a link with inputs hydrates as soon as the widget is on screen, without use', async ({ page }) => {
    await page.goto(`${IPSEC}?mtu=1400`);
    await page.locator('#ipsec-headroom').scrollIntoViewIfNeeded();
    await expect.poll(() => isHydrated(page, '#ipsec-headroom')).toBe(true);
    await expect(page.locator('#ipsec-headroom-mtu')).toHaveValue('1400');
  });

  test('a chart scrolled to draws without the widget being used', async ({ page }) => {
    await page.goto('tools/redundancy/');
    const canvas = page.locator('#redundancy-calc figure.kit-chart canvas');
    await canvas.scrollIntoViewIfNeeded();
    await expect
      .poll(() =>
        canvas.evaluate((element: HTMLCanvasElement) => element.width > 0 && element.style.display === 'block'),
      )
      .toBe(true);
  });
});
