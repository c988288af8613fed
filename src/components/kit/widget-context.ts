import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

// Each widget's id prefixes its fields' ids, so two islands on one page never share an id
// (Preact's useId restarts in every island).
export const WidgetIdContext = createContext('widget');

export function useFieldId(name: string): string {
  return `${useContext(WidgetIdContext)}-${name}`;
}
