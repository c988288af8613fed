// What the island, the analysis runner and the worker pass to each other (types only).
import type { LatencyAnalysis, SideInput } from '../../lib/latency-compare/analyse';

/** One side as the page holds it: typed or pasted text, or a dropped or picked file (streamed). */
export interface SideRequest extends SideInput {
  file?: File | null;
}

/** Bytes of a side's file read so far. */
export interface FileProgress {
  side: 'a' | 'b';
  read: number;
  total: number;
}

export type WorkerReply =
  { id: number; progress: FileProgress } | { id: number; analysis: LatencyAnalysis } | { id: number; error: string };

export interface AnalysisState {
  analysis: LatencyAnalysis;
  /** The inputs this analysis was made from; compare with the current ones to know it is up to date. */
  inputs: { a: SideRequest; b: SideRequest };
  /** The analysis is being computed (large input in the worker, or its code still loading). */
  busy: boolean;
  error: string | null;
  /** While files are streamed: bytes read per side. */
  progress: { a: FileProgress | null; b: FileProgress | null };
}

export const isBlankSide = (side: SideRequest): boolean => !side.file && side.text.trim() === '';

/** Same text (or the same file) read with the same choices: one analysis serves both. */
export function sameSide(x: SideRequest, y: SideRequest): boolean {
  return (
    x.text === y.text &&
    (x.file ?? null) === (y.file ?? null) &&
    x.unit === y.unit &&
    x.column === y.column &&
    (x.phase ?? null) === (y.phase ?? null)
  );
}
