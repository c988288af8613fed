/**
 * /llms.txt (https://llmstxt.org/): the site's name and summary, then every page with its
 * description, each linked to its Markdown twin. Pure, so the page list is unit-tested.
 */

export interface LlmsPage {
  /** Content collection id: "index", "stories/kvm-latency", "glossary". */
  id: string;
  title: string;
  description: string;
}

// Sections in reading order, by the first segment of the page's path.
const SECTIONS: ReadonlyArray<readonly [prefix: string, heading: string]> = [
  ['', 'Start here'],
  ['onboarding', 'Start here'],
  ['stories', 'Stories'],
  ['reviews', 'Reviews'],
  ['tools', 'Calculators'],
  ['glossary', 'Reference'],
];

/** The page's path under the base: "" for the home page, "stories/kvm-latency/" otherwise. */
export function pagePath(id: string): string {
  const clean = id.replace(/^\/+|\/+$/g, '').replace(/(^|\/)index$/, '');
  return clean === '' ? '' : `${clean}/`;
}

function sectionOf(id: string): string {
  const first = pagePath(id).split('/')[0] ?? '';
  return SECTIONS.find(([prefix]) => prefix === first)?.[1] ?? 'More pages';
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const escapeText = (text: string) => oneLine(text).replace(/[\\`*_[\]<>]/g, (ch) => `\\${ch}`);

/** @param siteBase the public address of the site's root, ending in "/" */
export function llmsTxt(
  site: { name: string; description: string },
  pages: readonly LlmsPage[],
  siteBase: string,
): string {
  const order = [...new Set(SECTIONS.map(([, heading]) => heading)), 'More pages'];
  const sorted = [...pages].sort(
    (a, b) =>
      order.indexOf(sectionOf(a.id)) - order.indexOf(sectionOf(b.id)) || pagePath(a.id).localeCompare(pagePath(b.id)),
  );
  const lines = [
    `# ${escapeText(site.name)}`,
    '',
    `> ${escapeText(site.description)}`,
    '',
    'Each page below links to its Markdown twin: the article as clean Markdown, with every calculator replaced by a link to it. The web page is the same address without index.md.',
  ];
  let current = '';
  for (const page of sorted) {
    const section = sectionOf(page.id);
    if (section !== current) {
      lines.push('', `## ${section}`, '');
      current = section;
    }
    const twin = new URL(`${pagePath(page.id)}index.md`, siteBase).href;
    const description = oneLine(page.description);
    lines.push(`- [${escapeText(page.title)}](${twin})${description ? `: ${escapeText(description)}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
