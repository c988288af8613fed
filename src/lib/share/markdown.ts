/** Markdown summaries for chat and wiki pages. */

export interface ResultMarkdown {
  title: string;
  rows: ReadonlyArray<readonly [label: string, value: string]>;
  url: string;
  notes?: readonly string[];
}

// Characters that Markdown (and Slack/Mattermost flavours) would read as markup.
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()<>#+!|~]/g;

/** Escape text so it shows literally: a label from a URL cannot become a link or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(MARKDOWN_SPECIAL, (ch) => `\\${ch}`);
}

/** A link target with the characters that would end it percent-encoded. */
export function markdownUrl(url: string): string {
  return url.replace(/[()<>\s]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

export function resultMarkdown(summary: ResultMarkdown): string {
  const lines = [`**${escapeMarkdown(summary.title)}**`, ''];
  lines.push('| | |', '|---|---|');
  for (const [label, value] of summary.rows) {
    lines.push(`| ${escapeMarkdown(label)} | ${escapeMarkdown(value)} |`);
  }
  for (const note of summary.notes ?? []) lines.push('', `_${escapeMarkdown(note)}_`);
  lines.push('', `[Open these inputs](${markdownUrl(summary.url)})`);
  return lines.join('\n');
}
