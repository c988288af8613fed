import { useEffect, useState } from 'preact/hooks';
import type { ParamCodec } from '../../lib/url-state/index';
import { useFieldId } from './widget-context';
import { describedBy, FieldFrame } from './FieldFrame';

interface Props<T> {
  name: string;
  label: string;
  value: T;
  /** The same codec the URL uses, so the field and a shared link accept exactly the same text. */
  codec: ParamCodec<T>;
  hint?: string;
  /** Longest text the field takes (the codec still judges what it means). */
  maxLength?: number;
  onValue: (value: T) => void;
  onValidity?: (name: string, valid: boolean) => void;
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

  const applyText = (next: string) => {
    setText(next);
    const result = codec.parse(next);
    onValidity?.(name, result.ok);
    if (result.ok && codec.format(result.value) !== codec.format(value)) onValue(result.value);
  };

  const error = parsed.ok ? null : parsed.reason;

  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={name}
        type="text"
        autoComplete="off"
        spellcheck={false}
        maxLength={maxLength}
        value={text}
        aria-invalid={error === null ? undefined : 'true'}
        aria-describedby={describedBy(id, Boolean(hint), error)}
        onInput={(event) => applyText(event.currentTarget.value)}
      />
    </FieldFrame>
  );
}
