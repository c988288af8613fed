#!/usr/bin/env node
// Link check over the built site: every internal href/src and every #fragment must resolve
// to a built file (and an id in the target page), all under the base path, and no asset may
// be loaded from another origin. Links to other sites (<a href="https://…">) are not fetched.
//
// CLI: node scripts/check-links.mjs [outDir]   (defaults: OUT_DIR or dist; BASE_PATH; SITE_URL)
// Prints one line per problem and a summary; exits 1 when there is any problem.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import { normaliseBase } from '../src/plugins/base-path.mjs';

/** Attributes that make the browser fetch something while rendering the page. @type {Array<[string, string]>} */
const ASSET_ATTRIBUTES = [
  ['script', 'src'],
  ['img', 'src'],
  ['img', 'srcset'],
  ['source', 'src'],
  ['source', 'srcset'],
  ['iframe', 'src'],
  ['video', 'src'],
  ['video', 'poster'],
  ['audio', 'src'],
  ['track', 'src'],
  ['embed', 'src'],
  ['object', 'data'],
  ['image', 'href'],
  ['use', 'href'],
];
/** <link rel> values that load the target; others (canonical, sitemap, alternate) are links. */
const LOADING_RELS = new Set([
  'stylesheet',
  'icon',
  'shortcut',
  'preload',
  'modulepreload',
  'prefetch',
  'manifest',
  'apple-touch-icon',
]);
/** Meta tags whose content is a URL of this site (chat unfurls fetch og:image). */
const URL_METAS = ['og:url', 'og:image', 'twitter:image'];
const SKIPPED_SCHEMES = /^(mailto|tel|javascript|data|blob|about):/i;

/**
 * @typedef {{ tag: string, attr: string, value: string, kind: 'asset' | 'link' | 'meta' }} Reference
 * @typedef {{ page: string, value: string, problem: string }} LinkProblem
 */

/** @param {string} srcset */
const srcsetUrls = (srcset) =>
  srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);

/**
 * Every id a fragment can target, and every URL the page refers to.
 * @param {string} html
 * @returns {{ ids: Set<string>, refs: Reference[] }}
 */
export function extractReferences(html) {
  const root = parse(html, { comment: false });
  /** @type {Set<string>} */ const ids = new Set();
  for (const el of root.querySelectorAll('[id]')) ids.add(el.getAttribute('id') ?? '');
  for (const el of root.querySelectorAll('a[name]')) ids.add(el.getAttribute('name') ?? '');
  ids.delete('');

  /** @type {Reference[]} */
  const refs = [];
  for (const el of root.querySelectorAll('a[href], area[href]')) {
    refs.push({ tag: el.tagName.toLowerCase(), attr: 'href', value: el.getAttribute('href') ?? '', kind: 'link' });
  }
  for (const el of root.querySelectorAll('link[href]')) {
    const rels = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const kind = rels.some((rel) => LOADING_RELS.has(rel)) ? 'asset' : 'link';
    refs.push({ tag: 'link', attr: 'href', value: el.getAttribute('href') ?? '', kind });
  }
  for (const [tag, attr] of ASSET_ATTRIBUTES) {
    for (const el of root.querySelectorAll(`${tag}[${attr}]`)) {
      const value = el.getAttribute(attr) ?? '';
      const values = attr === 'srcset' ? srcsetUrls(value) : [value];
      for (const v of values) refs.push({ tag, attr, value: v, kind: 'asset' });
    }
  }
  for (const el of root.querySelectorAll('meta[content]')) {
    const name = el.getAttribute('property') ?? el.getAttribute('name') ?? '';
    if (URL_METAS.includes(name))
      refs.push({ tag: 'meta', attr: name, value: el.getAttribute('content') ?? '', kind: 'meta' });
  }
  return { ids, refs };
}

/**
 * The URL path a built file is served at: "stories/x/index.html" → "<base>stories/x/index.html".
 * @param {string} relativeFile @param {string | undefined} base
 */
export function servedPath(relativeFile, base) {
  return normaliseBase(base) + relativeFile.split(sep).join('/');
}

/**
 * A served path, or undefined when no built file answers it. Directory URLs serve their index.html.
 * @param {string} path @param {Set<string>} files
 */
function findTarget(path, files) {
  if (files.has(path)) return path;
  const index = path.endsWith('/') ? `${path}index.html` : `${path}/index.html`;
  return files.has(index) ? index : undefined;
}

