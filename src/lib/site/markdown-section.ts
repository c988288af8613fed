/**
 * One section of a page's Markdown twin, for the "Copy section" buttons: from the n-th article
 * heading (the twin's "# Title" is the page title and does not count) to the next heading of the
 * same or a higher level. Lines inside fenced code blocks are never headings.
 */

interface HeadingLine {
  line: number;
  level: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]|$)/;

function headings(lines: readonly string[]): HeadingLine[] {
  const found: HeadingLine[] = [];
  let fence: string | null = null;
  lines.forEach((text, line) => {
    const opening = FENCE.exec(text);
    if (fence !== null) {
      if (opening && opening[1]![0] === fence[0] && opening[1]!.length >= fence.length && text.trim() === opening[1])
        fence = null;
      return;
    }
    if (opening) {
      fence = opening[1]!;
      return;
    }
    const atx = ATX.exec(text);
    if (atx) found.push({ line, level: atx[1]!.length });
  });
  return found;
}

/** The Markdown of the article's `index`-th heading (0-based) and what follows it, or null. */
export function markdownSection(markdown: string, index: number): string | null {
  const lines = markdown.split(/\r?\n/);
  const article = headings(lines).filter((heading) => heading.level > 1);
  const start = article[index];
  if (!start || index < 0) return null;
  const end = article.slice(index + 1).find((heading) => heading.level <= start.level);
  return lines
    .slice(start.line, end ? end.line : lines.length)
    .join('\n')
    .trim();
}

/** Heading text as a reader sees it, for checking that a section is the one asked for. */
export function headingText(markdownHeading: string): string {
  return markdownHeading
    .replace(/^ {0,3}#{1,6}[ \t]*/, '')
    .replace(/[ \t]+#+[ \t]*$/, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>&])/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
