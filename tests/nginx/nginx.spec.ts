/**
 * Smoke tests of the site as deploy/nginx.conf serves it: every page, the security headers,
 * caching and compression, the calculators under the real Content-Security-Policy, deep links,
 * the 404 page, and a BASE_PATH build mounted under /wiki/infra/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, hydratedWidget, searchFor } from '../e2e/fixtures';

const outDir = process.env.OUT_DIR || 'dist';

/** Open a tool and wait for its widget's island: islands hydrate when visible. */
async function openTool(page: import('@playwright/test').Page, path: string) {
  await page.goto(path);
  await hydratedWidget(page, '.kit-widget');
}
const subpathUrl = process.env.NGINX_SUBPATH_URL ?? '';

/** Site paths from the build's sitemap, relative to the base ('' is the home page). */
function sitePaths(dir: string): string[] {
  const xml = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  const base = paths.reduce((shortest, p) => (p.length < shortest.length ? p : shortest), paths[0] ?? '/');
  return paths.map((p) => p.slice(base.length));
}

const pages = sitePaths(outDir);

test.describe('nginx: pages', () => {
  test('the sitemap lists every section of the site', () => {
    for (const path of ['', 'stories/kvm-latency/', 'tools/ipsec-headroom/', 'glossary/', 'onboarding/']) {
      expect(pages).toContain(path);
    }
  });

  for (const path of pages) {
    test(`/${path} loads with no CSP violation`, async ({ page }) => {
      const csp: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
      });
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await page.waitForLoadState('networkidle');
      expect(csp).toEqual([]);
    });
  }
});

test.describe('nginx: headers', () => {
  test('HTML pages carry the security headers and revalidate', async ({ request }) => {
    const response = await request.get('stories/kvm-latency/');
    const headers = response.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).toContain("object-src 'none'");
    expect(headers['content-security-policy']).not.toMatch(/unsafe-inline/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['cache-control']).toBe('no-cache');
    // The per-page policy with the script hashes is in the page itself.
    expect(await response.text()).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*script-src 'self'/);
  });

  test('Markdown twins and llms.txt are text in UTF-8, compressed, under the asset policy', async ({ request }) => {
    const twin = await request.get('stories/kvm-latency/index.md', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(twin.status()).toBe(200);
    expect(twin.headers()['content-type']).toBe('text/markdown; charset=utf-8');
    expect(twin.headers()['content-encoding']).toBe('gzip');
    expect(twin.headers()['content-security-policy']).toContain("default-src 'none'");
    expect(await twin.text()).toMatch(/^# KVM latency/);
    const llms = await request.get('llms.txt');
    expect(llms.headers()['content-type']).toBe('text/plain; charset=utf-8');
    expect(await llms.text()).toContain('stories/kvm-latency/index.md');
  });

  test('a 304 revalidation of a page carries the page policy, not the asset one', async ({ request }) => {
    // Browsers merge a 304's headers into the cached page: an asset policy here would block
    // every script and style of a reloaded page.
    const first = await request.get('tools/latency-compare/');
    const etag = first.headers()['etag'];
    expect(etag, 'nginx sends an ETag for static files').toBeTruthy();
    const again = await request.get('tools/latency-compare/', { headers: { 'If-None-Match': etag! } });
    expect(again.status()).toBe(304);
    expect(again.headers()['content-security-policy']).toBe(first.headers()['content-security-policy']);
    expect(again.headers()['content-security-policy']).not.toContain("default-src 'none'");
  });

  test("Pagefind's worker gets a policy of its own that lets it fetch the index and run WebAssembly", async ({
    request,
  }) => {
    // A worker started from a URL obeys the policy on its own response, not the page's.
    const response = await request.get('pagefind/pagefind-worker.js');
    expect(response.status()).toBe(200);
    const policy = response.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("script-src 'wasm-unsafe-eval'");
    expect(policy).toContain("default-src 'none'");
    for (const loose of ["'unsafe-inline'", "'unsafe-eval'", '*']) expect(policy).not.toContain(loose);
  });

  test('hashed assets are cached for a year and served compressed', async ({ request }) => {
    const html = await (await request.get('')).text();
    const asset = /(?:href|src)="([^"]*\/_astro\/[^"]+\.(?:css|js))"/.exec(html)?.[1];
    expect(asset, 'a hashed asset linked from the home page').toBeTruthy();
    const response = await request.get(asset!, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers()['content-encoding']).toBe('gzip');
  });
});

