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
