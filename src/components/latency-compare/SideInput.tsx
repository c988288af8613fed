import { useState } from 'preact/hooks';
import { SelectField } from '../kit/ChoiceFields';
import { TextField } from '../kit/TextField';
import { useFieldId } from '../kit/widget-context';
import { fixedNumber } from '../../lib/format/index';
import { optionalNumberParam } from '../../lib/url-state/index';
import type { SampleNote } from '../../lib/latency-compare/sample-notes';
import type { SideAnalysis } from '../../lib/latency-compare/analyse';
import type { ParsedFormat, UnitChoice } from '../../lib/latency-compare/samples/index';
import { FIELD_RULES, LABEL_MAX } from '../../lib/latency-compare/fields';
import { labelParam } from '../../lib/latency-compare/url-schema';

/** Files larger than this are refused before reading: no latency log needs more. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;
/**
 * Text longer than this is kept out of the textarea: laying out megabytes in a text box can
 * freeze a browser for seconds, while the analysis itself runs in a worker.
 */
export const LARGE_TEXT_CHARS = 200_000;

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

const labelCodec = labelParam;
const summaryCodec = optionalNumberParam(FIELD_RULES.aP50);

const UNIT_OPTIONS = [
  { value: 'auto', label: 'Detect (ms if none given)' },
  { value: 'ms', label: 'ms' },
  { value: 's', label: 's' },
  { value: 'us', label: 'µs' },
] as const;

export interface SummaryFigures {
  meanMs: number | null;
  p50Ms: number | null;
  p95Ms: number | null;
  p99Ms: number | null;
}

interface Props {
  side: 'a' | 'b';
  label: string;
  text: string;
  unit: UnitChoice;
  column: string | null;
  analysis: SideAnalysis;
  /** How the text was read (empty until the analyser has loaded). */
  notes: SampleNote[];
  summary: SummaryFigures;
  onLabel: (label: string) => void;
  onText: (text: string) => void;
  onUnit: (unit: UnitChoice) => void;
  onColumn: (column: string | null) => void;
  onSummary: (patch: Partial<SummaryFigures>) => void;
  onValidity: (name: string, valid: boolean) => void;
}

