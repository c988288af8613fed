/**
 * The IPsec headroom calculator in a browser: share links, invalid input, copy as Markdown,
 * the no-JavaScript story numbers, keyboard use of the packet diagram, accessibility, a 375 px
 * phone and hostile links. Expected figures are derived by hand from RFC 4303 (see the unit tests).
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, expectNoHorizontalOverflow, hydratedWidget } from './fixtures';

const TOOL = 'tools/ipsec-headroom/';
const STORY = 'stories/interdc-ipsec-tunnels/';
const WIDGET = '#ipsec-headroom';
const STORY_WIDGET = '#ipsec-headroom-story';

const output = (page: Page, name: string, widget = WIDGET) => page.locator(`${widget} output[name="${name}"]`);
const field = (page: Page, name: string, widget = WIDGET) => page.locator(`${widget}-${name}`);

/** Use the widget and wait until the island has replaced its server render (client:use). */
const hydrated = (page: Page, widget = WIDGET) => hydratedWidget(page, widget);

/** Every output of a widget holds a number or a word, never NaN, Infinity or nothing. */
async function expectPlainOutputs(widget: Locator) {
  const texts = await widget.locator('output').allTextContents();
  expect(texts.length).toBeGreaterThan(10);
  for (const text of texts) expect(text).not.toMatch(/NaN|Infinity|undefined|null|^\s*$/);
}

// AES-CBC + HMAC-SHA1, tunnel, IPv4, 1428-byte packets: Palo Alto's MSS 1388 example.
const SHARED =
  '?suite=aes-cbc-sha1&mode=tunnel&outer=ipv4&natt=0&mix=1428&mtu=1500&rating=350&rated_at=1400&demand=100&growth=5&ceiling=80&rtt=50&window=64&loss=0.01';

