/**
 * Every calculator opened with links built to break it: script and HTML payloads, Unicode
 * tricks, absurd numbers, repeated and very long parameters. Nothing may run, no dialog may
 * open, the page must say which parameters it ignored, and every result must stay a number.
 */
import { test, expect, hydratedWidget } from './fixtures';

const TOOLS: Record<string, string[]> = {
  'tools/ipsec-headroom/': [
    'suite',
    'mode',
    'outer',
    'natt',
    'mix',
    'mtu',
    'rating',
    'rated_at',
    'demand',
    'growth',
    'ceiling',
    'rtt',
    'window',
    'loss',
  ],
  'tools/latency-compare/': ['a_label', 'b_label', 'a_ms', 'b_ms', 'a_p95', 'b_p95', 'rtt_a', 'rtt_b', 'tls', 'conn'],
  'tools/redundancy/': ['n', 'k', 'mtbf_days', 'mttr_hours', 'beta'],
  'tools/docker-vs-lxc/': ['unit', 'delivery', 'isolation', 'kernel', 'orchestrator', 'state'],
};

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

/** Free-text parameters: a payload there is kept, as text, so no notice is due. */
const TEXT_KEYS = new Set(['a_label', 'b_label']);
/** Payloads that are valid numbers after all ("-0" is 0): kept, with no notice, where the setting is a number. */
const VALID_NUMBERS = new Set(['-0']);
/** Tools whose settings are answers from a list, where no number is valid. */
const CHOICE_TOOLS = new Set(['tools/docker-vs-lxc/']);

interface HostileCase {
  name: string;
  query: string;
  /** Whether the page must show its ignored-parameters notice. */
  notice: boolean;
}

function hostileCases(path: string, keys: string[]): HostileCase[] {
  const settings = keys.filter((k) => !TEXT_KEYS.has(k));
  const labels = keys.filter((k) => TEXT_KEYS.has(k));
  const out: HostileCase[] = PAYLOADS.map((payload, index) => {
    const key = settings[index % settings.length] ?? 'x';
    return {
      name: `${key} = ${JSON.stringify(payload.slice(0, 30))}`,
      query: `?${key}=${encodeURIComponent(payload)}`,
      notice: CHOICE_TOOLS.has(path) || !VALID_NUMBERS.has(payload),
    };
  });
  for (const label of labels) {
    // Labels refuse angle brackets outright; other markup-like text is kept, as plain text.
    out.push({
      name: `${label} carrying HTML`,
      query: `?${label}=${encodeURIComponent(PAYLOADS[1] ?? '')}`,
      notice: true,
    });
    out.push({
      name: `${label} carrying Markdown and a bidi override`,
      query: `?${label}=${encodeURIComponent('[x](javascript:alert(1)) **b** \u202e1')}`,
      notice: false,
    });
  }
  out.push({
    name: 'every key at once with a script',
    query: `?${keys.map((k) => `${k}=${encodeURIComponent(PAYLOADS[0] ?? '')}`).join('&')}`,
    notice: true,
  });
  out.push({
    name: 'repeated parameters',
    query: `?${Array.from({ length: 50 }, () => `${settings[0] ?? keys[0] ?? 'x'}=1`).join('&')}`,
    notice: true,
  });
  out.push({ name: 'a very long unknown parameter', query: `?${'z'.repeat(3000)}=${'y'.repeat(3000)}`, notice: true });
  out.push({
    name: 'HTML as a parameter name',
    query: `?${encodeURIComponent('<b onmouseover=alert(1)>x</b>')}=1`,
    notice: true,
  });
  out.push({
    name: 'prototype pollution names',
    query: '?__proto__[polluted]=1&constructor[prototype][polluted]=1',
    notice: true,
  });
  return out;
}

for (const [path, keys] of Object.entries(TOOLS)) {
  test.describe(`hostile links: /${path}`, () => {
    for (const { name, query, notice } of hostileCases(path, keys)) {
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
