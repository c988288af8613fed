import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  label: string;
  hint?: ComponentChildren;
  /** What is wrong with the current text, or null when it is valid. */
  error: string | null;
  /** The input itself (and its unit); it should carry `aria-describedby={describedBy(...)}`. */
  children: ComponentChildren;
}

/** The ids the hint and the message get, joined for the input's aria-describedby. */
export function describedBy(id: string, hasHint: boolean, error: string | null): string | undefined {
  return [hasHint ? `${id}-hint` : '', error === null ? '' : `${id}-message`].filter(Boolean).join(' ') || undefined;
}

/** Label, control, hint and error message laid out the same way for every kind of field. */
export function FieldFrame({ id, label, hint, error, children }: Props) {
  return (
    <div class={`kit-field${error === null ? '' : ' kit-field--invalid'}`}>
      <label for={id}>{label}</label>
      <div class="kit-field__control">{children}</div>
      {hint && (
        <p class="kit-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error !== null && (
        <p class="kit-field__message" id={`${id}-message`}>
          {error}
        </p>
      )}
    </div>
  );
}
