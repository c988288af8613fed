import { useEffect, useState } from 'preact/hooks';

// Loaded modules outlive the component, so a second widget (or a remount) gets them at once.
const loaded = new Map<() => Promise<unknown>, unknown>();

/**
 * Loads a module the first time `when` is true and returns it; null until then. For code a
 * widget needs only once there is data (chart set-up, parsers), which then stays out of the
 * island's first download. Pass a loader defined at module level, so it is the same function
 * on every render. If loading fails, the result stays null and `failed` is true.
 */
export function useLazyModule<T>(load: () => Promise<T>, when: boolean): { module: T | null; failed: boolean } {
  const [module, setModule] = useState<T | null>(() => (loaded.get(load) as T | undefined) ?? null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!when || module) return;
    let live = true;
    load().then(
      (result) => {
        loaded.set(load, result);
        if (live) setModule(() => result);
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [when, module]);

  return { module, failed };
}
