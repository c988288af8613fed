// Teaching content from issue 17: diagrams (named images with a text alternative, readable in
// both themes), review dates and /reviews-due/, the onboarding self-checks by keyboard, the
// quick-reference cards, and the print layout of the longest tool page.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const STORY_AND_REVIEW_PAGES = [
  'stories/interdc-ipsec-tunnels/',
  'stories/kvm-latency/',
  'stories/lxc-host-crashes/',
  'reviews/rootconf-2014/',
];

async function useTheme(page: Page, theme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: theme });
  await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
}

/** WCAG contrast ratio between two CSS colours, computed in the page. */
function contrastIn(page: Page, foreground: string, background: string): Promise<number> {
  return page.evaluate(
    ([fg, bg]) => {
      const rgb = (css: string) => {
        const probe = document.createElement('i');
        probe.style.color = css;
        document.body.append(probe);
        const parts = getComputedStyle(probe)
          .color.match(/[\d.]+/g)
          ?.map(Number) ?? [0, 0, 0];
        probe.remove();
        return parts.slice(0, 3);
      };
      const lum = (c: number[]) =>
        c
          .map((v) => v / 255)
          .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
          .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
      const [a, b] = [lum(rgb(fg)), lum(rgb(bg))].sort((x, y) => y - x) as [number, number];
      return (a + 0.05) / (b + 0.05);
    },
    [foreground, background] as const,
  );
}

test.describe('diagrams', () => {
  for (const path of STORY_AND_REVIEW_PAGES) {
    test(`${path} has a labelled diagram with a text alternative and no diagram script`, async ({ page }) => {
      test.slow();
      await page.goto(path);
      const figures = page.locator('figure[data-diagram]');
      expect(await figures.count()).toBeGreaterThanOrEqual(1);
      for (const figure of await figures.all()) {
        const svg = figure.locator('svg');
        await expect(svg).toHaveAttribute('role', 'img');
        // The accessible name comes from the SVG's <title>, through aria-labelledby.
        const name = await svg.evaluate((el) => {
          const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
          return ids
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' ')
            .trim();
        });
        expect(name.length, 'diagram name').toBeGreaterThan(15);
        await expect(figure.getByRole('img', { name })).toBeVisible();
        await expect(figure.locator('figcaption')).not.toBeEmpty();
        const alternative = figure.locator('[data-diagram-text] li');
        expect(await alternative.count(), 'text alternative items').toBeGreaterThanOrEqual(2);
        await expect(alternative.first()).toBeVisible();
        expect(await figure.locator('script, foreignObject, style').count()).toBe(0);
      }
    });
  }

  for (const theme of ['light', 'dark'] as const) {
    test(`diagram text and lines stand out from the page in the ${theme} theme`, async ({ page }) => {
      await useTheme(page, theme);
      await page.goto('stories/kvm-latency/');
      const svg = page.locator('figure[data-diagram] svg').first();
      const colours = await svg.evaluate((el) => {
        const text = el.querySelector('text');
        const line = el.querySelector('.messageLine0, .flowchart-link');
        return {
          text: text ? getComputedStyle(text).fill : '',
          line: line ? getComputedStyle(line).stroke : '',
          page: getComputedStyle(document.body).backgroundColor,
        };
      });
      expect(await contrastIn(page, colours.text, colours.page), 'text contrast').toBeGreaterThanOrEqual(4.5);
      expect(await contrastIn(page, colours.line, colours.page), 'line contrast').toBeGreaterThanOrEqual(3);
    });
  }

  test('diagrams print in black on white', async ({ page }) => {
    await useTheme(page, 'dark');
    await page.goto('reviews/rootconf-2014/');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const fill = await page
      .locator('figure[data-diagram] svg text')
      .first()
      .evaluate((el) => getComputedStyle(el).fill);
    expect(fill).toBe('rgb(0, 0, 0)');
  });
});

