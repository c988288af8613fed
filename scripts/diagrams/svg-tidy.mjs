// Turns Mermaid's SVG into the inline SVG the site ships: no <style> (the site's CSS themes it,
// so dark mode and print work and the page's hash-based CSP has nothing new to allow), no unused
// markers or icon symbols, no layout data the page never reads, role="img" named by its <title>,
// and the hash of its Mermaid source so a unit test can tell when the committed SVG is stale.
import { createHash } from 'node:crypto';

/** Bump when the rendering or tidying changes, so every committed SVG counts as stale. */
export const RENDER_VERSION = 'mermaid-isomorphic 3 / tidy 3';

/** Hash of a diagram's source as rendered: what `data-source-hash` on the committed SVG must hold. @param {string} mermaidSource */
export function sourceHash(mermaidSource) {
  return createHash('sha256')
    .update(`${RENDER_VERSION}\n${mermaidSource.replace(/\r\n/g, '\n')}`)
    .digest('hex')
    .slice(0, 16);
}

/** The hash a committed SVG was rendered from, or undefined. @param {string} svg */
export function embeddedHash(svg) {
  return /<svg\b[^>]*\sdata-source-hash="([0-9a-f]+)"/.exec(svg)?.[1];
}

/** The accessible name the SVG carries (its <title>), or undefined. @param {string} svg */
export function svgTitle(svg) {
  return /<title\b[^>]*>([^<]*)<\/title>/.exec(svg)?.[1]?.trim() || undefined;
}

/** accTitle is required: it becomes the SVG's <title>, its accessible name. @param {string} mermaidSource */
export function accTitleOf(mermaidSource) {
  return /^\s*accTitle\s*:\s*(.+)$/m.exec(mermaidSource)?.[1]?.trim();
}

/**
 * @param {string} svg Mermaid's output for one diagram
 * @param {{ hash: string }} options
 */
export function tidySvg(svg, { hash }) {
  let out = svg;
  out = out.replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '');
  // Layout data Mermaid keeps for its own interactivity; nothing on a static page reads it.
  out = out.replace(/\s(?:data-points|data-look|data-et|data-id|data-type|data-edge|data-node|name)="[^"]*"/g, '');
  out = out.replace(/\sstyle="[;\s]*"/g, '');
  // Fonts come from the page's CSS, so the diagram uses the reader's font like the text around it.
  out = out.replace(/\sstyle="([^"]*)"/g, (/** @type {string} */ _m, /** @type {string} */ css) => {
    const kept = css
      .replace(/&quot;/g, "'")
      .split(';')
      .map((d) => d.trim())
      .filter((d) => d && !/^font-family\s*:/i.test(d));
    return kept.length ? ` style="${kept.join('; ')}"` : '';
  });
  out = removeUnused(out, /<marker\b[^>]*\sid="([^"]+)"[^>]*>[\s\S]*?<\/marker>/g);
  out = removeUnused(out, /<symbol\b[^>]*\sid="([^"]+)"[^>]*>[\s\S]*?<\/symbol>/g);
  out = out.replace(/<defs>\s*<\/defs>/g, '').replace(/<g>\s*<\/g>/g, '');
  out = removeUnreferencedIds(out);
  // The root: an image named by its <title>, described by its <desc> if it has one.
  out = out.replace(/<svg\b([^>]*)>/, (/** @type {string} */ _m, /** @type {string} */ attrs) => {
    let a = attrs
      .replace(/\srole="[^"]*"/, '')
      .replace(/\saria-roledescription="[^"]*"/, '')
      .replace(/\sclass="([^"]*)"/, '');
    a = `${a} role="img" class="diagram__svg" data-source-hash="${hash}"`;
    return `<svg${a}>`;
  });
  return roundCoordinates(dropDefaults(out));
}

/** Attributes that restate defaults or name classes no style uses: they only cost bytes. @param {string} svg */
export function dropDefaults(svg) {
  return svg
    .replace(/\s(?:font-style|font-weight)="normal"/g, '')
    .replace(/\sclass="(?:text-inner-tspan|text-outer-tspan row)"/g, '');
}

/**
 * Mermaid writes coordinates like 143.5999984741211; a tenth of a pixel is finer than any screen
 * or printer needs, and the shorter numbers keep the pages within their byte budget. Only numbers
 * inside attribute values with two or more decimals change, never text.
 * @param {string} svg
 */
export function roundCoordinates(svg) {
  return svg.replace(
    /="([^"]*)"/g,
    (/** @type {string} */ _m, /** @type {string} */ value) =>
      `="${value.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10))}"`,
  );
}

/** Drops each element matched by `pattern` (capture 1 = its id) that nothing references. @param {string} svg @param {RegExp} pattern */
function removeUnused(svg, pattern) {
  return svg.replace(pattern, (/** @type {string} */ element, /** @type {string} */ id) => {
    const rest = svg.replace(element, '');
    return rest.includes(`#${id}`) ? element : '';
  });
}

/**
 * Drops ids that nothing in the SVG points at (Mermaid numbers sequence actors "actor0", "root-0"…
 * in every diagram, so two diagrams on one page would repeat them). Kept: the root's id and any id
 * used as #id or named by an aria-labelledby/aria-describedby.
 * @param {string} svg
 */
function removeUnreferencedIds(svg) {
  const rootId = /<svg\b[^>]*\sid="([^"]+)"/.exec(svg)?.[1];
  const ariaRefs = new Set(
    [...svg.matchAll(/\saria-(?:labelledby|describedby)="([^"]*)"/g)].flatMap((m) => (m[1] ?? '').split(/\s+/)),
  );
  return svg.replace(/\sid="([^"]+)"/g, (/** @type {string} */ attr, /** @type {string} */ id) =>
    id === rootId || ariaRefs.has(id) || svg.includes(`#${id}`) ? attr : '',
  );
}
