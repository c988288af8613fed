import { useEffect, useRef, useState } from 'preact/hooks';
import type { LatencyAnalysis } from '../../lib/latency-compare/analyse';
import { encodeState } from '../../lib/url-state/index';
import type { LatencyState } from '../../lib/latency-compare/model';
import { URL_SCHEMA } from '../../lib/latency-compare/url-schema';

// The codec (compression, base64url) loads only when a link carries samples or samples are pasted.
const loadCodec = () => import('../../lib/latency-compare/sample-codec');

interface Options {
  state: LatencyState;
  update: (patch: Partial<LatencyState>) => void;
  analysis: LatencyAnalysis;
  /** Analysis is settled for the current text (not waiting for the worker). */
  settled: boolean;
  hasText: { a: boolean; b: boolean };
  /** Fill a side's textarea with samples restored from the link (ms, one per line). */
  restore: (side: 'a' | 'b', text: string) => void;
  anchor: string;
}

export interface SampleLinkStatus {
  /** Shown under the share buttons: whether the link carries samples or only the summary. */
  note: string | null;
  /** Problems with a_data / b_data in the opening link, shown as a notice (text only). */
  restoreProblems: string[];
}

/**
 * Keeps the compressed samples in the share link: restores them once from the opening link, and
 * after each analysis writes them back when the whole link fits in 8,000 characters, else writes
 * the sample summary (mean, p50, p95, p99) instead and says so.
 */
export function useSampleLink({
  state,
  update,
  analysis,
  settled,
  hasText,
  restore,
  anchor,
}: Options): SampleLinkStatus {
  const [note, setNote] = useState<string | null>(null);
  const [restoreProblems, setRestoreProblems] = useState<string[]>([]);
  // What this hook last wrote, so its own writes are not mistaken for a link to restore.
  const written = useRef({ a: '', b: '' });
  const restoring = useRef(false);

  useEffect(() => {
    const sides = (['a', 'b'] as const).filter((side) => {
      const data = side === 'a' ? state.aData : state.bData;
      return data !== '' && data !== written.current[side];
    });
    if (sides.length === 0) return;
    restoring.current = true;
    let cancelled = false;
    void Promise.all(
      sides.map(async (side) => {
        const data = side === 'a' ? state.aData : state.bData;
        written.current[side] = data;
        const decoded = await loadCodec().then(
          ({ decodeSamples }) => decodeSamples(data),
          () => ({ ok: false as const, reason: 'the code that reads it could not be loaded' }),
        );
        if (cancelled) return null;
        if (decoded.ok) {
          restore(side, Array.from(decoded.value, (v) => String(v)).join('\n'));
          return null;
        }
        return `${side}_data: ${decoded.reason}; the samples in the link were ignored.`;
      }),
    ).then((problems) => {
      if (cancelled) return;
      restoring.current = false;
      setRestoreProblems(problems.filter((p): p is string => p !== null));
    });
    return () => {
      cancelled = true;
    };
  }, [state.aData, state.bData]);

  useEffect(() => {
    if (!settled || restoring.current) return;
    if (!hasText.a && !hasText.b) {
      if (state.aData !== '' || state.bData !== '') {
        written.current = { a: '', b: '' };
        update({ aData: '', bData: '' });
      }
      setNote(null);
      return;
    }
    let cancelled = false;
    void loadCodec().then(async ({ encodeSamples, fitSampleParams }) => {
      const encodeSide = async (side: 'a' | 'b') => {
        const sorted = hasText[side] ? analysis[side].linkableSortedMs : null;
        return sorted ? encodeSamples(sorted) : null;
      };
      const [aData, bData] = await Promise.all([encodeSide('a'), encodeSide('b')]);
      if (cancelled) return;
      const tooMany = (['a', 'b'] as const).some(
        (side) => hasText[side] && analysis[side].summary && !analysis[side].linkableSortedMs,
      );
      const base = `${window.location.origin}${window.location.pathname}${encodeState(URL_SCHEMA, { ...state, aData: '', bData: '' })}#${anchor}`;
      const fit = fitSampleParams(base, { a_data: aData, b_data: bData });
      if (!tooMany && !fit.omitted) {
        const next = { aData: fit.params.a_data ?? '', bData: fit.params.b_data ?? '' };
        written.current = { a: next.aData, b: next.bData };
        if (next.aData !== state.aData || next.bData !== state.bData) update(next);
        setNote('The share link carries the raw samples (sorted, rounded to 1 µs).');
        return;
      }
      // Too big for a link: carry each sample side's summary instead.
      const patch: Partial<LatencyState> = { aData: '', bData: '' };
      for (const side of ['a', 'b'] as const) {
        const summary = hasText[side] ? analysis[side].summary : null;
        if (!summary) continue;
        const round = (v: number) => Math.round(v * 1000) / 1000;
        if (side === 'a')
          Object.assign(patch, {
            aMs: round(summary.meanMs),
            aP50: round(summary.p50Ms),
            aP95: round(summary.p95Ms),
            aP99: round(summary.p99Ms),
          });
        else
          Object.assign(patch, {
            bMs: round(summary.meanMs),
            bP50: round(summary.p50Ms),
            bP95: round(summary.p95Ms),
            bP99: round(summary.p99Ms),
          });
      }
      written.current = { a: '', b: '' };
      const changed = (Object.keys(patch) as (keyof LatencyState)[]).some((key) => patch[key] !== state[key]);
      if (changed) update(patch);
      setNote(
        'Too many samples for a link of 8,000 characters: the share link carries only the summary (mean, p50, p95, p99), so whoever opens it sees no uncertainty.',
      );
    });
    return () => {
      cancelled = true;
    };
  }, [analysis, settled, hasText.a, hasText.b]);

  return { note, restoreProblems };
}
