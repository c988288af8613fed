// Offline reading (issue 14): how much the service worker precaches, and how long after a first
// visit the whole site is saved on the slow link (400 ms latency; 50 and 200 KB/s). Chromium's
// network emulation applies to a page, not to its service worker, which does the downloading;
// so the link is emulated by a throttling proxy in front of the server instead: each request
// waits one round trip before it is forwarded, and every response body shares one link of the
// given speed.
import { createServer, request as httpRequest } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { precacheManifest } from '../../src/plugins/offline.mjs';

/** Files, raw bytes and gzipped bytes (level 6, as deploy/nginx.conf sends them) the worker precaches. @param {string} outDir */
export async function precacheSize(outDir) {
  const entries = await precacheManifest(outDir);
  let raw = 0;
  let gzip = 0;
  for (const { url } of entries) {
    const body = await readFile(join(outDir, decodeURIComponent(url)));
    raw += body.length;
    gzip += gzipSync(body, { level: 6 }).length;
  }
  return { files: entries.length, raw, gzip };
}

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A proxy to `origin` that adds `latencyMs` before each request and shares `bytesPerSecond`
 * among all response bodies. @param {string} origin @param {{ latencyMs: number, bytesPerSecond: number }} link
 */
export async function startSlowLinkProxy(origin, { latencyMs, bytesPerSecond }) {
  const upstream = new URL(origin);
  let linkFreeAt = 0;
  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  const forwardSlowly = async (req, res) => {
    await sleep(latencyMs);
    const forward = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, host: upstream.host },
      },
      (answer) => {
        void sendSlowly(answer, res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  };
  /** Copies the upstream answer to `res`, its body at the link's speed. @param {import('node:http').IncomingMessage} answer @param {import('node:http').ServerResponse} res */
  const sendSlowly = async (answer, res) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    // A response without setEncoding yields Buffers.
    for await (const chunk of /** @type {AsyncIterable<Buffer>} */ (answer)) {
      for (let at = 0; at < chunk.length; at += 4096) {
        const piece = chunk.subarray(at, at + 4096);
        const start = Math.max(performance.now(), linkFreeAt);
        linkFreeAt = start + (piece.length / bytesPerSecond) * 1000;
        await sleep(linkFreeAt - performance.now());
        res.write(piece);
      }
    }
    res.end();
  };
  const server = createServer((req, res) => {
    void forwardSlowly(req, res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}

/**
 * Open the home page once through the slow link and time until the footer says the site is
 * available offline (the worker is active only once every file is cached).
 * @param {import('@playwright/test').Browser} browser @param {string} origin
 * @param {{ latencyMs: number, bytesPerSecond: number }} link
 * @returns {Promise<{ loadMs: number, fillMs: number | null }>}
 */
export async function measureCacheFill(browser, origin, link) {
  const proxy = await startSlowLinkProxy(origin, link);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    const started = performance.now();
    await page.goto(proxy.url, { waitUntil: 'load', timeout: 120_000 });
    const loadMs = performance.now() - started;
    const until = performance.now() + 600_000;
    while (performance.now() < until) {
      const text = await page.locator('[data-offline-status]').textContent();
      if (text?.startsWith('Available offline')) return { loadMs, fillMs: performance.now() - started - loadMs };
      await sleep(250);
    }
    return { loadMs, fillMs: null };
  } finally {
    await context.close();
    await proxy.stop();
  }
}
