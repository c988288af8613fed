import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  decodeState,
  encodeState,
  joinSearch,
  splitPageParams,
  type CrossCheck,
  type PageParams,
  type RejectedParam,
  type UrlSchema,
} from '../../lib/url-state/index';

export interface UrlState<S> {
  state: S;
  /** Change some inputs; the address bar follows. */
  update: (patch: Partial<S>) => void;
  /** Parameters from the opening URL that were ignored, for UrlNotice. */
  rejected: RejectedParam[];
  /** The link to these exact inputs ('' in the server render). Read it in event handlers. */
  shareUrl: string;
}

const WRITE_DELAY_MS = 150;

/** Where the calculator sits, when that is not its own tool page (the embeds). */
export interface UrlStatePage {
  /** Parameters of the page around the calculator, passed over and kept in the address. */
  pageParams?: PageParams;
  /** The path that shared links point at instead of this page's (an embed shares its tool page). */
  sharePath?: string;
}

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
  page: UrlStatePage = {},
): UrlState<S> {
  const [state, setState] = useState<S>(defaults);
  const [rejected, setRejected] = useState<RejectedParam[]>([]);
  const changedByReader = useRef(false);

  useEffect(() => {
    // A plain address keeps the defaults the page was rendered with: no second render of the
    // whole widget while the page is still loading.
    if (window.location.search === '') return;
    const split = splitPageParams(window.location.search, page.pageParams);
    const decoded = decodeState(schema, defaults, split.calculatorSearch, crossCheck);
    if (encodeState(schema, decoded.state) !== encodeState(schema, defaults)) setState(decoded.state);
    const rejectedParams = [...split.rejected, ...decoded.rejected];
    if (rejectedParams.length > 0) setRejected(rejectedParams);
    // Schema and defaults are fixed for a widget's life; reading the URL once is the point.
  }, []);

  // Not state: it only matters when a button is pressed, and a state would re-render the widget.
  const query = encodeState(schema, state);
  const shareUrl =
    typeof window === 'undefined'
      ? ''
      : `${window.location.origin}${page.sharePath ?? window.location.pathname}${query}${anchor ? `#${anchor}` : ''}`;

  useEffect(() => {
    if (!changedByReader.current) return;
    const timer = window.setTimeout(() => {
      // The page's own parameters (an embed's theme) stay; the calculator's are rewritten.
      const { pageSearch } = splitPageParams(window.location.search, page.pageParams);
      const url = `${window.location.pathname}${joinSearch(query, pageSearch)}${window.location.hash}`;
      window.history.replaceState(window.history.state, '', url);
    }, WRITE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [query]);

  const update = useCallback((patch: Partial<S>) => {
    changedByReader.current = true;
    setState((previous) => ({ ...previous, ...patch }));
  }, []);

  return { state, update, rejected, shareUrl };
}
