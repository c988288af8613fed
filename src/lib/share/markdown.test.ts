import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeMarkdown, markdownUrl, resultMarkdown } from './markdown';

describe('resultMarkdown', () => {
  it('holds the title, every row and the link', () => {
    const md = resultMarkdown({
      title: 'IPsec headroom',
      rows: [['Utilisation', '87 %']],
      url: 'https://example.test/tools/ipsec-headroom/?mtu=1400',
    });
    expect(md).toContain('**IPsec headroom**');
    expect(md).toContain('| Utilisation | 87 % |');
    expect(md).toContain('(https://example.test/tools/ipsec-headroom/?mtu=1400)');
  });

  it('escapes labels so they cannot become links, HTML or table cells', () => {
    expect(escapeMarkdown('[x](javascript:alert(1)) <b>|')).toBe(
      '\\[x\\]\\(javascript:alert\\(1\\)\\) \\<b\\>\\|',
    );
    expect(escapeMarkdown('a\nb')).toBe('a b');
  });

  it('encodes characters that would end the link target', () => {
    expect(markdownUrl('https://x.test/?a=(1) 2')).toBe('https://x.test/?a=%281%29%202');
  });

  it('never lets a label open a raw HTML tag or link', () => {
    fc.assert(
      fc.property(fc.string(), (label) => {
        const escaped = escapeMarkdown(label);
        expect(escaped).not.toMatch(/(^|[^\\])[<[]/);
        expect(escaped).not.toMatch(/\n/);
      }),
    );
  });
});
