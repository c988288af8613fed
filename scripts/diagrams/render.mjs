#!/usr/bin/env node
// npm run diagrams: renders every src/diagrams/*.mmd to a committed src/diagrams/*.svg with
// Mermaid (through mermaid-isomorphic, in the Chromium scripts/find-chromium.mjs finds).
// The site build only reads the committed SVGs, so it needs no browser; the unit test
// scripts/diagrams/diagrams.test.mjs fails when an SVG no longer matches its source.
// Options: --check (render nothing; exit 1 naming stale diagrams), --force (re-render all).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../find-chromium.mjs';
import { accTitleOf, embeddedHash, sourceHash, tidySvg } from './svg-tidy.mjs';

export const DIAGRAM_DIR = fileURLToPath(new URL('../../src/diagrams/', import.meta.url));

/**
 * Mermaid settings shared by every diagram; part of what RENDER_VERSION stands for.
 * @type {NonNullable<import('mermaid-isomorphic').RenderOptions['mermaidConfig']>}
 */
export const MERMAID_CONFIG = {
  startOnLoad: false,
  theme: 'neutral',
  // SVG <text> rather than HTML in <foreignObject>: it scales, prints, and needs no HTML styles.
  htmlLabels: false,
  // Deprecated in mermaid 11 for the global htmlLabels above, but some of its renderers (swimlane
  // clusters among them) still read only this one, so both are set.
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- still read by mermaid 11.17, see above
  flowchart: { htmlLabels: false, padding: 10, nodeSpacing: 30, rankSpacing: 40, useMaxWidth: true },
  sequence: { useMaxWidth: true, width: 120, actorMargin: 30, boxMargin: 6, messageMargin: 28, mirrorActors: false },
  // A wide, common font measures the boxes, so the reader's font (usually narrower) fits in them.
  fontFamily: 'DejaVu Sans, Verdana, sans-serif',
  fontSize: 15,
};

async function diagramSources() {
  const files = (await readdir(DIAGRAM_DIR)).filter((f) => f.endsWith('.mmd')).sort();
  return Promise.all(
    files.map(async (file) => {
      const source = await readFile(join(DIAGRAM_DIR, file), 'utf8');
      const name = basename(file, '.mmd');
      const svgPath = join(DIAGRAM_DIR, `${name}.svg`);
      const existing = await readFile(svgPath, 'utf8').catch(() => '');
      return { name, source, svgPath, hash: sourceHash(source), stale: embeddedHash(existing) !== sourceHash(source) };
    }),
  );
}

async function main() {
  const args = new Set(process.argv.slice(2));
  const diagrams = await diagramSources();
  for (const d of diagrams) {
    if (!accTitleOf(d.source))
      throw new Error(`${d.name}.mmd has no accTitle: every diagram needs an accessible name.`);
  }
  const todo = args.has('--force') ? diagrams : diagrams.filter((d) => d.stale);
  if (args.has('--check')) {
    for (const d of todo) console.log(`stale: src/diagrams/${d.name}.svg (run npm run diagrams)`);
    process.exit(todo.length ? 1 : 0);
  }
  if (todo.length === 0) {
    console.log(`All ${diagrams.length} diagrams are up to date.`);
    return;
  }
  const chromium = findChromium(); // throws with the install command when there is none
  const { createMermaidRenderer } = await import('mermaid-isomorphic');
  const render = createMermaidRenderer({ launchOptions: { executablePath: chromium.path } });
  // One call per diagram, so each gets its own id prefix (its name) and ids stay unique on a
  // page; started together, so they share one browser (the renderer closes it when idle).
  const results = await Promise.all(
    todo.map((d) => render([d.source], { prefix: d.name, mermaidConfig: MERMAID_CONFIG })),
  );
  for (const [i, d] of todo.entries()) {
    const [result] = results[i] ?? [];
    if (!result || result.status === 'rejected') {
      /** @type {unknown} */
      const reason = result?.reason;
      const message =
        typeof reason === 'object' && reason !== null && 'message' in reason ? String(reason.message) : 'no result';
      throw new Error(`${d.name}.mmd did not render: ${message}`);
    }
    await writeFile(d.svgPath, `${tidySvg(result.value.svg, { hash: d.hash })}\n`);
    console.log(
      `rendered src/diagrams/${d.name}.svg (${result.value.width.toFixed(0)} × ${result.value.height.toFixed(0)})`,
    );
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((/** @type {unknown} */ error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
