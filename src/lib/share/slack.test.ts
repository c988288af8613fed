import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeSlack, slackSummary } from './slack';
import { EXAMPLE, hostileText, summaryArb } from './share-arbitraries';
import { oneLine } from './summary';

const LINK = /<https?:\/\/[^\s|<>]+\|[^<>]*>/g;
const ENTITY = /&(amp|lt|gt);/g;
const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('slackSummary', { timeout: 60_000 }, () => {
  it('writes bold titles, label–value lines and a <url|text> link, with no table', () => {
    expect(slackSummary(EXAMPLE)).toBe(
      [
        '*IPsec tunnel headroom*',
        '',
        '*Inputs*',
        'Path MTU: 1500 bytes',
        'A: &lt;b&gt;prod&lt;/b&gt; | "eu": 40:7,576:4',
        '',
        '*Results*',
        'Bytes in flight (BDP): 1168727 bytes',
        'Utilisation: 104.9 % of the lower bound',
        '',
        '*Sources*',
        '• A plain item',
        '• <https://www.rfc-editor.org/rfc/rfc4303|RFC 4303, IETF>',
        '',
        '_Capacity is a range from one datasheet figure._',
        '',
        '<https://notes.example.org/tools/ipsec-headroom/?mtu=1500&mix=imix#ipsec-headroom|Open these inputs>',
      ].join('\n'),
    );
  });

  it('says when the figures are for the last valid inputs, in the notice and the link', () => {
    const text = slackSummary({ ...EXAMPLE, lastValid: true });
    expect(text.split('\n')[1]).toMatch(/^_These figures are for the last valid inputs/);
    expect(text).toMatch(/\|Open the last valid inputs>$/);
    expect(text).not.toContain('these inputs>');
  });

  it('escapes only &, < and >: a label cannot mention the channel or make a link', () => {
    expect(escapeSlack('<!channel> & <https://evil.test|click>')).toBe(
      '&lt;!channel&gt; &amp; &lt;https://evil.test|click&gt;',
    );
    expect(escapeSlack('a\\b (c) *d* _e_')).toBe('a\\b (c) *d* _e_');
    expect(escapeSlack('two\nlines')).toBe('two lines');
  });

  it('never lets a label or value put an unescaped <, > or & into the message', () => {
    fc.assert(
      fc.property(summaryArb, (summary) => {
        const text = slackSummary(summary);
        const rest = text.replace(LINK, '').replace(ENTITY, '');
        expect(rest).not.toMatch(/[<>&]/);
        for (const link of text.match(LINK) ?? []) expect(link).toMatch(/^<https?:\/\/[^\s|<>]+\|/);
      }),
    );
  });

  it('keeps every row on a line of its own that reads back to the label and value', () => {
    fc.assert(
      fc.property(summaryArb, (summary) => {
        const lines = slackSummary(summary).split('\n');
        for (const table of summary.tables) {
          for (const row of table.rows) {
            expect(lines).toContain(`${escapeSlack(row.label)}: ${escapeSlack(row.value)}`);
            expect(unescape(escapeSlack(row.label))).toBe(oneLine(row.label));
          }
        }
      }),
    );
  });

  it('adds no table, no double asterisks and no backslash that the text did not have', () => {
    const plain = hostileText.filter((text) => !/[|*\\]/.test(text));
    fc.assert(
      fc.property(plain, plain, plain, (title, label, value) => {
        const text = slackSummary({
          title,
          tables: [{ heading: 'Results', rows: [{ label, value }] }],
          url: 'https://x.test/?a=(1)|b',
        });
        expect(text).not.toMatch(/^\|/m);
        expect(text).not.toContain('**');
        expect(text).not.toContain('\\');
      }),
    );
  });

  it('writes no link for an address that is not http(s)', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>', 'nonsense']) {
      const text = slackSummary({ ...EXAMPLE, url });
      expect(text).not.toContain('javascript:');
      expect(text).not.toContain('data:');
      expect(text).toMatch(/No link: the page address was not a web address\.$/);
    }
  });
});
