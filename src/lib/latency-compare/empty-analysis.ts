/**
 * What analyseLatency returns for two blank inputs, built without the parser and statistics so
 * the island can show its empty state before (or without ever) loading them.
 */
import type { LatencyAnalysis, SideAnalysis, SideInput } from './analyse.ts';

export function isBlank(input: SideInput): boolean {
  return input.text.trim() === '';
}

function emptySide(input: SideInput): SideAnalysis {
  const chosen = input.unit === 'auto' ? null : input.unit;
  return {
    parsed: {
      format: 'empty',
      formatName: '',
      description: '',
      kind: 'none',
      summary: null,
      unit: chosen ?? 'ms',
      unitSource: chosen ? 'chosen' : 'assumed',
      unitAmbiguous: false,
      unitHint: null,
      columns: [],
      columnOptions: [],
      column: null,
      columnSource: null,
      columnReason: null,
      phase: null,
      rejected: { count: 0, positions: [], positionKind: 'line' },
      commentLines: 0,
      ignoredLines: 0,
      truncated: false,
      charsRead: input.text.length,
    },
    summary: null,
    percentiles: [],
    ecdf: [],
    phases: null,
    linkableSortedMs: null,
    multimodality: null,
  };
}

export function emptyAnalysis(a: SideInput, b: SideInput): LatencyAnalysis {
  return {
    a: emptySide(a),
    b: emptySide(b),
    diff: null,
    verdict: null,
    histogram: null,
    rankTest: null,
    agreement: null,
    ecdfOverlay: null,
    percentilePlot: null,
    words: { rankP: null, probBSlower: null, rankNote: null, agreement: null, multimodal: { a: null, b: null } },
  };
}
