// A Content-Security-Policy <meta> in every built page, listing the SHA-256 of each inline
// <script> and <style> that page really contains. Astro's own `security.csp` hashes only the
// scripts it bundles, not Starlight's inline ones (theme, sidebar state), so we hash the
// finished HTML instead. Style *attributes* stay allowed ('unsafe-inline' on style-src-attr
// only): Starlight and Expressive Code write style="--var: …", and hashes cannot cover
// attributes. deploy/nginx.conf adds frame-ancestors, which a <meta> policy cannot carry.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXED_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "style-src-attr 'unsafe-inline'",
];

const INLINE_ELEMENT = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
const HAS_SRC = /(?:^|\s)src\s*=/i;
/** A `<meta charset>` that opens the head (whitespace before it allowed). */
const LEADING_CHARSET = /^\s*<meta\s+charset\s*=[^>]*>/i;

/** @param {string} text */
export function sha256(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Hashes of the inline scripts and style elements in one page. @param {string} html */
export function inlineHashes(html) {
  /** @type {Set<string>} */ const scripts = new Set();
  /** @type {Set<string>} */ const styles = new Set();
  for (const match of html.matchAll(INLINE_ELEMENT)) {
    const [, tag = '', attributes = '', body = ''] = match;
    if (tag.toLowerCase() === 'script') {
      if (!HAS_SRC.test(attributes)) scripts.add(sha256(body));
    } else {
      styles.add(sha256(body));
    }
  }
  return { scripts: [...scripts].sort(), styles: [...styles].sort() };
}

/** The policy for one page. @param {string} html */
export function policyFor(html) {
  const { scripts, styles } = inlineHashes(html);
  // Pagefind's search runs WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
  const scriptSrc = ["'self'", "'wasm-unsafe-eval'", ...scripts].join(' ');
  const styleSrc = ["'self'", ...styles].join(' ');
  return [...FIXED_DIRECTIVES, `script-src ${scriptSrc}`, `style-src ${styleSrc}`].join('; ');
}

/**
 * The page with its policy at the top of <head>: right after `<meta charset>` when that opens the
 * head, else first. The charset declaration must stay first and end within the first 1,024 bytes
 * (HTML's rule; Lighthouse's `charset` audit), and a policy of several hundred bytes in front of it
 * pushed it past that. The policy still comes before every script and style it governs.
 * @param {string} html
 */
export function withCspMeta(html) {
  if (/http-equiv=["']content-security-policy["']/i.test(html)) return html;
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head) return html;
  const meta = `<meta http-equiv="content-security-policy" content="${policyFor(html)}">`;
  let at = head.index + head[0].length;
  const charset = LEADING_CHARSET.exec(html.slice(at));
  if (charset) at += charset[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}

/** @param {string} dir @returns {AsyncGenerator<string>} */
async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** @returns {import('astro').AstroIntegration} */
export function cspMeta() {
  return {
    name: 'infra-field-notes:csp-meta',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let pages = 0;
        for await (const file of htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          await writeFile(file, withCspMeta(html));
          pages += 1;
        }
        logger.info(`Content-Security-Policy added to ${pages} pages.`);
      },
    },
  };
}
