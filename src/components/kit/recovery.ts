/** When the browser last said it was back online (performance.now() time), 0 if never. */
let onlineAt = 0;
if (typeof window !== 'undefined') window.addEventListener('online', () => (onlineAt = performance.now()));

/**
 * Calls `retry` once, at the first sign that a failed download may now work: the browser says it
 * is back online, or the reader presses a key, taps or clicks anywhere on the page. Every lazy
 * load of the site (islands, chart.js, the latency tool's parts and worker) retries through this,
 * so a load that failed on a flaky link never leaves a widget dead until the page is reloaded.
 * Pass `attemptStartedAt` (performance.now() when the failed attempt began): if the connection
 * came back while it was under way, the "online" event has already passed, so it retries at once.
 * Returns a function that cancels the wait.
 */
export function whenRecoverable(retry: () => void, attemptStartedAt?: number): () => void {
  const triggers = ['pointerdown', 'keydown'] as const;
  let done = false;
  const fire = () => {
    if (done) return;
    cancel();
    retry();
  };
  function cancel() {
    done = true;
    window.removeEventListener('online', fire);
    for (const type of triggers) document.removeEventListener(type, fire, true);
  }
  window.addEventListener('online', fire);
  for (const type of triggers) document.addEventListener(type, fire, { capture: true, passive: true });
  if (attemptStartedAt !== undefined && onlineAt > attemptStartedAt) setTimeout(fire, 0);
  return cancel;
}

/** The plain sentence a widget shows while some of its code could not be downloaded. */
export const RETRY_SENTENCE = 'It will try again when the connection is back, or when you next use the page.';

/**
 * Wraps a dynamic import so that a retry after a failed download really downloads again.
 * Browsers keep a failed module fetch in the page's module map (HTML spec), so calling
 * `import()` again on the same URL fails at once without a request. Astro retries islands
 * with a query for that reason (`?astro-retry=`); this does the same for the site's own lazy
 * parts: it takes the failed chunk's URL from the error (Chromium and Firefox name it) and
 * imports it again with a query. Where the error names no URL (Safari), it calls the import
 * again as written. Pass the result around as the loader: it keeps its state between calls.
 *
 * The query reaches only the chunk itself. A chunk it imports that failed stays failed, so while
 * the browser says it is offline nothing is requested at all: Vite's preload links would fail and
 * be remembered too. A dependency that fails while the browser believes it is online stays
 * failed until the page is reloaded, until browsers ship whatwg/html#10327 (failed module
 * fetches no longer kept; Chromium 150 still keeps them).
 */
export function retryableImport<T>(importer: () => Promise<T>): () => Promise<T> {
  let failedUrl: string | undefined;
  let retries = 0;
  return () => {
    if (!navigator.onLine) return Promise.reject(new Error('offline'));
    const attempt =
      failedUrl === undefined
        ? importer()
        : (import(/* @vite-ignore */ `${failedUrl}?retry=${++retries}`) as Promise<T>);
    return attempt.catch((error: unknown) => {
      failedUrl = failedModuleUrl(error, location.origin) ?? failedUrl;
      throw error;
    });
  };
}

/** The same-origin script URL (without its query) an import error names, if it names one. */
export function failedModuleUrl(error: unknown, origin: string): string | undefined {
  const url = /https?:\/\/[^\s?#'"]+\.m?js/.exec(String(error))?.[0];
  return url?.startsWith(`${origin}/`) ? url : undefined;
}
