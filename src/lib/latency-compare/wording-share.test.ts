import { describe, expect, it } from 'vitest';
import { buildComparison } from './model.ts';
import { latencyShareContent, STORY_NOTE, SUMMARY_ONLY_NOTE } from './wording.ts';
import { PRESETS } from './presets.ts';

const fmt = (ms: number) => String(Math.round(ms * 100) / 100);
const rowsOf = (content: ReturnType<typeof latencyShareContent>, table: number) =>
  Object.fromEntries(content.tables[table]!.rows.map((row) => [row.label, row.value]));

describe('latencyShareContent', () => {
  it('lists both sides, the difference, the verdict, round trips and reader steps', () => {
    const state = { ...PRESETS.story, steps: [{ label: 'virtio', p50BeforeMs: 112, p50AfterMs: 90 }] };
    const view = buildComparison(null, state, { a: false, b: false }, fmt);
    const content = latencyShareContent(view, state, fmt, { lastValid: false, story: true });
    const inputs = rowsOf(content, 0);
    const results = rowsOf(content, 1);
    expect(inputs['A: AWS']).toBe('summary figures');
    expect(inputs['B summary']).toBe('mean 112 ms');
    expect(results['Verdict']).toBe(view.verdict);
    expect(results['B − A (mean)']).toBe('52 ms');
    expect(results['95 % CI, low']).toBe('none: summary only');
    expect(results['A p50']).toBe('not given');
    expect(results['Gap left for server and host']).toBe('52 ms');
    expect(content.lists![0]!.items).toEqual(['virtio: p50 112 → 90 ms (−22 ms)']);
    expect(content.notes).toEqual(expect.arrayContaining([SUMMARY_ONLY_NOTE, STORY_NOTE]));
  });

  it('prints percentiles with four significant digits and no separators, as the <output>s do', () => {
    const state = { ...PRESETS.story, aMs: null, bMs: null, aP50: 58.123, bP50: 1234.56 };
    const view = buildComparison(null, state, { a: false, b: false }, fmt);
    const results = rowsOf(latencyShareContent(view, state, fmt, { lastValid: true, story: false }), 1);
    expect(results['A p50']).toBe('58.12 ms');
    expect(results['B p50']).toBe('1235 ms');
    expect(results['B − A (median)']).toBe('1176 ms');
  });

  it('names the <output> behind every result', () => {
    const view = buildComparison(null, PRESETS.story, { a: false, b: false }, fmt);
    const content = latencyShareContent(view, PRESETS.story, fmt, { lastValid: false, story: false });
    for (const row of content.tables[1]!.rows) expect(row.output).toBeTruthy();
  });
});
