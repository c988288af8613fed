/**
 * The tuning steps from the KVM story as data, with what the recovered record says about each,
 * plus rows a reader adds with their own measured p50 before and after.
 */
import type { Parse } from '../parse/index.ts';

export type RecordStatus = 'no-noticeable-change' | 'record-ends-before-result';

export interface RecordedStep {
  id: string;
  step: string;
  /** What the team did, in this site's words. */
  detail: string;
  status: RecordStatus;
  /** What the recovered record says the step changed. */
  recordSays: string;
  /** A 2026 note beside the step, with its primary source. */
  note?: { text: string; url: string };
}

const NO_CHANGE = 'No noticeable change in latency (the record groups the first four steps together).';

export const RECORDED_TUNING_STEPS: readonly RecordedStep[] = [
  {
    id: 'host-passthrough',
    step: 'CPU mode host-passthrough',
    detail:
      'libvirt was set to pass the real host CPU, with its flags, through to guests instead of an emulated QEMU CPU model.',
    status: 'no-noticeable-change',
    recordSays: NO_CHANGE,
    note: {
      text: 'QEMU recommends this mode for speed, but it makes live migration unsafe between hosts that differ.',
      url: 'https://www.qemu.org/docs/master/system/qemu-cpu-models.html',
    },
  },
  {
    id: 'vcpu-pinning',
    step: 'vCPU pinning',
    detail:
      'vCPUs were pinned to host cores to rule out NUMA effects, which the author expected to cost nanoseconds rather than milliseconds.',
    status: 'no-noticeable-change',
    recordSays: NO_CHANGE,
  },
  {
    id: 'ksm-off',
    step: 'KSM off',
    detail:
      'Kernel Samepage Merging (the post says "kernel shared pages") was switched off, so no CPU went to scanning for and merging identical pages.',
    status: 'no-noticeable-change',
    recordSays: NO_CHANGE,
    note: {
      text: 'KSM only scans memory marked mergeable, which QEMU does for guest RAM.',
      url: 'https://docs.kernel.org/admin-guide/mm/ksm.html',
    },
  },
  {
    id: 'thp-off',
    step: 'Transparent Huge Pages off',
    detail: 'THP was disabled so that no CPU went to defragmenting memory into huge pages.',
    status: 'no-noticeable-change',
    recordSays: NO_CHANGE,
    note: {
      text: 'The kernel docs name virtualisation as where huge pages help most (cheaper TLB misses with nested page tables); the defrag setting limits the cost without giving that up.',
      url: 'https://docs.kernel.org/admin-guide/mm/transhuge.html',
    },
  },
  {
    id: 'virtio',
    step: 'IDE and e1000 → virtio',
    detail:
      'Disks turned out to be emulated IDE and NICs emulated e1000; every VM was restarted with paravirtual virtio devices.',
    status: 'record-ends-before-result',
    recordSays:
      'The recovered text breaks off here, before any result: it does not say whether virtio changed the time to first byte.',
    note: {
      text: 'QEMU recommends virtio devices by default; the emulated ones cost a VM exit per interrupt.',
      url: 'https://www.qemu.org/docs/master/system/devices/virtio/index.html',
    },
  },
];

export interface ReaderStep {
  label: string;
  p50BeforeMs: number;
  p50AfterMs: number;
}

export const MAX_READER_STEPS = 10;
export const MAX_STEP_LABEL = 60;
export const MAX_STEP_MS = 600_000;

export interface StepChange {
  /** After − before: negative is faster. */
  changeMs: number;
  /** Relative change in %, or null when "before" is 0. */
  changePct: number | null;
}

export function stepChange(step: ReaderStep): StepChange {
  const changeMs = step.p50AfterMs - step.p50BeforeMs;
  return { changeMs, changePct: step.p50BeforeMs > 0 ? (changeMs / step.p50BeforeMs) * 100 : null };
}

export type LabelCheck = Parse<string>;

/** A step label is plain text: 1–60 characters after trimming, no control characters. */
export function checkStepLabel(raw: string): LabelCheck {
  const label = raw.trim();
  if (label === '') return { ok: false, reason: 'Give the step a name.' };
  if (label.length > MAX_STEP_LABEL) return { ok: false, reason: `Keep the name to ${MAX_STEP_LABEL} characters.` };
  if (/\p{Cc}/u.test(label)) return { ok: false, reason: 'The name has control characters in it.' };
  return { ok: true, value: label };
}

function checkStepMs(value: number): boolean {
  return Number.isFinite(value) && value >= 0 && value <= MAX_STEP_MS;
}

// URL form: rows joined by "|", fields by "~"; %, ~ and | inside a label are percent-escaped.
function escapeLabel(label: string): string {
  return label.replaceAll('%', '%25').replaceAll('~', '%7E').replaceAll('|', '%7C');
}

function unescapeLabel(text: string): string | null {
  if (/%(?![0-9A-Fa-f]{2})/.test(text)) return null;
  return text.replace(/%(7E|7C|25)/gi, (match) => decodeURIComponent(match));
}

const STEP_NUMBER = /^(?:\d{1,6}(?:\.\d{1,3})?)$/;

function formatStepMs(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

export function encodeReaderSteps(steps: readonly ReaderStep[]): string {
  return steps
    .slice(0, MAX_READER_STEPS)
    .map((step) => [escapeLabel(step.label), formatStepMs(step.p50BeforeMs), formatStepMs(step.p50AfterMs)].join('~'))
    .join('|');
}

export type StepsDecode = Parse<ReaderStep[]>;

export function decodeReaderSteps(raw: string): StepsDecode {
  if (raw === '') return { ok: true, value: [] };
  if (raw.length > MAX_READER_STEPS * (MAX_STEP_LABEL * 3 + 40)) return { ok: false, reason: 'too long' };
  const rows = raw.split('|');
  if (rows.length > MAX_READER_STEPS) return { ok: false, reason: `more than ${MAX_READER_STEPS} steps` };
  const value: ReaderStep[] = [];
  for (const row of rows) {
    const fields = row.split('~');
    if (fields.length !== 3) return { ok: false, reason: 'a step needs a name, a p50 before and a p50 after' };
    const [rawLabel, rawBefore, rawAfter] = fields as [string, string, string];
    const unescaped = unescapeLabel(rawLabel);
    const label = unescaped === null ? null : checkStepLabel(unescaped);
    if (!label || !label.ok) return { ok: false, reason: 'a step name is empty, too long or malformed' };
    if (!STEP_NUMBER.test(rawBefore) || !STEP_NUMBER.test(rawAfter))
      return { ok: false, reason: 'a p50 is not a plain number of ms' };
    const p50BeforeMs = Number(rawBefore);
    const p50AfterMs = Number(rawAfter);
    if (!checkStepMs(p50BeforeMs) || !checkStepMs(p50AfterMs))
      return { ok: false, reason: `a p50 is outside 0–${MAX_STEP_MS} ms` };
    value.push({ label: label.value, p50BeforeMs, p50AfterMs });
  }
  return { ok: true, value };
}

/** Structurally a url-state ParamCodec, so the widget's URL schema can carry the rows. */
export const readerStepsCodec = {
  parse(raw: string): StepsDecode {
    return decodeReaderSteps(raw);
  },
  format(steps: ReaderStep[]): string {
    return encodeReaderSteps(steps);
  },
};
