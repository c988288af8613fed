import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { csvField, csvRecords, csvSummary, neutraliseFormula } from './csv';
import { EXAMPLE, summaryArb } from './share-arbitraries';

// csv-parse reads RFC 4180 strictly: quotes only around whole fields, "" inside them.
const read = (csv: string): string[][] => parse(csv, { bom: true, relax_column_count: false, skip_empty_lines: false });

describe('csvSummary', { timeout: 60_000 }, () => {
  it('has a header, the title, every input and result, list items, notes and the link', () => {
    expect(read(csvSummary(EXAMPLE))).toEqual([
      ['Section', 'Label', 'Value'],
      ['Title', '', 'IPsec tunnel headroom'],
      ['Inputs', 'Path MTU', '1500 bytes'],
      ['Inputs', 'A: <b>prod</b> | "eu"', '40:7,576:4'],
      ['Results', 'Bytes in flight (BDP)', '1168727 bytes'],
      ['Results', 'Utilisation', '104.9 % of the lower bound'],
      ['Sources', 'A plain item', ''],
      ['Sources', 'RFC 4303, IETF', 'https://www.rfc-editor.org/rfc/rfc4303'],
      ['Note', '', 'Capacity is a range from one datasheet figure.'],
      ['Link', 'Open these inputs', EXAMPLE.url],
    ]);
  });

  it('starts with a byte order mark and ends records with CRLF', () => {
    const csv = csvSummary(EXAMPLE);
    expect(csv.startsWith('\uFEFFSection,Label,Value\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/(?<!")\n/);
  });

  it('says when the figures are for the last valid inputs', () => {
    const records = read(csvSummary({ ...EXAMPLE, lastValid: true }));
    expect(records[2]![0]).toBe('Status');
    expect(records.at(-1)![1]).toBe('Open the last valid inputs');
  });

  it('quotes fields with commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(neutraliseFormula('-12 ms')).toBe("'-12 ms");
    expect(neutraliseFormula('12 ms')).toBe('12 ms');
  });

  it('round-trips through an RFC 4180 parser: every record and field comes back', () => {
    fc.assert(
      fc.property(summaryArb, (summary) => {
        const expected = csvRecords(summary).map((record) => record.map(neutraliseFormula));
        expect(read(csvSummary(summary))).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
