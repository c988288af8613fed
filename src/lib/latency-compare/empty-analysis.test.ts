import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { analyseLatency, type SideInput } from './analyse';
import { emptyAnalysis, isBlank } from './empty-analysis';

// 500 property runs of the whole analyser can pass 5 s on a busy two-core machine; this is a hang
// guard, not a speed check (speed is measured by the bench scripts).
vi.setConfig({ testTimeout: 60_000 });

const blankText = fc
  .array(fc.constantFrom(' ', '\t', '\n', '\r\n', '\u00a0'), { maxLength: 12 })
  .map((parts) => parts.join(''));
const side = (text: fc.Arbitrary<string>): fc.Arbitrary<SideInput> =>
  fc.record({
    text,
    unit: fc.constantFrom('auto' as const, 'ms' as const, 's' as const, 'us' as const),
    column: fc.option(fc.string({ maxLength: 10 }), { nil: null }),
  });

describe('emptyAnalysis', () => {
  it('matches what the full analyser returns for blank inputs, for every unit and column', () => {
    fc.assert(
      fc.property(side(blankText), side(blankText), (a, b) => {
        expect(emptyAnalysis(a, b)).toEqual(analyseLatency(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('calls text blank only when it has nothing but whitespace', () => {
    expect(isBlank({ text: ' \n\t', unit: 'auto', column: null })).toBe(true);
    expect(isBlank({ text: ' 12\n', unit: 'auto', column: null })).toBe(false);
  });
});
