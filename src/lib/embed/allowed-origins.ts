/**
 * EMBED_ALLOWED_ORIGINS: the sites allowed to frame the embeds, as the CSP `frame-ancestors`
 * source list that deploy/nginx.conf sends on /embed/ pages (scripts/nginx-server.mjs writes it).
 * The value ends up inside an nginx string and a response header, so only plain origins are
 * accepted (scheme, host, optional port); anything else stops with every bad entry named rather
 * than being dropped, since a silently missing origin looks like a broken embed on the wiki.
 */

/** Origins separated by spaces, tabs, newlines or commas. */
const SEPARATORS = /[\s,]+/;
/** scheme://host[:port]: a DNS name or IPv4 address in lower case, or a bracketed IPv6 address. */
const PLAIN_ORIGIN =
  /^https?:\/\/(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;
/** More would make a header nobody can review; a wiki farm can use one origin per wiki. */
export const MAX_ALLOWED_ORIGINS = 32;

export class EmbedOriginsError extends Error {
  // A declared field, not a parameter property: scripts/nginx-server.mjs loads this file with
  // Node's type stripping, which refuses TypeScript-only syntax.
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`EMBED_ALLOWED_ORIGINS: ${problems.join('; ')}`);
    this.name = 'EmbedOriginsError';
    this.problems = problems;
  }
}

/**
 * The origins in an EMBED_ALLOWED_ORIGINS value, normalised (lower case, default port dropped,
 * no trailing slash) and without repeats. Unset or blank: none, so no site may frame the embeds.
 * @throws EmbedOriginsError naming every entry that is not a plain http(s) origin
 */
export function parseAllowedOrigins(value: string | undefined): string[] {
  const entries = (value ?? '').split(SEPARATORS).filter((entry) => entry !== '');
  const origins: string[] = [];
  const problems: string[] = [];
  for (const entry of entries) {
    const origin = plainOrigin(entry);
    if (origin === null) {
      problems.push(
        `"${printable(entry)}" is not an origin such as https://wiki.example.com (no path, wildcard or quote)`,
      );
    } else if (!origins.includes(origin)) {
      origins.push(origin);
    }
  }
  if (origins.length > MAX_ALLOWED_ORIGINS) {
    problems.push(`${origins.length} origins listed; at most ${MAX_ALLOWED_ORIGINS}`);
  }
  if (problems.length > 0) throw new EmbedOriginsError(problems);
  return origins;
}

/** The frame-ancestors source list: the origins, or 'none' when there are none. */
export function frameAncestorsSources(origins: readonly string[]): string {
  return origins.length === 0 ? "'none'" : origins.join(' ');
}

function plainOrigin(entry: string): string | null {
  // A trailing slash is how origins are often copied from an address bar; a path is not.
  const text = entry.endsWith('/') ? entry.slice(0, -1) : entry;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // The parsed origin must say what was written: no credentials, path, query or fragment,
  // and no host the parser rewrote (percent-escapes, Unicode) into something else.
  if (url.origin !== text.toLowerCase().replace(/:(80|443)$/, (port) => (isDefaultPort(url, port) ? '' : port))) {
    return null;
  }
  return PLAIN_ORIGIN.test(url.origin) ? url.origin : null;
}

function isDefaultPort(url: URL, port: string): boolean {
  return (url.protocol === 'http:' && port === ':80') || (url.protocol === 'https:' && port === ':443');
}

/** An entry as it can be shown in a message: control characters visible, long ones cut. */
function printable(entry: string): string {
  const visible = entry.replace(/\p{Cc}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return visible.length > 80 ? `${visible.slice(0, 77)}...` : visible;
}
