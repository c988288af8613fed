import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes } from 'mdast';
import { pageMarkdown } from './markdown-twins.mjs';

const page = (
  article: string,
) => `<!doctype html><html><head><meta name="description" content="What the page says &amp; more."></head>
<body><main><h1 id="_top">IPsec &lt;headroom&gt;</h1><div class="sl-markdown-content">${article}</div></main></body></html>`;

const heading = (level: number, id: string, text: string) =>
  `<div class="sl-heading-wrapper level-h${level}"><h${level} id="${id}">${text}</h${level}><a class="sl-anchor-link" href="#${id}"><span aria-hidden="true"><svg></svg></span><span class="sr-only">Section titled “${text}”</span></a></div>`;

const island = `<astro-island uid="x" component-url="/_astro/IpsecHeadroom.js" props="{}"><section id="ipsec-headroom-story" class="not-content kit-widget"><header><p class="kit-widget__title">IPsec tunnel headroom</p></header><label>Path MTU <input value="1500"></label><button>Copy link</button><output name="mss">1398</output></section></astro-island>`;

function types(markdown: string): Set<string> {
  const found = new Set<string>();
  const walk = (node: Nodes) => {
    found.add(node.type);
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }));
  return found;
}

describe('pageMarkdown', () => {
  const markdown = pageMarkdown(
    page(
      `<p>Intro with a <a href="/wiki/infra/glossary/#mtu">glossary link</a> and <a href="#numbers">a section</a>.</p>` +
        heading(2, 'numbers', 'The numbers') +
        `<div class="sl-table-scroll" tabindex="0"><table><thead><tr><th>Quantity</th><th>Value</th></tr></thead><tbody><tr><td>MTU</td><td>1500 | bytes</td></tr></tbody></table></div>` +
        island +
        `<aside class="starlight-aside starlight-aside--caution"><p class="starlight-aside__title"><svg aria-hidden="true"></svg>Dated claim</p><div class="starlight-aside__content"><p>Was true in 2014.</p></div></aside>` +
        `<div class="expressive-code"><figure><pre data-language="sh"><code><div class="ec-line"><div class="code">curl -w '%{time_starttransfer}'</div></div><div class="ec-line"><div class="code">  -o /dev/null https://x.test/</div></div></code></pre><div class="copy"><button data-code="x">Copy</button></div></figure></div>` +
        `<h3>Not an article heading</h3>` +
        heading(3, 'details', 'Details <code>esp</code>'),
    ),
    'https://notes.example.org/wiki/infra/stories/ipsec/',
  )!;

  it('starts with the title, the description and the web address', () => {
    expect(markdown.split('\n').slice(0, 5)).toEqual([
      '# IPsec \\<headroom\\>',
      '',
      '> What the page says \\& more.',
      '',
      'Web page: <https://notes.example.org/wiki/infra/stories/ipsec/>',
    ]);
  });

  it('replaces a calculator by one line linking to it on the page', () => {
    expect(markdown).toContain(
      'Interactive calculator: [IPsec tunnel headroom](https://notes.example.org/wiki/infra/stories/ipsec/#ipsec-headroom-story). Open the link to use it with your own numbers.',
    );
    expect(markdown).not.toContain('Path MTU');
    expect(markdown).not.toContain('Copy link');
    expect(markdown).not.toContain('1398');
  });

  it('makes links absolute and keeps tables, code and asides as Markdown', () => {
    expect(markdown).toContain('[glossary link](https://notes.example.org/wiki/infra/glossary/#mtu)');
    expect(markdown).toContain('[a section](https://notes.example.org/wiki/infra/stories/ipsec/#numbers)');
    expect(markdown).toMatch(/\| Quantity \| Value +\|/);
    expect(markdown).toContain('1500 \\| bytes');
    expect(markdown).toContain("```sh\ncurl -w '%{time_starttransfer}'\n  -o /dev/null https://x.test/\n```");
    expect(markdown).toContain('> **Dated claim**');
    expect(markdown).not.toContain('Section titled');
  });

  it('keeps only the linkable article headings as headings', () => {
    const headings = markdown.split('\n').filter((line) => /^#{1,6} /.test(line));
    expect(headings).toEqual(['# IPsec \\<headroom\\>', '## The numbers', '### Details `esp`']);
    expect(markdown).toContain('**Not an article heading**');
  });

  it('is clean Markdown: no HTML, no component tags', () => {
    expect(types(markdown).has('html')).toBe(false);
    expect(markdown).not.toMatch(/<\/?[a-z][\w-]*[\s>]/i);
  });

  it('gives null for a page without an article', () => {
    expect(pageMarkdown('<html><body><p>Redirecting</p></body></html>', 'https://x.test/')).toBeNull();
  });
});
