import { describe, expect, it } from 'vitest';
import { figureText } from '../format/index';
import { compareWithClosedForm } from './closed-form-gap';
import { closedFormGapText, closedFormRows, describeGap, MODEL_NOTE, redundancyShareContent } from './wording';

// 3 of 4 hosts, MTBF 2 days, MTTR 24 h, β = 0.3: n·MTTR/MTBF = 2, far outside the closed form's range.
const OUTSIDE = { n: 4, k: 3, mtbfDays: 2, mttrHours: 24, beta: 0.3 };
const STORY_DEFAULT = { n: 2, k: 1, mtbfDays: 20, mttrHours: 2, beta: 0.1 };

describe('the closed form beside the exact figures', () => {
  it('says nothing and adds no rows where the two agree', () => {
    const comparison = compareWithClosedForm(STORY_DEFAULT);
    expect(closedFormGapText(comparison)).toBeUndefined();
    expect(closedFormRows(comparison)).toEqual([]);
  });

  it('names the figures that differ and by how much, outside the closed form’s range', () => {
    const comparison = compareWithClosedForm(OUTSIDE);
    expect(comparison.agrees).toBe(false);
    const text = closedFormGapText(comparison)!;
    const percent = Math.abs(comparison.unavailability.relativeDifference!) * 100;
    expect(text).toContain(`downtime by ${figureText(percent, { digits: 2 })} %`);
    expect(text).toContain('n × MTTR ÷ MTBF is 2');
    expect(text).not.toMatch(/few per ?cent/);
  });

  it('gives the closed form’s figures as rows that name their outputs', () => {
    const comparison = compareWithClosedForm(OUTSIDE);
    const rows = closedFormRows(comparison);
    expect(rows.map((row) => row.output)).toEqual([
      'closed-form-group-availability',
      'closed-form-downtime-hours-per-year',
      'closed-form-group-outages-per-year',
    ]);
    expect(rows[2]?.value).toBe(figureText(comparison.closedForm.groupOutagesPerYear));
    const content = redundancyShareContent(OUTSIDE, comparison, 'v', { lastValid: false, story: false });
    expect(content.tables.map((table) => table.heading)).toContain('Closed form, where it differs');
    expect(content.notes?.[0]).toBe(closedFormGapText(comparison));
    expect(content.notes).toContain(MODEL_NOTE);
  });

  it('words a gap as a percentage, a factor, or no finite factor', () => {
    const gap = (exact: number, closedForm: number) => ({
      exact,
      closedForm,
      relativeDifference: exact === 0 ? null : (closedForm - exact) / exact,
      factor: exact > 0 && closedForm > 0 ? Math.max(exact / closedForm, closedForm / exact) : null,
      matters: true,
      agrees: false,
    });
    expect(describeGap(gap(100, 84))).toBe('by 16 %');
    expect(describeGap(gap(1, 7))).toBe('by a factor of 7');
    expect(describeGap(gap(0, 1))).toBe('where the exact figure is 0');
    expect(describeGap(gap(1, 0))).toBe('by more than any finite factor');
  });

  it('says the figures come from the exact chain, without "a few per cent"', () => {
    expect(MODEL_NOTE).toContain('exact Markov chain');
  });
});
