import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { joinSearch, splitPageParams } from './page-params';

const PAGE = { theme: ['dark', 'light'] } as const;

describe('splitPageParams', () => {
  it("separates the page's parameters from the calculator's", () => {
    expect(splitPageParams('?n=3&theme=light&k=2', PAGE)).toEqual({
      calculatorSearch: '?n=3&k=2',
      pageSearch: '?theme=light',
      rejected: [],
    });
    expect(splitPageParams('', PAGE)).toEqual({ calculatorSearch: '', pageSearch: '', rejected: [] });
  });

  it('passes everything to the calculator when the page has no parameters of its own', () => {
    expect(splitPageParams('?theme=light&n=3')).toEqual({
      calculatorSearch: '?theme=light&n=3',
      pageSearch: '',
      rejected: [],
    });
  });

  it('reports a page parameter with a value it does not accept, and a repeat, without echoing the value', () => {
    const split = splitPageParams('?theme=%3Cimg%20src%3Dx%3E&theme=dark&theme=light', PAGE);
    expect(split.pageSearch).toBe('?theme=dark');
    expect(split.rejected).toEqual([
      { key: 'theme', reason: 'Expected one of: dark, light.' },
      { key: 'theme', reason: 'Given more than once; the first value was used.' },
    ]);
  });

  it('does not treat inherited object keys as page parameters', () => {
    expect(splitPageParams('?constructor=1&__proto__=2', PAGE).calculatorSearch).toBe('?constructor=1&__proto__=2');
  });

  it('loses no parameter: every pair lands on one side or in the rejects', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('theme', 'n', 'k', 'x'), fc.string({ maxLength: 8 })), { maxLength: 8 }),
        (pairs) => {
          const search = `?${new URLSearchParams(pairs).toString()}`;
          const split = splitPageParams(search, PAGE);
          const count = (s: string) => [...new URLSearchParams(s)].length;
          expect(count(split.calculatorSearch) + count(split.pageSearch) + split.rejected.length).toBe(pairs.length);
        },
      ),
    );
  });
});

describe('joinSearch', () => {
  it('joins two queries, either of which may be empty', () => {
    expect(joinSearch('?n=3', '?theme=dark')).toBe('?n=3&theme=dark');
    expect(joinSearch('', '?theme=dark')).toBe('?theme=dark');
    expect(joinSearch('?n=3', '')).toBe('?n=3');
    expect(joinSearch('', '')).toBe('');
  });
});
