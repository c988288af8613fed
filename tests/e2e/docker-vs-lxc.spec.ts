/**
 * The Docker, LXC or VM helper in a browser: keyboard-only answering, share links, the Markdown
 * decision record, the no-JavaScript matrix, accessibility, a 375 px phone and hostile links.
 * Outcome ids and question names come from the model, the same data the page renders.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, expectNoHorizontalOverflow, hydratedWidget } from './fixtures';
import { dockerVsLxcModel as model } from '../../src/lib/docker-vs-lxc/model';

const TOOL = 'tools/docker-vs-lxc/';
const WIDGET = '#docker-vs-lxc';
const recommendation = (page: Page) => page.locator('output[name="recommendation"]');

/** Widgets hydrate on first use (client:use); use it and wait until the island has taken over. */
const hydrated = (page: Page) => hydratedWidget(page, WIDGET);

const fullQuery =
  '?unit=machine&delivery=configured&isolation=trusted&kernel=host&orchestrator=none&state=stateful&platform=lxc';

test.describe('Docker, LXC or VM helper', () => {
  test('can be answered with the keyboard alone (Tab, arrows, Space)', async ({ page }) => {
    test.slow();
    // Opening the page at the helper's heading puts the keyboard's starting point there, as
    // following a link to it would; from then on only Tab, the arrow keys and Space are used.
    await page.goto(`${TOOL}#the-helper`);
    await hydrated(page);

    const firstButton = page.locator(`${WIDGET} .cc-summary button`).first();
    let reached = false;
    for (let presses = 0; presses < 40 && !reached; presses += 1) {
      await page.keyboard.press('Tab');
      reached = await firstButton.evaluate((el) => el === document.activeElement);
    }
    expect(reached, 'Tab reaches the helper').toBe(true);

    // Space on "Answer Unit of deployment" moves focus to that question; Space picks the option.
    await page.keyboard.press('Space');
    await expect(page.locator(`${WIDGET}-unit-process`)).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.locator(`${WIDGET}-unit-process`)).toBeChecked();

    // Each later group starts on "Not sure yet" (last); ArrowDown wraps to its first answer.
    const picks: Array<[string, number]> = [
      ['delivery', 1], // image
      ['isolation', 1], // trusted
      ['kernel', 1], // host
      ['orchestrator', 2], // none → compose
      ['state', 1], // stateless
      ['platform', 1], // linux
    ];
    for (const [question, downs] of picks) {
      await page.keyboard.press('Tab');
      await expect(page.locator(`${WIDGET}-${question}--unset`)).toBeFocused();
      for (let i = 0; i < downs; i += 1) await page.keyboard.press('ArrowDown');
    }
    // Worked case 1 of the unit tests: a stateless image on plain Linux, our own code, Compose.
    await expect(recommendation(page)).toHaveAttribute('data-outcome', 'app-container');
    await expect(recommendation(page)).toHaveText(model.outcomes.find((o) => o.id === 'app-container')!.title);
    await expect(page).toHaveURL(
      /\?unit=process&delivery=image&isolation=trusted&kernel=host&orchestrator=compose&state=stateless&platform=linux/,
    );
    await expect(page.locator(`${WIDGET} .cc-why`)).toContainText('Existing platform: Plain Linux hosts');
    await expect(page.locator(`${WIDGET} .cc-change`)).toContainText('if ');
  });

  test('a share link restores the answers, here and on the review page', async ({ page }) => {
    test.slow(); // two pages
    await page.goto(`${TOOL}${fullQuery}`);
    await hydrated(page);
    await expect(recommendation(page)).toHaveAttribute('data-outcome', 'system-container');
    await expect(page.locator(`${WIDGET}-unit-machine`)).toBeChecked();
    await expect(page.locator(`${WIDGET}-platform-lxc`)).toBeChecked();
    await expect(page.locator(`${WIDGET} .cc-summary`)).toContainText('Your answers: 7 of 7');
    await expect(page.locator(`${WIDGET} .kit-notice`)).toHaveCount(0);

    await page.goto(`reviews/rootconf-2014/?unit=process&delivery=image`);
    await hydrated(page);
    await expect(recommendation(page)).toHaveAttribute('data-outcome', 'app-container');
    await expect(recommendation(page).locator('..')).toContainText('Low confidence');
  });

  test('says nothing, with data-outcome="", until enough is answered', async ({ page }) => {
    await page.goto(`${TOOL}?unit=process`);
    await hydrated(page);
    await expect(recommendation(page)).toHaveAttribute('data-outcome', '');
    await expect(recommendation(page)).toHaveText('');
    await expect(page.locator(WIDGET)).toContainText('Answer 1 more question');
  });

  test('the Markdown decision record holds the link to these answers', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    await page.goto(`${TOOL}${fullQuery}`);
    await hydrated(page);
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(page.locator(`${WIDGET} .kit-share__status`)).not.toBeEmpty();
    const manual = page.locator(`${WIDGET} .kit-share__manual`);
    const markdown =
      (await manual.count()) > 0
        ? await manual.inputValue()
        : await page.evaluate(() => navigator.clipboard.readText());
    const link = new URL(`${TOOL}${fullQuery}#docker-vs-lxc`, baseURL).href;
    expect(markdown).toContain('**Decision record: System container (LXC or Incus)**');
    expect(markdown).toContain(`[Open these inputs](${link})`);
    expect(markdown).toContain(`_Decision model ${model.version}, updated ${model.updated}._`);
    expect(markdown).toContain('| Recommendation | System container (LXC or Incus) |');
    expect(markdown).toContain('**Sources**');
  });

  test('shows the model version', async ({ page }) => {
    await page.goto(TOOL);
    await hydrated(page);
    await expect(page.locator(`${WIDGET} .cc-version`)).toContainText(`Decision model ${model.version}`);
  });

  test('has no axe violations, empty and fully answered with the score table open', async ({ page }) => {
    test.slow(); // axe walks the whole matrix twice
    await page.goto(TOOL);
    await hydrated(page);
    await expectNoAxeViolations(page);
    await page.goto(`${TOOL}${fullQuery}`);
    await hydrated(page);
    await page.locator(`${WIDGET} .cc-scores summary`).click();
    await expectNoAxeViolations(page);
  });

  test('fits a 375 px phone without sideways scrolling', async ({ page }) => {
    test.slow(); // two pages
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${TOOL}${fullQuery}`);
    await hydrated(page);
    await page.locator(`${WIDGET} .cc-scores summary`).click();
    await expectNoHorizontalOverflow(page);
    await page.goto(`reviews/rootconf-2014/${fullQuery}`);
    await hydrated(page);
    await expectNoHorizontalOverflow(page);
  });

  test('ignores hostile link values and says so', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const query = `?unit=${encodeURIComponent('<img src=x onerror=alert(1)>')}&isolation=maybe&evil=1&kernel=custom&kernel=host&platform=lxc`;
    await page.goto(`${TOOL}${query}`);
    await hydrated(page);
    const notice = page.locator(`${WIDGET} .kit-notice`);
    await expect(notice).toBeVisible();
    for (const key of ['unit', 'isolation', 'evil', 'kernel']) await expect(notice).toContainText(key);
    // The valid answers survive: kernel=custom (the first copy) and platform=lxc.
    await expect(page.locator(`${WIDGET}-kernel-custom`)).toBeChecked();
    await expect(page.locator(`${WIDGET}-platform-lxc`)).toBeChecked();
    await expect(page.locator(`${WIDGET}-unit--unset`)).toBeChecked();
    await expect(recommendation(page)).toHaveAttribute('data-outcome', 'vm');
    await expect(page.locator(`${WIDGET} img`)).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the comparison matrix, the questions and the options are all on the page', async ({ page }) => {
    await page.goto(TOOL);
    const matrix = page.locator('.cc-matrix table');
    await expect(matrix).toBeVisible();
    for (const outcome of model.outcomes) {
      await expect(matrix.getByRole('columnheader', { name: outcome.short, exact: true })).toHaveCount(1);
    }
    await expect(matrix.locator('tbody th[scope="row"]')).toHaveCount(model.criteria.length);
    await expect(matrix.locator('td')).toHaveCount(model.criteria.length * model.outcomes.length);
    await expect(page.locator('.cc-matrix__legend li')).toHaveCount(4);
    await expect(page.locator('.cc-question-list > li')).toHaveCount(model.questions.length);
    for (const outcome of model.outcomes)
      await expect(page.locator(`#option-${outcome.id}`)).toContainText(outcome.title);
    // The island's server render is there too, honestly empty.
    await expect(recommendation(page)).toHaveAttribute('data-outcome', '');
  });
});
