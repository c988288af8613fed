import type { ComponentChildren } from 'preact';
import { WidgetIdContext } from './widget-context';
import './kit.css';

interface Props {
  /** Anchor id of the widget: share links point here, and field ids start with it. */
  id: string;
  title: string;
  /** One line saying what question the widget answers. */
  lede?: string;
  children: ComponentChildren;
}

/** The outer box of every calculator: escapes Starlight's prose styles and names the region. */
export function WidgetFrame({ id, title, lede, children }: Props) {
  return (
    <section id={id} class="not-content kit-widget" aria-labelledby={`${id}-title`}>
      {/* Says "loading" or "could not be downloaded" before hydration (hydrate-on-use.ts); empty in every render. */}
      <p class="kit-widget__status" role="status" data-hydration-status />
      <header class="kit-widget__header">
        <p class="kit-widget__title" id={`${id}-title`}>
          {title}
        </p>
        {lede && <p class="kit-widget__lede">{lede}</p>}
      </header>
      <WidgetIdContext.Provider value={id}>{children}</WidgetIdContext.Provider>
    </section>
  );
}
