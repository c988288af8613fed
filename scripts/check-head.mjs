#!/usr/bin/env node
// Checks the top of every built page's <head>: `<meta charset>` comes first and ends within the
// first 1,024 bytes (the HTML standard's limit for the encoding declaration; Lighthouse's
// `charset` audit fails a page otherwise), and the Content-Security-Policy <meta> comes before
// every script and style element it governs (a <meta> policy applies only to what follows it).
//
// CLI: node scripts/check-head.mjs [outDir]   (default: OUT_DIR or dist)
// Prints one line per problem and a summary; exits 1 when there is any problem or no page.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** How far into the file the encoding declaration must be complete, in bytes. */
export const CHARSET_BYTE_LIMIT = 1024;

const HEAD_OPEN = /<head\b[^>]*>/i;
const FIRST_ELEMENT = /^\s*<([a-z][a-z0-9-]*)\b[^>]*>/i;
const CSP_META = /<meta\b[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i;
const SCRIPT_OR_STYLE = /<(script|style)\b/i;

/**
 * What is wrong at the top of one page's head, as sentences.
 * @param {string} html
 * @returns {string[]}
 */
export function headProblems(html) {
  const head = HEAD_OPEN.exec(html);
  if (!head) return ['has no <head>'];
  const problems = [];
  const afterHead = head.index + head[0].length;
  const first = FIRST_ELEMENT.exec(html.slice(afterHead));
  if (!first || first[1]?.toLowerCase() !== 'meta' || !/\bcharset\s*=/i.test(first[0])) {
    problems.push(`the first element in <head> is ${first ? `<${first[1] ?? '?'}>` : 'missing'}, not <meta charset>`);
  } else {
    const end = Buffer.byteLength(html.slice(0, afterHead + first.index + first[0].length), 'utf8');
    if (end > CHARSET_BYTE_LIMIT) {
      problems.push(`<meta charset> ends at byte ${end}, past the first ${CHARSET_BYTE_LIMIT}`);
    }
  }
  const csp = CSP_META.exec(html);
  const scriptOrStyle = SCRIPT_OR_STYLE.exec(html);
  if (!csp) {
    problems.push('has no Content-Security-Policy <meta>');
  } else if (scriptOrStyle && scriptOrStyle.index < csp.index) {
    problems.push(
      `a <${scriptOrStyle[1] ?? '?'}> comes before the Content-Security-Policy <meta>, which does not cover it`,
    );
  }
  return problems;
}

/** @param {string} outDir @returns {Promise<Array<{ file: string, problems: string[] }>>} */
export async function checkHeads(outDir) {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const pages = entries.filter((e) => e.isFile() && e.name.endsWith('.html'));
  return Promise.all(
    pages.map(async (e) => {
      const path = join(e.parentPath, e.name);
      return { file: relative(outDir, path), problems: headProblems(await readFile(path, 'utf8')) };
    }),
  );
}

async function main() {
  const outDir = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
  const pages = await checkHeads(outDir);
  let count = 0;
  for (const { file, problems } of pages) {
    for (const problem of problems) console.log(`✗ ${file}: ${problem}`);
    count += problems.length;
  }
  if (pages.length === 0) {
    console.log(`No HTML pages found in ${outDir}; build the site first.`);
    process.exit(1);
  }
  console.log(`Head check of ${outDir}: ${pages.length} pages, ${count} problems.`);
  if (count > 0) process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
