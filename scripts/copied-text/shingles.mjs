// "No 9-word run of the originals remains": the site is checked against fingerprints of the
// original write-ups without storing their text. A fingerprint is a truncated SHA-256 of a
// 9-word shingle (nine consecutive words, lower-cased, punctuation and URLs removed), so the
// repository holds hashes that cannot be read back into sentences.
import { createHash } from 'node:crypto';

/**
 * What fingerprints.json holds (written by make-fingerprints.mjs).
 * @typedef {object} FingerprintFile
 * @property {string} about
 * @property {number} shingleWords
 * @property {number} citedTitles
 * @property {Array<{ what: string, hashes: string[] }>} sets
 */

export const SHINGLE_WORDS = 9;
const URL = /\b(?:https?:\/\/|www\.)\S+/gi;

/**
 * The words of a text as compared: URLs dropped (an address is not prose), case and punctuation ignored.
 * @param {string} text
 * @returns {string[]}
 */
export function proseWords(text) {
  return text
    .replace(URL, ' ')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter(Boolean);
}

/** @param {string[]} words @returns {string} */
export function shingleHash(words) {
  return createHash('sha256').update(words.join(' ')).digest('hex').slice(0, 16);
}

/**
 * Every run of `n` consecutive words, as { hash, at } where `at` is the index of its first word.
 * @param {string} text
 * @returns {Array<{ hash: string, at: number }>}
 */
export function shingles(text, n = SHINGLE_WORDS) {
  const words = proseWords(text);
  /** @type {Array<{ hash: string, at: number }>} */
  const out = [];
  for (let i = 0; i + n <= words.length; i += 1) out.push({ hash: shingleHash(words.slice(i, i + n)), at: i });
  return out;
}

/**
 * Runs of `text` that match a fingerprint. Returns the matching word runs of the checked text
 * (our own page's words, safe to print) so a failure says where to rewrite.
 * @param {string} text
 * @param {Set<string>} fingerprints
 */
export function copiedRuns(text, fingerprints, n = SHINGLE_WORDS) {
  const words = proseWords(text);
  /** @type {string[]} */
  const runs = [];
  let runStart = -1;
  let runEnd = -1;
  for (const { hash, at } of shingles(text, n)) {
    if (!fingerprints.has(hash)) continue;
    if (at <= runEnd) runEnd = at + n;
    else {
      if (runStart >= 0) runs.push(words.slice(runStart, runEnd).join(' '));
      runStart = at;
      runEnd = at + n;
    }
  }
  if (runStart >= 0) runs.push(words.slice(runStart, runEnd).join(' '));
  return runs;
}
