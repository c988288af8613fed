import { afterEach, describe, expect, it, vi } from 'vitest';
import { failedModuleUrl, retryableImport } from './recovery';

const ORIGIN = 'http://127.0.0.1:4321';

describe('failedModuleUrl', () => {
  it('reads the chunk URL from Chromium’s message (as Chromium 150 printed it here)', () => {
    const error = new TypeError(`Failed to fetch dynamically imported module: ${ORIGIN}/_astro/line.De6fFdor.js`);
    expect(failedModuleUrl(error, ORIGIN)).toBe(`${ORIGIN}/_astro/line.De6fFdor.js`);
  });

  it('reads it from Firefox’s wording and drops an earlier retry query', () => {
    const error = new TypeError(`error loading dynamically imported module: ${ORIGIN}/wiki/_astro/line.x.js?retry=2`);
    expect(failedModuleUrl(error, ORIGIN)).toBe(`${ORIGIN}/wiki/_astro/line.x.js`);
  });

  it('gives nothing for Safari’s message, another origin or something that is not a script', () => {
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'), ORIGIN)).toBeUndefined();
    expect(
      failedModuleUrl(new TypeError('Failed to fetch dynamically imported module: https://cdn.example/a.js'), ORIGIN),
    ).toBeUndefined();
    expect(
      failedModuleUrl(new TypeError(`Failed to fetch dynamically imported module: ${ORIGIN}/page/`), ORIGIN),
    ).toBeUndefined();
    expect(failedModuleUrl('not an error', ORIGIN)).toBeUndefined();
  });
});

describe('retryableImport', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('passes a successful import through and calls the importer as written while no URL is known', async () => {
    vi.stubGlobal('location', { origin: ORIGIN });
    vi.stubGlobal('navigator', { onLine: true });
    let calls = 0;
    const load = retryableImport(() => {
      calls += 1;
      return calls === 1 ? Promise.reject(new TypeError('Importing a module script failed.')) : Promise.resolve(42);
    });
    await expect(load()).rejects.toThrow('Importing a module script failed.');
    await expect(load()).resolves.toBe(42);
    expect(calls).toBe(2);
  });

  it('requests nothing while the browser says it is offline', async () => {
    vi.stubGlobal('location', { origin: ORIGIN });
    vi.stubGlobal('navigator', { onLine: false });
    let calls = 0;
    const load = retryableImport(() => {
      calls += 1;
      return Promise.resolve(1);
    });
    await expect(load()).rejects.toThrow('offline');
    expect(calls).toBe(0);
    vi.stubGlobal('navigator', { onLine: true });
    await expect(load()).resolves.toBe(1);
    expect(calls).toBe(1);
  });

  it('after a failure that names the chunk, imports that URL again with a query instead of the importer', async () => {
    vi.stubGlobal('location', { origin: ORIGIN });
    vi.stubGlobal('navigator', { onLine: true });
    let calls = 0;
    const load = retryableImport(() => {
      calls += 1;
      return Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${ORIGIN}/_astro/line.x.js`));
    });
    await expect(load()).rejects.toThrow(/line\.x\.js/);
    // Node cannot import over HTTP, so the second call fails too, but on the retry URL, not the importer.
    await expect(load()).rejects.toThrow();
    expect(calls).toBe(1);
  });
});
