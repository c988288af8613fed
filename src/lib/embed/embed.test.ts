import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EMBED_HEIGHT_TYPE,
  EmbedOriginsError,
  MAX_ALLOWED_ORIGINS,
  MAX_EMBED_HEIGHT,
  embedHeightMessage,
  embedTheme,
  frameAncestorsSources,
  fullPageHref,
  parseAllowedOrigins,
  readEmbedHeightMessage,
} from './index';

describe('embed height message', () => {
  it('has the documented shape, rounded up', () => {
    expect(embedHeightMessage('redundancy', 1431.2)).toEqual({
      type: 'infra-field-notes:embed-height',
      slug: 'redundancy',
      height: 1432,
    });
    expect(EMBED_HEIGHT_TYPE).toBe('infra-field-notes:embed-height');
  });

  it('sends nothing for a height that is not one, and caps a huge one', () => {
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(embedHeightMessage('redundancy', bad)).toBeNull();
    }
    expect(embedHeightMessage('redundancy', 1e12)?.height).toBe(MAX_EMBED_HEIGHT);
    expect(embedHeightMessage('Not A Slug', 100)).toBeNull();
  });

  it('reads back every message it writes', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1e9, noNaN: true }), (measured) => {
        const message = embedHeightMessage('ipsec-headroom', measured);
        expect(message).not.toBeNull();
        expect(readEmbedHeightMessage(JSON.parse(JSON.stringify(message)))).toEqual(message);
      }),
    );
  });

  it('ignores other messages and hostile values', () => {
    const hostile: unknown[] = [
      null,
      undefined,
      'infra-field-notes:embed-height',
      42,
      [],
      { type: 'other', slug: 'redundancy', height: 100 },
      { type: EMBED_HEIGHT_TYPE, slug: 'redundancy', height: '100' },
      { type: EMBED_HEIGHT_TYPE, slug: 'redundancy', height: 100.5 },
      { type: EMBED_HEIGHT_TYPE, slug: 'redundancy', height: -5 },
      { type: EMBED_HEIGHT_TYPE, slug: 'redundancy', height: 0 },
      { type: EMBED_HEIGHT_TYPE, slug: 'redundancy', height: MAX_EMBED_HEIGHT + 1 },
      { type: EMBED_HEIGHT_TYPE, slug: 'redundancy', height: Number.NaN },
      { type: EMBED_HEIGHT_TYPE, slug: 'redundancy', height: Number.POSITIVE_INFINITY },
      { type: EMBED_HEIGHT_TYPE, slug: '<img src=x onerror=alert(1)>', height: 100 },
      { type: EMBED_HEIGHT_TYPE, slug: 'a'.repeat(65), height: 100 },
      { type: EMBED_HEIGHT_TYPE, height: 100 },
    ];
    for (const data of hostile) expect(readEmbedHeightMessage(data)).toBeNull();
    fc.assert(fc.property(fc.anything(), (data) => readEmbedHeightMessage(data) === null || typeof data === 'object'));
  });
});

