/**
 * Review dates ("freshness") of the site's pages. Stories and reviews state facts that age, so
 * each must say when someone last checked it, who owns it and when it is due again. The schema
 * (src/content.config.ts) declares the fields for every page; which pages must carry them is
 * decided here by path, because a Zod schema never sees the entry's id.
 */

/** Pages under these folders (content ids) must carry all three fields. */
export const SECTIONS_NEEDING_REVIEW = ['stories/', 'reviews/'] as const;

export interface FreshnessFields {
  reviewed?: Date | undefined;
  reviewBy?: Date | undefined;
  owner?: string | undefined;
}

export function needsReview(id: string): boolean {
  return SECTIONS_NEEDING_REVIEW.some((section) => id.startsWith(section));
}

/** What is wrong with one page's review fields, as sentences; empty when nothing is. */
export function freshnessProblems(id: string, data: FreshnessFields): string[] {
  const problems: string[] = [];
  if (needsReview(id)) {
    if (!data.reviewed)
      problems.push('`reviewed` is missing: the date someone last checked this page against its sources.');
    if (!data.reviewBy) problems.push('`reviewBy` is missing: the date by which it must be checked again.');
    if (!data.owner?.trim()) problems.push('`owner` is missing: who answers for keeping it current.');
  }
  if (data.reviewed && data.reviewBy && data.reviewBy.getTime() <= data.reviewed.getTime()) {
    problems.push('`reviewBy` must come after `reviewed`.');
  }
  return problems;
}

/** Whole days from the review deadline to `now`: positive when overdue, 0 on the day, negative before. */
export function daysPastReview(reviewBy: Date, now: Date): number {
  const day = 24 * 60 * 60 * 1000;
  return Math.floor((utcMidnight(now) - utcMidnight(reviewBy)) / day);
}

export function isOverdue(data: FreshnessFields, now: Date): boolean {
  return data.reviewBy !== undefined && daysPastReview(data.reviewBy, now) > 0;
}

/** A date as the pages print it, in UTC so the build machine's zone does not shift it: "2 December 2026". */
export function formatReviewDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** The machine-readable form for <time datetime>. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function utcMidnight(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}
