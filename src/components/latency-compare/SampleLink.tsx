// Keeps the compressed samples in the share link (loaded with the sample parts, and at once when
// a link carries samples): restores them once from the opening link, and after each analysis
// writes them back when the whole link fits in 8,000 characters, else writes each side's summary
// (mean, p50, p95, p99) instead. Says exactly what the link will and will not reopen.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LatencyAnalysis } from '../../lib/latency-compare/analyse';
import type { LatencyState } from '../../lib/latency-compare/model';
import { encodeSamples, decodeSamples, fitSampleParams } from '../../lib/latency-compare/sample-codec';
import { LINK_CHAR_BUDGET } from '../../lib/latency-compare/sample-limits';
import { URL_SCHEMA } from '../../lib/latency-compare/url-schema';
import { encodeState } from '../../lib/url-state/index';
import { fixedNumber } from '../../lib/format/index';

interface Props {
  state: LatencyState;
  update: (patch: Partial<LatencyState>) => void;
  analysis: LatencyAnalysis;
  /** Analysis is settled for the current input (not waiting for the worker). */
  settled: boolean;
  hasInput: { a: boolean; b: boolean };
  /** The side's samples came from the opening link (so how they were first read is kept as it was). */
  fromLink: { a: boolean; b: boolean };
  /** Fill a side with samples restored from the link (ms, one per line). */
  restore: (side: 'a' | 'b', text: string) => void;
  anchor: string;
}

const SIDES = ['a', 'b'] as const;
const count = (n: number) => fixedNumber(n, 0, true);

const ALWAYS =
  'the names, the round-trip settings, the what-if distance, your tuning steps and how each side was read (format, column, unit, time compared)';

export function SampleLink({ state, update, analysis, settled, hasInput, fromLink, restore, anchor }: Props) {
  const [note, setNote] = useState<string | null>(null);
  const [restoreProblems, setRestoreProblems] = useState<string[]>([]);
  // What this component last wrote, so its own writes are not mistaken for a link to restore.
  const written = useRef({ a: '', b: '' });
  const restoring = useRef(false);

  useEffect(() => {
    const sides = SIDES.filter((side) => {
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
        const decoded = await decodeSamples(data);
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
    if (!hasInput.a && !hasInput.b) {
      if (state.aData !== '' || state.bData !== '') {
        written.current = { a: '', b: '' };
        update({ aData: '', bData: '', aFormat: '', bFormat: '', aUnitGuessed: false, bUnitGuessed: false });
      }
      setNote(null);
      return;
    }
    let cancelled = false;
    const encodeSide = async (side: 'a' | 'b') => {
      const sorted = hasInput[side] ? analysis[side].linkableSortedMs : null;
      return sorted ? encodeSamples(sorted) : null;
    };
    void Promise.all([encodeSide('a'), encodeSide('b')]).then(([aData, bData]) => {
      if (!cancelled) write(aData, bData);
    });
    return () => {
      cancelled = true;
    };
  }, [analysis, settled, hasInput.a, hasInput.b]);

  const write = (aData: string | null, bData: string | null) => {
    const tooMany = SIDES.filter(
      (side) => hasInput[side] && analysis[side].summary && !analysis[side].linkableSortedMs,
    );
    const base = `${window.location.origin}${window.location.pathname}${encodeState(URL_SCHEMA, { ...state, aData: '', bData: '' })}#${anchor}`;
    const fit = fitSampleParams(base, { a_data: aData, b_data: bData });
    // How each side was read travels with its samples; a side restored from a link keeps what it said.
    const readPatch: Partial<LatencyState> = {};
    for (const side of SIDES) {
      if (fromLink[side]) continue;
      const parsed = analysis[side].parsed;
      const has = hasInput[side] && analysis[side].summary !== null;
      Object.assign(
        readPatch,
        side === 'a'
          ? { aFormat: has ? parsed.format : '', aUnitGuessed: has && parsed.unitAmbiguous }
          : { bFormat: has ? parsed.format : '', bUnitGuessed: has && parsed.unitAmbiguous },
      );
    }
    const changed = (patch: Partial<LatencyState>) =>
      (Object.keys(patch) as (keyof LatencyState)[]).some((key) => patch[key] !== state[key]);

    if (tooMany.length === 0 && !fit.omitted) {
      const next = { ...readPatch, aData: fit.params.a_data ?? '', bData: fit.params.b_data ?? '' };
      written.current = { a: next.aData, b: next.bData };
      if (changed(next)) update(next);
      setNote(
        `The share link carries the raw samples (sorted, rounded to 1 µs) and reopens ${ALWAYS}. It does not carry the pasted text or files themselves, so a curl phase breakdown is not reopened.`,
      );
      return;
    }
    // Too big for a link: carry each sample side's summary instead.
    const patch: Partial<LatencyState> = { ...readPatch, aData: '', bData: '' };
    const round = (v: number) => Math.round(v * 1000) / 1000;
    for (const side of SIDES) {
      const summary = hasInput[side] ? analysis[side].summary : null;
      if (!summary) continue;
      const figures = {
        meanMs: round(summary.meanMs),
        p50: round(summary.p50Ms),
        p95: round(summary.p95Ms),
        p99: round(summary.p99Ms),
      };
      Object.assign(
        patch,
        side === 'a'
          ? { aMs: figures.meanMs, aP50: figures.p50, aP95: figures.p95, aP99: figures.p99 }
          : { bMs: figures.meanMs, bP50: figures.p50, bP95: figures.p95, bP99: figures.p99 },
      );
    }
    written.current = { a: '', b: '' };
    if (changed(patch)) update(patch);
    const sized = SIDES.filter((side) => hasInput[side] && analysis[side].summary).map(
      (side) => `${side.toUpperCase()} (${count(analysis[side].summary!.n)} samples)`,
    );
    const why =
      tooMany.length > 0
        ? `more than ${count(5000)} samples a side do not fit in a link`
        : `the samples together do not fit in a link of ${count(LINK_CHAR_BUDGET)} characters`;
    setNote(
      `Too many samples for a link (${why}): the share link carries only the summary of ${sized.join(' and ')}, its mean, p50, p95 and p99, compared as summary figures. ` +
        `It reopens ${ALWAYS}, but not the samples, so whoever opens it sees no confidence interval, rank test, multimodality check or charts. To share those, share the files.`,
    );
  };

  return (
    <>
      {restoreProblems.length > 0 && (
        <div class="kit-notice" role="status">
          <ul>
            {restoreProblems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {note && (
        <p class="latency-note" data-testid="link-note">
          {note}
        </p>
      )}
    </>
  );
}
