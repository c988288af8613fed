/**
 * Every calculator opened with links built to break it: script and HTML payloads, Unicode
 * tricks, absurd numbers, repeated and very long parameters. Nothing may run, no dialog may
 * open, the page must say which parameters it ignored, and every result must stay a number.
 */
import { test, expect, hydratedWidget } from './fixtures';
import { CALCULATORS, toolHref } from '../../src/lib/calculators';
import type { AnyCalculator } from '../../src/lib/url-state/calculator-definition';
import { decodeState } from '../../src/lib/url-state/index';

const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1;alert(1)">',
  'javascript:window.__pwned=1',
  '<svg/onload=alert(1)>',
  '\u202e1e3\u202c',
  '１０００',
  '1e309',
  'NaN',
  'Infinity',
  '-0',
  '-1e308',
  '0x1F',
  '__proto__',
  '9'.repeat(5000),
];

interface HostileCase {
  name: string;
  query: string;
  /** Whether the page must show its ignored-parameters notice. */
  notice: boolean;
}

/**
 * Every setting of the calculator gets a payload and every payload a setting. Whether a notice is
 * due comes from the calculator's own codec (tested on its own by the fuzz suite): a label keeps
 * markup as text, "-0" is a valid number, so those must NOT raise one.
 */
function hostileCases(calculator: AnyCalculator): HostileCase[] {
  const keys = Object.values(calculator.schema).map((field) => field.key);
  const expectNotice = (query: string) =>
    decodeState(calculator.schema, calculator.presets.default, query, calculator.crossCheck).rejected.length > 0;
  const make = (name: string, query: string): HostileCase => ({ name, query, notice: expectNotice(query) });

  const out: HostileCase[] = [];
  for (let index = 0; index < Math.max(PAYLOADS.length, keys.length); index++) {
    const key = keys[index % keys.length] ?? 'x';
    const payload = PAYLOADS[index % PAYLOADS.length] ?? '';
    out.push(make(`${key} = ${JSON.stringify(payload.slice(0, 30))}`, `?${key}=${encodeURIComponent(payload)}`));
  }
  // Free-text settings (environment names) keep Markdown and bidi tricks, as plain text.
  const markdown = '[x](javascript:alert(1)) **b** \u202e1';
  for (const key of keys) {
    const query = `?${key}=${encodeURIComponent(markdown)}`;
    if (!expectNotice(query)) out.push(make(`${key} carrying Markdown and a bidi override`, query));
  }
  out.push(
    make(
      'every key at once with a script',
      `?${keys.map((k) => `${k}=${encodeURIComponent(PAYLOADS[0] ?? '')}`).join('&')}`,
    ),
  );
  out.push(make('repeated parameters', `?${Array.from({ length: 50 }, () => `${keys[0]!}=1`).join('&')}`));
  out.push(make('a very long unknown parameter', `?${'z'.repeat(3000)}=${'y'.repeat(3000)}`));
  out.push(make('HTML as a parameter name', `?${encodeURIComponent('<b onmouseover=alert(1)>x</b>')}=1`));
  out.push(make('prototype pollution names', '?__proto__[polluted]=1&constructor[prototype][polluted]=1'));
  return out;
}

for (const calculator of CALCULATORS) {
  const path = toolHref(calculator).slice(1);
  test.describe(`hostile links: /${path}`, () => {
    for (const { name, query, notice } of hostileCases(calculator)) {
      test(name, async ({ page }) => {
        const dialogs: string[] = [];
        page.on('dialog', async (dialog) => {
          dialogs.push(dialog.message());
          await dialog.dismiss();
        });
        await page.goto(`${path}${query}`);
        // Only once the island has hydrated has the link been read.
        const widget = await hydratedWidget(page, '.kit-widget');
        if (notice) await expect(widget.locator('.kit-notice')).toBeVisible();
        else await expect(widget.locator('.kit-notice')).toHaveCount(0);
        // Every result is still a plain value: never blank, NaN or Infinity. (The container
        // helper's recommendation is empty by design, marked data-outcome="", until enough is answered.)
        expect(await widget.locator('output').count()).toBeGreaterThan(0);
        const outputs = await widget.locator('output:not([data-outcome=""])').allTextContents();
        for (const text of outputs) expect(text).not.toMatch(/NaN|Infinity|undefined|^\s*$|^-0$/);
        expect(dialogs).toEqual([]);
        expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
        expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
        // Nothing from the link became markup.
        await expect(
          page.locator('.kit-widget img[src="x"], .kit-widget svg[onload], .kit-widget b[onmouseover]'),
        ).toHaveCount(0);
      });
    }
  });
}
