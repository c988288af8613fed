import { useEffect, useRef } from 'preact/hooks';

type FormElement = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * Islands hydrate on first use (hydrate-on-use.ts), so a reader can type, paste or pick before
 * the field's handlers exist. Hydration leaves what the element holds alone, but the state
 * does not know it. On mount this hands the element's current value to `adopt` when it differs
 * from what was rendered, as if the input event had been heard.
 */
export function useAdoptEarlyInput<E extends FormElement>(rendered: string, adopt: (value: string) => void) {
  const ref = useRef<E>(null);
  useEffect(() => {
    const element = ref.current;
    if (element && element.value !== rendered) adopt(element.value);
  }, []);
  return ref;
}