test.describe('review dates', () => {
  for (const path of STORY_AND_REVIEW_PAGES) {
    test(`${path} shows when it was reviewed and when it is due again`, async ({ page }) => {
      await page.goto(path);
      const line = page.locator('[data-review-line]');
      await expect(line).toContainText(/^Reviewed on \d{1,2} \w+ \d{4} by .+ · (next review by|review overdue since) /);
      await expect(line.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    });
  }

  test('/reviews-due/ lists every reviewed page and flags exactly those past their date', async ({ page, request }) => {
    test.slow();
    await page.goto('reviews-due/');
    await expect(page.locator('h1')).toHaveText('Reviews due');
    const builtOn = await page.locator('.sl-markdown-content p time').first().getAttribute('datetime');
    expect(builtOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const rows = page.locator('[data-review-table] tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(STORY_AND_REVIEW_PAGES.length);
    let overdue = 0;
    for (const row of await rows.all()) {
      const due = await row.locator('td time').nth(1).getAttribute('datetime');
      const expected = (due ?? '') < (builtOn ?? '');
      await expect(row).toHaveAttribute('data-overdue', String(expected));
      if (expected) overdue += 1;
    }
    const links = await rows
      .locator('th a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const path of STORY_AND_REVIEW_PAGES) {
      expect(
        links.some((link) => link.endsWith(`/${path}`)),
        `${path} is listed`,
      ).toBe(true);
      expect((await request.get(path)).status()).toBe(200);
    }
    if (overdue === 0) await expect(page.locator('[data-reviews-due="none"]')).toBeVisible();
    else await expect(page.locator('[data-reviews-due="list"] li')).toHaveCount(overdue);
  });
});

test.describe('onboarding', () => {
  test('has at least six command blocks and self-checks, one on telling the record from guidance', async ({ page }) => {
    await page.goto('onboarding/');
    expect(await page.locator('.sl-markdown-content pre[data-language="sh"]').count()).toBeGreaterThanOrEqual(6);
    expect(await page.locator('.sl-markdown-content details').count()).toBeGreaterThanOrEqual(10);
    await expect(page.locator('.sl-markdown-content h3', { hasText: 'Reading a record' })).toBeVisible();
  });

  test('a self-check answer opens and closes with the keyboard alone', async ({ page }) => {
    test.slow();
    await page.goto('onboarding/');
    const details = page.locator('.sl-markdown-content details').first();
    const summary = details.locator('summary');
    const answer = details.locator(':scope > :not(summary)').first();
    await expect(answer).toBeHidden();
    // Start at the heading just before it and move with Tab, as a keyboard user would.
    await page.locator('a.sl-anchor-link[href="#lab-1-links-bridges-and-promiscuous-ports"]').focus();
    for (let i = 0; i < 30; i += 1) {
      if (await summary.evaluate((el) => el === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    await expect(summary).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(details).toHaveAttribute('open', '');
    await expect(answer).toBeVisible();
    await page.keyboard.press('Space');
    await expect(details).not.toHaveAttribute('open', '');
    await expect(answer).toBeHidden();
  });
});

test.describe('quick-reference cards', () => {
  test('the ESP card lists nine suites and agrees with the worked MSS example', async ({ page }) => {
    await page.goto('reference/esp-overhead/');
    await expect(page.locator('tr[data-suite]')).toHaveCount(9);
    // Palo Alto's worked example (AES-CBC + HMAC-SHA1-96, tunnel mode): a 1438-byte packet is the
    // largest that still fits 1500 bytes once encrypted, so the exact MSS is 1438 - 40 = 1398.
    await expect(page.locator('tr[data-suite="aes-cbc-sha1"] td[data-mss]')).toHaveText('1398');
    await expect(page.locator('tr[data-suite="aes-cbc-sha1"]')).toContainText('58–73');
  });

  test('each card prints on one A4 page', async ({ page }) => {
    test.slow();
    for (const path of ['reference/esp-overhead/', 'reference/curl-timing/', 'reference/common-cause-checklist/']) {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({
        format: 'A4',
        margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' },
      });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages, `${path} printed pages`).toBe(1);
    }
  });
});

test('a long data table prints in three columns instead of running on for pages', async ({ page }) => {
  test.slow();
  await page.goto('tools/ipsec-headroom/');
  // The widget's tables exist only once its island runs; wait for that state however slow the machine.
  const widget = page.locator('.kit-widget').first();
  await widget.scrollIntoViewIfNeeded();
  await widget.hover({ position: { x: 4, y: 4 } });
  await expect
    .poll(
      () =>
        widget.evaluate((el) => {
          const island = el.closest('astro-island');
          return island !== null && !island.hasAttribute('ssr');
        }),
      { timeout: 60_000 },
    )
    .toBe(true);
  await page.emulateMedia({ media: 'print' });
  const longTable = page
    .locator('.kit-table')
    .filter({ has: page.locator('tbody tr:nth-child(25)') })
    .first();
  await expect(longTable).toBeAttached();
  expect(await longTable.locator('tbody').evaluate((el) => getComputedStyle(el).columnCount)).toBe('3');
});
