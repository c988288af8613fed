/**
 * Plain text: the text/plain half of the rich copy, for places that take no formatting (a
 * terminal, a ticket field, a plain-text email). "Label: value" lines and the bare address.
 */
import { isWebUrl, itemParts, LAST_VALID_NOTICE, linkText, NO_LINK_TEXT, oneLine, type ShareSummary } from './summary';

export function plainTextSummary(summary: ShareSummary): string {
  const lines: string[] = [oneLine(summary.title)];
  if (summary.lastValid) lines.push(LAST_VALID_NOTICE);
  for (const table of summary.tables) {
    if (table.rows.length === 0) continue;
    lines.push('', `${oneLine(table.heading)}:`);
    for (const row of table.rows) lines.push(`${oneLine(row.label)}: ${oneLine(row.value)}`);
  }
  for (const list of summary.lists ?? []) {
    if (list.items.length === 0) continue;
    lines.push('', `${oneLine(list.heading)}:`);
    for (const item of list.items) {
      const { text, url } = itemParts(item);
      lines.push(`- ${oneLine(text)}${url ? ` (${url})` : ''}`);
    }
  }
  if (summary.notes?.length) lines.push('');
  for (const note of summary.notes ?? []) lines.push(oneLine(note));
  lines.push('', isWebUrl(summary.url) ? `${linkText(summary)}: ${summary.url}` : NO_LINK_TEXT);
  return lines.join('\n');
}