test.describe('nginx: offline reading (service worker) under the real CSP', () => {
  test('the service worker gets a policy of its own that lets it fetch the site and nothing more, and is revalidated', async ({
    request,
  }) => {
    const response = await request.get('sw.js');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/javascript/);
    expect(response.headers()['cache-control']).toBe('no-cache');
    const policy = response.headers()['content-security-policy'] ?? '';
    expect(policy).toBe("default-src 'none'; connect-src 'self'; frame-ancestors 'none'");
    // Pages allow a worker from the site itself and from nowhere else.
    const page = await request.get('');
    expect(page.headers()['content-security-policy']).toContain("worker-src 'self'");
    expect(await page.text()).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*worker-src 'self';/);
    expect((await request.get('manifest.json')).status()).toBe(200);
  });

  for (const [where, url] of [
    ['at the root', ''],
    ['under the sub-path', subpathUrl],
  ] as const) {
    test.describe(where, () => {
      test.use({ serviceWorkers: 'allow', ...(url ? { baseURL: url } : {}) });
      test('after one visit, a page never opened, a calculator and search work offline', async ({ page, context }) => {
        test.slow();
        const csp: string[] = [];
        page.on('console', (m) => {
          if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
        });
        await page.goto('');
        await expect(page.locator('[data-offline-status]')).toHaveText(/^Available offline/, { timeout: 90_000 });
        await context.setOffline(true);
        const response = await page.goto('stories/kvm-latency/');
        expect(response?.fromServiceWorker()).toBe(true);
        await expect(page.locator('h1')).toHaveCount(1);
        await openTool(page, 'tools/latency-compare/?a_ms=50&b_ms=150');
        await expect(page.locator('output[name="diff-ms"]').first()).toHaveText('100');
        // Index and WebAssembly come from the cache; a busy machine may still take a while.
        const results = await searchFor(page, 'NAPI', 'Glossary', 60_000);
        await expect(results.first()).toBeVisible();
        expect(csp).toEqual([]);
      });
    });
  }
});

