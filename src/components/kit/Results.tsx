import type { ComponentChildren } from 'preact';
import { figureText, formatNumber, NO_FIGURE, type NumberFormat } from '../../lib/format/index';

/** The results panel; when an input is invalid it says the figures are from the last valid inputs. */
export function Results({
  stale,
  label = 'Results',
  children,
}: {
  stale?: boolean;
  label?: string;
  children: ComponentChildren;
}) {
  return (
    <section
      class={`kit-results${stale ? ' kit-results--stale' : ''}`}
      aria-label={label}
      data-stale={stale ? 'true' : 'false'}
    >
      {stale && (
        <p class="kit-results__stale" role="status">
          Showing results for the last valid inputs. Fix the field marked in red to update them.
        </p>
      )}
      <dl class="kit-results__list">{children}</dl>
    </section>
  );
}

interface ResultProps extends NumberFormat {
  name: string;
  label: string;
  value: number;
  unit?: string;
  /** Shown instead of a number when the value is not finite (e.g. "never"). */
  fallback?: string;
  note?: string;
}

/** One figure: <output name> holds the plain rounded number; the unit sits beside it. */
export function Result({ name, label, value, unit, fallback = NO_FIGURE, note, ...format }: ResultProps) {
  const finite = Number.isFinite(value);
  return (
    <div class="kit-result">
      <dt>{label}</dt>
      <dd>
        <output name={name} title={finite ? formatNumber(value, { ...format, digits: 12 }) : undefined}>
          {figureText(value, format, fallback)}
        </output>
        {finite && unit && <span class="kit-result__unit"> {unit}</span>}
        {note && <span class="kit-result__note">{note}</span>}
      </dd>
    </div>
  );
}

/**
 * A worded result such as a verdict. `data` becomes data-* attributes on the <output>
 * (e.g. data-outcome="vm"), so tests and scripts can read a machine id beside the words.
 */
export function ResultText({
  name,
  label,
  text,
  note,
  data,
}: {
  name: string;
  label: string;
  text: string;
  note?: string;
  data?: Readonly<Record<string, string>>;
}) {
  const dataAttributes = Object.fromEntries(Object.entries(data ?? {}).map(([key, value]) => [`data-${key}`, value]));
  return (
    <div class="kit-result kit-result--text">
      <dt>{label}</dt>
      <dd>
        <output name={name} {...dataAttributes}>
          {text}
        </output>
        {note && <span class="kit-result__note">{note}</span>}
      </dd>
    </div>
  );
}