/**
 * Check every reference of every page.
 * @param {object} site
 * @param {Array<{ path: string, html: string }>} site.pages   served path and HTML of each page
 * @param {Iterable<string>} site.files                       served paths of all built files (pages included)
 * @param {string} site.base                                  base path, e.g. "/" or "/wiki/infra/"
 * @param {string} site.siteUrl                               public origin (SITE_URL); absolute URLs there are internal
 * @returns {{ problems: LinkProblem[], checked: number }}
 */
export function checkLinks({ pages, files, base, siteUrl }) {
  const basePath = normaliseBase(base);
  const siteOrigin = new URL(siteUrl).origin;
  const fileSet = new Set(files);
  const parsed = new Map(pages.map((page) => [page.path, extractReferences(page.html)]));
  /** @type {LinkProblem[]} */
  const problems = [];
  let checked = 0;

  for (const [pagePath, { ids, refs }] of parsed) {
    const isNotFoundPage = /(^|\/)404\.html$/.test(pagePath);
    for (const ref of refs) {
      const value = ref.value.trim();
      const report = (/** @type {string} */ problem) =>
        problems.push({ page: pagePath, value: `<${ref.tag} ${ref.attr}="${value}">`, problem });
      if (!value || SKIPPED_SCHEMES.test(value)) continue;
      let url;
      try {
        url = new URL(value, `${siteOrigin}${pagePath}`);
      } catch {
        report('is not a valid URL');
        continue;
      }
      checked++;
      if (url.origin !== siteOrigin) {
        if (ref.kind === 'asset') report(`loads an asset from another origin (${url.origin})`);
        // Plain links to other sites are fine and not fetched (the build must work offline).
        continue;
      }
      // A 404 page has no address of its own; Starlight still gives it a canonical /404/.
      if (isNotFoundPage && ref.kind !== 'asset' && (ref.attr === 'og:url' || value.endsWith('/404/'))) continue;

      let path;
      try {
        path = decodeURIComponent(url.pathname);
      } catch {
        report('has a malformed percent-encoding');
        continue;
      }
      if (!path.startsWith(basePath)) {
        report(`points outside the base path ${basePath}`);
        continue;
      }
      const target = findTarget(path, fileSet);
      if (!target) {
        report(`points to ${path}, which the build does not contain`);
        continue;
      }
      const fragment = url.hash.slice(1);
      if (!fragment || !target.endsWith('.html')) continue;
      let id;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        id = fragment;
      }
      const targetIds = target === pagePath ? ids : parsed.get(target)?.ids;
      if (targetIds && !targetIds.has(id)) report(`has no element with id "${id}" in ${target}`);
    }
  }
  return { problems, checked };
}

/** @param {string} dir @returns {Promise<string[]>} relative paths of all files under dir */
async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));
}

/**
 * Load a build output directory and check it.
 * @param {string} outDir @param {{ base: string, siteUrl: string }} options
 */
export async function checkBuild(outDir, { base, siteUrl }) {
  const relativeFiles = await listFiles(outDir);
  const htmlFiles = relativeFiles.filter((file) => file.endsWith('.html'));
  const pages = await Promise.all(
    htmlFiles.map(async (file) => ({ path: servedPath(file, base), html: await readFile(join(outDir, file), 'utf8') })),
  );
  const result = checkLinks({ pages, files: relativeFiles.map((file) => servedPath(file, base)), base, siteUrl });
  return { ...result, pages: pages.length };
}

async function main() {
  const outDir = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
  const base = normaliseBase(process.env.BASE_PATH);
  const siteUrl = process.env.SITE_URL || 'http://localhost:4321';
  const { problems, checked, pages } = await checkBuild(outDir, { base, siteUrl });
  // The sidebar repeats for phones and desktops: print each distinct problem once.
  const lines = new Set(problems.map((p) => `✗ ${p.page}: ${p.value} ${p.problem}`));
  for (const line of lines) console.log(line);
  if (pages === 0) {
    console.log(`No HTML pages found in ${outDir}; build the site first.`);
    process.exit(1);
  }
  console.log(
    `Link check of ${outDir} (base ${base}): ${pages} pages, ${checked} references, ${problems.length} problems.`,
  );
  if (problems.length > 0) process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
