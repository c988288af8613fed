// Every built page gets a Markdown twin beside it (<page>/index.md), made from the page's own
// article HTML after the build, so the twin holds what the reader sees: MDX components, tables
// drawn at build time and base-path links included. Each calculator (an Astro island) becomes
// one line with a link to it, and links become absolute so the text works wherever it is pasted.
// The route middleware announces the twin with <link rel="alternate" type="text/markdown">;
// src/pages/llms.txt.ts lists the pages.
//
// Why not a plugin: starlight-llms-txt 0.12 writes llms.txt as a list of documentation sets
// (no page list, no per-page files) and cannot render UI framework islands; the page-action
// plugins copy the raw MDX with imports and component tags. See the commit message.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toMdast } from 'hast-util-to-mdast';
import { toText } from 'hast-util-to-text';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';

/** @typedef {import('hast').Element} Element @typedef {import('hast').Root} Root @typedef {import('hast').ElementContent} ElementContent */

/** @param {string} tagName @param {import('hast').Properties} properties @param {ElementContent[]} children @returns {Element} */
const el = (tagName, properties, children) => ({
  type: 'element',
  tagName,
  properties,
  children,
});
/** @param {string} value @returns {import('hast').Text} */
const tx = (value) => ({ type: 'text', value });

/**
 * Replace `node` in its parent's children (found by walking from `root`).
 * @param {Root | Element} root @param {Element} node @param {ElementContent[]} replacement
 */
function replaceNode(root, node, replacement) {
  /** @param {Root | Element} parent @returns {boolean} */
  const walk = (parent) => {
    const index = parent.children.indexOf(node);
    if (index !== -1) {
      parent.children.splice(index, 1, ...replacement);
      return true;
    }
    return parent.children.some((child) => child.type === 'element' && walk(child));
  };
  walk(root);
}

/** The text of a calculator's line: its title and a link to it on this page. @param {string} title @param {string} url */
export function calculatorLine(title, url) {
  return el('p', {}, [
    tx('Interactive calculator: '),
    el('a', { href: url }, [tx(title)]),
    tx('. Open the link to use it with your own numbers.'),
  ]);
}

/**
 * The Markdown twin of one built page, or null when the page has no article (a redirect).
 * @param {string} html the built page
 * @param {string} pageUrl its absolute public address, ending in "/"
 */
