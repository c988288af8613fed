/**
 * CSV download (RFC 4180): one record per input, result, list item and note, then the link, in
 * three columns: Section, Label, Value. CRLF line ends; a field is quoted when it holds a comma,
 * a quote or a line break. A byte order mark first, so Excel reads the file as UTF-8 (×, −, ≈).
 */
import { isWebUrl, itemParts, LAST_VALID_NOTICE, linkText, NO_LINK_TEXT, type ShareSummary } from './summary';

export const CSV_HEADER = ['Section', 'Label', 'Value'] as const;

/**
 * A spreadsheet runs a cell that starts with =, +, -, @, a tab or a carriage return as a
 * formula, so a hostile label could make a link or call out on opening. Such a cell gets a
 * leading apostrophe, as OWASP advises (https://owasp.org/www-community/attacks/CSV_Injection).
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvField(text: string): string {
  const safe = neutraliseFormula(text);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The records before quoting: what a parser must read back. */
export function csvRecords(summary: ShareSummary): string[][] {
  const records: string[][] = [[...CSV_HEADER], ['Title', '', summary.title]];
  if (summary.lastValid) records.push(['Status', '', LAST_VALID_NOTICE]);
  for (const table of summary.tables) for (const row of table.rows) records.push([table.heading, row.label, row.value]);
  for (const list of summary.lists ?? []) {
    for (const item of list.items) {
      const { text, url } = itemParts(item);
      records.push([list.heading, text, url ?? '']);
    }
  }
  for (const note of summary.notes ?? []) records.push(['Note', '', note]);
  records.push(['Link', linkText(summary), isWebUrl(summary.url) ? summary.url : NO_LINK_TEXT]);
  return records;
}

export function csvSummary(summary: ShareSummary): string {
  return `\uFEFF${csvRecords(summary)
    .map((record) => record.map(csvField).join(','))
    .join('\r\n')}\r\n`;
}
