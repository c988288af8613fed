/**
 * Network conditions for the browser tests that are about slow, failing or absent networks.
 * Nothing here waits for time to pass: a test that needs "before hydration" holds the island's
 * module back with page.route until it lets it go.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The slow link of issue 14: 400 ms latency, 50 KB/s each way (the low end of 50–200 KB/s), and a 4× slower CPU. */
export const SLOW_LINK = { latencyMs: 400, kilobytesPerSecond: 50, cpuSlowdown: 4 };

/** Put the page on the slow link (Chrome DevTools Protocol network and CPU emulation). */
export async function useSlowLink(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: SLOW_LINK.latencyMs,
    downloadThroughput: SLOW_LINK.kilobytesPerSecond * 1024,
    uploadThroughput: SLOW_LINK.kilobytesPerSecond * 1024,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_LINK.cpuSlowdown });
}

/** Hold back the island's own module (`/_astro/<name>.<hash>.js`) until the returned function is called. */
export async function holdModule(page: Page, name: string): Promise<() => void> {
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

/** True once Astro has hydrated the island holding `selector` (it drops the `ssr` attribute then). */
export const isHydrated = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => !element.closest('astro-island')?.hasAttribute('ssr'));

/** The widget's status line (WidgetFrame, written by hydrate-on-use.ts). */
export const widgetStatus = (page: Page, widget: string) => page.locator(`${widget} [data-hydration-status]`);

/** Expect the island not to have hydrated yet: what the test does next happens before hydration. */
export async function expectNotHydrated(page: Page, widget: string): Promise<void> {
  expect(await isHydrated(page, widget), `${widget} should still be waiting for its code`).toBe(false);
}
