import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { resultMarkdown } from '../share/markdown';
import { ipsecHeadroom } from './index';
import { inputsArb } from './ipsec-arbitraries';
import { describeMonths, headroomSummaryRows, monthsValue } from './wording';
import { PRESETS } from './presets';

describe('describeMonths / monthsValue', () => {
  it('words every kind of answer and never prints Infinity', () => {
    expect(describeMonths({ kind: 'in', months: 7.458 })).toBe('7.5 months');
    expect(describeMonths({ kind: 'already' })).toBe('already reached');
    expect(describeMonths({ kind: 'never' })).toMatch(/^never/);
    expect(describeMonths({ kind: 'beyond', months: 1200 })).toBe('more than 100 years');
    expect(monthsValue({ kind: 'already' })).toBe(0);
    expect(monthsValue({ kind: 'in', months: 3 })).toBe(3);
  });
});

describe('headroomSummaryRows', () => {
  it('summarises the story preset with its numbers', () => {
    const rows = Object.fromEntries(headroomSummaryRows(PRESETS.story, ipsecHeadroom(PRESETS.story)));
    expect(rows['Device rating']).toBe('350 Mbps at 1400-byte packets');
    expect(rows['Packet on the wire']).toBe('1400 → 1464 bytes (+64, of which 6 padding)');
    expect(rows['Utilisation']).toBe('105 % of the lower bound');
    expect(rows['Time to 80 %']).toBe('already reached');
    expect(rows['Clamp TCP MSS to']).toBe('1398 bytes');
  });

  it('leaves out per-packet bytes for a mix', () => {
    const rows = headroomSummaryRows(PRESETS.default, ipsecHeadroom(PRESETS.default));
    expect(rows.map(([label]) => label)).not.toContain('Packet on the wire');
    expect(Object.fromEntries(rows)['Traffic mix']).toContain('IMIX');
  });

  it('never shows NaN, Infinity or undefined, and the Markdown keeps the link', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const rows = headroomSummaryRows(inputs, ipsecHeadroom(inputs));
        for (const [, value] of rows) expect(value).not.toMatch(/NaN|Infinity|undefined|null/);
        const md = resultMarkdown({ title: 'IPsec headroom', rows, url: 'https://example.test/tools/ipsec-headroom/?mtu=1500' });
        expect(md).toContain('(https://example.test/tools/ipsec-headroom/?mtu=1500)');
      }),
      { numRuns: 300 },
    );
  });
});
