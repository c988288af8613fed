/** fast-check generators for share summaries: any text in labels and values, hostile markup included. */
import fc from 'fast-check';
import type { ShareItem, ShareSummary } from './summary';

// Characters every format treats as markup somewhere, mixed into ordinary text.
const MARKUP = [
  '<',
  '>',
  '&',
  '|',
  '*',
  '_',
  '`',
  '[',
  ']',
  '(',
  ')',
  '\\',
  '#',
  '~',
  '"',
  "'",
  '\n',
  '\r',
  '=',
  '-',
  '+',
  '@',
  ',',
  ' ',
];

/** Text that is often made of markup characters, sometimes of anything at all. */
export const hostileText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...MARKUP, 'a', 'b', '1', '.'), maxLength: 30 }),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<!channel>',
    '[x](javascript:alert(1))',
    '=HYPERLINK("http://x")',
    '| a | b |',
    '**bold**',
    '# Heading',
    '1. item',
    '&amp;',
    '\\|',
  ),
);

const webUrl = fc.webUrl({ withQueryParameters: true, withFragments: true });

export const itemArb: fc.Arbitrary<ShareItem> = fc.oneof(
  hostileText,
  fc.record({ text: hostileText, url: fc.oneof(webUrl, hostileText) }),
);

export const summaryArb: fc.Arbitrary<ShareSummary> = fc.record(
  {
    title: hostileText,
    tables: fc.array(
      fc.record({
        heading: hostileText,
        rows: fc.array(fc.record({ label: hostileText, value: hostileText }), { maxLength: 6 }),
      }),
      { maxLength: 3 },
    ),
    lists: fc.array(fc.record({ heading: hostileText, items: fc.array(itemArb, { maxLength: 4 }) }), { maxLength: 2 }),
    notes: fc.array(hostileText, { maxLength: 3 }),
    url: fc.oneof(webUrl, hostileText),
    lastValid: fc.boolean(),
  },
  { requiredKeys: ['title', 'tables', 'url'] },
);

/** A realistic summary with hostile labels, as a calculator would give it. */
export const EXAMPLE: ShareSummary = {
  title: 'IPsec tunnel headroom',
  tables: [
    {
      heading: 'Inputs',
      rows: [
        { label: 'Path MTU', value: '1500 bytes' },
        { label: 'A: <b>prod</b> | "eu"', value: '40:7,576:4' },
      ],
    },
    {
      heading: 'Results',
      rows: [
        { label: 'Bytes in flight (BDP)', value: '1168727 bytes', output: 'bdp-bytes' },
        { label: 'Utilisation', value: '104.9 % of the lower bound', output: 'utilisation' },
      ],
    },
  ],
  lists: [
    {
      heading: 'Sources',
      items: ['A plain item', { text: 'RFC 4303, IETF', url: 'https://www.rfc-editor.org/rfc/rfc4303' }],
    },
  ],
  notes: ['Capacity is a range from one datasheet figure.'],
  url: 'https://notes.example.org/tools/ipsec-headroom/?mtu=1500&mix=imix#ipsec-headroom',
};
