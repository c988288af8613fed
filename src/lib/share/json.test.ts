import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonSummary, summaryJson } from './json';
import { EXAMPLE, summaryArb } from './share-arbitraries';

/** What the download holds, as summaryJson builds it. */
const parsed = (text: string) => JSON.parse(text) as ReturnType<typeof summaryJson>;

describe('jsonSummary', { timeout: 60_000 }, () => {
  it('holds the title, link, each group of rows with its outputs, lists and notes', () => {
    const data = parsed(jsonSummary(EXAMPLE));
    expect(data).toMatchObject({
      format: 'infra-field-notes/summary',
      version: 1,
      title: 'IPsec tunnel headroom',
      url: EXAMPLE.url,
      lastValidInputs: false,
      notice: null,
      notes: ['Capacity is a range from one datasheet figure.'],
    });
    expect(data.tables[1]?.rows[0]).toEqual({
      label: 'Bytes in flight (BDP)',
      value: '1168727 bytes',
      output: 'bdp-bytes',
    });
    expect(data.lists[0]?.items).toEqual([
      { text: 'A plain item' },
      { text: 'RFC 4303, IETF', url: 'https://www.rfc-editor.org/rfc/rfc4303' },
    ]);
  });

  it('flags the last valid inputs and drops a link that is not a web address', () => {
    const data = parsed(jsonSummary({ ...EXAMPLE, lastValid: true, url: 'javascript:alert(1)' }));
    expect(data.lastValidInputs).toBe(true);
    expect(data.notice).toMatch(/last valid inputs/);
    expect(data.url).toBeNull();
  });

  it('round-trips: parsing gives back every label and value unchanged', () => {
    fc.assert(
      fc.property(summaryArb, (summary) => {
        const data = parsed(jsonSummary(summary));
        expect(data).toEqual(summaryJson(summary));
        expect(data.title).toBe(summary.title);
        expect(data.tables.map((t) => t.rows)).toEqual(
          summary.tables.map((t) => t.rows.map((r) => ({ label: r.label, value: r.value }))),
        );
      }),
      { numRuns: 200 },
    );
  });
});
