import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes } from 'mdast';
import { escapeMarkdown, markdownSummary, markdownUrl } from './markdown';
import { EXAMPLE, summaryArb } from './share-arbitraries';
import { oneLine } from './summary';

const parse = (markdown: string) =>
  fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

/** Text of a node as a reader sees it (links and emphasis reduced to their words). */
function text(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(text).join('');
  return '';
}

function all<T extends Nodes['type']>(node: Nodes, type: T): Array<Extract<Nodes, { type: T }>> {
  const found: Array<Extract<Nodes, { type: T }>> = [];
  const walk = (n: Nodes) => {
    if (n.type === type) found.push(n as Extract<Nodes, { type: T }>);
    if ('children' in n) for (const child of n.children as Nodes[]) walk(child);
  };
  walk(node);
  return found;
}

// GFM trims spaces and tabs around a cell's text.
const cellText = (value: string) => oneLine(value).replace(/^[ \t]+|[ \t]+$/g, '');

describe('markdownSummary', { timeout: 60_000 }, () => {
  it('writes a table per group with a real header row, lists, notes and the link', () => {
    expect(markdownSummary(EXAMPLE)).toBe(
      [
        '**IPsec tunnel headroom**',
        '',
        '| Inputs | Value |',
        '| --- | --- |',
        '| Path MTU | 1500 bytes |',
        '| A: \\<b\\>prod\\</b\\> \\| "eu" | 40:7,576:4 |',
        '',
        '| Results | Value |',
        '| --- | --- |',
        '| Bytes in flight (BDP) | 1168727 bytes |',
        '| Utilisation | 104.9 % of the lower bound |',
        '',
        '**Sources**',
        '',
        '- A plain item',
        '- [RFC 4303, IETF](https://www.rfc-editor.org/rfc/rfc4303)',
        '',
        '_Capacity is a range from one datasheet figure._',
        '',
        '[Open these inputs](https://notes.example.org/tools/ipsec-headroom/?mtu=1500&mix=imix#ipsec-headroom)',
      ].join('\n'),
    );
  });

  it('says when the figures are for the last valid inputs', () => {
    const markdown = markdownSummary({ ...EXAMPLE, lastValid: true });
    expect(markdown).toContain('_These figures are for the last valid inputs');
    expect(markdown).toContain('[Open the last valid inputs](');
  });

  it('escapes labels so they cannot become links, HTML or table cells', () => {
    expect(escapeMarkdown('[x](javascript:alert(1)) <b>|')).toBe('\\[x\\](javascript:alert(1)) \\<b\\>\\|');
    expect(escapeMarkdown('a\nb')).toBe('a b');
  });

  it('encodes characters that would end the link target', () => {
    expect(markdownUrl('https://x.test/?a=(1) 2')).toBe('https://x.test/?a=%281%29%202');
  });

  it('parses back to tables of two cells a row holding the exact labels and values', () => {
    fc.assert(
      fc.property(summaryArb, (summary) => {
        const tree = parse(markdownSummary(summary));
        const tables = all(tree, 'table');
        const expected = summary.tables.filter((table) => table.rows.length > 0);
        expect(tables).toHaveLength(expected.length);
        tables.forEach((table, index) => {
          const source = expected[index]!;
          expect(table.children).toHaveLength(source.rows.length + 1);
          for (const row of table.children) expect(row.children).toHaveLength(2);
          expect(table.children[0]!.children.map(text)).toEqual([cellText(source.heading), 'Value']);
          source.rows.forEach((row, r) => {
            expect(table.children[r + 1]!.children.map(text)).toEqual([cellText(row.label), cellText(row.value)]);
          });
        });
      }),
      { numRuns: 200 },
    );
  });

  it('never lets a label, value or list item add a link, an image or raw HTML', () => {
    fc.assert(
      fc.property(summaryArb, (summary) => {
        const tree = parse(markdownSummary(summary));
        expect(all(tree, 'html')).toEqual([]);
        expect(all(tree, 'image')).toEqual([]);
        expect(all(tree, 'heading')).toEqual([]);
        for (const link of all(tree, 'link')) {
          // Links are ours (the page and http(s) sources) or GFM's autolinks of visible text.
          expect(link.url).toMatch(/^(https?:\/\/|mailto:)/);
        }
      }),
      { numRuns: 200 },
    );
  });
});
