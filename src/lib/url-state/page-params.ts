import type { RejectedParam } from './index';

/**
 * Query parameters that belong to the page around a calculator rather than to the calculator
 * (the embed's `theme`), each with the values it accepts. A calculator passes over them instead
 * of reporting them as unknown, and keeps them in the address when it rewrites it.
 */
export type PageParams = Readonly<Record<string, readonly string[]>>;

export interface SplitQuery {
  /** The query without the page's parameters: what the calculator decodes ('' or "?…"). */
  calculatorSearch: string;
  /** The page's parameters with an accepted value, first value of each ('' or "?…"). */
  pageSearch: string;
  /** Page parameters whose value is not one the page accepts, for the calculator's URL notice. */
  rejected: RejectedParam[];
}

/** Split a query string into the calculator's parameters and the page's own. */
export function splitPageParams(search: string, pageParams: PageParams = {}): SplitQuery {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { calculatorSearch: search, pageSearch: '', rejected: [] };
  }
  const calculator = new URLSearchParams();
  const page = new URLSearchParams();
  const rejected: RejectedParam[] = [];
  for (const [key, value] of params) {
    const accepted = Object.hasOwn(pageParams, key) ? pageParams[key] : undefined;
    if (accepted === undefined) {
      calculator.append(key, value);
    } else if (page.has(key)) {
      rejected.push({ key, reason: 'Given more than once; the first value was used.' });
    } else if (accepted.includes(value)) {
      page.set(key, value);
    } else {
      rejected.push({ key, reason: `Expected one of: ${accepted.join(', ')}.` });
    }
  }
  return { calculatorSearch: asSearch(calculator), pageSearch: asSearch(page), rejected };
}

/** Two queries ("?a=1", "?b=2", either may be '') as one. */
export function joinSearch(first: string, second: string): string {
  const parts = [first, second].map((part) => part.replace(/^\?/, '')).filter((part) => part !== '');
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

function asSearch(params: URLSearchParams): string {
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
