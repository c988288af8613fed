import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { RETRY_SENTENCE } from '../kit/recovery';

interface Props {
  /** data-part on the <details>, for tests and styles. */
  part: string;
  summary: string;
  open: boolean;
  onOpen: (open: boolean) => void;
  /** What the section shows before its code arrives: a sentence saying what is inside. */
  intro: string;
  loaded: boolean;
  failed: boolean;
  children?: ComponentChildren;
}

/**
 * A section whose code is fetched the first time it opens (useLazyModule in the parent), so the
 * island's first download stays small. A <details> opens without script, so a press before
 * hydration is kept: the open state is read from the element on mount.
 */
export function LazyPart({ part, summary, open, onOpen, intro, loaded, failed, children }: Props) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (ref.current?.open && !open) onOpen(true);
  }, []);
  return (
    <details
      ref={ref}
      class="kit-section redundancy-part"
      data-part={part}
      open={open}
      onToggle={(event) => onOpen(event.currentTarget.open)}
    >
      <summary>{summary}</summary>
      <p class="redundancy-part__intro">{intro}</p>
      {loaded
        ? children
        : open && (
            <p role="status" class="redundancy-part__loading">
              {failed ? `This part could not be downloaded. ${RETRY_SENTENCE}` : 'Loading…'}
            </p>
          )}
    </details>
  );
}
