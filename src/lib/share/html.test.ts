import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { escapeHtml, htmlSummary } from './html';
import { EXAMPLE, summaryArb } from './share-arbitraries';
import { itemParts, oneLine } from './summary';

const parse = (html: string) => fromHtml(html, { fragment: true });
// toText collapses runs of white space as a browser would; compare against the same.
const cellText = (text: string) =>
  oneLine(text)
    .replace(/[ \t\n\f\r]+/g, ' ')
    .trim();
const textOf = (node: Parameters<typeof toText>[0]) => cellText(toText(node, { whitespace: 'normal' }));

describe('htmlSummary', { timeout: 60_000 }, () => {
  it('writes a real table per group with header cells, escaped labels and the link', () => {
    const tree = parse(htmlSummary(EXAMPLE));
    const tables = selectAll('table', tree);
    expect(tables).toHaveLength(2);
    expect(selectAll('thead th', tables[0]).map((th) => textOf(th))).toEqual(['Inputs', 'Value']);
    expect(selectAll('tbody tr', tables[0]).map((tr) => selectAll('th, td', tr).map((cell) => textOf(cell)))).toEqual([
      ['Path MTU', '1500 bytes'],
      ['A: <b>prod</b> | "eu"', '40:7,576:4'],
    ]);
    expect(selectAll('b', tree)).toEqual([]);
    const links = selectAll('a', tree).map((a) => [textOf(a), a.properties.href]);
    expect(links).toEqual([
      ['RFC 4303, IETF', 'https://www.rfc-editor.org/rfc/rfc4303'],
      ['Open these inputs', EXAMPLE.url],
    ]);
  });

  it('says when the figures are for the last valid inputs', () => {
    const tree = parse(htmlSummary({ ...EXAMPLE, lastValid: true }));
    expect(textOf(tree)).toContain('These figures are for the last valid inputs');
    expect(selectAll('a', tree).map((a) => textOf(a))).toContain('Open the last valid inputs');
  });

  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;',
    );
  });

  it('parses back to the same cell texts, with no element or link that the summary did not make', () => {
    fc.assert(
      fc.property(summaryArb, (summary) => {
        const tree = parse(htmlSummary(summary));
        const tables = selectAll('table', tree);
        const expected = summary.tables.filter((table) => table.rows.length > 0);
        expect(tables).toHaveLength(expected.length);
        tables.forEach((table, index) => {
          const source = expected[index]!;
          expect(selectAll('thead th', table).map((th) => textOf(th))).toEqual([cellText(source.heading), 'Value']);
          const rows = selectAll('tbody tr', table).map((tr) => selectAll('th, td', tr).map((cell) => textOf(cell)));
          expect(rows).toEqual(source.rows.map((row) => [cellText(row.label), cellText(row.value)]));
        });
        const linked = (summary.lists ?? []).flatMap((list) =>
          list.items.map(itemParts).filter((item) => item.url !== null),
        );
        const links = selectAll('a', tree);
        expect(links.length).toBe(linked.length + (/^https?:/.test(summary.url) && URL.canParse(summary.url) ? 1 : 0));
        for (const a of links) expect(String(a.properties.href)).toMatch(/^https?:\/\//);
        expect(selectAll(':not(p, strong, em, table, thead, tbody, tr, th, td, ul, li, a)', tree)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
