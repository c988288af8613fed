import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { accTitleOf, embeddedHash, sourceHash, svgTitle, tidySvg } from './svg-tidy.mjs';

const dir = fileURLToPath(new URL('../../src/diagrams/', import.meta.url));
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.mmd'))
  .map((f) => f.replace(/\.mmd$/, ''))
  .sort();
/** @param {string} file */
const read = (file) => readFileSync(join(dir, file), 'utf8');

describe('committed diagrams', () => {
  it('exist as Mermaid sources, one SVG each and no SVG without a source', () => {
    expect(names.length).toBeGreaterThanOrEqual(4);
    const svgs = readdirSync(dir)
      .filter((f) => f.endsWith('.svg'))
      .map((f) => f.replace(/\.svg$/, ''))
      .sort();
    expect(svgs).toEqual(names);
  });

  for (const name of names) {
    describe(name, () => {
      const source = read(`${name}.mmd`);
      const svg = read(`${name}.svg`);

      it('is rendered from its current source (run `npm run diagrams` if not)', () => {
        expect(embeddedHash(svg), `${name}.svg is stale`).toBe(sourceHash(source));
      });

      it('is an image named by its accTitle', () => {
        expect(svg).toMatch(/^<svg\b[^>]*\srole="img"/);
        expect(accTitleOf(source)).toBeTruthy();
        expect(svgTitle(svg)).toBe(accTitleOf(source));
        const labelledBy = /^<svg\b[^>]*\saria-labelledby="([^"]+)"/.exec(svg)?.[1];
        expect(labelledBy && svg.includes(`id="${labelledBy}"`)).toBe(true);
      });

      it('carries no script, style, HTML island or event handler, so the page CSP and theme apply', () => {
        expect(svg).not.toMatch(/<script|<style|<foreignObject|\son[a-z]+=|javascript:/i);
      });

      it('keeps its ids to itself', () => {
        const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '');
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id.startsWith(name) || id.startsWith('chart-')).toBe(true);
      });
    });
  }

  it('never reuse an id across diagrams, so several fit on one page', () => {
    const all = names.flatMap((name) => [...read(`${name}.svg`).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('tidySvg', () => {
  const mermaidLike =
    '<svg id="d-0" class="flowchart" role="graphics-document document" aria-roledescription="flowchart-v2" aria-labelledby="chart-title-d-0">' +
    '<title id="chart-title-d-0">Name</title><style>#d-0{fill:#333}</style>' +
    '<marker id="d-0_used"><path/></marker><marker id="d-0_unused"><path/></marker>' +
    '<defs><symbol id="d-0-computer"><path/></symbol></defs>' +
    '<g id="root-0"><path data-points="AAAA" marker-end="url(#d-0_used)" style=";"/>' +
    '<text style="font-family: &quot;DejaVu Sans&quot;, sans-serif; font-size: 15px">x</text></g></svg>';
  const out = tidySvg(mermaidLike, { hash: 'abc123' });

  it('drops the style sheet, unused markers and symbols, layout data and fonts', () => {
    expect(out).not.toMatch(/<style|d-0_unused|d-0-computer|data-points|font-family|style=";"/);
    expect(out).toContain('d-0_used');
    expect(out).toContain('style="font-size: 15px"');
  });

  it('makes the root an image that carries the source hash, and drops ids nothing uses', () => {
    expect(out).toMatch(
      /^<svg id="d-0" aria-labelledby="chart-title-d-0" role="img" class="diagram__svg" data-source-hash="abc123">/,
    );
    expect(out).not.toContain('root-0');
    expect(embeddedHash(out)).toBe('abc123');
  });

  it('ties the hash to the exact source', () => {
    expect(sourceHash('flowchart TB\n A --> B')).not.toBe(sourceHash('flowchart TB\n A --> C'));
    expect(sourceHash('a\r\nb')).toBe(sourceHash('a\nb'));
  });
});