export function pageMarkdown(html, pageUrl) {
  const tree = fromHtml(html);
  const article = select('.sl-markdown-content', tree);
  const h1 = select('h1', tree);
  if (!article || !h1) return null;
  const title = toText(h1).trim();
  const description = select('meta[name="description"]', tree)?.properties.content;

  // Each island becomes one line that links to it. Its title and anchor come from the
  // calculator's own frame (WidgetFrame: section.kit-widget[id] and .kit-widget__title).
  for (const island of selectAll('astro-island', article)) {
    const frame = select('.kit-widget[id]', island);
    const name = select('.kit-widget__title', island);
    const label = name ? toText(name).trim() : 'Calculator';
    const target = frame ? `${pageUrl}#${String(frame.properties.id)}` : pageUrl;
    replaceNode(article, island, [calculatorLine(label, target)]);
  }
  // Interface, not text: heading anchors, buttons, scripts, styles, hidden helpers.
  for (const node of selectAll(
    '.sl-anchor-link, button, script, style, template, [hidden], [aria-hidden="true"]',
    article,
  )) {
    replaceNode(article, node, []);
  }
  // Only the article's linkable headings stay headings (the page's "Copy section" buttons count
  // the same ones); a heading elsewhere (inside a component) becomes bold text.
  for (const heading of selectAll('h1, h2, h3, h4, h5, h6', article)) {
    const wrapped = selectAll(
      '.sl-heading-wrapper > h2, .sl-heading-wrapper > h3, .sl-heading-wrapper > h4, .sl-heading-wrapper > h5, .sl-heading-wrapper > h6',
      article,
    ).includes(heading);
    if (!wrapped) replaceNode(article, heading, [el('p', {}, [el('strong', {}, heading.children)])]);
  }
  // A link card (Starlight's LinkCard) becomes "[title](href): description"; a card's title turns bold.
  for (const card of selectAll('.sl-link-card', article)) {
    const link = select('a[href]', card);
    const description = select('.description', card);
    if (!link) continue;
    /** @type {ElementContent[]} */
    const text = [el('a', { href: link.properties.href }, [tx(toText(link).trim())])];
    if (description) text.push(tx(`: ${toText(description).trim()}`));
    replaceNode(article, card, [el('p', {}, text)]);
  }
  for (const title of selectAll('.card > .title', article)) {
    replaceNode(article, title, [el('p', {}, [el('strong', {}, [tx(toText(title).trim())])])]);
  }
  // Asides become a quote with their title in bold.
  for (const aside of selectAll('aside', article)) {
    const heading = select('.starlight-aside__title', aside);
    const body = select('.starlight-aside__content', aside);
    const children = [
      ...(heading ? [el('p', {}, [el('strong', {}, [tx(toText(heading).trim())])])] : []),
      ...(body ? body.children : aside.children),
    ];
    replaceNode(article, aside, [el('blockquote', {}, /** @type {ElementContent[]} */ (children))]);
  }
  // Expressive Code draws each line as a <div>; keep the lines and the language only.
  for (const block of selectAll('.expressive-code', article)) {
    const pre = select('pre', block);
    if (!pre) continue;
    const lines = selectAll('.ec-line', pre).map((line) => toText(line, { whitespace: 'pre' }));
    const language = pre.properties.dataLanguage ? [`language-${String(pre.properties.dataLanguage)}`] : [];
    replaceNode(article, block, [
      el('pre', {}, [
        el('code', { className: language }, [tx(lines.length ? lines.join('\n') : toText(pre, { whitespace: 'pre' }))]),
      ]),
    ]);
  }
  // Absolute links and images, so the twin works wherever it is pasted.
  for (const node of selectAll('a[href], img[src]', article)) {
    const key = node.tagName === 'a' ? 'href' : 'src';
    try {
      node.properties[key] = new URL(String(node.properties[key]), pageUrl).href;
    } catch {
      // Leave an unparsable address as it is; the link checker reports those.
    }
  }

  const body = toMarkdown(toMdast(el('div', {}, article.children)), {
    extensions: [gfmToMarkdown()],
    bullet: '-',
    emphasis: '_',
    strong: '*',
    fences: true,
    listItemIndent: 'one',
    rule: '-',
  }).trim();
  const head = [`# ${escapeHeading(title)}`, ''];
  if (typeof description === 'string' && description.trim()) head.push(`> ${escapeHeading(description.trim())}`, '');
  head.push(`Web page: <${pageUrl}>`, '');
  return `${head.join('\n')}\n${body}\n`;
}

/** Title and description text with Markdown's inline specials escaped. @param {string} text */
function escapeHeading(text) {
  return text.replace(/[\\`*_[\]<>|~&#]/g, (ch) => `\\${ch}`).replace(/\s+/g, ' ');
}

/** @param {string} dir @returns {AsyncGenerator<string>} */
async function* pageFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* pageFiles(path);
    else if (entry.name === 'index.html') yield path;
  }
}

/** @returns {import('astro').AstroIntegration} */
export function markdownTwins() {
  /** @type {URL} */ let siteBase;
  return {
    name: 'infra-field-notes:markdown-twins',
    hooks: {
      'astro:config:done': ({ config }) => {
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        siteBase = new URL(base, config.site ?? 'http://localhost:4321');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let twins = 0;
        for await (const file of pageFiles(root)) {
          const folder = relative(root, file).split(sep).slice(0, -1).join('/');
          const pageUrl = new URL(folder ? `${folder}/` : '', siteBase).href;
          const markdown = pageMarkdown(await readFile(file, 'utf8'), pageUrl);
          if (markdown === null) continue;
          await writeFile(join(file, '..', 'index.md'), markdown);
          twins += 1;
        }
        logger.info(`Markdown twins written for ${twins} pages.`);
      },
    },
  };
}
