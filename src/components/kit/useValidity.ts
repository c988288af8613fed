import { useCallback, useState } from 'preact/hooks';

/** Tracks which fields hold invalid text, so results can say they show the last valid inputs. */
export function useValidity() {
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());
  const report = useCallback((name: string, valid: boolean) => {
    setInvalid((previous) => {
      if (previous.has(name) === !valid) return previous;
      const next = new Set(previous);
      if (valid) next.delete(name);
      else next.add(name);
      return next;
    });
  }, []);
  return { stale: invalid.size > 0, invalidFields: invalid, report };
}
