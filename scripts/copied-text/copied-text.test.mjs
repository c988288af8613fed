import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copiedRuns, proseWords, shingles } from './shingles.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** @type {unknown} */
const fingerprintJson = JSON.parse(readFileSync(new URL('./fingerprints.json', import.meta.url), 'utf8'));
const fingerprintFile = /** @type {import('./shingles.mjs').FingerprintFile} */ (fingerprintJson);
const fingerprints = new Set(fingerprintFile.sets.flatMap((set) => set.hashes));

/**
 * Every file whose text can reach a page: content, wording, components, diagram sources.
 * @param {string} dir
 * @returns {string[]}
 */
function siteSources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return siteSources(path);
    return /\.(mdx?|ts|tsx|astro|mmd)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('copied-text fingerprints', () => {
  it('hold the source page and the known copied run, as 16-hex hashes only', () => {
    expect(fingerprintFile.shingleWords).toBe(9);
    const [page, runs] = fingerprintFile.sets;
    expect(page?.hashes.length).toBeGreaterThan(500);
    // The run named in issue 17 has 15 words, so 7 shingles of 9.
    expect(runs?.hashes).toHaveLength(7);
    for (const hash of fingerprints) expect(hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('find a fingerprinted run through markup, case, punctuation and line breaks', () => {
    const original = 'The quick brown fox jumps over the lazy dog near the river bank today.';
    const prints = new Set(shingles(original).map((s) => s.hash));
    const page = '<p>As they say, <em>the Quick brown fox</em> jumps —\nover the lazy-dog near the river!</p>';
    expect(copiedRuns(page.replace(/<[^>]+>/g, ' '), prints)).toEqual([
      'the quick brown fox jumps over the lazy dog near the river',
    ]);
    expect(copiedRuns('A brown fox jumps over a lazy dog, in our own words.', prints)).toEqual([]);
  });

  it('ignore URLs, which are addresses, not prose', () => {
    expect(proseWords('See https://example.org/a/b-c/d.html now')).toEqual(['see', 'now']);
  });
});

describe('the site sources', () => {
  const files = ['src/content', 'src/lib', 'src/components', 'src/diagrams'].flatMap((dir) =>
    siteSources(join(root, dir)),
  );

  it('are found', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('contain no 9-word run of the original write-ups', () => {
    const found = files.flatMap((file) =>
      copiedRuns(readFileSync(file, 'utf8'), fingerprints).map((run) => `${relative(root, file)}: "${run}"`),
    );
    expect(found, 'rewrite these runs in your own words').toEqual([]);
  });
});
