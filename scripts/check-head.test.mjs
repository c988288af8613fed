import { describe, expect, it } from 'vitest';
import { withCspMeta } from '../src/plugins/csp-meta.mjs';
import { CHARSET_BYTE_LIMIT, headProblems } from './check-head.mjs';

const CSP = '<meta http-equiv="content-security-policy" content="default-src \'self\'">';
/** @param {string} headInside */
const page = (headInside) => `<!DOCTYPE html><html lang="en"><head>${headInside}</head><body><p>x</p></body></html>`;

describe('headProblems', () => {
  it('passes a page whose head opens with <meta charset> and then the policy', () => {
    expect(headProblems(page(`<meta charset="utf-8">${CSP}<script>a()</script><style>p{}</style>`))).toEqual([]);
  });

  it('fails a page whose policy comes before <meta charset>', () => {
    expect(headProblems(page(`${CSP}<meta charset="utf-8"><script>a()</script>`))).toEqual([
      'the first element in <head> is <meta>, not <meta charset>',
    ]);
  });

  it('fails a <meta charset> that ends past byte 1,024, counting bytes, not characters', () => {
    // 340 three-byte characters before the head: 1,020 bytes but only 340 characters.
    const html = `<!DOCTYPE html><!--${'€'.repeat(340)}--><html><head><meta charset="utf-8">${CSP}</head></html>`;
    expect(html.indexOf('<meta charset') + '<meta charset="utf-8">'.length).toBeLessThan(CHARSET_BYTE_LIMIT);
    expect(headProblems(html)).toEqual([
      expect.stringMatching(/^<meta charset> ends at byte \d+, past the first 1024$/),
    ]);
  });

  it('fails a script or style the policy does not cover, and a page without a policy', () => {
    expect(headProblems(page(`<meta charset="utf-8"><script>a()</script>${CSP}`))).toEqual([
      'a <script> comes before the Content-Security-Policy <meta>, which does not cover it',
    ]);
    expect(headProblems(page('<meta charset="utf-8"><title>t</title>'))).toEqual([
      'has no Content-Security-Policy <meta>',
    ]);
    expect(headProblems('<html><body></body></html>')).toEqual(['has no <head>']);
  });

  it('passes what csp-meta makes of a page with a long policy', () => {
    const scripts = Array.from({ length: 40 }, (_, i) => `<script>var s${i}=${i};</script>`).join('');
    expect(headProblems(withCspMeta(page(`<meta charset="utf-8"><title>t</title>${scripts}`)))).toEqual([]);
  });
});
