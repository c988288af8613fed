// The latency tool reading a big k6 `--out json` file in Chromium (issue 15): the file is written
// to disk first (made up by k6-ndjson.mjs), handed to the tool's file input as a reader would pick
// it, and timed from the pick to the sample count on screen. The progress bar is polled meanwhile,
// so the figure also says whether the reader saw it move.
import { createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { k6NdjsonStream } from './k6-ndjson.mjs';

const GIVE_UP_MS = 10 * 60_000;

/**
 * @param {number} sizeMb
 * @returns {Promise<{ path: string, bytes: number, requests: number }>}
 */
async function writeK6File(sizeMb) {
  const dir = resolve('.cache/bench');
  await mkdir(dir, { recursive: true });
  const path = join(dir, `k6-${sizeMb}mb.ndjson`);
  const stream = k6NdjsonStream({ targetBytes: sizeMb * 1e6 });
  const out = createWriteStream(path);
  for (const chunk of stream.chunks()) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await once(out, 'close');
  return { path, bytes: (await stat(path)).size, requests: stream.count() };
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url the latency tool page
 * @param {number} sizeMb
 * @returns {Promise<{ sizeMb: number, bytes: number, requests: number, ms: number | null, shown: string, progressSteps: number }>}
 */
export async function measureLatencyFile(browser, url, sizeMb) {
  const file = await writeK6File(sizeMb);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    const widget = page.locator('#latency-compare');
    await widget.locator('textarea').first().click();
    const count = widget.locator('output[name="a-n"]');
    const progress = widget.getByTestId('a-progress').locator('progress');
    const started = Date.now();
    await widget.getByLabel('File for A').setInputFiles(file.path);
    const seen = new Set();
    let shown = '';
    while (Date.now() - started < GIVE_UP_MS) {
      const value = await progress.getAttribute('value', { timeout: 50 }).catch(() => null);
      if (value !== null) seen.add(value);
      shown = (await count.textContent()) ?? '';
      if (shown === String(file.requests)) break;
      await page.waitForTimeout(100);
    }
    const ms = shown === String(file.requests) ? Date.now() - started : null;
    return { sizeMb, bytes: file.bytes, requests: file.requests, ms, shown, progressSteps: seen.size };
  } finally {
    await context.close();
    await rm(file.path, { force: true });
  }
}
