// How long the latency tool takes, in a real browser, to answer the three hostile pastes of
// issue 7 (10 MB of garbage, a 100,000-line CSV, 1 MiB of binary), and how long the page's main
// thread was blocked meanwhile (the longest gap between animation frames). Each input is
// generated in the page first; the clock starts just before the paste event.

/** @typedef {{ name: string, kind: 'garbage' | 'csv' | 'binary', expect: 'error' | string }} PasteCase */

/** @type {PasteCase[]} */
export const PASTE_CASES = [
  { name: '10 MB of text garbage', kind: 'garbage', expect: 'error' },
  { name: '100,000-line CSV', kind: 'csv', expect: '100000' },
  { name: '1 MiB of binary', kind: 'binary', expect: 'error' },
];

const GIVE_UP_MS = 30_000;

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url the latency tool page
 * @returns {Promise<Array<{ name: string, ms: number | null, longestFrameGapMs: number }>>}
 */
export async function measureLatencyPastes(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  /** @type {Array<{ name: string, ms: number | null, longestFrameGapMs: number }>} */
  const results = [];
  for (const pasteCase of PASTE_CASES) {
    await page.goto(url, { waitUntil: 'networkidle' });
    // As a reader would, click into the box first: the widget hydrates on first use.
    await page.locator('#latency-compare textarea').first().click();
    await waitForHydration(page);
    results.push({
      name: pasteCase.name,
      ...(await page.evaluate(pasteAndWait, { ...pasteCase, giveUpMs: GIVE_UP_MS })),
    });
  }
  await context.close();
  return results;
}

/**
 * Polls with evaluate: the site's CSP has no 'unsafe-eval', which page.waitForFunction's
 * in-page polling needs. @param {import('@playwright/test').Page} page
 */
async function waitForHydration(page) {
  const deadline = Date.now() + GIVE_UP_MS;
  while (Date.now() < deadline) {
    const hydrated = await page.evaluate(() => {
      const island = document.querySelector('#latency-compare')?.closest('astro-island');
      return island != null && !island.hasAttribute('ssr');
    });
    if (hydrated) return;
    await page.waitForTimeout(100);
  }
  throw new Error('the latency tool did not hydrate');
}

/**
 * Runs in the page. @param {PasteCase & { giveUpMs: number }} options
 * @returns {Promise<{ ms: number | null, longestFrameGapMs: number }>}
 */
async function pasteAndWait({ kind, expect, giveUpMs }) {
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  let text = '';
  if (kind === 'garbage') {
    const alphabet = 'abcdefghijklmnopqrstuvwxyz.,;={}"\t #\n\u00ff';
    const chunk = Array.from({ length: 1 << 20 }, () => alphabet[next() % alphabet.length]).join('');
    text = chunk.repeat(10);
  } else if (kind === 'csv') {
    const rows = ['ttfb_ms,status'];
    for (let i = 0; i < 100_000; i++) rows.push(`${(40 + (next() % 4000) / 100).toFixed(2)},200`);
    text = rows.join('\n');
  } else {
    const bytes = Array.from({ length: 1 << 20 }, () => next() >>> 24);
    for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.slice(i, i + 8192));
  }

  const widget = document.querySelector('#latency-compare');
  const textarea = widget?.querySelector('textarea[name="a-samples"]');
  if (!(textarea instanceof HTMLTextAreaElement)) throw new Error('latency tool not found');
  if (!widget) throw new Error('latency tool not found');
  const answered = () =>
    expect === 'error'
      ? [...widget.querySelectorAll('.kit-field__message')].some((node) =>
          node.textContent.includes('No samples could be read'),
        )
      : widget.querySelector('output[name="a-n"]')?.textContent === expect;

  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', text);
  textarea.focus();
  const started = performance.now();
  let last = started;
  let longest = 0;
  textarea.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  return new Promise((resolve) => {
    const frame = () => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      if (answered()) resolve({ ms: Math.round(now - started), longestFrameGapMs: Math.round(longest) });
      else if (now - started > giveUpMs) resolve({ ms: null, longestFrameGapMs: Math.round(longest) });
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}
