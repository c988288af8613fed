import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { figureText } from '../format/index';
import { computeRedundancy, type RedundancyInput } from './model';
import { compareWithClosedForm } from './closed-form-gap';
import {
  redundancyVerdict,
  redundancyShareContent,
  redundancyInputRows,
  redundancyResultRows,
  STORY_MTTR_NOTE,
} from './wording';
import { FIELD_RULES } from './fields';

const byLabel = (rows: Array<{ label: string; value: string }>) =>
  Object.fromEntries(rows.map((row) => [row.label, row.value]));

describe('redundancy share rows', () => {
  it('summarises the story preset with the figures as the page prints them', () => {
    const input: RedundancyInput = { n: 2, k: 1, mtbfDays: 20, mttrHours: 2, beta: 1 };
    const rows = byLabel(redundancyResultRows(computeRedundancy(input)));
    expect(rows['Group availability']).toBe('0.99585');
    // One rounding of the hours only: no "36.3 hours (36 hours)".
    expect(rows['Group downtime per year']).toBe('36.3 hours');
    expect(rows['Improvement over one host']).toBe('1 ×');
  });

  it('words a short downtime in minutes beside the hours, and prints big factors without separators', () => {
    const input: RedundancyInput = { n: 2, k: 1, mtbfDays: 20, mttrHours: 2, beta: 0.01 };
    const result = computeRedundancy(input);
    const rows = byLabel(redundancyResultRows(result));
    expect(rows['Group downtime per year']).toMatch(/^0\.\d+ hours \(about \d+ minutes\)$/);
    const independent = computeRedundancy({ ...input, beta: 0 });
    const factor = byLabel(redundancyResultRows(independent))['Improvement over one host']!;
    expect(factor).toBe(`${figureText((independent.improvement as { factor: number }).factor)} ×`);
    expect(factor).not.toContain(',');
  });

  it('words a negligible group outage instead of printing a factor', () => {
    const input: RedundancyInput = { n: 20, k: 1, mtbfDays: 36_500, mttrHours: 0.01, beta: 0 };
    expect(byLabel(redundancyResultRows(computeRedundancy(input)))['Improvement over one host']).toBe(
      'no outage expected in the model',
    );
  });

  it('shows the inputs as the fields do and notes the story’s assumed MTTR', () => {
    const input: RedundancyInput = { n: 2, k: 1, mtbfDays: 1000, mttrHours: 0.5, beta: 1 };
    expect(byLabel(redundancyInputRows(input))['Mean time between failures, each host (MTBF)']).toBe('1000 days');
    const content = redundancyShareContent(input, compareWithClosedForm(input), 'verdict', {
      lastValid: true,
      story: true,
    });
    expect(content.lastValid).toBe(true);
    expect(content.notes).toContain(STORY_MTTR_NOTE);
  });

  it('never shows NaN, Infinity or undefined over the whole input domain', () => {
    const inputArb = fc
      .record({
        n: fc.integer({ min: FIELD_RULES.n.min, max: FIELD_RULES.n.max }),
        k: fc.integer({ min: 1, max: FIELD_RULES.n.max }),
        mtbfDays: fc.double({ min: FIELD_RULES.mtbfDays.min, max: FIELD_RULES.mtbfDays.max, noNaN: true }),
        mttrHours: fc.double({ min: FIELD_RULES.mttrHours.min, max: FIELD_RULES.mttrHours.max, noNaN: true }),
        beta: fc.double({ min: 0, max: 1, noNaN: true }),
      })
      .map((input) => ({ ...input, k: Math.min(input.k, input.n) }));
    fc.assert(
      fc.property(inputArb, (input) => {
        const comparison = compareWithClosedForm(input);
        const content = redundancyShareContent(
          input,
          comparison,
          redundancyVerdict(input, comparison.exact, computeRedundancy({ ...input, beta: 0 })),
          { lastValid: false, story: false },
        );
        for (const row of content.tables.flatMap((table) => table.rows))
          expect(row.value).not.toMatch(/NaN|Infinity|undefined|null/);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
