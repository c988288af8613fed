/**
 * Slack mrkdwn: *bold*, _italic_, <url|text> links, and no tables (Slack shows pipes as typed).
 * Rows become "Label: value" lines. Slack reads only &, < and > as markup (a < starts a link or
 * a mention such as <!channel>), so those are the only characters escaped; a backslash would
 * show as typed.
 * https://docs.slack.dev/messaging/formatting-message-text/
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

/** Escape the three characters Slack treats as control characters, and keep text on one line. */
export function escapeSlack(text: string): string {
  return oneLine(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** <url|text>: the address must hold no |, > or space (Slack splits at the first |), the text no >. */
export function slackLink(url: string, text: string): string {
  return `<${encodeUrlDelimiters(url)}|${escapeSlack(text)}>`;
}

// Bold and italic need a non-space character at both ends, or Slack shows the asterisks.
const wrap = (mark: '*' | '_', text: string) => {
  const escaped = escapeSlack(text).trim();
  return escaped === '' ? '' : `${mark}${escaped}${mark}`;
};

export function slackSummary(summary: ShareSummary): string {
  const lines: string[] = [wrap('*', summary.title)];
  if (summary.lastValid) lines.push(wrap('_', LAST_VALID_NOTICE));
  for (const table of summary.tables) {
    if (table.rows.length === 0) continue;
    lines.push('', wrap('*', table.heading));
    for (const row of table.rows) lines.push(`${escapeSlack(row.label)}: ${escapeSlack(row.value)}`);
  }
  for (const list of summary.lists ?? []) {
    if (list.items.length === 0) continue;
    lines.push('', wrap('*', list.heading));
    for (const item of list.items) {
      const { text, url } = itemParts(item);
      lines.push(`• ${url ? slackLink(url, text) : escapeSlack(text)}`);
    }
  }
  if (summary.notes?.length) lines.push('');
  for (const note of summary.notes ?? []) lines.push(wrap('_', note));
  lines.push('', isWebUrl(summary.url) ? slackLink(summary.url, linkText(summary)) : NO_LINK_TEXT);
  return lines.join('\n');
}
