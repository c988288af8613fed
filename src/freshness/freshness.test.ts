import { describe, expect, it } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { daysPastReview, formatReviewDate, freshnessProblems, isOverdue, needsReview } from './rules.ts';
import { withFreshnessRule } from './loader.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const complete = { reviewed: day('2026-12-02'), reviewBy: day('2027-06-02'), owner: 'Infra Field Notes editors' };

describe('which pages need review fields', () => {
  it('requires them on stories and reviews only', () => {
    expect(needsReview('stories/kvm-latency')).toBe(true);
    expect(needsReview('reviews/rootconf-2014')).toBe(true);
    expect(needsReview('glossary')).toBe(false);
    expect(needsReview('tools/redundancy')).toBe(false);
  });

  it('names each missing field on a story', () => {
    const problems = freshnessProblems('stories/kvm-latency', {});
    expect(problems).toHaveLength(3);
    expect(problems.join(' ')).toMatch(/`reviewed`.*`reviewBy`.*`owner`/);
    expect(freshnessProblems('stories/kvm-latency', { ...complete, owner: '  ' })).toEqual([
      expect.stringContaining('`owner`'),
    ]);
  });

  it('accepts a complete story and a page outside the sections without fields', () => {
    expect(freshnessProblems('reviews/rootconf-2014', complete)).toEqual([]);
    expect(freshnessProblems('glossary', {})).toEqual([]);
  });

  it('refuses a deadline that is not after the review, on any page', () => {
    expect(freshnessProblems('glossary', { reviewed: day('2026-12-02'), reviewBy: day('2026-12-02') })).toEqual([
      '`reviewBy` must come after `reviewed`.',
    ]);
  });
});

describe('review deadlines', () => {
  it('counts whole UTC days past the deadline', () => {
    expect(daysPastReview(day('2027-06-02'), new Date('2027-06-02T23:59:00Z'))).toBe(0);
    expect(daysPastReview(day('2027-06-02'), new Date('2027-06-03T00:01:00Z'))).toBe(1);
    expect(daysPastReview(day('2027-06-02'), day('2027-05-01'))).toBe(-32);
  });

  it('calls a page overdue only after its deadline day', () => {
    expect(isOverdue(complete, day('2027-06-02'))).toBe(false);
    expect(isOverdue(complete, day('2027-06-03'))).toBe(true);
    expect(isOverdue({}, day('2099-01-01'))).toBe(false);
  });

  it('prints dates in UTC', () => {
    expect(formatReviewDate(day('2026-12-02'))).toBe('2 December 2026');
  });
});

describe('the loader wrapper used by src/content.config.ts', () => {
  /** A stand-in for Astro's glob loader: parses each entry through the context, as glob() does. */
  const fakeGlob = (entries: Array<{ id: string; data: Record<string, unknown> }>): Loader => ({
    name: 'fake-glob',
    load: async (context) => {
      for (const entry of entries)
        await context.parseData({ id: entry.id, data: entry.data, filePath: `src/content/docs/${entry.id}.mdx` });
    },
  });
  const context = {
    parseData: ({ data }: { data: Record<string, unknown> }) => Promise.resolve(data),
  } as unknown as LoaderContext;

  it('stops the load with the file and the missing fields when a story has no `reviewed`', async () => {
    const loader = withFreshnessRule(
      fakeGlob([{ id: 'stories/new-story', data: { title: 'x', reviewBy: day('2027-01-01'), owner: 'me' } }]),
    );
    await expect(loader.load(context)).rejects.toThrow(
      /src\/content\/docs\/stories\/new-story\.mdx: .*\n.*`reviewed` is missing/,
    );
  });

  it('lets complete stories and other pages through unchanged', async () => {
    const seen: unknown[] = [];
    const passthrough = {
      parseData: ({ data }: { data: unknown }) => (seen.push(data), Promise.resolve(data)),
    } as unknown as LoaderContext;
    const loader = withFreshnessRule(
      fakeGlob([
        { id: 'stories/a', data: { ...complete } },
        { id: 'glossary', data: { title: 'Glossary' } },
      ]),
    );
    await expect(loader.load(passthrough)).resolves.toBeUndefined();
    expect(seen).toHaveLength(2);
    expect(loader.name).toBe('fake-glob');
  });
});
