import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import {
  cardText,
  clampWords,
  fontCanDraw,
  OG_HEIGHT,
  OG_WIDTH,
  ogCardAlt,
  renderOgCard,
  type OgFont,
} from './og-card';

const fonts: OgFont[] = [400, 700].map((weight) => ({
  weight: weight as 400 | 700,
  data: readFileSync(new URL(`../../assets/fonts/inter-latin-${weight}-normal.woff`, import.meta.url)),
}));

/** Width and height from a PNG's IHDR chunk (bytes 16..24, big-endian). */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

// Any Unicode scalar value, plus the symbols the stories use. (fc.string({ unit: 'binary' }) does
// the same but takes seconds to generate.)
const codePoint = fc.integer({ min: 0, max: 0x10ffff }).filter((code) => code < 0xd800 || code > 0xdfff);
const anyText = fc
  .array(fc.oneof(codePoint, fc.constantFrom(0x2192, 0x2265, 0x2264, 0x2248, 0x0a, 0x09)), { maxLength: 60 })
  .map((codes) => String.fromCodePoint(...codes));

describe('cardText', () => {
  it('swaps symbols the Latin subset lacks for ASCII', () => {
    expect(cardText('IDE/e1000 → virtio, p99 ≥ 100 ms')).toBe('IDE/e1000 -> virtio, p99 >= 100 ms');
  });

  it('keeps Latin-1 letters and typographic punctuation the font has', () => {
    expect(cardText('Sätteri — “quoted” … 5 × 2')).toBe('Sätteri — “quoted” … 5 × 2');
  });

  it('folds newlines and runs of spaces into one space', () => {
    expect(cardText('  two\nlines\t here ')).toBe('two lines here');
  });

  it('leaves only characters the font can draw, for any input', () => {
    fc.assert(fc.property(anyText, (input) => Array.from(cardText(input)).every(fontCanDraw)));
  });
});

describe('clampWords', () => {
  it('returns short text unchanged', () => {
    expect(clampWords('short title', 20)).toBe('short title');
  });

  it('cuts long text at a word boundary and marks the cut', () => {
    expect(clampWords('one two three four five six', 15)).toBe('one two three…');
  });

  it('never exceeds the limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 2, max: 300 }), (text, max) => {
        expect(clampWords(text, max).length).toBeLessThanOrEqual(max);
      }),
    );
  });
});

describe('renderOgCard', () => {
  it('draws a 1200×630 PNG offline with the committed fonts', async () => {
    const png = await renderOgCard(
      {
        siteName: 'Infra Field Notes',
        title: 'KVM latency: 60 vs 112 ms',
        description: 'Every tuning step the record lists → what it changed.',
      },
      fonts,
    );
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngSize(png)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
    // A blank card compresses to a few kB; text makes it larger.
    expect(png.byteLength).toBeGreaterThan(10_000);
  }, 20_000); // resvg rasterising takes about a second; more on a busy machine.
});

describe('ogCardAlt', () => {
  it('says what the card shows: the site, the title and the description as far as the card prints it', () => {
    expect(
      ogCardAlt({
        siteName: 'Infra Field Notes',
        title: 'KVM latency: 60 vs 112 ms',
        description: 'Why the colo guests\nanswered slower.',
      }),
    ).toBe('Preview card of Infra Field Notes: “KVM latency: 60 vs 112 ms”. Why the colo guests answered slower.');
    const long = ogCardAlt({ siteName: 'S', title: 'T', description: 'word '.repeat(100) });
    expect(long.length).toBeLessThan(260);
    expect(long.endsWith('…')).toBe(true);
  });
});
