import type { ComponentChildren } from 'preact';
import { TextField } from '../kit/TextField';
import { useFieldId } from '../kit/widget-context';
import { fixedNumber } from '../../lib/format/index';
import { optionalNumberParam } from '../../lib/url-state/index';
import { FIELD_RULES, LABEL_MAX } from '../../lib/latency-compare/fields';
import { labelParam } from '../../lib/latency-compare/url-schema';

/**
 * Text longer than this is kept out of the textarea: laying out megabytes in a text box can
 * freeze a browser for seconds, while the analysis itself runs in a worker.
 */
export const LARGE_TEXT_CHARS = 200_000;

const labelCodec = labelParam;
const summaryCodec = optionalNumberParam(FIELD_RULES.aP50);

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
  /** A dropped or picked file, streamed into the analyser rather than read into the page. */
  file: File | null;
  /** How the input was read, its progress and its pickers: rendered by the lazily loaded sample parts. */
  readout: ComponentChildren;
  controls: ComponentChildren;
  summary: SummaryFigures;
  onLabel: (label: string) => void;
  onText: (text: string) => void;
  onFile: (file: File) => void;
  onSummary: (patch: Partial<SummaryFigures>) => void;
  onValidity: (name: string, valid: boolean) => void;
}

/** One environment: its label, pasted or dropped samples (with format notes), or summary figures. */
export function SideInput(props: Props) {
  const { side, label, text, file, summary } = props;
  const name = side.toUpperCase();
  const textareaId = useFieldId(`${side}-samples`);
  const fileId = useFieldId(`${side}-file`);
  const hasText = text.trim() !== '' || file !== null;
  const large = file !== null || text.length > LARGE_TEXT_CHARS;
  const notesId = `${textareaId}-notes`;
  const hintId = `${textareaId}-hint`;
  const readFile = (picked: File | undefined) => {
    if (picked) props.onFile(picked);
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
      <div class="kit-field">
        <label for={textareaId}>Samples for {name}</label>
        <textarea
          id={textareaId}
          name={`${side}-samples`}
          rows={6}
          spellcheck={false}
          autoComplete="off"
          value={large ? '' : text}
          placeholder={large ? 'Large input loaded (see below); typing here replaces it.' : '112.4\n98.7\n…'}
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
            readFile(event.dataTransfer?.files[0]);
          }}
        />
        <p class="kit-field__hint" id={hintId}>
          Numbers, CSV, or the output of curl, hey, ab, wrk, JMeter, k6, vegeta, h2load, hyperfine, ping or a HAR file
          (list on this page). Paste, drop a file here or pick one below.
        </p>
        {large && (
          <p class="latency-note latency-large">
            {file
              ? `File ${file.name} (${fixedNumber(file.size / 1_000_000, 1, true)} MB) loaded for ${name}, read in the background.`
              : `${fixedNumber(text.length / 1_000_000, 1, true)} million characters loaded for ${name}, kept out of the box so the page stays responsive.`}{' '}
            <button type="button" class="kit-button latency-remove" onClick={() => props.onText('')}>
              Clear {name}
            </button>
          </p>
        )}
        <div id={notesId} aria-live="polite">
          {props.readout}
        </div>
      </div>
      <div class="kit-grid latency-side__controls">
        <div class="kit-field">
          <label for={fileId}>File for {name}</label>
          <input
            id={fileId}
            type="file"
            onChange={(event) => {
              readFile(event.currentTarget.files?.[0]);
              // Picking the same file again must read it again: a change event needs a new value.
              event.currentTarget.value = '';
            }}
          />
        </div>
        {props.controls}
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
