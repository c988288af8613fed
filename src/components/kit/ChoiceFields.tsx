import { useFieldId } from './widget-context';
import { describedBy, FieldFrame } from './FieldFrame';

export interface Choice<V extends string> {
  value: V;
  label: string;
  /** A short explanation shown under a radio option. */
  detail?: string;
}

interface ChoiceProps<V extends string> {
  name: string;
  label: string;
  value: V;
  options: readonly Choice<V>[];
  onChange: (value: V) => void;
  hint?: string;
}

export function SelectField<V extends string>({ name, label, value, options, onChange, hint }: ChoiceProps<V>) {
  const id = useFieldId(name);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={null}>
      <select
        id={id}
        name={name}
        aria-describedby={describedBy(id, Boolean(hint), null)}
        onChange={(event) => onChange(event.currentTarget.value as V)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} selected={option.value === value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** Native radios in a fieldset: arrow keys move between options without any script. */
export function RadioGroup<V extends string>({
  name,
  label,
  value,
  options,
  onChange,
  hint,
  allowNone,
}: ChoiceProps<V | ''> & { allowNone?: string }) {
  const id = useFieldId(name);
  const all: readonly Choice<V | ''>[] = allowNone ? [...options, { value: '', label: allowNone }] : options;
  return (
    <fieldset class="kit-radios" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{label}</legend>
      {hint && (
        <p class="kit-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {all.map((option) => {
        // "--unset" cannot collide with a real value such as "none" (values are single-dash ids).
        const optionId = option.value === '' ? `${id}--unset` : `${id}-${option.value}`;
        return (
          <div class="kit-radios__option" key={option.value}>
            <input
              type="radio"
              id={optionId}
              name={id}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <label for={optionId}>
              {option.label}
              {option.detail && <span class="kit-radios__detail">{option.detail}</span>}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
