/**
 * Plain-words notes about how a pasted input was read and which percentiles its size can support.
 * Needed only once a reader pastes samples, so the island loads them with the analyser.
 */
import { fixedNumber } from '../format/index.ts';
import { SUPPORTED_FORMATS_TEXT, type ParsedSamples } from './samples/index.ts';
import type { PercentileEstimate } from './percentile-ci.ts';

function listPositions(positions: number[], total: number): string {
  const shown = positions.join(', ');
  return total > positions.length ? `${shown} and ${total - positions.length} more` : shown;
}

export interface SampleNote {
  level: 'error' | 'warning' | 'info';
  text: string;
}

/** One message per noteworthy thing about how an input was read; errors first. */
export function parseNotes(parsed: Omit<ParsedSamples, 'valuesMs' | 'curlTimings'>, n: number): SampleNote[] {
  if (parsed.format === 'binary') {
    return [
      {
        level: 'error',
        text: `No samples could be read: this looks like binary data (NUL bytes or other control characters), not text. ${SUPPORTED_FORMATS_TEXT}`,
      },
    ];
  }
  if (parsed.format === 'unrecognised') return [{ level: 'error', text: parsed.description }];
  const notes: SampleNote[] = [];
  const { rejected } = parsed;
  const kind = rejected.positionKind === 'entry' ? 'entries' : 'lines';
  if (parsed.format !== 'empty' && n === 0 && parsed.kind !== 'summary') {
    notes.push({
      level: 'error',
      text:
        rejected.count > 0
          ? `No samples could be read from this ${parsed.formatName}: ${fixedNumber(rejected.count, 0, true)} ${kind} were not numbers this tool understands (${kind} ${listPositions(rejected.positions, rejected.count)}).`
          : `No samples could be read from this ${parsed.formatName}.`,
    });
  } else if (rejected.count > 0) {
    notes.push({
      level: 'warning',
      text: `${fixedNumber(rejected.count, 0, true)} ${rejected.count === 1 ? kind.slice(0, -1) : kind} could not be read and ${rejected.count === 1 ? 'was' : 'were'} left out: ${rejected.positionKind} ${listPositions(rejected.positions, rejected.count)}.`,
    });
  }
  if (parsed.truncated) notes.push({ level: 'warning', text: 'Only the first 1,000,000 samples were read.' });
  if (parsed.format !== 'empty' && (n > 0 || parsed.kind === 'summary')) {
    const why = parsed.columnReason && parsed.columnSource !== 'chosen' ? ` Column: ${parsed.columnReason}.` : '';
    notes.push({ level: 'info', text: `${parsed.description}${why}` });
  }
  if (parsed.kind === 'summary') {
    notes.push({
      level: 'info',
      text: 'This is a summary, not individual requests: compare it through the summary figures (no confidence interval can come from it).',
    });
  }
  if (parsed.unitAmbiguous && parsed.unitHint !== 's') {
    notes.push({
      level: 'warning',
      text: 'Nothing says which unit these numbers are in; milliseconds were assumed. Any verdict depends on that: choose the unit if it is not ms.',
    });
  }
  if (parsed.unitHint === 's') {
    notes.push({
      level: 'warning',
      text: 'Every value is under 10 with decimals: if these are seconds, choose "s" as the unit.',
    });
  }
  if (parsed.commentLines > 0)
    notes.push({
      level: 'info',
      text: `${fixedNumber(parsed.commentLines, 0, true)} comment lines (starting with #) were skipped.`,
    });
  return notes;
}

/** Note for a percentile that the sample size cannot really support, or null when it can. */
export function percentileNote(estimate: PercentileEstimate, n: number): string | null {
  const name = `p${Math.round(estimate.p * 100)}`;
  // nearMax implies too few samples for an interval too (n < 1/(1 − p) is below every minimum).
  if (estimate.nearMax && estimate.ci.kind === 'too-few-samples') {
    return `Too few samples: with ${n} samples the ${name} is little more than the maximum; a 95 % interval needs at least ${estimate.ci.minN}.`;
  }
  if (estimate.ci.kind === 'too-few-samples') {
    return `Too few samples for a 95 % interval on the ${name}: it needs at least ${estimate.ci.minN}.`;
  }
  return null;
}
