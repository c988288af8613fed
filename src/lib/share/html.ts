/**
 * Rich text for the clipboard's text/html: real tables, so a paste into Confluence, Google Docs,
 * Notion, Teams or Outlook arrives as a table. Every piece of text is escaped; only http(s)
 * addresses become links. The borders and padding are attributes and inline styles because a
 * paste keeps those and no style sheet. This HTML goes on the clipboard only, never into the page.
 */
import { isWebUrl, itemParts, LAST_VALID_NOTICE, linkText, NO_LINK_TEXT, oneLine, type ShareSummary } from './summary';

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for HTML content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return oneLine(text).replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);
}

const CELL = 'border:1px solid #8a8a8a;padding:4px 8px;text-align:left;vertical-align:top';
const link = (url: string, text: string) => `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`;

export function htmlSummary(summary: ShareSummary): string {
  const parts: string[] = [`<p><strong>${escapeHtml(summary.title)}</strong></p>`];
  if (summary.lastValid) parts.push(`<p><em>${escapeHtml(LAST_VALID_NOTICE)}</em></p>`);
  for (const table of summary.tables) {
    if (table.rows.length === 0) continue;
    const rows = table.rows
      .map(
        (row) =>
          `<tr><th scope="row" style="${CELL};font-weight:normal">${escapeHtml(row.label)}</th><td style="${CELL}">${escapeHtml(row.value)}</td></tr>`,
      )
      .join('');
    parts.push(
      `<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">` +
        `<thead><tr><th scope="col" style="${CELL}">${escapeHtml(table.heading)}</th><th scope="col" style="${CELL}">Value</th></tr></thead>` +
        `<tbody>${rows}</tbody></table>`,
    );
  }
  for (const list of summary.lists ?? []) {
    if (list.items.length === 0) continue;
    const items = list.items
      .map((item) => {
        const { text, url } = itemParts(item);
        return `<li>${url ? link(url, text) : escapeHtml(text)}</li>`;
      })
      .join('');
    parts.push(`<p><strong>${escapeHtml(list.heading)}</strong></p><ul>${items}</ul>`);
  }
  for (const note of summary.notes ?? []) parts.push(`<p><em>${escapeHtml(note)}</em></p>`);
  parts.push(`<p>${isWebUrl(summary.url) ? link(summary.url, linkText(summary)) : escapeHtml(NO_LINK_TEXT)}</p>`);
  return parts.join('\n');
}
