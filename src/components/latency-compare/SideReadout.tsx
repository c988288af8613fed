// How one side's input was read, loaded with the sample parts: the sentence naming the format,
// column and unit; notes and errors; the progress of a file being streamed, with a cancel
// button; and the pickers for unit, column and (for formats with phases) the time compared.
import { RadioGroup, SelectField } from '../kit/ChoiceFields';
import type { SideAnalysis } from '../../lib/latency-compare/analyse';
import type { PhaseChoice } from '../../lib/latency-compare/model';
import { parseNotes } from '../../lib/latency-compare/sample-notes';
import { FORMAT_NAMES, UNIT_NAMES, type ParsedFormat, type UnitChoice } from '../../lib/latency-compare/samples/index';
import { fixedNumber } from '../../lib/format/index';
import type { FileProgress } from './analysis-messages';

/** What the column picker chooses between, by format; "Column" otherwise. */
const COLUMN_LABELS: Partial<Record<ParsedFormat, string>> = {
  'hyperfine-json': 'Command',
  'curl-kv': 'curl timing',
  'curl-json': 'curl timing',
  'k6-csv': 'k6 metric',
  'k6-json': 'k6 metric',
  'k6-summary': 'k6 metric',
  har: 'HAR timing',
};

const UNIT_OPTIONS = [
  { value: 'auto', label: 'Detect (ms if none given)' },
  { value: 'ms', label: 'ms' },
  { value: 's', label: 's' },
  { value: 'us', label: 'µs' },
  { value: 'ns', label: 'ns' },
] as const;

const PHASE_OPTIONS = [
  { value: 'auto', label: "The format's default" },
  { value: 'ttfb', label: 'Time to first byte' },
  { value: 'total', label: 'Total time' },
] as const;

/** How a side's samples came back from a share link: what was first read, with which choices. */
export interface LinkOrigin {
  format: string;
  column: string;
  unit: UnitChoice;
  phase: PhaseChoice;
}

interface Props {
  side: 'a' | 'b';
  analysis: SideAnalysis;
  /** The analysis is for the current input (not an older one still shown). */
  current: boolean;
  progress: FileProgress | null;
  fileName: string | null;
  fromLink: LinkOrigin | null;
}

const mb = (bytes: number) => fixedNumber(bytes / 1_000_000, 1, true);

/** Notes, progress and errors: shown in the side's live region. */
export function SideReadout({
  side,
  analysis,
  current,
  progress,
  fileName,
  fromLink,
  onCancel,
}: Props & { onCancel: () => void }) {
  const name = side.toUpperCase();
  const n = analysis.summary?.n ?? 0;
  const notes = current ? parseNotes(analysis.parsed, n) : [];
  return (
    <>
      {progress && (
        <p class="latency-progress" data-testid={`${side}-progress`}>
          <label>
            Reading {fileName ?? `the file for ${name}`}{' '}
            <progress max={progress.total} value={progress.read}>
              {Math.round((progress.read / Math.max(1, progress.total)) * 100)} %
            </progress>
          </label>{' '}
          <span>
            {mb(progress.read)} of {mb(progress.total)} MB
          </span>{' '}
          <button type="button" class="kit-button" onClick={onCancel}>
            Cancel reading {name}
          </button>
        </p>
      )}
      {fromLink && current && n > 0 && (
        <p class="latency-note" data-testid={`${side}-link-origin`}>
          {linkOriginText(fromLink, n)}
        </p>
      )}
      {notes.map((note, index) => (
        <p
          key={index}
          class={note.level === 'error' ? 'kit-field__message' : `latency-note latency-note--${note.level}`}
          data-read={note.level === 'info' && index === notes.findIndex((x) => x.level === 'info') ? side : undefined}
        >
          {note.text}
        </p>
      ))}
    </>
  );
}

function linkOriginText(origin: LinkOrigin, n: number): string {
  const format = (FORMAT_NAMES as Partial<Record<string, string>>)[origin.format];
  const choices = [
    origin.column ? `column ${origin.column}` : '',
    origin.unit !== 'auto' ? `unit set to ${UNIT_NAMES[origin.unit]}` : '',
    origin.phase !== 'auto' ? (origin.phase === 'ttfb' ? 'time to first byte' : 'total time') : '',
  ].filter(Boolean);
  return (
    `Restored from the link: ${fixedNumber(n, 0, true)} samples in ms (sorted, rounded to 1 µs)` +
    (format ? `, first read from ${format}` : '') +
    (choices.length > 0 ? ` (${choices.join(', ')})` : '') +
    '. To read them another way, paste or drop the original again.'
  );
}

interface ControlProps {
  side: 'a' | 'b';
  analysis: SideAnalysis;
  unit: UnitChoice;
  column: string;
  phase: PhaseChoice;
  onUnit: (unit: UnitChoice) => void;
  onColumn: (column: string) => void;
  onPhase: (phase: PhaseChoice) => void;
}

/** Unit, column and phase pickers for a side whose input came from the reader (not from a link). */
export function SideControls({ side, analysis, unit, column, phase, onUnit, onColumn, onPhase }: ControlProps) {
  const name = side.toUpperCase();
  const { parsed } = analysis;
  const roles = new Set(parsed.columnOptions.map((option) => option.role));
  const phased = roles.has('ttfb') && roles.has('total');
  return (
    <>
      <SelectField
        name={`${side}_unit`}
        label={`Unit of ${name}'s numbers`}
        value={unit}
        options={UNIT_OPTIONS}
        onChange={onUnit}
      />
      {parsed.columns.length > 1 && (
        <SelectField
          name={`${side}_column`}
          label={`${COLUMN_LABELS[parsed.format] ?? 'Column'} for ${name}`}
          value={column || parsed.column || ''}
          options={parsed.columns.map((value) => ({ value, label: value }))}
          onChange={onColumn}
        />
      )}
      {phased && (
        <RadioGroup
          name={`${side}_phase`}
          label={`Time compared for ${name}`}
          value={phase}
          options={PHASE_OPTIONS}
          hint={
            parsed.phase === 'ttfb'
              ? 'Now: time to first byte (server and network, without the body).'
              : parsed.phase === 'total'
                ? 'Now: total time (the body included).'
                : undefined
          }
          onChange={(value) => onPhase(value === '' ? 'auto' : value)}
        />
      )}
    </>
  );
}
