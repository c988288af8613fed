import { useEffect, useState } from 'preact/hooks';
import { whenRecoverable } from './recovery';

// Loaded modules outlive the component, so a second widget (or a remount) gets them at once.
const loaded = new Map<() => Promise<unknown>, unknown>();

/**
 * Loads a module the first time `when` is true and returns it; null until then. For code a
 * widget needs only once there is data (chart set-up, parsers), which then stays out of the
 * island's first download. Pass a loader defined at module level, so it is the same function
 * on every render, made with retryableImport (recovery.ts) so a retry downloads again. If loading fails, `failed` is true until it is tried again: when the
 * connection is back or the reader next uses the page (recovery.ts).
 */
export function useLazyModule<T>(load: () => Promise<T>, when: boolean): { module: T | null; failed: boolean } {
  const [module, setModule] = useState<T | null>(() => (loaded.get(load) as T | undefined) ?? null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!when || module) return;
    let live = true;
    let cancelRetry = () => {};
    const startedAt = performance.now();
    load().then(
      (result) => {
        loaded.set(load, result);
        if (live) {
          setFailed(false);
          setModule(() => result);
        }
      },
      () => {
        if (!live) return;
        setFailed(true);
        cancelRetry = whenRecoverable(() => setAttempt((n) => n + 1), startedAt);
      },
    );
    return () => {
      live = false;
      cancelRetry();
    };
  }, [when, module, attempt]);

  return { module, failed };
}