describe('EMBED_ALLOWED_ORIGINS', () => {
  it('reads origins separated by spaces, commas or newlines, normalised and without repeats', () => {
    expect(
      parseAllowedOrigins(
        ' https://wiki.example.com, https://Confluence.Example.com:8443\nhttp://127.0.0.1:8090 https://wiki.example.com/ https://backstage.example.com:443',
      ),
    ).toEqual([
      'https://wiki.example.com',
      'https://confluence.example.com:8443',
      'http://127.0.0.1:8090',
      'https://backstage.example.com',
    ]);
    expect(parseAllowedOrigins('http://[::1]:8080')).toEqual(['http://[::1]:8080']);
  });

  it('allows no one when unset or blank', () => {
    expect(parseAllowedOrigins(undefined)).toEqual([]);
    expect(parseAllowedOrigins('  \n, ')).toEqual([]);
    expect(frameAncestorsSources([])).toBe("'none'");
    expect(frameAncestorsSources(['https://a.example', 'https://b.example'])).toBe(
      'https://a.example https://b.example',
    );
  });

  it('refuses anything but a plain origin, naming every bad entry', () => {
    const hostile = [
      '*',
      "'self'",
      "'unsafe-inline'",
      "'none'",
      'https:',
      'data:',
      'javascript:alert(1)',
      'https://*.example.com',
      'wiki.example.com',
      'ftp://wiki.example.com',
      'https://wiki.example.com/path',
      'https://wiki.example.com?x=1',
      'https://wiki.example.com#top',
      'https://user:pw@wiki.example.com',
      'https://wiki.example.com";add_header',
      'https://wiki.example.com;',
      'https://wi$ki.example.com',
      'https://${host}',
      'https://wiki.example.com\u0000',
      'https://wïki.example.com',
      'https://wiki%2eexample.com',
      'https://wiki.example.com:99999',
      '"https://wiki.example.com"',
    ];
    for (const entry of hostile) {
      expect(() => parseAllowedOrigins(`https://ok.example.com ${entry}`), entry).toThrow(EmbedOriginsError);
    }
    try {
      parseAllowedOrigins('* https://ok.example.com data:');
      expect.unreachable();
    } catch (error) {
      expect((error as EmbedOriginsError).problems).toHaveLength(2);
      expect((error as Error).message).toContain('"*"');
      expect((error as Error).message).toContain('"data:"');
    }
  });

  it('shows a control character in an entry rather than printing it', () => {
    expect(() => parseAllowedOrigins('https://a.example\u0007x')).toThrow(/\\u0007/);
  });

  it(`refuses more than ${MAX_ALLOWED_ORIGINS} origins`, () => {
    const many = Array.from({ length: MAX_ALLOWED_ORIGINS + 1 }, (_, i) => `https://w${i}.example.com`).join(' ');
    expect(() => parseAllowedOrigins(many)).toThrow(/at most/);
  });

  it('never lets through a character that could leave the nginx string or the CSP directive', () => {
    // Random text, and text built from origin parts mixed with the characters that matter.
    const pieces = [
      'https://',
      'http://',
      'wiki',
      '.example.com',
      ':8080',
      '/',
      '"',
      "'",
      ';',
      '$',
      '{',
      '}',
      '\\',
      ' ',
      ',',
      '\n',
      '*',
      '%22',
      '@',
      '[::1]',
    ];
    const originLike = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), originLike), (text) => {
        let origins: string[];
        try {
          origins = parseAllowedOrigins(text);
        } catch (error) {
          expect(error).toBeInstanceOf(EmbedOriginsError);
          return;
        }
        for (const origin of origins) expect(origin).toMatch(/^https?:\/\/[a-z0-9.\-[\]:]+$/);
        const sources = frameAncestorsSources(origins);
        if (origins.length === 0) expect(sources).toBe("'none'");
        else expect(sources).toMatch(/^https?:\/\/[a-z0-9.\-[\]:]+(?: https?:\/\/[a-z0-9.\-[\]:]+)*$/);
      }),
    );
  });
});

describe('embed page parameters', () => {
  it('reads ?theme=dark|light and nothing else', () => {
    expect(embedTheme('?theme=light')).toBe('light');
    expect(embedTheme('?n=3&theme=dark')).toBe('dark');
    expect(embedTheme('')).toBeNull();
    expect(embedTheme('?theme=blue')).toBeNull();
    expect(embedTheme('?theme=%3Cscript%3E')).toBeNull();
    expect(embedTheme('?theme=light&theme=dark')).toBe('light');
  });

  it('opens the full page with the calculator inputs, not the theme', () => {
    expect(fullPageHref('/tools/redundancy/', '?n=3&theme=light&k=2', 'redundancy-calc')).toBe(
      '/tools/redundancy/?n=3&k=2#redundancy-calc',
    );
    expect(fullPageHref('/wiki/infra/tools/redundancy/', '?theme=dark', 'redundancy-calc')).toBe(
      '/wiki/infra/tools/redundancy/#redundancy-calc',
    );
    // A hostile value stays a query value: encoded, never a new path or fragment.
    expect(fullPageHref('/tools/x/', '?n=%22%3E%3Cscript%3E&theme=light', 'x')).toBe(
      '/tools/x/?n=%22%3E%3Cscript%3E#x',
    );
  });
});
