/**
 * JSON download: the same summary as data, for scripts and tickets. Each group of rows keeps
 * its heading; a row that repeats an <output> names it, so a script can match the two.
 */
import { isWebUrl, itemParts, LAST_VALID_NOTICE, type ShareSummary } from './summary';

export const JSON_FORMAT_VERSION = 1;

export interface SummaryJson {
  format: 'infra-field-notes/summary';
  version: typeof JSON_FORMAT_VERSION;
  title: string;
  /** The page address with these inputs; null when it was not a web address. */
  url: string | null;
  lastValidInputs: boolean;
  notice: string | null;
  tables: Array<{ heading: string; rows: Array<{ label: string; value: string; output?: string }> }>;
  lists: Array<{ heading: string; items: Array<{ text: string; url?: string }> }>;
  notes: string[];
}

export function summaryJson(summary: ShareSummary): SummaryJson {
  return {
    format: 'infra-field-notes/summary',
    version: JSON_FORMAT_VERSION,
    title: summary.title,
    url: isWebUrl(summary.url) ? summary.url : null,
    lastValidInputs: Boolean(summary.lastValid),
    notice: summary.lastValid ? LAST_VALID_NOTICE : null,
    tables: summary.tables.map((table) => ({
      heading: table.heading,
      rows: table.rows.map((row) => ({
        label: row.label,
        value: row.value,
        ...(row.output ? { output: row.output } : {}),
      })),
    })),
    lists: (summary.lists ?? []).map((list) => ({
      heading: list.heading,
      items: list.items.map((item) => {
        const { text, url } = itemParts(item);
        return url ? { text, url } : { text };
      }),
    })),
    notes: [...(summary.notes ?? [])],
  };
}

export function jsonSummary(summary: ShareSummary): string {
  return `${JSON.stringify(summaryJson(summary), null, 2)}\n`;
}
