import { useEffect, useState } from 'preact/hooks';
import type { ParamCodec } from '../../lib/url-state/index';
import { useFieldId } from './widget-context';

interface Props<T> {
  name: string;
  label: string;
  value: T;
  /** The same codec the URL uses, so the field and a shared link accept exactly the same text. */
  codec: ParamCodec<T>;
  hint?: string;
  /** Longest text the field takes (the codec still judges what it means). */
  maxLength?: number;
  onValue(value: T): void;
  onValidity?(name: string, valid: boolean): void;
}

/**
 * A text input for a structured value (such as a packet mix "40:7,576:4"): keeps what the reader
 * typed, says beside the field what is wrong, and hands the calculator only values the codec accepts.
 */
export function TextField<T>({ name, label, value, codec, hint, maxLength, onValue, onValidity }: Props<T>) {
  const id = useFieldId(name);
  const [text, setText] = useState(codec.format(value));
  const parsed = codec.parse(text);

  // A preset or a restored link changes the value from outside: show it, unless the text already means it.
  useEffect(() => {
    const current = codec.parse(text);
    if (!current.ok || codec.format(current.value) !== codec.format(value)) {
      setText(codec.format(value));
      onValidity?.(name, true);
    }
  }, [codec.format(value)]);

  const onInput = (event: Event) => {
    const next = (event.currentTarget as HTMLInputElement).value;
    setText(next);
    const result = codec.parse(next);
    onValidity?.(name, result.ok);
    if (result.ok && codec.format(result.value) !== codec.format(value)) onValue(result.value);
  };

  const messageId = `${id}-message`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : '', parsed.ok ? '' : messageId].filter(Boolean).join(' ') || undefined;

  return (
    <div class={`kit-field${parsed.ok ? '' : ' kit-field--invalid'}`}>
      <label for={id}>{label}</label>
      <div class="kit-field__control">
        <input
          id={id}
          name={name}
          type="text"
          autoComplete="off"
          spellcheck={false}
          maxLength={maxLength}
          value={text}
          aria-invalid={parsed.ok ? undefined : 'true'}
          aria-describedby={describedBy}
          onInput={onInput}
        />
      </div>
      {hint && (
        <p class="kit-field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {!parsed.ok && (
        <p class="kit-field__message" id={messageId}>
          {parsed.reason}
        </p>
      )}
    </div>
  );
}
