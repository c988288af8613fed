import type { PageParams } from '../url-state/page-params';
import { splitPageParams } from '../url-state/page-params';

/** `?theme=dark|light` makes an embed match the page around it; without it, the reader's system setting. */
export const EMBED_THEMES = ['dark', 'light'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** The embed's own query parameters, which its calculator passes over. */
export const EMBED_PAGE_PARAMS: PageParams = { theme: EMBED_THEMES };

/** The theme an embed's address asks for, or null for the reader's system setting. */
export function embedTheme(search: string): EmbedTheme | null {
  const theme = new URLSearchParams(splitPageParams(search, EMBED_PAGE_PARAMS).pageSearch).get('theme');
  return theme === 'dark' || theme === 'light' ? theme : null;
}

/**
 * "Open full page": the calculator's tool page with the embed's current inputs (its own
 * parameters left out, since the tool page has no theme switch in its address) and the widget's anchor.
 */
export function fullPageHref(toolPath: string, embedSearch: string, anchor: string): string {
  const { calculatorSearch } = splitPageParams(embedSearch, EMBED_PAGE_PARAMS);
  return `${toolPath}${calculatorSearch}#${encodeURIComponent(anchor)}`;
}