/** One environment: its label, pasted or dropped samples (with format notes), or summary figures. */
export function SideInput(props: Props) {
  const { side, label, text, unit, column, analysis, summary } = props;
  const name = side.toUpperCase();
  const textareaId = useFieldId(`${side}-samples`);
  const fileId = useFieldId(`${side}-file`);
  const hasText = text.trim() !== '';
  const large = text.length > LARGE_TEXT_CHARS;
  const notes = hasText ? props.notes : [];
  const error = notes.find((note) => note.level === 'error');
  const notesId = `${textareaId}-notes`;
  const hintId = `${textareaId}-hint`;

  const [fileError, setFileError] = useState<string | null>(null);
  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setFileError(`That file is ${Math.round(file.size / 1048576)} MB; the tool reads files up to 20 MB.`);
      return;
    }
    try {
      props.onText(await file.text());
      setFileError(null);
    } catch {
      setFileError('That file could not be read.');
    }
  };

  return (
    <fieldset class="latency-side">
      <legend>Environment {name}</legend>
      <TextField
        name={`${side}_label`}
        label={`Name of ${name}`}
        value={label}
        codec={labelCodec}
        maxLength={LABEL_MAX}
        onValue={props.onLabel}
        onValidity={props.onValidity}
      />
      <div class={`kit-field${error ? ' kit-field--invalid' : ''}`}>
        <label for={textareaId}>Samples for {name}</label>
        <textarea
          id={textareaId}
          name={`${side}-samples`}
          rows={6}
          spellcheck={false}
          autoComplete="off"
          value={large ? '' : text}
          placeholder={large ? 'Large input loaded (see below); typing here replaces it.' : '112.4\n98.7\n…'}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={`${hintId} ${notesId}`}
          onInput={(event) => props.onText(event.currentTarget.value)}
          onPaste={(event) => {
            const pasted = event.clipboardData?.getData('text/plain') ?? '';
            if (pasted.length <= LARGE_TEXT_CHARS) return;
            // Keep a huge paste out of the box (see LARGE_TEXT_CHARS); it replaces the whole input.
            event.preventDefault();
            props.onText(pasted);
          }}
          onDragOver={(event) => event.preventDefault()}
          onDrop={(event) => {
            event.preventDefault();
            void readFile(event.dataTransfer?.files[0]);
          }}
        />
        <p class="kit-field__hint" id={hintId}>
          One number per line, CSV with a header, curl -w lines (key=value or JSON) or a hyperfine JSON export. Paste,
          drop a file here or pick one below.
        </p>
        {large && (
          <p class="latency-note latency-large">
            {fixedNumber(text.length / 1_000_000, 1, true)} million characters loaded for {name}, kept out of the box so
            the page stays responsive.{' '}
            <button type="button" class="kit-button latency-remove" onClick={() => props.onText('')}>
              Clear {name}
            </button>
          </p>
        )}
        <div id={notesId} aria-live="polite">
          {fileError && <p class="kit-field__message">{fileError}</p>}
          {notes.map((note, index) => (
            <p
              key={index}
              class={note.level === 'error' ? 'kit-field__message' : `latency-note latency-note--${note.level}`}
            >
              {note.text}
            </p>
          ))}
        </div>
      </div>
      <div class="kit-grid latency-side__controls">
        <div class="kit-field">
          <label for={fileId}>File for {name}</label>
          <input
            id={fileId}
            type="file"
            accept=".txt,.csv,.tsv,.json,.log,text/plain,text/csv,application/json"
            onChange={(event) => void readFile(event.currentTarget.files?.[0])}
          />
        </div>
        <SelectField
          name={`${side}_unit`}
          label={`Unit of ${name}'s numbers`}
          value={unit}
          options={UNIT_OPTIONS}
          onChange={(value) => props.onUnit(value)}
        />
        {analysis.parsed.columns.length > 1 && (
          <SelectField
            name={`${side}_column`}
            label={`${COLUMN_LABELS[analysis.parsed.format] ?? 'Column'} for ${name}`}
            value={column ?? analysis.parsed.column ?? ''}
            options={analysis.parsed.columns.map((value) => ({ value, label: value }))}
            onChange={(value) => props.onColumn(value)}
          />
        )}
      </div>
      {hasText ? (
        <p class="latency-note">Summary figures for {name} are not used while samples are pasted.</p>
      ) : (
        <div class="kit-grid">
          <TextField
            name={`${side}_ms`}
            label={`Mean of ${name} (ms)`}
            value={summary.meanMs}
            codec={summaryCodec}
            hint="Blank if not known"
            onValue={(meanMs) => props.onSummary({ meanMs })}
            onValidity={props.onValidity}
          />
          <TextField
            name={`${side}_p50`}
            label={`p50 of ${name} (ms)`}
            value={summary.p50Ms}
            codec={summaryCodec}
            hint="Optional"
            onValue={(p50Ms) => props.onSummary({ p50Ms })}
            onValidity={props.onValidity}
          />
          <TextField
            name={`${side}_p95`}
            label={`p95 of ${name} (ms)`}
            value={summary.p95Ms}
            codec={summaryCodec}
            hint="Optional"
            onValue={(p95Ms) => props.onSummary({ p95Ms })}
            onValidity={props.onValidity}
          />
          <TextField
            name={`${side}_p99`}
            label={`p99 of ${name} (ms)`}
            value={summary.p99Ms}
            codec={summaryCodec}
            hint="Optional"
            onValue={(p99Ms) => props.onSummary({ p99Ms })}
            onValidity={props.onValidity}
          />
        </div>
      )}
    </fieldset>
  );
}
