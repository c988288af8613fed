/**
 * Nothing the reader does before a widget is ready is lost (issue 14), on the slow link of
 * network.ts (400 ms latency, 50 KB/s, 4× CPU): for each tool, typing, pasting, picking and
 * pressing at once after the first click are kept and applied once the island has hydrated,
 * by one mechanism (src/components/kit/early-input.ts). "Before hydration" is made certain, not
 * timed: the island's module is held back until the test has acted.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectNotHydrated, holdModule, useSlowLink, widgetStatus } from './network';

/** Hydration on the slow link takes seconds; this bounds the wait, it does not time anything. */
const SLOW = { timeout: 90_000 };

// Generous: on a machine shared with other builds, a slow link and 4× CPU make every step slow.
test.describe.configure({ timeout: 240_000 });

test.beforeEach(async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await useSlowLink(page);
});

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Select what a field holds and type over it with the keyboard, as a reader would. */
async function typeOver(page: Page, selector: string, text: string) {
  await page.locator(selector).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

test.describe('latency comparison, before hydration', () => {
  const W = '#latency-compare';

  test('a paste into each samples box, fast typing with Enter and a label typed at 0 ms after the first click are all kept', async ({
    page,
  }) => {
    const release = await holdModule(page, 'LatencyCompare');
    await page.goto('tools/latency-compare/');
    await page.evaluate(() => navigator.clipboard.writeText('112.4\n98.7\n120.1\n101.3\n'));

    // The first click starts the island's download (held back); the paste follows at once.
    await page.getByLabel('Samples for A').click();
    await page.keyboard.press('ControlOrMeta+V');
    await page.getByLabel('Samples for B').click();
    await page.keyboard.type('58\n61\n63\n');
    await typeOver(page, `${W} input[name="a_label"]`, 'colo');
    await expectNotHydrated(page, W);
    // Said in a live region, so screen readers hear it too.
    await expect(widgetStatus(page, W)).toHaveText(/Loading the calculator.*kept/);
    await expect(widgetStatus(page, W)).toHaveRole('status');
    await expect(page.getByLabel('Samples for B')).toHaveValue('58\n61\n63\n');

    release();
    await expect(page.locator(`${W} output[name="a-n"]`)).toHaveText('4', SLOW);
    await expect(page.locator(`${W} output[name="b-n"]`)).toHaveText('3', SLOW);
    await expect(page.locator(`${W} output[name="b-p50"]`)).toHaveText('61');
    await expect(page.getByLabel('Samples for A')).toHaveValue('112.4\n98.7\n120.1\n101.3\n');
    await expect(page.getByLabel('Samples for B')).toHaveValue('58\n61\n63\n');
    await expect(page.locator(`${W} input[name="a_label"]`)).toHaveValue('colo');
    await expect(page).toHaveURL(/[?&]a_label=colo(&|#|$)/);
    await expect(widgetStatus(page, W)).toHaveText('');
  });

  test('a file dropped on the samples box and a file picked before hydration are both read', async ({ page }) => {
    const release = await holdModule(page, 'LatencyCompare');
    await page.goto('tools/latency-compare/');
    const boxA = page.getByLabel('Samples for A');
    await boxA.hover();
    // A file dragged from the desktop: a drop event carrying it (Playwright cannot drag real files).
    const transfer = await page.evaluateHandle(() => {
      const data = new DataTransfer();
      data.items.add(new File(['70\n72\n74\n76\n78\n'], 'a.txt', { type: 'text/plain' }));
      return data;
    });
    await boxA.dispatchEvent('dragover', { dataTransfer: transfer });
    await boxA.dispatchEvent('drop', { dataTransfer: transfer });
    await page
      .getByLabel('File for B')
      .setInputFiles({ name: 'b.txt', mimeType: 'text/plain', buffer: Buffer.from('100\n110\n') });
    await expectNotHydrated(page, W);
    // The page was not navigated away to the dropped file.
    await expect(page).toHaveURL(/tools\/latency-compare\/$/);

    release();
    await expect(page.locator(`${W} output[name="a-n"]`)).toHaveText('5', SLOW);
    await expect(page.locator(`${W} output[name="a-p50"]`)).toHaveText('74');
    await expect(page.locator(`${W} output[name="b-n"]`)).toHaveText('2', SLOW);
  });

  test('Copy link pressed before hydration copies the link to what was typed', async ({ page }) => {
    const release = await holdModule(page, 'LatencyCompare');
    await page.goto('tools/latency-compare/');
    await typeOver(page, `${W} input[name="a_ms"]`, '50');
    await typeOver(page, `${W} input[name="b_ms"]`, '150');
    await page.locator(W).getByRole('button', { name: 'Copy link' }).click();
    await expectNotHydrated(page, W);

    release();
    await expect(page.locator(`${W} .kit-share__status`)).toHaveText('Link to these inputs copied.', SLOW);
    const link = new URL(await clipboard(page));
    expect(link.searchParams.get('a_ms')).toBe('50');
    expect(link.searchParams.get('b_ms')).toBe('150');
    expect(link.hash).toBe('#latency-compare');
    await expect(page.locator(`${W} output[name="diff-ms"]`)).toHaveText('100');
  });
});

test.describe('IPsec headroom, before hydration', () => {
  const W = '#ipsec-headroom';

  test('a number typed and a choice picked at 0 ms after the first click are applied, and Copy link copies them', async ({
    page,
  }) => {
    const release = await holdModule(page, 'IpsecHeadroom');
    await page.goto('tools/ipsec-headroom/');
    const mss = Number(await page.locator(`${W} output[name="mss"]`).textContent());
    await typeOver(page, `${W} input[name="mtu"]`, '1400');
    await page.locator(`${W} select[name="outer"]`).selectOption('ipv6');
    await page.locator(W).getByRole('button', { name: 'Copy link' }).click();
    await expectNotHydrated(page, W);
    await expect(widgetStatus(page, W)).toHaveText(/Loading/);

    release();
    await expect(page.locator(`${W} .kit-share__status`)).toHaveText('Link to these inputs copied.', SLOW);
    const link = new URL(await clipboard(page));
    expect(link.searchParams.get('mtu')).toBe('1400');
    expect(link.searchParams.get('outer')).toBe('ipv6');
    // 100 bytes less path MTU and 20 more bytes of outer header: 120 bytes less MSS.
    await expect(page.locator(`${W} output[name="mss"]`)).toHaveText(String(mss - 120));
  });
});

test.describe('redundancy, before hydration', () => {
  const W = '#redundancy-calc';

  test('numbers typed at 0 ms after the first click are applied, and Copy link copies them', async ({ page }) => {
    const release = await holdModule(page, 'Redundancy');
    await page.goto('tools/redundancy/');
    const group = page.locator(`${W} output[name="group-availability"]`);
    const before = await group.textContent();
    await typeOver(page, `${W} input[name="beta"]`, '0.5');
    await typeOver(page, `${W} input[name="mttr_hours"]`, '12');
    await page.locator(W).getByRole('button', { name: 'Copy link' }).click();
    await expectNotHydrated(page, W);

    release();
    await expect(page.locator(`${W} .kit-share__status`)).toHaveText('Link to these inputs copied.', SLOW);
    const link = new URL(await clipboard(page));
    expect(link.searchParams.get('beta')).toBe('0.5');
    expect(link.searchParams.get('mttr_hours')).toBe('12');
    await expect(group).not.toHaveText(before ?? '');
    await expect(page.locator(`${W} input[name="beta"]`)).toHaveValue('0.5');
  });
});

test.describe('Docker, LXC or VM, before hydration', () => {
  const W = '#docker-vs-lxc';

  test('radios picked at 0 ms after the first click are applied, and Copy link copies them', async ({ page }) => {
    const release = await holdModule(page, 'DockerVsLxc');
    await page.goto('tools/docker-vs-lxc/');
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
    await page.locator(W).getByRole('button', { name: 'Copy link' }).click();
    await expectNotHydrated(page, W);

    release();
    await expect(page.locator(`${W} output[name="recommendation"]`)).toHaveAttribute(
      'data-outcome',
      'app-container',
      SLOW,
    );
    await expect(page.locator(`${W} .kit-share__status`)).toHaveText('Link to these inputs copied.', SLOW);
    const link = new URL(await clipboard(page));
    expect(link.searchParams.get('unit')).toBe('process');
    expect(link.searchParams.get('orchestrator')).toBe('kubernetes');
  });
});