test.describe('nginx: calculators under the real CSP', () => {
  test('IPsec headroom reads its inputs from the link', async ({ page }) => {
    await openTool(page, 'tools/ipsec-headroom/?mtu=1400');
    await expect(page.locator('input[name="mtu"]')).toHaveValue('1400');
    const mss = Number(await page.locator('output[name="mss"]').first().textContent());
    await openTool(page, 'tools/ipsec-headroom/?mtu=1500');
    await expect(page.locator('output[name="mss"]').first()).toHaveText(String(mss + 100));
  });

  test('latency comparison computes the summary difference', async ({ page }) => {
    await openTool(page, 'tools/latency-compare/?a_ms=50&b_ms=150');
    await expect(page.locator('output[name="diff-ms"]').first()).toHaveText('100');
  });

  test('a tool page opened again (revalidated from the cache) still runs its scripts', async ({ browser, baseURL }) => {
    // A context of its own: the site guard's request routing turns Playwright's HTTP cache off,
    // and this test needs the cache, so that the second visit is a 304 revalidation.
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    const csp: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
    });
    await openTool(page, 'tools/latency-compare/?a_ms=50&b_ms=150');
    await expect(page.locator('output[name="diff-ms"]').first()).toHaveText('100');
    await openTool(page, 'tools/latency-compare/?a_ms=50&b_ms=150');
    await page.locator('input[name="b_ms"]').first().fill('170');
    await expect(page.locator('output[name="diff-ms"]').first()).toHaveText('120');
    expect(csp).toEqual([]);
    await context.close();
  });

  test('the latency worker runs under the real CSP', async ({ page }) => {
    const csp: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
    });
    await openTool(page, 'tools/latency-compare/');
    // Over 100,000 characters, so the analysis goes to the Web Worker.
    const lines = Array.from({ length: 30_000 }, (_, i) => String(50 + (i % 100) / 10)).join('\n');
    await page
      .locator('textarea[name="a-samples"]')
      .first()
      .evaluate((textarea: HTMLTextAreaElement, value: string) => {
        textarea.value = value;
        textarea.dispatchEvent(new Event('input', { bubbles: true }));
      }, lines);
    await expect(page.locator('output[name="a-n"]').first()).toHaveText('30000', { timeout: 30_000 });
    expect(csp).toEqual([]);
  });

  test('redundancy reacts to typing', async ({ page }) => {
    await openTool(page, 'tools/redundancy/?n=2&k=1&mtbf_days=20&mttr_hours=2&beta=1');
    const single = await page.locator('output[name="single-availability"]').first().textContent();
    await expect(page.locator('output[name="group-availability"]').first()).toHaveText(single ?? '');
    await page.locator('input[name="beta"]').first().fill('0');
    await expect(page.locator('output[name="group-availability"]').first()).not.toHaveText(single ?? '');
  });

  test('the container helper answers from the link', async ({ page }) => {
    await openTool(
      page,
      'tools/docker-vs-lxc/?unit=process&delivery=image&isolation=trusted&kernel=host&orchestrator=kubernetes&state=stateless',
    );
    await expect(page.locator('output[name="recommendation"]').first()).toHaveAttribute(
      'data-outcome',
      'app-container',
    );
  });
});

test.describe('nginx: search under the real CSP', () => {
  test('search finds a glossary entry from another page', async ({ page }) => {
    await page.goto('tools/');
    const results = await searchFor(page, 'encapsulating security payload', 'Glossary');
    expect(new URL((await results.first().getAttribute('href')) ?? '', page.url()).pathname).toMatch(/^\/glossary\//);
  });
});

test.describe('nginx: links and errors', () => {
  test('a deep link scrolls to its heading', async ({ page }) => {
    await page.goto('glossary/#esp');
    await expect(page.locator('[id="esp"]')).toBeInViewport();
  });

  test('a path without its trailing slash redirects on the same host', async ({ request }) => {
    const response = await request.get('tools', { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(response.headers()['location']).toBe('/tools/');
  });

  test('an unknown path gets the site 404 page with a way home', async ({ page, siteGuard }) => {
    siteGuard.allowHttpError(404, '/no-such-page/');
    const response = await page.goto('no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('main a[href="/"]').first()).toBeVisible();
  });
});

test.describe('nginx: BASE_PATH build under /wiki/infra/', () => {
  test.use({ baseURL: subpathUrl });

  test('pages, links and a calculator work under the sub-path', async ({ page }) => {
    const response = await page.goto('stories/lxc-host-crashes/');
    expect(response?.status()).toBe(200);
    const hrefs = await page
      .locator('main a[href^="/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/wiki\/infra\//);
    await openTool(page, 'tools/redundancy/?beta=0');
    await expect(page.locator('input[name="beta"]').first()).toHaveValue('0');
  });

  test('search works under the sub-path and links into it', async ({ page }) => {
    await page.goto('onboarding/');
    const results = await searchFor(page, 'encapsulating security payload', 'Glossary');
    expect(new URL((await results.first().getAttribute('href')) ?? '', page.url()).pathname).toMatch(
      /^\/wiki\/infra\/glossary\//,
    );
  });

  test('the sub-path 404 page is served for an unknown path', async ({ page, siteGuard }) => {
    siteGuard.allowHttpError(404, '/wiki/infra/nothing-here/');
    const response = await page.goto('nothing-here/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('main a[href="/wiki/infra/"]').first()).toBeVisible();
  });
});
