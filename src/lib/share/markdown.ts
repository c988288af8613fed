/**
 * GitHub- and GitLab-flavoured Markdown: a table per group of rows with a real header row,
 * titled lists, notes in italics and a [text](url) link. For issues, merge requests and wikis
 * that render GFM; Slack has its own format (slack.ts).
 */
import {
  encodeUrlDelimiters,
  isWebUrl,
  itemParts,
  LAST_VALID_NOTICE,
  linkText,
  NO_LINK_TEXT,
  oneLine,
  type ShareSummary,
} from './summary';

// Inline markup characters: emphasis, code, links, raw HTML, table cells, strikethrough, entities.
const INLINE_SPECIAL = /[\\`*_[\]<>|~&]/g;
// Block markup that only counts at the start of a list item: heading, list, ordered list.
const BLOCK_START = /^(\s*)([#+-]|\d+[.)])/;

/** Escape text so it shows literally: a label from a URL cannot become a link, HTML or a table cell. */
export function escapeMarkdown(text: string): string {
  return oneLine(text).replace(INLINE_SPECIAL, (ch) => `\\${ch}`);
}

/** The same for the start of a list item, where "# x" or "1. x" would also start a heading or a list. */
function escapeListText(text: string): string {
  return escapeMarkdown(text).replace(
    BLOCK_START,
    (_, space: string, mark: string) => `${space}${mark.replace(/([#+.)-])$/, '\\$1')}`,
  );
}

/** A link target with the characters that would end it percent-encoded. */
export function markdownUrl(url: string): string {
  return encodeUrlDelimiters(url);
}

function markdownLink(text: string, url: string): string {
  return `[${escapeMarkdown(text)}](${markdownUrl(url)})`;
}

const emphasis = (mark: '**' | '_', text: string) => {
  const escaped = escapeMarkdown(text).trim();
  return escaped === '' ? '' : `${mark}${escaped}${mark}`;
};

export function markdownSummary(summary: ShareSummary): string {
  const lines: string[] = [emphasis('**', summary.title)];
  if (summary.lastValid) lines.push('', emphasis('_', LAST_VALID_NOTICE));
  for (const table of summary.tables) {
    if (table.rows.length === 0) continue;
    lines.push('', `| ${escapeMarkdown(table.heading)} | Value |`, '| --- | --- |');
    for (const row of table.rows) lines.push(`| ${escapeMarkdown(row.label)} | ${escapeMarkdown(row.value)} |`);
  }
  for (const list of summary.lists ?? []) {
    if (list.items.length === 0) continue;
    lines.push('', emphasis('**', list.heading), '');
    for (const item of list.items) {
      const { text, url } = itemParts(item);
      lines.push(`- ${url ? markdownLink(text, url) : escapeListText(text)}`);
    }
  }
  for (const note of summary.notes ?? []) lines.push('', emphasis('_', note));
  lines.push('', isWebUrl(summary.url) ? markdownLink(linkText(summary), summary.url) : NO_LINK_TEXT);
  return lines.join('\n');
}
