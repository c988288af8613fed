import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { inlineHashes, policyFor, withCspMeta } from './csp-meta.mjs';

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('csp-meta', () => {
  const page =
    '<!doctype html><html><head><meta charset="utf-8"><script>var a=1;</script>' +
    '<script type="module" src="/_astro/x.js"></script><style>p{color:red}</style></head>' +
    '<body><script type="module">import("/x")</script><p style="--x:1">hi</p></body></html>';

  it('hashes every inline script and style element, and skips scripts with src', () => {
    const { scripts, styles } = inlineHashes(page);
    expect(scripts).toEqual([hashOf('var a=1;'), hashOf('import("/x")')].sort());
    expect(styles).toEqual([hashOf('p{color:red}')]);
  });

  it('allows only this origin, the page hashes and inline style attributes', () => {
    const policy = policyFor(page);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' `);
    expect(policy).toContain(hashOf('var a=1;'));
    expect(policy).toContain("style-src-attr 'unsafe-inline'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).not.toMatch(/https?:/);
  });

  it('puts the policy right after <meta charset>, before any script, and only once', () => {
    const once = withCspMeta(page);
    expect(once).toMatch(
      /^<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" /,
    );
    expect(once.indexOf('http-equiv="content-security-policy"')).toBeLessThan(once.indexOf('<script'));
    expect(withCspMeta(once)).toBe(once);
  });

  it('keeps <meta charset> within the first 1,024 bytes however long the policy grows', () => {
    const manyScripts = Array.from({ length: 40 }, (_, i) => `<script>var s${i}=${i};</script>`).join('');
    const html = withCspMeta(
      `<!doctype html><html lang="en"><head><meta charset="utf-8">${manyScripts}</head><body></body></html>`,
    );
    expect(html.indexOf('<meta charset="utf-8">')).toBe('<!doctype html><html lang="en"><head>'.length);
    // The policy alone is longer than 1,024 bytes here: the first script starts past that.
    expect(html.indexOf('<script')).toBeGreaterThan(1024);
  });

  it('puts the policy first in a head without a leading charset declaration', () => {
    const html = withCspMeta('<html><head><title>x</title><script>a()</script></head></html>');
    expect(html.startsWith('<html><head><meta http-equiv="content-security-policy"')).toBe(true);
  });

  it('does not let a src in a data attribute hide an inline script', () => {
    expect(inlineHashes('<script data-src="x">run()</script>').scripts).toEqual([hashOf('run()')]);
  });
});
