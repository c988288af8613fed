import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { figureText } from '../format/index';
import { markdownSummary } from '../share/markdown';
import { ipsecHeadroom } from './index';
import { inputsArb } from './ipsec-arbitraries';
import { FIGURE_FORMATS, monthsValue } from './wording';
import { headroomInputRows, headroomResultRows, headroomShareContent } from './share-content';
import { PRESETS } from './presets';

const byLabel = (rows: Array<{ label: string; value: string }>) =>
  Object.fromEntries(rows.map((row) => [row.label, row.value]));

describe('monthsValue', () => {
  it('gives 0 when already reached and no number when never', () => {
    expect(monthsValue({ kind: 'already' })).toBe(0);
    expect(monthsValue({ kind: 'in', months: 3 })).toBe(3);
    expect(monthsValue({ kind: 'never' })).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('headroom share rows', () => {
  it('summarises the story preset with the figures as the page prints them', () => {
    const result = ipsecHeadroom(PRESETS.story);
    const inputs = byLabel(headroomInputRows(PRESETS.story));
    const results = byLabel(headroomResultRows(PRESETS.story, result));
    expect(inputs['IPsec rating (datasheet)']).toBe('350 Mbps at 1400-byte packets');
    expect(results['Outer packet for 1400 bytes in']).toBe('1464 bytes');
    expect(results['Of which padding']).toBe('6 bytes');
    expect(results['Utilisation (of the lower bound)']).toBe(
      `${figureText(result.load.percent, FIGURE_FORMATS.utilisation)} %`,
    );
    expect(results['Months until 80 %']).toBe('0 months (already reached)');
    expect(results['TCP MSS to clamp to (IPv4 inside)']).toBe('1398 bytes');
  });

  it('prints large figures without thousands separators, as the <output> does', () => {
    const result = ipsecHeadroom({ ...PRESETS.default, rttMs: 80, ratingMbps: 2000 });
    const bdp = headroomResultRows(PRESETS.default, result).find((row) => row.output === 'bdp-bytes')!;
    expect(result.flow.bdpBytes).toBeGreaterThan(1000);
    expect(bdp.value).toBe(`${figureText(result.flow.bdpBytes)} bytes`);
    expect(bdp.value).not.toContain(',');
  });

  it('leaves out per-packet bytes for a mix', () => {
    const rows = headroomResultRows(PRESETS.default, ipsecHeadroom(PRESETS.default));
    expect(rows.map((row) => row.output)).not.toContain('outer-bytes');
    expect(byLabel(headroomInputRows(PRESETS.default))['Traffic mix']).toContain('IMIX');
  });

  it('never shows NaN, Infinity or undefined, and names an output for every result', () => {
    fc.assert(
      fc.property(inputsArb, fc.boolean(), (inputs, lastValid) => {
        const content = headroomShareContent(inputs, ipsecHeadroom(inputs), lastValid);
        for (const row of content.tables.flatMap((table) => table.rows))
          expect(row.value).not.toMatch(/NaN|Infinity|undefined|null/);
        for (const row of content.tables[1]!.rows) expect(row.output).toBeTruthy();
        const md = markdownSummary({ ...content, url: 'https://example.test/tools/ipsec-headroom/?mtu=1500' });
        expect(md).toContain(
          lastValid
            ? '(https://example.test/tools/ipsec-headroom/?mtu=1500)'
            : '[Open these inputs](https://example.test/tools/ipsec-headroom/?mtu=1500)',
        );
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
