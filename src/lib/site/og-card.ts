// Open Graph card: the picture chat apps show when someone pastes a page link.
// Rendered at build time with satori (layout → SVG) and resvg (SVG → PNG), offline,
// with the Inter font files committed under src/assets/fonts/.
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface OgCardText {
  siteName: string;
  title: string;
  description: string;
}

export interface OgFont {
  data: Uint8Array;
  weight: 400 | 700;
}

// The committed font is Fontsource's "latin" subset of Inter. Its unicode-range
// (from @fontsource/inter unicode.json) lists what it can draw; anything else
// would render as a "NO GLYPH" box, so cardText() swaps or drops it.
const latinRanges: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x00ff],
  [0x0131, 0x0131],
  [0x0152, 0x0153],
  [0x02bb, 0x02bc],
  [0x02c6, 0x02c6],
  [0x02da, 0x02da],
  [0x02dc, 0x02dc],
  [0x0304, 0x0304],
  [0x0308, 0x0308],
  [0x0329, 0x0329],
  [0x2000, 0x206f],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
  [0x2191, 0x2191],
  [0x2193, 0x2193],
  [0x2212, 0x2212],
  [0x2215, 0x2215],
  [0xfeff, 0xfeff],
  [0xfffd, 0xfffd],
];

const asciiStandIns: Readonly<Record<string, string>> = {
  '→': '->',
  '←': '<-',
  '↔': '<->',
  '⇒': '=>',
  '≥': '>=',
  '≤': '<=',
  '≈': '~',
  '≠': '!=',
  '∞': 'inf',
};

export function fontCanDraw(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return latinRanges.some(([from, to]) => code >= from && code <= to);
}

/** Text the committed font can draw: known symbols become ASCII, other unknown characters are dropped. */
export function cardText(text: string): string {
  let out = '';
  for (const char of text) {
    if (fontCanDraw(char)) out += char;
    else out += asciiStandIns[char] ?? '';
  }
  // Control characters (newlines from YAML block scalars) would break the layout.
  return out
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Shorten at a word boundary so long descriptions never run off the card. */
export function clampWords(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxChars / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:–—-]+$/, '')}…`;
}

/**
 * The og:image:alt text: what the card shows, in words (the site name, the title and the
 * description as far as the card prints it), for readers whose chat app reads the alt aloud.
 */
export function ogCardAlt(text: OgCardText): string {
  const words = (value: string, max: number) => clampWords(value.replace(/\s+/g, ' ').trim(), max);
  const description = words(text.description, 200);
  return `Preview card of ${words(text.siteName, 60)}: “${words(text.title, 90)}”${description ? `. ${description}` : ''}`;
}

const PAD_X = 80;

type CardNode = { type: string; props: { style: Record<string, string | number>; children?: CardNode[] | string } };

const box = (style: CardNode['props']['style'], children: CardNode[] | string): CardNode => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** The card layout as satori's element tree (plain objects; the project has no React). */
export function ogCardTree(text: OgCardText): CardNode {
  const title = clampWords(cardText(text.title), 90);
  const description = clampWords(cardText(text.description), 200);
  return box(
    {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      // satori sizes boxes as content-box by default; padding must stay inside 1200×630.
      boxSizing: 'border-box',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: `56px ${PAD_X}px 64px`,
      backgroundColor: '#10182b',
      color: '#f2f4f8',
      fontFamily: 'Inter',
      borderTop: '16px solid #3b82f6',
    },
    [
      box({ fontSize: 32, fontWeight: 700, color: '#93c5fd', letterSpacing: 1 }, cardText(text.siteName)),
      box({ flexDirection: 'column', width: OG_WIDTH - 2 * PAD_X }, [
        box(
          {
            width: OG_WIDTH - 2 * PAD_X,
            fontSize: title.length > 50 ? 60 : 72,
            fontWeight: 700,
            lineHeight: 1.1,
            marginBottom: 28,
          },
          title,
        ),
        box(
          { width: OG_WIDTH - 2 * PAD_X, fontSize: 32, fontWeight: 400, lineHeight: 1.35, color: '#c8cfdb' },
          description,
        ),
      ]),
    ],
  );
}

/** Render one card to PNG bytes, 1200×630. */
export async function renderOgCard(text: OgCardText, fonts: readonly OgFont[]): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(ogCardTree(text), {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: fonts.map((font) => ({
      name: 'Inter',
      data: Buffer.from(font.data),
      weight: font.weight,
      style: 'normal' as const,
    })),
  });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } })
    .render()
    .asPng();
  return new Uint8Array(png);
}
