/** Where the build writes a page's Open Graph image: /og/<page id or "index">.png under the base. */
export function ogImagePath(pageId: string, base: string): string {
  const slug = pageId.replace(/^\/+|\/+$/g, '') || 'index';
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}og/${slug}.png`;
}
