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
    expect(view.verdict).toBe('B slower by 10 ms (95 % CI 6 to 14 ms)');
    expect(view.a.n).toBe(11);
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
