import { useEffect, useRef, useState } from 'preact/hooks';
import { describeRange, parseNumberInput, type NumberRule } from '../../lib/number-input/index';
import { formatParamNumber } from '../../lib/url-state/index';
import { useFieldId } from './widget-context';
import { describedBy, FieldFrame } from './FieldFrame';

interface Props extends NumberRule {
  name: string;
  label: string;
  unit?: string;
  value: number;
  step?: number;
  hint?: string;
  onValue: (value: number) => void;
  onValidity?: (name: string, valid: boolean) => void;
}

/**
 * A number input that keeps what the reader typed, says beside the field what is wrong,
 * and hands the calculator only valid numbers.
 */
export function NumberField({ name, label, unit, value, min, max, integer, step, hint, onValue, onValidity }: Props) {
  const id = useFieldId(name);
  const rule: NumberRule = { min, max, integer };
  const [text, setText] = useState(formatParamNumber(value));
  const parsed = parseNumberInput(text, rule);

  // A preset or a restored link changes the value from outside: show it, unless the text already means it.
  useEffect(() => {
    const current = parseNumberInput(text, rule);
    if (!current.ok || current.value !== value) {
      setText(formatParamNumber(value));
      onValidity?.(name, true);
    }
  }, [value]);

  // A range can depend on another field (k of n hosts: k ≤ n). When it changes, the same text
  // may become valid or invalid, so re-check it and pass a now-valid number on.
  const ruleSeen = useRef(false);
  const committedValue = useRef(value);
  useEffect(() => {
    if (!ruleSeen.current) {
      ruleSeen.current = true;
      return;
    }
    // If the value changed in the same update (a restored link sets n and k together), the
    // effect above has just replaced the text with it, so check that instead of the old text.
    const shown = committedValue.current !== value ? formatParamNumber(value) : text;
    const current = parseNumberInput(shown, rule);
    onValidity?.(name, current.ok);
    if (current.ok && current.value !== value) onValue(current.value);
  }, [min, max, integer]);
  useEffect(() => {
    committedValue.current = value;
  });

  const applyText = (next: string) => {
    setText(next);
    const result = parseNumberInput(next, rule);
    onValidity?.(name, result.ok);
    if (result.ok && result.value !== value) onValue(result.value);
  };

  const error = parsed.ok ? null : parsed.reason;

  return (
    <FieldFrame
      id={id}
      label={label}
      error={error}
      hint={
        hint && (
          <>
            {hint} <span class="kit-field__range">({describeRange(rule)})</span>
          </>
        )
      }
    >
      <input
        id={id}
        name={name}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellcheck={false}
        value={text}
        aria-invalid={error === null ? undefined : 'true'}
        aria-describedby={describedBy(id, Boolean(hint), error)}
        data-min={min}
        data-max={max}
        data-step={step}
        onInput={(event) => applyText(event.currentTarget.value)}
        onKeyDown={(event) => {
          // Arrow keys step the value, as on a native number field.
          if (!step || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') || !parsed.ok) return;
          event.preventDefault();
          const raw = parsed.value + (event.key === 'ArrowUp' ? step : -step);
          const next = Math.min(max, Math.max(min, Number(raw.toPrecision(12))));
          setText(formatParamNumber(next));
          onValue(next);
        }}
      />
      {unit && <span class="kit-field__unit">{unit}</span>}
    </FieldFrame>
  );
}
