/**
 * The shareable address of a section: the page without its query string (calculator inputs
 * belong to the calculator's own "Copy link") plus the heading's fragment. '' when the
 * anchor is not a same-page fragment.
 */
export function sectionLinkFor(pageUrl: string, anchorHref: string): string {
  if (!anchorHref.startsWith('#') || anchorHref.length < 2) return '';
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return '';
  }
  url.search = '';
  url.hash = anchorHref;
  return url.href;
}