test.describe('IPsec headroom calculator', () => {
  test('a shared link restores the inputs and the outputs', async ({ page }) => {
    await page.goto(`${TOOL}${SHARED}`);
    await hydrated(page);
    await expect(field(page, 'suite')).toHaveValue('aes-cbc-sha1');
    await expect(field(page, 'mix')).toHaveValue('1428');
    await expect(field(page, 'rating')).toHaveValue('350');
    // 1428 + 2 → 1440 (pad 10); 20 + 8 + 16 + 1440 + 12 = 1496.
    await expect(output(page, 'outer-bytes')).toHaveText('1496');
    await expect(output(page, 'pad-bytes')).toHaveText('10');
    await expect(output(page, 'overhead-bytes')).toHaveText('68');
    await expect(output(page, 'fragments')).toHaveText('1');
    await expect(output(page, 'max-inner')).toHaveText('1438');
    await expect(output(page, 'mss')).toHaveText('1398');
    // 350 × 1428 / 1496 = 334.1 Mbps by bytes; 100 Mbps of demand is 29.9 % of it.
    await expect(output(page, 'capacity-bytes-mbps')).toHaveText('334');
    await expect(output(page, 'utilisation')).toHaveText('29.9');
    await expect(page.locator(`${WIDGET} .kit-notice`)).toHaveCount(0);
  });

  test('editing a field rewrites the address, and the new address restores it', async ({ page }) => {
    await page.goto(`${TOOL}${SHARED}`);
    await hydrated(page);
    const historyLength = await page.evaluate(() => history.length);
    await field(page, 'mtu').fill('1400');
    await expect(page).toHaveURL(/[?&]mtu=1400(&|$)/);
    // 1400 − 20 − 8 − 16 − 12 = 1344 = 84 blocks → inner 1342, MSS 1302.
    await expect(output(page, 'max-inner')).toHaveText('1342');
    expect(await page.evaluate(() => history.length)).toBe(historyLength);

    // Open the rewritten address afresh, as a reader following the link would.
    await page.goto(page.url());
    await hydrated(page);
    await expect(field(page, 'mtu')).toHaveValue('1400');
    await expect(output(page, 'mss')).toHaveText('1302');
    await expect(field(page, 'mix')).toHaveValue('1428');
  });

  test('invalid values get a message beside the field and stale, still numeric results', async ({ page }) => {
    await page.goto(TOOL);
    await hydrated(page);
    const widget = page.locator(WIDGET);
    const before = await output(page, 'utilisation').textContent();

    await field(page, 'demand').fill('1e999');
    await expect(field(page, 'demand')).toHaveAttribute('aria-invalid', 'true');
    await expect(widget.locator('.kit-field__message').first()).toBeVisible();
    await expect(output(page, 'utilisation')).toHaveText(before ?? '');

    await field(page, 'mtu').fill('abc');
    await expect(field(page, 'mtu')).toHaveAttribute('aria-invalid', 'true');
    await field(page, 'mix').fill('40:0,1500:1');
    await expect(page.locator(`${WIDGET}-mix-message`)).toContainText('weight');
    await field(page, 'rating').fill('');
    await expect(page.locator(`${WIDGET}-rating-message`)).toContainText('Enter a number');

    // Every panel that depends on a broken field says it shows the last valid inputs.
    await expect(widget.locator('.kit-results[data-stale="true"]')).toHaveCount(3);
    await expectPlainOutputs(widget);

    for (const [name, value] of [
      ['demand', '200'],
      ['mtu', '1500'],
      ['mix', 'imix'],
      ['rating', '1000'],
    ] as const) {
      await field(page, name).fill(value);
    }
    await expect(widget.locator('.kit-results[data-stale="true"]')).toHaveCount(0);
    await expect(widget.locator('[aria-invalid="true"]')).toHaveCount(0);
    // 200 Mbps against 233.7 Mbps (packet limit of the defaults).
    await expect(output(page, 'utilisation')).toHaveText('85.6');
  });

  test('copy as Markdown holds a summary and the link', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    await page.goto(`${TOOL}${SHARED}`);
    await hydrated(page);
    await page.locator(WIDGET).getByRole('button', { name: 'Copy as Markdown' }).click();
    const status = page.locator(`${WIDGET} .kit-share__status`);
    await expect(status).toHaveText(/copied|did not allow/i);
    const copied = /copied/i.test((await status.textContent()) ?? '')
      ? await page.evaluate(() => navigator.clipboard.readText())
      : await page.locator(`${WIDGET} .kit-share__manual`).inputValue();
    expect(copied).toContain('**IPsec tunnel headroom**');
    expect(copied).toContain('| Results | Value |\n| --- | --- |');
    // The same figures as the <output>s, unit beside them.
    expect(copied).toContain('| Outer packet for 1428 bytes in | 1496 bytes |');
    expect(copied).toContain('| Of which padding | 10 bytes |');
    expect(copied).toContain('| TCP MSS to clamp to (IPv4 inside) | 1398 bytes |');
    const link = copied.match(/\[Open these inputs\]\(([^)]+)\)/)?.[1];
    expect(link).toBeTruthy();
    const url = new URL(link!);
    expect(url.pathname).toMatch(/\/tools\/ipsec-headroom\/$/);
    expect(url.searchParams.get('mix')).toBe('1428');
    expect(url.searchParams.get('suite')).toBe('aes-cbc-sha1');
    expect(url.hash).toBe('#ipsec-headroom');

    // The copied link opens the same results.
    await page.goto(link!);
    await hydrated(page);
    await expect(output(page, 'outer-bytes')).toHaveText('1496');
  });

  test('the packet diagram can be read with the keyboard', async ({ page }) => {
    await page.goto(`${TOOL}?mix=100&suite=aes-cbc-sha1&natt=1`);
    await hydrated(page);
    const bar = page.getByRole('listbox', { name: 'Fields of the encrypted packet, first byte first' });
    const parts = bar.getByRole('option');
    const detail = page.locator(`${WIDGET} .ipsec-diagram__detail`);
    await expect(parts).toHaveCount(8);
    // Tab from the field before the bar (the path MTU) lands on it and names the first field.
    await field(page, 'mtu').focus();
    await page.keyboard.press('Tab');
    await expect(bar).toBeFocused();
    await expect(detail).toContainText('Outer IPv4 header: 20 bytes');
    await expect(parts.first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowRight');
    await expect(detail).toContainText('NAT-T UDP header: 8 bytes (RFC 3948');
    await expect(bar).toHaveAttribute('aria-activedescendant', `${WIDGET.slice(1)}-diagram-udp`);
    await page.keyboard.press('End');
    await expect(detail).toContainText('ICV: 12 bytes');
    await expect(parts.nth(5)).toHaveAccessibleName('Padding: 10 bytes, RFC 4303 §2.4');
    // The table holds the same facts: 20 + 8 + 8 + 16 + 100 + 10 + 2 + 12 = 176.
    await expect(
      page.locator(`${WIDGET} .ipsec-diagram tr`, { hasText: 'Total on the wire' }).locator('td').first(),
    ).toHaveText('176');
  });

  test('the charts load when scrolled to and keep a data table', async ({ page }) => {
    await page.goto(TOOL);
    await hydrated(page);
    const charts = page.locator(`${WIDGET} .kit-chart`);
    await expect(charts).toHaveCount(2);
    for (const chart of await charts.all()) {
      await chart.scrollIntoViewIfNeeded();
      await expect(chart.locator('canvas')).toHaveAttribute('role', 'img');
      // chart.js sizes the canvas once it has drawn.
      await expect.poll(() => chart.locator('canvas').evaluate((c: HTMLCanvasElement) => c.width)).toBeGreaterThan(0);
      await chart.locator('summary').click();
      await expect(chart.locator('table tbody tr').first()).toBeVisible();
    }
    // The sawtooth table: AES-GCM pads to 4 bytes, so overhead runs 54–57 bytes.
    const overheads = await charts.nth(0).locator('tbody td:nth-child(3)').allTextContents();
    expect(new Set(overheads)).toEqual(new Set(['54', '55', '56', '57']));
  });

  test('printing shows every chart as its table, opened or not', async ({ page }) => {
    await page.goto(TOOL);
    await hydrated(page);
    const charts = page.locator(`${WIDGET} .kit-chart`);
    await expect(charts.locator('table')).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    for (const chart of await charts.all()) await expect(chart.locator('table tbody tr').first()).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await expect(charts.locator('table')).toHaveCount(0);
  });

  test('is free of axe violations after interaction, on the tool page and in the story', async ({ page }) => {
    // Two full axe runs on long pages: allow for a busy two-core machine.
    test.slow();
    await page.goto(TOOL);
    await hydrated(page);
    await field(page, 'mix').fill('100');
    await field(page, 'mtu').fill('12');
    await page.locator(`${WIDGET} .ipsec-diagram__bar`).focus();
    await page.keyboard.press('ArrowRight');
    for (const summary of await page.locator(`${WIDGET} summary`).all()) await summary.click();
    await expect(output(page, 'outer-bytes')).toHaveText('156');
    await expectNoAxeViolations(page);

    await page.goto(STORY);
    await hydrated(page, STORY_WIDGET);
    await field(page, 'suite', STORY_WIDGET).selectOption('aes-gcm-16');
    await field(page, 'growth', STORY_WIDGET).fill('x');
    await expectNoAxeViolations(page);
  });

  test.describe('on a 375 px phone', () => {
    test.use({ viewport: { width: 375, height: 740 } });

    for (const [path, widget] of [
      [TOOL, WIDGET],
      [STORY, STORY_WIDGET],
    ] as const) {
      test(`/${path} has no horizontal overflow, with tables open`, async ({ page }) => {
        test.slow();
        await page.goto(path);
        await hydrated(page, widget);
        await field(page, 'mix', widget).fill('40:7,576:4,1500:1,9000:1');
        for (const summary of await page.locator(`${widget} summary`).all()) await summary.click();
        await page.waitForLoadState('networkidle');
        await expectNoHorizontalOverflow(page);
      });
    }
  });

  test('hostile link parameters are ignored with a visible notice', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const query = [
      `mtu=${encodeURIComponent('<script>window.__pwned=1</script>')}`,
      'suite=rot13',
      `mix=${encodeURIComponent('40:7,<img src=x onerror=alert(1)>')}`,
      'rating=Infinity',
      `${encodeURIComponent('<b onmouseover=alert(1)>x</b>')}=1`,
      'demand=80',
    ].join('&');
    await page.goto(`${TOOL}?${query}`);
    await hydrated(page);
    const notice = page.locator(`${WIDGET} .kit-notice`);
    await expect(notice).toBeVisible();
    for (const key of ['mtu', 'suite', 'mix', 'rating', '<b onmouseover=alert(1)>x</b>']) {
      await expect(notice.locator('code', { hasText: key }).first()).toBeVisible();
    }
    // The valid parameter is used; the rejected ones keep their defaults.
    await expect(field(page, 'demand')).toHaveValue('80');
    await expect(field(page, 'mtu')).toHaveValue('1500');
    await expect(field(page, 'mix')).toHaveValue('imix');
    await expect(page.locator(`${WIDGET} img, ${WIDGET} b[onmouseover], ${WIDGET} script`)).toHaveCount(0);
    await expectPlainOutputs(page.locator(WIDGET));
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test("the story shows the preset's numbers and the 2 Gbps alternative", async ({ page }) => {
    await page.goto(STORY);
    const widget = page.locator(STORY_WIDGET);
    await expect(widget).toBeVisible();
    // 1400 → 1464 bytes with AES-CBC + SHA1; 350 × 1400 / 1464 = 334.7 Mbps; 350 Mbps of demand is 104.6 %.
    await expect(output(page, 'outer-bytes', STORY_WIDGET)).toHaveText('1464');
    await expect(output(page, 'capacity-pps-mbps', STORY_WIDGET)).toHaveText('335');
    await expect(output(page, 'utilisation', STORY_WIDGET)).toHaveText('104.6');
    await expect(output(page, 'months-to-ceiling', STORY_WIDGET)).toHaveText('0');
    // 2000 × 1400 / 1464 = 1912.6 Mbps; 350 is 18.3 % of it.
    await expect(output(page, 'alt-utilisation', STORY_WIDGET)).toHaveText('18.3');
    await expect(output(page, 'alt-months-to-ceiling', STORY_WIDGET)).toHaveText('30.2');
    await expect(widget).toContainText('Assumed here, because the record does not say');
    await expectPlainOutputs(widget);
  });

  test('the tool page shows its default example', async ({ page }) => {
    await page.goto(TOOL);
    // Simple IMIX through AES-GCM-16 on a 1 Gbps device rated at 1400 bytes.
    await expect(output(page, 'capacity-pps-mbps')).toHaveText('234');
    await expect(output(page, 'capacity-bytes-mbps')).toHaveText('859');
    await expect(output(page, 'months-to-ceiling')).toHaveText('7.5');
    await expect(output(page, 'mss')).toHaveText('1406');
    await expectPlainOutputs(page.locator(WIDGET));
  });
});
