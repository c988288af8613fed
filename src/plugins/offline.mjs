// The service worker that keeps the whole site readable offline after one visit. Workbox's
// generateSW writes it over the finished build (after Pagefind has indexed it and csp-meta has
// given every page its policy, so the revisions are those of the files served).
//
// Why generateSW from an Astro hook and not @vite-pwa/astro: its 1.2 release declares
// astro ^1.6 … ^5 as a peer, and npm refuses to install it beside Astro 7 (ERESOLVE) without
// --legacy-peer-deps. This hook is the part of it we need, on Workbox's maintained build tool.
//
// What it precaches: every page (and the 404 page), every script, style sheet and font under
// _astro/ (islands, chart.js groups, the latency worker), the icon and the web app manifest, and
// Pagefind's runtime, index and WebAssembly. Not precached: the link-preview pictures (og/, only
// chat apps fetch them), the sitemaps, and Pagefind's own UI bundles, which Starlight does not use.
//
// How a new build replaces the old one: every file is keyed by its content (a revision hash, or
// the hash in an _astro/ name), a new worker downloads the new build completely before it may
// take over, and the old worker keeps serving the old build until the reader accepts the
// "updated, reload" notice (src/components/site/offline-support.ts); on taking over, Workbox
// deletes every entry the new build does not list. A reader never gets pages of one build with
// scripts of another.
//
// Queries: the site is static, so no response depends on a query string. Every parameter is
// ignored when matching the cache: a shared calculator link (?mtu=1400) opens offline, and
// Pagefind's cache-busting `pagefind-entry.json?ts=<now>` (Pagefind/pagefind#59) finds the index
// entry of the same build instead of missing the cache on every search.

import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW, getManifest } from 'workbox-build';

export const SERVICE_WORKER_FILE = 'sw.js';

/** Files of the build the service worker precaches, relative to it. */
export const PRECACHE_PATTERNS = [
  '**/*.html',
  '_astro/**/*.{js,css,woff,woff2,svg,png,webp,avif,jpg}',
  'favicon.svg',
  'manifest.json',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/*.pf_meta',
  'pagefind/wasm.*.pagefind',
  'pagefind/index/*',
  'pagefind/fragment/*',
  // No pagefind/filter/*: Pagefind writes filter files only for pages that declare filters, and none does.
];

/** Which files of the build in `dir` are precached, and how they are keyed. @param {string} dir */
function precacheOptions(dir) {
  return {
    globDirectory: dir,
    globPatterns: PRECACHE_PATTERNS,
    // Names under _astro/ carry their content hash already; the rest get a revision hash.
    dontCacheBustURLsMatching: /^_astro\//,
    // The largest file is a chart.js group of ~130 KB; this only guards against a runaway asset.
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
  };
}

/**
 * The precache list of the build in `dir`: URL relative to the worker, and revision (null when
 * the name carries the hash). @param {string} dir
 * @returns {Promise<Array<{ url: string, revision: string | null }>>}
 */
export async function precacheManifest(dir) {
  const { manifestEntries } = await getManifest(precacheOptions(dir));
  return manifestEntries.map(({ url, revision }) => ({ url, revision: revision ?? null }));
}

/**
 * Write the service worker for the build in `dir`. Exported for the tests, which run it on a
 * changed copy of a build to check that a new build replaces the old cache.
 * @param {string} dir
 * @returns {Promise<{ count: number, size: number, warnings: string[] }>}
 */
export async function writeServiceWorker(dir) {
  const { count, size, warnings } = await generateSW({
    ...precacheOptions(dir),
    swDest: join(dir, SERVICE_WORKER_FILE),
    mode: 'production',
    sourcemap: false,
    // One file: no importScripts, so the worker's own CSP (deploy/nginx.conf) needs no script-src.
    inlineWorkboxRuntime: true,
    // Pages are folders: /glossary/ is glossary/index.html.
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    // The first visit's page is controlled at once, so its later chunk loads come from the cache.
    clientsClaim: true,
    // A new build waits for the reader (the notice), never swaps under an open page by itself.
    skipWaiting: false,
    cleanupOutdatedCaches: true,
  });
  return { count, size, warnings };
}

/** @returns {import('astro').AstroIntegration} */
export function offline() {
  return {
    name: 'infra-field-notes:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir));
        for (const warning of warnings) logger.warn(warning);
        logger.info(`Service worker precaches ${count} files, ${(size / 1024).toFixed(0)} KB.`);
      },
    },
  };
}
