/**
 * A stand-in for a wiki page on another origin, framing one embed with the README's resize
 * snippet as a reader would paste it (only the two addresses changed). A real server on
 * loopback: Chromium refuses a page it cannot place on the network (one fulfilled by
 * page.route) to frame a loopback address (Local Network Access), so the framing page must be
 * served for real. Used by tests/e2e/embed.spec.ts and the nginx suite.
 *
 *   const wiki = await startWikiPage();            // any free port, or startWikiPage(port)
 *   await page.goto(wiki.pageFor(embedUrl));        // embedUrl: the embed's absolute address
 *   await wiki.stop();
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The site address the README's snippet is written for. */
const README_SITE = 'https://notes.example.com';

/** The snippet between the README's embed-snippet markers, without its code fence. */
export function readmeSnippet(): string {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const block = /<!-- embed-snippet:start -->\s*```html\n([\s\S]*?)```\s*<!-- embed-snippet:end -->/.exec(readme);
  if (!block?.[1]) throw new Error('README.md has no embed snippet between its embed-snippet markers');
  return block[1];
}

const escapeAttribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** The wiki page's HTML: the snippet pointed at `embedUrl`, and a log of every message received. */
export function wikiPageHtml(embedUrl: string): string {
  const siteOrigin = new URL(embedUrl).origin;
  const snippet = readmeSnippet()
    .replace(/src="[^"]*"/, `src="${escapeAttribute(embedUrl)}"`)
    .replaceAll(`'${README_SITE}'`, `'${siteOrigin}'`);
  if (!snippet.includes(`event.origin !== '${siteOrigin}'`)) throw new Error('the README snippet checks no origin');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Team wiki</title>
<script>window.embedMessages = []; addEventListener('message', (e) => embedMessages.push({ origin: e.origin, data: e.data }));</script>
</head><body><h1>Team wiki</h1>
${snippet}
<p>After the calculator.</p></body></html>`;
}

export interface WikiPage {
  origin: string;
  /** The wiki page's address for one embed. */
  pageFor(embedUrl: string): string;
  stop(): Promise<void>;
}

export async function startWikiPage(port = 0): Promise<WikiPage> {
  const server = createServer((request, response) => {
    const embed = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams.get('embed');
    if (!embed) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(wikiPageHtml(embed));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    pageFor: (embedUrl) => `${origin}/wiki-page.html?embed=${encodeURIComponent(embedUrl)}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
