/**
 * The one structured summary every copy and download is built from (Slack, Markdown, rich text,
 * plain text, CSV, JSON). A calculator describes what its page shows once; the formats only lay
 * it out, so no format can show a figure the page does not.
 */

/** One label–value line, such as an input or a result. */
export interface ShareRow {
  label: string;
  /** The text as the page shows it, unit included ("1168727 bytes"). */
  value: string;
  /** The `name` of the <output> whose text `value` repeats, so tests can compare the two. */
  output?: string;
}

/** A titled group of rows: the inputs, the results. Tables in Markdown and HTML, lines in Slack. */
export interface ShareTable {
  /** "Inputs", "Results": the table's first header cell and the group's title. */
  heading: string;
  rows: readonly ShareRow[];
}

/** A list item, optionally a link (only http and https addresses become links). */
export type ShareItem = string | { text: string; url: string };

/** A titled list, such as the reasons for a recommendation or its sources. */
export interface ShareList {
  heading: string;
  items: readonly ShareItem[];
}

export interface ShareSummary {
  title: string;
  tables: readonly ShareTable[];
  lists?: readonly ShareList[];
  /** Caveats and assumptions the page states beside its results. */
  notes?: readonly string[];
  /** The page address with these inputs. Anything but http(s) is left out, saying so. */
  url: string;
  /**
   * True while a field holds invalid text: the page then shows the figures of the last valid
   * inputs, and so does every copy, saying so instead of "these inputs".
   */
  lastValid?: boolean;
}

/** What the calculators give the share bar; it adds the link itself. */
export type ShareContent = Omit<ShareSummary, 'url'>;

export const LAST_VALID_NOTICE =
  'These figures are for the last valid inputs: a field on the page holds invalid text, and the link opens the last valid inputs.';

/** Text of the link back to the page. */
export function linkText(summary: Pick<ShareSummary, 'lastValid'>): string {
  return summary.lastValid ? 'Open the last valid inputs' : 'Open these inputs';
}

export const NO_LINK_TEXT = 'No link: the page address was not a web address.';

/** Only http(s) addresses become links: a javascript: or data: address must never be clickable. */
export function isWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * Text on one line: a line break inside a label (from a URL parameter) must not start a new
 * line of the copy, where it could pose as a row or a heading of its own. Other control
 * characters (NUL, escape…) show nothing on the page and become spaces too.
 */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
}

/** The item's text and, when it is a web address, its link target. */
export function itemParts(item: ShareItem): { text: string; url: string | null } {
  if (typeof item === 'string') return { text: item, url: null };
  return { text: item.text, url: isWebUrl(item.url) ? item.url : null };
}

/** An address with the characters that could end it in a Markdown, Slack or HTML link percent-encoded. */
export function encodeUrlDelimiters(url: string): string {
  return url.replace(/[\s()<>|"'`\\[\]{}^]/g, (ch) =>
    encodeURIComponent(ch) === ch
      ? `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
      : encodeURIComponent(ch),
  );
}
