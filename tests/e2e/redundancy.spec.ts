/**
 * The redundancy calculator in a browser: the story preset's figures, share links, messages for
 * bad input, hostile links, accessibility and a 375 px phone. Expected figures are the ones
 * worked by hand on the tools page (MTBF 20 days = 480 h, MTTR 2 h).
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, expectNoHorizontalOverflow, hydratedWidget } from './fixtures';

const TOOL = 'tools/redundancy/';
const STORY = 'stories/lxc-host-crashes/';

const hydrated = (page: Page, widgetId: string) => hydratedWidget(page, `#${widgetId}`);

const output = (widget: Locator, name: string) => widget.locator(`output[name="${name}"]`);
const field = (widget: Locator, name: string) => widget.locator(`input[name="${name}"]`);

async function expectNoBadNumbers(widget: Locator) {
  const texts = await widget.locator('output').allTextContents();
  expect(texts.length).toBeGreaterThanOrEqual(7);
  for (const text of texts) expect(text).not.toMatch(/NaN|Infinity|undefined|^\s*$/);
}

test.describe('redundancy calculator', () => {
  test('the story preset shows the pair as one host, next to the same pair with β = 0', async ({ page }) => {
    await page.goto(STORY);
    const widget = await hydrated(page, 'redundancy-story');
    await expect(output(widget, 'single-availability')).toHaveText('0.99585');
    await expect(output(widget, 'group-availability')).toHaveText('0.99585');
    await expect(output(widget, 'downtime-hours-per-year')).toHaveText('36.3');
    await expect(output(widget, 'group-outages-per-year')).toHaveText('18.2');
    await expect(output(widget, 'common-cause-outages-per-year')).toHaveText('18.2');
    await expect(output(widget, 'independent-outages-per-year')).toHaveText('0');
    await expect(output(widget, 'improvement')).toHaveText('1');
    await expect(widget.getByText('With β = 1 your second host adds nothing', { exact: false })).toBeVisible();
    // The repair time is not in the record, and the field says so.
    await expect(widget.getByText('Assumption — set your own', { exact: false })).toBeVisible();
    // Comparison column: the same pair with β = 0 is down 9 minutes a year and 241 times better.
    const comparison = widget.locator('table').first();
    await expect(comparison).toContainText('0.9999828');
    await expect(comparison).toContainText('9 minutes');
    await expect(comparison).toContainText('241 ×');
    // Opening the story adds nothing to its address.
    expect(new URL(page.url()).search).toBe('');
  });

  test('renders the default figures without JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(TOOL);
    const widget = page.locator('#redundancy-calc');
    // β = 0.1 worked by hand on the page: U = 0.000430, 3.77 h a year, 9.64 times better.
    await expect(output(widget, 'group-availability')).toHaveText('0.99957');
    await expect(output(widget, 'downtime-hours-per-year')).toHaveText('3.77');
    await expect(output(widget, 'improvement')).toHaveText('9.64');
    await context.close();
  });

  test('a share link restores the inputs and the outputs', async ({ page }) => {
    await page.goto(TOOL);
    const widget = await hydrated(page, 'redundancy-calc');
    await field(widget, 'n').fill('3');
    await field(widget, 'k').fill('2');
    await field(widget, 'mtbf_days').fill('45');
    await field(widget, 'mttr_hours').fill('4');
    await field(widget, 'beta').fill('0.05');
    await expect(page).toHaveURL(/\?n=3&k=2&mtbf_days=45&mttr_hours=4&beta=0\.05/);
    const names = [
      'single-availability',
      'group-availability',
      'group-outages-per-year',
      'common-cause-outages-per-year',
      'independent-outages-per-year',
      'downtime-hours-per-year',
      'improvement',
    ];
    const before = await Promise.all(names.map((name) => output(widget, name).textContent()));
    expect(before[1]).not.toBe('0.99957'); // the figures really changed

    // The address bar now holds the share link (Copy link copies the same query): open it afresh.
    const link = page.url();
    await page.goto('about:blank');
    await page.goto(link);
    const restored = await hydrated(page, 'redundancy-calc');
    await expect(field(restored, 'n')).toHaveValue('3');
    await expect(field(restored, 'k')).toHaveValue('2');
    await expect(field(restored, 'mtbf_days')).toHaveValue('45');
    await expect(field(restored, 'mttr_hours')).toHaveValue('4');
    await expect(field(restored, 'beta')).toHaveValue('0.05');
    for (const [index, name] of names.entries()) {
      await expect(output(restored, name)).toHaveText(before[index] ?? '');
    }
    await expect(restored.locator('.kit-notice')).toHaveCount(0);
  });

  test('Copy link and Copy as Markdown carry the current inputs', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(TOOL);
    const widget = await hydrated(page, 'redundancy-calc');
    await field(widget, 'beta').fill('1');
    await expect(page).toHaveURL(/beta=1(&|$)/);
    // The browser may refuse the clipboard; the widget then shows the text to copy by hand.
    const copied = async () => {
      const manual = widget.locator('.kit-share__manual');
      if (await manual.count()) return manual.inputValue();
      return page.evaluate(() => navigator.clipboard.readText());
    };
    await widget.getByRole('button', { name: 'Copy link' }).click();
    await expect(widget.locator('.kit-share__status')).not.toBeEmpty();
    const link = new URL(await copied());
    expect(link.search).toBe('?n=2&k=1&mtbf_days=20&mttr_hours=2&beta=1');
    expect(link.hash).toBe('#redundancy-calc');
    await widget.getByRole('button', { name: 'Copy as Markdown' }).click();
    const markdown = await copied();
    expect(markdown).toContain('| Results | Value |');
    expect(markdown).toContain('| Group availability | 0.99585 |');
    expect(markdown).toContain('| Improvement over one host | 1 × |');
  });

  test('bad input gets a message beside the field and never NaN', async ({ page }) => {
    await page.goto(TOOL);
    const widget = await hydrated(page, 'redundancy-calc');
    const stale = widget.locator('.kit-results__stale');
    const cases: Array<[string, string, RegExp]> = [
      ['k', '3', /Enter a value from 1 to 2/],
      ['beta', '2', /Enter a value from 0 to 1/],
      ['mtbf_days', '0', /Enter a value from 0\.1 to 36,500/],
      ['mttr_hours', 'two hours', /Enter a plain number/],
      ['n', '', /Enter a number/],
    ];
    for (const [name, text, message] of cases) {
      const input = field(widget, name);
      const valid = await input.inputValue();
      await input.fill(text);
      await expect(input).toHaveAttribute('aria-invalid', 'true');
      const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
      const messageId = describedBy.split(' ').find((id) => id.endsWith('-message'));
      expect(messageId, `${name} points at its message`).toBeTruthy();
      await expect(page.locator(`#${messageId ?? ''}`)).toHaveText(message);
      await expect(stale).toBeVisible();
      await expectNoBadNumbers(widget);
      await input.fill(valid);
      await expect(input).not.toHaveAttribute('aria-invalid', 'true');
    }
    await expect(stale).toHaveCount(0);
  });

  test('lowering n below k marks k, and raising n again clears it', async ({ page }) => {
    await page.goto(TOOL);
    const widget = await hydrated(page, 'redundancy-calc');
    await field(widget, 'n').fill('3');
    await field(widget, 'k').fill('3');
    await expect(output(widget, 'improvement')).not.toHaveText('9.64');
    const seriesFigure = await output(widget, 'group-availability').textContent();
    await field(widget, 'n').fill('2');
    await expect(field(widget, 'k')).toHaveAttribute('aria-invalid', 'true');
    await expect(widget.locator('.kit-results__stale')).toBeVisible();
    // The results keep the last valid inputs (3 of 3) rather than computing 3 of 2.
    await expect(output(widget, 'group-availability')).toHaveText(seriesFigure ?? '');
    await field(widget, 'n').fill('4');
    await expect(field(widget, 'k')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(widget.locator('.kit-results__stale')).toHaveCount(0);
    await expect(page).toHaveURL(/n=4&k=3/);
  });

  test('a link with k > n or out-of-range values is ignored with a notice', async ({ page }) => {
    await page.goto(`${TOOL}?n=2&k=5&beta=2&mtbf_days=0&mttr_hours=abc&colour=red`);
    const widget = await hydrated(page, 'redundancy-calc');
    const notice = widget.locator('.kit-notice');
    await expect(notice).toBeVisible();
    for (const key of ['k', 'beta', 'mtbf_days', 'mttr_hours', 'colour']) {
      await expect(notice.locator('code', { hasText: new RegExp(`^${key}$`) })).toHaveCount(1);
    }
    await expect(notice).toContainText('k must be at most n: a group of 2 hosts cannot need 5 up.');
    // Everything ignored falls back to the defaults, so the default figures show.
    await expect(field(widget, 'k')).toHaveValue('1');
    await expect(output(widget, 'group-availability')).toHaveText('0.99957');
    await expectNoBadNumbers(widget);
  });

  test('a hostile link renders nothing from the URL as markup', async ({ page }) => {
    const payload = encodeURIComponent('<img src=x onerror="window.__pwned=1">');
    await page.goto(`${TOOL}?beta=${payload}&${payload}=1&n=1e309`);
    const widget = await hydrated(page, 'redundancy-calc');
    await expect(widget.locator('.kit-notice')).toBeVisible();
    await expect(widget.locator('img[src="x"]')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await expectNoBadNumbers(widget);
  });

  test('the chart loads on scroll and its data table has every β step', async ({ page }) => {
    await page.goto(TOOL);
    const widget = await hydrated(page, 'redundancy-calc');
    const figure = widget.locator('figure.kit-chart');
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator('canvas')).toHaveAttribute('aria-label', /Group availability for 1 of 2 hosts/);
    await figure.locator('summary').click();
    const rows = figure.locator('tbody tr');
    await expect(rows).toHaveCount(11);
    await expect(rows.first()).toContainText('0.9999828');
    await expect(rows.last()).toContainText('0.99585');
  });

  test('the verdict follows β', async ({ page }) => {
    await page.goto(TOOL);
    const widget = await hydrated(page, 'redundancy-calc');
    const verdict = widget.locator('[data-verdict]');
    await expect(verdict).toContainText('Common causes make up 97 % of the group’s downtime');
    await field(widget, 'beta').fill('1');
    await expect(verdict).toContainText('With β = 1 your second host adds nothing');
    // Long repairs: the page shows the exact chain. At β = 1 the closed form is exact too, so the
    // two agree (the old page called these figures rough); with k = 2 and β = 0.5 they part.
    await field(widget, 'mttr_hours').fill('48');
    await expect(widget.locator('[data-closed-form="agrees"]')).toBeVisible();
    await field(widget, 'beta').fill('0.5');
    await field(widget, 'k').fill('2');
    await field(widget, 'mtbf_days').fill('2');
    await expect(widget.locator('[data-closed-form="differs"]')).toContainText(
      'The figures above are the exact chain’s',
    );
  });

  test('has no axe violations, with and without messages showing', async ({ page }) => {
    // Two full axe runs on a long page: allow for a busy two-core machine.
    test.slow();
    await page.goto(TOOL);
    const widget = await hydrated(page, 'redundancy-calc');
    await expectNoAxeViolations(page);
    await field(widget, 'beta').fill('2');
    await widget.locator('figure.kit-chart summary').click();
    await expect(widget.locator('.kit-results__stale')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('has no axe violations in the story, with a link notice showing', async ({ page }) => {
    test.slow();
    await page.goto(`${STORY}?k=9`);
    const widget = await hydrated(page, 'redundancy-story');
    await expect(widget.locator('.kit-notice')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  for (const path of [TOOL, STORY]) {
    test(`fits a 375 px phone without sideways scrolling: /${path}`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(path);
      const widget = await hydrated(page, path === TOOL ? 'redundancy-calc' : 'redundancy-story');
      await widget.locator('figure.kit-chart').scrollIntoViewIfNeeded();
      await widget.locator('figure.kit-chart summary').click();
      await field(widget, 'k').fill('7');
      await expectNoHorizontalOverflow(page);
    });
  }
});
