import { describe, expect, it } from 'vitest';
import { analyseLatency } from './analyse.ts';
import { buildComparison } from './model.ts';
import { PRESETS } from './presets.ts';

const fmt = (ms: number) => String(Math.round(ms * 100) / 100);
const side = (text: string) => ({ text, unit: 'auto' as const, column: null });

describe('buildComparison', () => {
  it('gives the story’s summary-only comparison: +52 ms, 1.87×, no interval', () => {
    const view = buildComparison(null, PRESETS.story, { a: false, b: false }, fmt);
    expect(view).toMatchObject({
      mode: 'summary',
      statistic: 'mean',
      diffMs: 52,
      ciLowMs: null,
      ciHighMs: null,
      verdictKind: 'b-slower',
    });
    expect(view.ratio).toBeCloseTo(1.8667, 4);
    expect(view.verdict).toBe('B slower by 52 ms in mean (summary only: no uncertainty known)');
    expect(view.a.n).toBeNull();
    // Default RTTs of 1 ms each explain none of the gap.
    expect(view.roundTrips).toMatchObject({ explainedMs: 0, unexplainedMs: 52 });
  });

  it('uses the sample analysis when both sides have samples', () => {
    const a = Array.from({ length: 11 }, (_, i) => i + 1).join('\n');
    const b = Array.from({ length: 11 }, (_, i) => i + 11).join('\n');
    const view = buildComparison(analyseLatency(side(a), side(b)), PRESETS.story, { a: true, b: true }, fmt);
    expect(view.mode).toBe('samples');
    expect(view.diffMs).toBe(10);
    // The page's interval is the percentile bootstrap (issue 15). Resampled medians of 1…11 and
    // 11…21 are whole numbers, so the 2.5th and 97.5th percentiles of B* − A* are 6 and 14 (the
    // older order-statistic interval gave 5.6 to 14.4 here).
    expect(view.ciLowMs).toBe(6);
    expect(view.ciHighMs).toBe(14);
    // Bare numbers name no unit: the verdict says it rests on reading them as ms.
    expect(view.verdict).toBe(
      'B slower by 10 ms (95 % CI 6 to 14 ms); assumes both sides are in ms (no unit given), so the verdict depends on that choice',
    );
    expect(view.a.n).toBe(11);
    // 1…11 against 11…21: every B is at least every A, one tie; exact two-sided p of 11 a side.
    expect(view.probBSlower).toBe('100 %');
    expect(view.rankP).toMatch(/^p [<=] 0\.000\d/);
    expect(view.cautions).toEqual([]);
  });

  it('drops the unit caveat once a unit is chosen or given, and names the one side that has none', () => {
    const a = Array.from({ length: 11 }, (_, i) => `${i + 1} ms`).join('\n');
    const b = Array.from({ length: 11 }, (_, i) => i + 11).join('\n');
    const chosen = buildComparison(
      analyseLatency({ ...side(a), unit: 'ms' }, { ...side(b), unit: 'ms' }),
      PRESETS.story,
      { a: true, b: true },
      fmt,
    );
    expect(chosen.verdict).toBe('B slower by 10 ms (95 % CI 6 to 14 ms)');
    const oneSide = buildComparison(analyseLatency(side(a), side(b)), PRESETS.story, { a: true, b: true }, fmt);
    expect(oneSide.verdict).toMatch(/; assumes B is in ms \(no unit given\)/);
  });

  it('warns when a side looks like two populations', () => {
    const a = Array.from({ length: 80 }, (_, i) => (i < 40 ? 10 + (i % 10) * 0.3 : 100 + (i % 10) * 0.5)).join('\n');
    const b = Array.from({ length: 80 }, (_, i) => 50 + i * 0.125).join('\n');
    const view = buildComparison(analyseLatency(side(a), side(b)), PRESETS.story, { a: true, b: true }, fmt);
    expect(view.cautions.some((text) => text.startsWith('A looks like more than one population'))).toBe(true);
    expect(view.cautions.some((text) => text.startsWith('B looks like'))).toBe(false);
  });

  it('compares one side of samples with a summary, without an interval', () => {
    const analysis = analyseLatency(side('50\n60\n70'), side(''));
    const view = buildComparison(analysis, PRESETS.story, { a: true, b: false }, fmt);
    expect(view).toMatchObject({ mode: 'summary', statistic: 'mean', diffMs: 52, ciLowMs: null });
  });

  it('says why there is no comparison when a side is unreadable or empty', () => {
    const analysis = analyseLatency(side('garbage'), side(''));
    const view = buildComparison(analysis, { ...PRESETS.story, bMs: null }, { a: true, b: false }, fmt);
    expect(view.mode).toBe('incomplete');
    expect(view.verdict).toBe(
      "No difference shown: A's samples could not be read and B has no samples or summary figures.",
    );
    expect(view.roundTrips).toBeNull();
  });

  it('says a median cannot be compared with a mean', () => {
    const view = buildComparison(null, { ...PRESETS.story, aMs: null, aP50: 58 }, { a: false, b: false }, fmt);
    expect(view.verdict).toMatch(/^No difference shown: one side gives only a median/);
  });
});
