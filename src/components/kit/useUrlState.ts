import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { decodeState, encodeState, type CrossCheck, type RejectedParam, type UrlSchema } from '../../lib/url-state/index';

export interface UrlState<S> {
  state: S;
  /** Change some inputs; the address bar follows. */
  update(patch: Partial<S>): void;
  /** Parameters from the opening URL that were ignored, for UrlNotice. */
  rejected: RejectedParam[];
  /** The link to these exact inputs ('' until the page has loaded in a browser). */
  shareUrl: string;
}

const WRITE_DELAY_MS = 150;

/**
 * State that lives in the query string. The server render uses the defaults; the browser
 * then reads the URL once. The URL is rewritten with replaceState (no history entry per
 * keystroke), and only after the reader changes something, so reading a story never adds
 * parameters to its address.
 */
export function useUrlState<S extends object>(
  schema: UrlSchema<S>,
  defaults: S,
  anchor?: string,
  crossCheck?: CrossCheck<S>,
): UrlState<S> {
  const [state, setState] = useState<S>(defaults);
  const [rejected, setRejected] = useState<RejectedParam[]>([]);
  const [shareUrl, setShareUrl] = useState('');
  const changedByReader = useRef(false);

  useEffect(() => {
    const decoded = decodeState(schema, defaults, window.location.search, crossCheck);
    setState(decoded.state);
    setRejected(decoded.rejected);
    // Schema and defaults are fixed for a widget's life; reading the URL once is the point.
  }, []);

  useEffect(() => {
    if (typeof window === 'undefined') return;
    const query = encodeState(schema, state);
    const hash = anchor ? `#${anchor}` : '';
    setShareUrl(`${window.location.origin}${window.location.pathname}${query}${hash}`);
    if (!changedByReader.current) return;
    const timer = window.setTimeout(() => {
      const url = `${window.location.pathname}${query}${window.location.hash}`;
      window.history.replaceState(window.history.state, '', url);
    }, WRITE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [state]);

  const update = useCallback((patch: Partial<S>) => {
    changedByReader.current = true;
    setState((previous) => ({ ...previous, ...patch }));
  }, []);

  return { state, update, rejected, shareUrl };
}
