import type { ClientDirective } from 'astro';

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
 * counts blocking time). A button pressed while the island is still loading is pressed again
 * once it can respond, and the kit's fields take over what was typed before then (see
 * useAdoptEarlyInput).
 */
const hydrateOnUse: ClientDirective = (load, _options, island) => {
  const triggers = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'] as const;
  const observers: IntersectionObserver[] = [];
  let started = false;
  let pressed: HTMLButtonElement | null = null;

  const rememberPress = (event: Event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (button) pressed = button;
  };

  const start = () => {
    if (started) return;
    started = true;
    for (const type of triggers) island.removeEventListener(type, start, true);
    for (const observer of observers) observer.disconnect();
    island.addEventListener('click', rememberPress, true);
    void load()
      .then((hydrate) => hydrate())
      .then(() => {
        island.removeEventListener('click', rememberPress, true);
        if (pressed?.isConnected && !pressed.disabled) pressed.click();
      });
  };

  const startWhenNear = (targets: Iterable<Element>, rootMargin: string) => {
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) start();
    }, { rootMargin });
    for (const target of targets) observer.observe(target);
    observers.push(observer);
  };

  for (const type of triggers) island.addEventListener(type, start, { capture: true, passive: true });
  if (window.location.search !== '') startWhenNear(island.children, '0px');
  startWhenNear(island.querySelectorAll('.kit-chart'), '200px');
};

export default hydrateOnUse;
