// Starlight's search box downloads and starts Pagefind's UI (ui-core, about 26 KB gzipped, the
// largest script on every page) as soon as the browser is idle, whether or not anyone searches.
// This plugin moves that start to the first sign that the reader wants to search: the pointer
// or focus reaching the search button, a tap on it, or Ctrl/⌘+K. The rest of Starlight's script
// (the dialog, its shortcut, Pagefind's settings) is left as it is. See
// src/components/site/search-on-demand.ts for the trigger.
//
// Once the reader has asked, Starlight's further wait for an idle period only delays the box, and
// Chromium sometimes grants none for seconds (seen here: about one page load in ten, headless, with
// the dialog open and the box never arriving), so the UI then starts on the next task instead.
//
// It edits two statements of Starlight's Search.astro script. Should a Starlight release reword
// them, the build stops with a message rather than quietly loading Pagefind on every page again.

import { fileURLToPath } from 'node:url';

const SEARCH_SCRIPT = /\/@astrojs\/starlight\/.*\/Search\.astro\?astro&type=script&index=0/;
const IDLE_START = /window\.addEventListener\(\s*(['"])DOMContentLoaded\1\s*,\s*\(\)\s*=>\s*\{/;
// `window.requestIdleCallback || ((cb) => setTimeout(cb, 1))`: dropping the first part leaves the fallback.
const IDLE_WAIT = /window\.requestIdleCallback\s*\|\|\s*/;
const TRIGGER_MODULE = fileURLToPath(new URL('../components/site/search-on-demand.ts', import.meta.url)).replaceAll(
  '\\',
  '/',
);

/** Is `id` the client script of Starlight's Search component? @param {string} id */
export function isStarlightSearchScript(id) {
  return SEARCH_SCRIPT.test(id.replaceAll('\\', '/'));
}

/**
 * Starlight's Search script with Pagefind's start deferred to the reader's first move towards
 * search, without a further wait for idle time. Throws when a statement to change is not there
 * (exactly once).
 * @param {string} code
 * @param {string} triggerModule import specifier of the module exporting whenSearchWanted
 */
export function deferPagefindStart(code, triggerModule) {
  expectOnce(code, IDLE_START, "window.addEventListener('DOMContentLoaded', () => {");
  expectOnce(code, IDLE_WAIT, 'window.requestIdleCallback ||');
  // `this` is the <site-search> element: the statement sits in its constructor.
  const deferred = code.replace(IDLE_START, 'whenSearchWanted(this, () => {').replace(IDLE_WAIT, '');
  return `import { whenSearchWanted } from ${JSON.stringify(triggerModule)};\n${deferred}`;
}

/** @param {string} code @param {RegExp} pattern @param {string} shown */
function expectOnce(code, pattern, shown) {
  const found = code.match(new RegExp(pattern.source, 'g'))?.length ?? 0;
  if (found !== 1) {
    throw new Error(
      `search-on-demand: expected one "${shown}" in Starlight's Search.astro script, found ${found}. ` +
        'Starlight changed how it starts Pagefind; update src/plugins/search-on-demand.mjs.',
    );
  }
}

/** @returns {import('vite').Plugin} */
export function searchOnDemand() {
  return {
    name: 'infra-field-notes:search-on-demand',
    enforce: 'pre',
    transform(code, id) {
      if (!isStarlightSearchScript(id)) return null;
      return { code: deferPagefindStart(code, TRIGGER_MODULE), map: null };
    },
  };
}
