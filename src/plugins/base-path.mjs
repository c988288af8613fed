// Astro wants a base of the form "/" or "/wiki/infra"; readers type it in many shapes.
/** @param {string | undefined} raw */
export function normaliseBase(raw) {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Prefix a root-relative href with the base, leaving every other href alone.
 * @param {string} href @param {string} base */
export function withBase(href, base) {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const b = normaliseBase(base);
  if (b === '/' || href.startsWith(b)) return href;
  return b.replace(/\/$/, '') + href;
}
