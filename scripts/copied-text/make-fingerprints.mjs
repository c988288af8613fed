#!/usr/bin/env node
// Writes fingerprints.json from texts that must not reappear on the site. The texts themselves
// are read from files or arguments and never written anywhere.
//
//   node scripts/copied-text/make-fingerprints.mjs \
//     --source <surviving source page, a .txt file> \
//     --run "<a run known to have been copied from an original>" ... \
//     --cited-title "<a post title the site cites as a title>" ...
//
// --cited-title removes the shingles that lie wholly inside a title: the site names each
// original by its title in its Sources section, which is a citation, not copied prose.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { SHINGLE_WORDS, shingles } from './shingles.mjs';

export const FINGERPRINT_FILE = fileURLToPath(new URL('./fingerprints.json', import.meta.url));

const args = process.argv.slice(2);
/** Every value given after `flag`. @param {string} flag @returns {string[]} */
const values = (flag) =>
  args.flatMap((arg, i) => {
    const next = args[i + 1];
    return arg === flag && next ? [next] : [];
  });
const sources = values('--source');
const runs = values('--run');
const titles = values('--cited-title');
if (sources.length === 0 && runs.length === 0) {
  console.error('Give at least one --source file or --run text.');
  process.exit(1);
}
const cited = new Set(titles.flatMap((title) => shingles(title).map((s) => s.hash)));
/** @param {string} text */
const hashesOf = (text) => [...new Set(shingles(text).map((s) => s.hash))].filter((h) => !cited.has(h)).sort();

/** @type {import('./shingles.mjs').FingerprintFile['sets']} */
const sets = [];
for (const path of sources) {
  sets.push({ what: 'the surviving source page', hashes: hashesOf(await readFile(path, 'utf8')) });
}
if (runs.length)
  sets.push({
    what: 'runs known to have been copied from the originals (issue 17)',
    hashes: hashesOf(runs.join('\n\n')),
  });

/** @type {import('./shingles.mjs').FingerprintFile} */
const file = {
  about:
    'Truncated SHA-256 hashes of every 9-word run of the original write-ups that survive, and of runs known to have ' +
    'been copied from them. The site must contain none (scripts/copied-text/shingles.mjs). Shingles inside the cited ' +
    'post titles are left out.',
  shingleWords: SHINGLE_WORDS,
  citedTitles: titles.length,
  sets,
};
await writeFile(FINGERPRINT_FILE, `${JSON.stringify(file, null, 1)}\n`);
console.log(`wrote ${sets.reduce((n, s) => n + s.hashes.length, 0)} fingerprints in ${sets.length} sets`);
