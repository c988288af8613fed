import type { ClientDirective } from 'astro';
import { captureEarlyInput } from './early-input';
import { RETRY_SENTENCE, whenRecoverable } from './recovery';

/**
 * `client:use`: an island hydrates the first time the reader reaches for it (pointer over it,
 * a tap, focus or a key), not when it scrolls into view. Hydrating a whole calculator is the
 * largest piece of script work on a tool page, and most visits only read. The server render
 * already shows the default inputs and results, so nothing looks different until then.
 *
 * It hydrates without waiting for a reader:
 * - when the address has a query, as soon as the widget is on screen: a shared link must show
 *   its own inputs;
 * - when one of its charts comes near the screen, so figures draw for readers who only scroll.
 *
 * Its code is fetched only then, too: fetching it at idle on every page with a widget cost more
 * in Lighthouse's phone simulation than it saved (the downloads stretch the window in which it
 * counts blocking time).
 *
 * Nothing the reader does meanwhile is lost: early-input.ts keeps it and replays it once the
 * widget can respond. While that takes noticeable time, the widget's status line says so; if the
 * code cannot be downloaded, it says that plainly and tries again when the connection is back or
 * the reader next uses the page (recovery.ts), with what was entered still kept.
 */
const LOADING = 'Loading the calculator… what you enter now is kept.';
const FAILED = `The calculator’s code could not be downloaded; what you entered is kept. ${RETRY_SENTENCE}`;
/** A load this quick needs no message: it would only flash. */
const QUIET_MS = 300;

const hydrateOnUse: ClientDirective = (load, _options, island) => {
  const triggers = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'] as const;
  const observers: IntersectionObserver[] = [];
  const status = widgetStatus(island);
  let started = false;
  let loading = false;
  let loadFailed = false;
  // Read through a function: the error event sets the flag during `await load()`, which the
  // type checker's narrowing cannot see.
  const hasFailed = () => loadFailed;

  const early = captureEarlyInput(island, () => {
    if (loading) status.loadingSoon();
  });

  island.addEventListener('astro:hydration-error', (event) => {
    loadFailed = true;
    // Handled here: the reader is told and the load is tried again, so not a console error.
    event.preventDefault();
    console.warn(
      'Widget code could not be loaded; will retry.',
      (event as CustomEvent<{ error?: unknown } | null>).detail?.error,
    );
  });

  const attempt = async () => {
    const retrying = loadFailed;
    const startedAt = performance.now();
    loading = true;
    loadFailed = false;
    if (retrying) status.show(LOADING);
    else if (early.held) status.loadingSoon();
    const hydrate = await load();
    if (hasFailed()) {
      loading = false;
      status.show(FAILED, true);
      whenRecoverable(() => void attempt(), startedAt);
      return;
    }
    early.beforeHydrate();
    status.hideForHydration();
    await hydrate();
    status.restoreAfterHydration();
    await early.replay();
    loading = false;
    status.clear();
    for (const type of triggers) island.removeEventListener(type, start, true);
  };

  const start = (event?: Event) => {
    // A pointer passing over the widget is no reason for a message; focus, a tap or a key is.
    if (event && event.type !== 'pointerover') status.loadingSoon();
    if (started) return;
    started = true;
    for (const observer of observers) observer.disconnect();
    void attempt();
  };

  const startWhenNear = (targets: Iterable<Element>, rootMargin: string) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) start();
      },
      { rootMargin },
    );
    for (const target of targets) observer.observe(target);
    observers.push(observer);
  };

  for (const type of triggers) island.addEventListener(type, start, { capture: true, passive: true });
  if (window.location.search !== '') startWhenNear(island.children, '0px');
  startWhenNear(island.querySelectorAll('.kit-chart'), '200px');

  function widgetStatus(root: HTMLElement) {
    // WidgetFrame renders this empty live region; the directive owns its text until hydration ends.
    const line = root.querySelector<HTMLElement>('[data-hydration-status]');
    let timer = 0;
    let shown = '';
    const render = (text: string, failed: boolean) => {
      if (!line) return;
      line.textContent = text;
      line.classList.toggle('kit-widget__status--failed', failed);
    };
    return {
      show(text: string, failed = false) {
        window.clearTimeout(timer);
        timer = 0;
        shown = text;
        render(text, failed);
      },
      loadingSoon() {
        if (timer || shown !== '' || !loading) return;
        timer = window.setTimeout(() => {
          timer = 0;
          if (loading) this.show(LOADING);
        }, QUIET_MS);
      },
      // The island's render has an empty line here: hydrate against that, then put the text back.
      hideForHydration() {
        render('', false);
      },
      restoreAfterHydration() {
        if (shown) render(shown, false);
      },
      clear() {
        window.clearTimeout(timer);
        timer = 0;
        shown = '';
        render('', false);
      },
    };
  }
};

export default hydrateOnUse;
