import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { precacheManifest, writeServiceWorker } from './offline.mjs';

// A miniature build with every kind of file the real one has.
const build = mkdtempSync(join(tmpdir(), 'offline-precache-'));
const files = [
  'index.html',
  '404.html',
  'glossary/index.html',
  '_astro/IpsecHeadroom.abc123.js',
  '_astro/line.def456.js',
  '_astro/latency-worker-789.js',
  '_astro/common.aaa.css',
  'favicon.svg',
  'manifest.json',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind.en_10c87db605.pf_meta',
  'pagefind/wasm.en.pagefind',
  'pagefind/index/en_ceed33d.pf_index',
  'pagefind/fragment/en_1b319ae.pf_fragment',
  'pagefind/pagefind-ui.js',
  'pagefind/pagefind-ui.css',
  'pagefind/pagefind-component-ui.js',
  'og/glossary.png',
  'sitemap-0.xml',
  'sitemap-index.xml',
];
for (const file of files) {
  mkdirSync(dirname(join(build, file)), { recursive: true });
  writeFileSync(join(build, file), `contents of ${file}`);
}
afterAll(() => rmSync(build, { recursive: true, force: true }));
// generateSW bundles the worker with Rollup and Terser: seconds, longer on a busy machine.
const SLOW = { timeout: 120_000 };

describe('offline precache list', () => {
  it(
    'holds every page, script, style, the icon, the manifest and Pagefind with its index and WebAssembly',
    SLOW,
    async () => {
      const urls = (await precacheManifest(build)).map((entry) => entry.url).sort();
      expect(urls).toEqual(
        [
          '404.html',
          '_astro/IpsecHeadroom.abc123.js',
          '_astro/common.aaa.css',
          '_astro/latency-worker-789.js',
          '_astro/line.def456.js',
          'favicon.svg',
          'glossary/index.html',
          'index.html',
          'manifest.json',
          'pagefind/fragment/en_1b319ae.pf_fragment',
          'pagefind/index/en_ceed33d.pf_index',
          'pagefind/pagefind-entry.json',
          'pagefind/pagefind-worker.js',
          'pagefind/pagefind.en_10c87db605.pf_meta',
          'pagefind/pagefind.js',
          'pagefind/wasm.en.pagefind',
        ].sort(),
      );
    },
  );

  it('keys hashed _astro/ names by their name and everything else by a content revision', SLOW, async () => {
    const entries = await precacheManifest(build);
    for (const { url, revision } of entries) {
      if (url.startsWith('_astro/')) expect(revision, url).toBeNull();
      else expect(revision, url).toMatch(/^[0-9a-f]{32}$/);
    }
    writeFileSync(join(build, 'glossary/index.html'), 'changed');
    const after = await precacheManifest(build);
    const revisionOf = (list: typeof entries, url: string) => list.find((entry) => entry.url === url)?.revision;
    expect(revisionOf(after, 'glossary/index.html')).not.toBe(revisionOf(entries, 'glossary/index.html'));
    expect(revisionOf(after, 'index.html')).toBe(revisionOf(entries, 'index.html'));
  });

  it(
    'writes one self-contained worker that ignores query strings, waits to take over and claims the first page',
    SLOW,
    async () => {
      const { count } = await writeServiceWorker(build);
      expect(count).toBe(16);
      const worker = readFileSync(join(build, 'sw.js'), 'utf8');
      expect(worker).not.toMatch(/importScripts/);
      expect(worker).toContain('SKIP_WAITING');
      expect(worker).toContain('clients.claim()');
      expect(worker).not.toContain('og/glossary.png');
      // ignoreURLParametersMatching: [/.*/], kept as a literal by the minifier.
      expect(worker).toContain('[/.*/]');
    },
  );
});
