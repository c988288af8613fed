import { describe, expect, it } from 'vitest';
import { checkLinks, extractReferences, servedPath } from './check-links.mjs';

const SITE = 'https://wiki.example.org';

/**
 * A tiny site: pages keyed by served path; every page is also a file, plus any extra files.
 * @param {string} base @param {Record<string, string>} pages @param {string[]} [extraFiles]
 */
function site(base, pages, extraFiles = []) {
  const list = Object.entries(pages).map(([path, html]) => ({ path, html }));
  return checkLinks({ pages: list, files: [...Object.keys(pages), ...extraFiles], base, siteUrl: SITE });
}

const doc = (/** @type {string} */ body, head = '') =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('extractReferences', () => {
  it('finds ids, anchors, srcset candidates and URL metas', () => {
    const { ids, refs } = extractReferences(
      doc(
        '<h2 id="why">Why</h2><a name="old"></a><a href="/x/">x</a><img src="/a.png" srcset="/a-1x.png 1x, /a-2x.png 2x" alt="">',
        '<link rel="stylesheet" href="/s.css"><link rel="canonical" href="https://wiki.example.org/"><meta property="og:image" content="https://wiki.example.org/og/index.png">',
      ),
    );
    expect([...ids].sort()).toEqual(['old', 'why']);
    expect(refs.map((r) => `${r.kind}:${r.value}`).sort()).toEqual(
      [
        'asset:/a-1x.png',
        'asset:/a-2x.png',
        'asset:/a.png',
        'asset:/s.css',
        'link:/x/',
        'link:https://wiki.example.org/',
        'meta:https://wiki.example.org/og/index.png',
      ].sort(),
    );
  });
});

describe('servedPath', () => {
  it('puts built files under the base', () => {
    expect(servedPath('stories/x/index.html', '/wiki/infra/')).toBe('/wiki/infra/stories/x/index.html');
    expect(servedPath('index.html', '/')).toBe('/index.html');
  });
});

describe('checkLinks', () => {
  it('accepts links, relative links, fragments and assets that resolve', () => {
    const { problems, checked } = site(
      '/',
      {
        '/index.html': doc(
          '<a href="/guide/#setup">a</a><a href="guide/">b</a><a href="#top">c</a><span id="top"></span><img src="/logo.svg" alt="">',
        ),
        '/guide/index.html': doc('<h2 id="setup">Setup</h2><a href="../">home</a><a href="/guide/#setup">self</a>'),
      },
      ['/logo.svg'],
    );
    expect(problems).toEqual([]);
    expect(checked).toBe(6);
  });

  it('reports a link to a page the build does not contain', () => {
    const { problems } = site('/', { '/index.html': doc('<a href="/missing/">x</a>') });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.problem).toContain('/missing/');
  });

  it('reports a fragment with no matching id in the target page, percent-decoded', () => {
    const { problems } = site('/', {
      '/index.html': doc('<a href="/g/#esp">ok</a><a href="/g/#nat-t">bad</a><a href="/g/#caf%C3%A9">ok2</a>'),
      '/g/index.html': doc('<dt id="esp">ESP</dt><dt id="café">Café</dt>'),
    });
    expect(problems.map((p) => p.value)).toEqual(['<a href="/g/#nat-t">']);
  });

  it('under a base path, reports root links that skip the base', () => {
    const pages = {
      '/wiki/infra/index.html': doc('<a href="/glossary/">forgot base</a><a href="/wiki/infra/glossary/">ok</a>'),
      '/wiki/infra/glossary/index.html': doc('<h1>Glossary</h1>'),
    };
    const { problems } = site('/wiki/infra/', pages);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.value).toBe('<a href="/glossary/">');
    expect(problems[0]?.problem).toContain('outside the base path /wiki/infra/');
  });

  it('reports an asset from another origin but ignores plain links to other sites', () => {
    const { problems } = site('/', {
      '/index.html': doc(
        '<a href="https://www.rfc-editor.org/rfc/rfc4303">RFC</a><script src="https://cdn.example.com/x.js"></script><iframe src="https://video.example.com/e"></iframe>',
        '<link rel="stylesheet" href="https://fonts.example.com/css">',
      ),
    });
    expect(problems.map((p) => p.problem)).toEqual([
      'loads an asset from another origin (https://fonts.example.com)',
      'loads an asset from another origin (https://cdn.example.com)',
      'loads an asset from another origin (https://video.example.com)',
    ]);
  });

  it('checks absolute URLs on the site origin, such as og:image, against the build', () => {
    const head =
      '<meta property="og:image" content="https://wiki.example.org/wiki/infra/og/index.png"><link rel="canonical" href="https://wiki.example.org/wiki/infra/">';
    const ok = site('/wiki/infra/', { '/wiki/infra/index.html': doc('', head) }, ['/wiki/infra/og/index.png']);
    expect(ok.problems).toEqual([]);
    const missing = site('/wiki/infra/', { '/wiki/infra/index.html': doc('', head) });
    expect(missing.problems.map((p) => p.value)).toEqual([
      '<meta og:image="https://wiki.example.org/wiki/infra/og/index.png">',
    ]);
  });

  it('skips mailto, tel, data and javascript URLs', () => {
    const { problems, checked } = site('/', {
      '/index.html': doc(
        '<a href="mailto:a@b.c">m</a><a href="tel:1">t</a><img src="data:image/png;base64,AA" alt=""><a href="javascript:void 0">j</a>',
      ),
    });
    expect(problems).toEqual([]);
    expect(checked).toBe(0);
  });

  it("does not demand a page at the 404 page's own canonical address", () => {
    const { problems } = site('/', {
      '/404.html': doc(
        '<a href="/">home</a>',
        '<link rel="canonical" href="https://wiki.example.org/404/"><meta property="og:url" content="https://wiki.example.org/404/">',
      ),
      '/index.html': doc(''),
    });
    expect(problems).toEqual([]);
  });
});
