import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { TextField } from '../kit/TextField';
import { optionalNumberParam, type ParamCodec } from '../../lib/url-state/index';
import {
  checkStepLabel,
  MAX_READER_STEPS,
  MAX_STEP_LABEL,
  MAX_STEP_MS,
  stepChange,
  type ReaderStep,
} from '../../lib/latency-compare/tuning-ledger';
import { formatMs } from './format-ms';

interface Props {
  /** The record's steps, rendered at build time (RecordedSteps.astro). */
  recorded?: ComponentChildren;
  steps: ReaderStep[];
  onSteps: (steps: ReaderStep[]) => void;
}

const labelCodec: ParamCodec<string> = {
  parse(raw) {
    if (raw.trim() === '') return { ok: true, value: '' };
    return checkStepLabel(raw);
  },
  format: (value) => value,
};
const p50Codec = optionalNumberParam({ min: 0, max: MAX_STEP_MS });

/** The story's tuning steps as the record has them, plus steps the reader measured. */
export function TuningLedger({ recorded, steps, onSteps }: Props) {
  const [label, setLabel] = useState('');
  const [before, setBefore] = useState<number | null>(null);
  const [after, setAfter] = useState<number | null>(null);
  const canAdd = label !== '' && before !== null && after !== null && steps.length < MAX_READER_STEPS;

  const add = () => {
    if (!canAdd) return;
    onSteps([...steps, { label, p50BeforeMs: before, p50AfterMs: after }]);
    setLabel('');
    setBefore(null);
    setAfter(null);
  };

  return (
    <section class="kit-section" aria-labelledby="latency-ledger-title">
      <p class="kit-section__title" id="latency-ledger-title">
        Tuning steps
      </p>
      {recorded}
      <p class="latency-note">
        Your own steps, with the p50 you measured before and after each, go into the share link and the Markdown
        summary.
      </p>
      {steps.length > 0 && (
        <div class="kit-table-scroll" tabIndex={0} role="region" aria-label="Your tuning steps">
          <table class="kit-table" data-testid="reader-steps">
            <caption>Your tuning steps (p50 in ms)</caption>
            <thead>
              <tr>
                <th scope="col">Step</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
                <th scope="col">Change</th>
                <th scope="col">
                  <span class="latency-visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {steps.map((step, index) => {
                const change = stepChange(step);
                return (
                  <tr key={`${index}-${step.label}`}>
                    <th scope="row">{step.label}</th>
                    <td>{formatMs(step.p50BeforeMs)}</td>
                    <td>{formatMs(step.p50AfterMs)}</td>
                    <td>
                      {change.changeMs > 0 ? '+' : change.changeMs < 0 ? '−' : ''}
                      {formatMs(Math.abs(change.changeMs))} ms
                      {change.changePct !== null
                        ? ` (${change.changePct > 0 ? '+' : change.changePct < 0 ? '−' : ''}${formatMs(Math.abs(change.changePct))} %)`
                        : ''}
                    </td>
                    <td>
                      <button
                        type="button"
                        class="kit-button latency-remove"
                        onClick={() => onSteps(steps.filter((_, i) => i !== index))}
                      >
                        Remove<span class="latency-visually-hidden"> {step.label}</span>
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div class="kit-grid latency-add-step">
        <TextField
          name="step_label"
          label="Your step"
          value={label}
          codec={labelCodec}
          maxLength={MAX_STEP_LABEL}
          hint="For example: vhost-net on"
          onValue={setLabel}
        />
        <TextField name="step_before" label="p50 before (ms)" value={before} codec={p50Codec} onValue={setBefore} />
        <TextField name="step_after" label="p50 after (ms)" value={after} codec={p50Codec} onValue={setAfter} />
      </div>
      <button type="button" class="kit-button" onClick={add} disabled={!canAdd}>
        Add step
      </button>
      {steps.length >= MAX_READER_STEPS && (
        <p class="latency-note">The ledger holds up to {MAX_READER_STEPS} of your steps.</p>
      )}
    </section>
  );
}
