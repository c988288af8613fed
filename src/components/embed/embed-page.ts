import { embedHeightMessage, fullPageHref } from '../../lib/embed/index';

/**
 * The embed page's script (src/pages/embed/[slug].astro): tells the framing page the embed's
 * height whenever it changes, keeps "Open full page" pointing at the current inputs, and follows
 * the system theme while the address names none.
 */
export function startEmbed(): void {
  const main = document.querySelector<HTMLElement>('[data-embed-slug]');
  if (!main) return;
  postHeight(main.dataset.embedSlug ?? '');
  keepFullPageLinkCurrent();
  followSystemTheme();
}

function postHeight(slug: string): void {
  // Framed or not, nothing to do at the top level.
  if (window.parent === window) return;
  let last = 0;
  const send = () => {
    // The document's full height, margins included: what the iframe needs to show without scrolling.
    const message = embedHeightMessage(slug, document.documentElement.getBoundingClientRect().height);
    if (!message || message.height === last) return;
    last = message.height;
    // Any origin may read it: it carries a slug and a number, and nginx decides who may frame the page.
    window.parent.postMessage(message, '*');
  };
  new ResizeObserver(send).observe(document.documentElement);
  send();
}

function keepFullPageLinkCurrent(): void {
  const link = document.querySelector<HTMLAnchorElement>('[data-embed-full-page]');
  if (!link) return;
  const toolPath = link.dataset.toolPath ?? '';
  const anchor = link.dataset.anchor ?? '';
  // The calculator rewrites the address as the reader types (replaceState fires no event), so the
  // link is brought up to date just before it can be used: pointer, focus, click or context menu.
  const update = () => {
    link.href = fullPageHref(toolPath, window.location.search, anchor);
  };
  for (const type of ['pointerenter', 'focus', 'click', 'contextmenu'] as const) link.addEventListener(type, update);
  update();
}

function followSystemTheme(): void {
  const root = document.documentElement;
  // The inline script in the head marks a theme it took from the system; an explicit ?theme stays.
  if (!('themeFromSystem' in root.dataset)) return;
  const light = window.matchMedia('(prefers-color-scheme: light)');
  light.addEventListener('change', () => {
    root.dataset.theme = light.matches ? 'light' : 'dark';
  });
}
