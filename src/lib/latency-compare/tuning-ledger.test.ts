import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  checkStepLabel,
  decodeReaderSteps,
  encodeReaderSteps,
  MAX_READER_STEPS,
  RECORDED_TUNING_STEPS,
  readerStepsCodec,
  stepChange,
  type ReaderStep,
} from './tuning-ledger.ts';

// Property runs and simulations can be slow on a busy two-core machine; this is a hang guard,
// not a speed check (speed is measured by scripts/bench-latency.mjs).
vi.setConfig({ testTimeout: 60_000 });

describe('recorded steps', () => {
  it('lists the five steps of the story in order', () => {
    expect(RECORDED_TUNING_STEPS.map((s) => s.id)).toEqual([
      'host-passthrough',
      'vcpu-pinning',
      'ksm-off',
      'thp-off',
      'virtio',
    ]);
  });

  it('records "no noticeable change" for the first four and a silent record for virtio', () => {
    expect(
      RECORDED_TUNING_STEPS.slice(0, 4).every(
        (s) => s.status === 'no-noticeable-change' && /no noticeable change/i.test(s.recordSays),
      ),
    ).toBe(true);
    const virtio = RECORDED_TUNING_STEPS[4]!;
    expect(virtio.status).toBe('record-ends-before-result');
    expect(virtio.recordSays).toMatch(/breaks off/);
    expect(virtio.recordSays).not.toMatch(/\d+\s*ms/); // no invented outcome
  });

  it('cites an https source for every note', () => {
    for (const step of RECORDED_TUNING_STEPS) if (step.note) expect(step.note.url).toMatch(/^https:\/\//);
  });
});

describe('reader steps', () => {
  it('computes the change in p50', () => {
    expect(stepChange({ label: 'x', p50BeforeMs: 112, p50AfterMs: 84 })).toEqual({ changeMs: -28, changePct: -25 });
    expect(stepChange({ label: 'x', p50BeforeMs: 0, p50AfterMs: 5 })).toEqual({ changeMs: 5, changePct: null });
  });

  it('checks labels', () => {
    expect(checkStepLabel('  vhost-net on ')).toEqual({ ok: true, value: 'vhost-net on' });
    expect(checkStepLabel('   ').ok).toBe(false);
    expect(checkStepLabel('x'.repeat(61)).ok).toBe(false);
    expect(checkStepLabel('a\u0000b').ok).toBe(false);
  });

  it('encodes rows readably and escapes its own separators', () => {
    const steps: ReaderStep[] = [
      { label: 'vhost-net', p50BeforeMs: 112, p50AfterMs: 97.5 },
      { label: 'a~b|c%d', p50BeforeMs: 97.5, p50AfterMs: 90 },
    ];
    const raw = encodeReaderSteps(steps);
    expect(raw).toBe('vhost-net~112~97.5|a%7Eb%7Cc%25d~97.5~90');
    expect(decodeReaderSteps(raw)).toEqual({ ok: true, value: steps });
  });

  it('round-trips any valid rows', () => {
    const labelArb = fc.string({ minLength: 1, maxLength: 60 }).filter((s) => checkStepLabel(s).ok && s.trim() === s);
    const msArb = fc.integer({ min: 0, max: 600_000_000 }).map((µs) => µs / 1000);
    const rowArb = fc.record({ label: labelArb, p50BeforeMs: msArb, p50AfterMs: msArb });
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: MAX_READER_STEPS }), (rows) => {
        expect(readerStepsCodec.parse(readerStepsCodec.format(rows))).toEqual({ ok: true, value: rows });
      }),
    );
  });

  it.each([
    ['x~1', 'wrong field count'],
    ['~1~2', 'empty label'],
    ['a~-1~2', 'negative'],
    ['a~1e3~2', 'exponent'],
    ['a~0x10~2', 'hex'],
    ['a~NaN~2', 'NaN'],
    ['a~700000~2', 'out of range'],
    ['a%zz~1~2', 'bad escape'],
    [Array.from({ length: 11 }, () => 'a~1~2').join('|'), 'too many rows'],
    ['<script>~1~2'.repeat(200), 'too long'],
  ])('rejects %s (%s)', (raw) => {
    expect(decodeReaderSteps(raw).ok).toBe(false);
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (raw) => {
        const result = decodeReaderSteps(raw);
        if (result.ok) for (const row of result.value) expect(checkStepLabel(row.label).ok).toBe(true);
      }),
    );
  });
});
