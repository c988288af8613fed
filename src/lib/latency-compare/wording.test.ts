import { describe, expect, it, vi } from 'vitest';
import { summaryVerdictText, verdictText } from './wording.ts';
import { parseNotes, percentileNote } from './sample-notes.ts';
import { compareSummaries } from './summary-compare.ts';
import { parseSamples } from './samples/index.ts';
import { percentileEstimate } from './percentile-ci.ts';
import { sortSamples } from './percentiles.ts';

// Property runs and simulations can be slow on a busy two-core machine; this is a hang guard,
// not a speed check (speed is measured by scripts/bench-latency.mjs).
vi.setConfig({ testTimeout: 60_000 });

const fmt = (ms: number) => ms.toFixed(1);

describe('verdictText', () => {
  it('starts with the words the outputs promise', () => {
    expect(verdictText({ kind: 'b-slower', byMs: 52, lowMs: 47, highMs: 58 }, fmt)).toBe(
      'B slower by 52.0 ms (95 % CI 47.0 to 58.0 ms)',
    );
    expect(verdictText({ kind: 'a-slower', byMs: 3, lowMs: 1, highMs: 5 }, fmt)).toMatch(/^A slower by 3\.0 ms/);
    expect(verdictText({ kind: 'no-difference', reason: 'interval-includes-zero', diffMs: 1 }, fmt)).toMatch(
      /^No difference shown at this sample size/,
    );
    expect(verdictText({ kind: 'no-difference', reason: 'too-few-samples', diffMs: 1 }, fmt)).toMatch(
      /^No difference shown.*at least 6 samples/,
    );
  });

  it('badges summary-only verdicts', () => {
    const story = compareSummaries({ meanMs: 60 }, { meanMs: 112 });
    if (story.kind !== 'compared') throw new Error('story figures compare');
    expect(summaryVerdictText(story, fmt)).toBe('B slower by 52.0 ms in mean (summary only: no uncertainty known)');
  });
});

describe('parseNotes', () => {
  it('says what is supported when the text holds no samples', () => {
    const parsed = parseSamples('x\ny\nz');
    const [first] = parseNotes(parsed, 0);
    expect(first!.level).toBe('error');
    expect(first!.text).toMatch(
      /^No samples could be read: nothing in this text matches a format this tool reads\. Supported: numbers .*hey -o csv.*HAR files, ping output/,
    );
  });

  it('reports rejected lines by number when a known format yields nothing', () => {
    const parsed = parseSamples(
      'response-time,DNS+dialup,DNS,Request-write,Response-delay,Response-read,status-code,offset\nx\ny',
    );
    const [first] = parseNotes(parsed, 0);
    expect(first).toEqual({
      level: 'error',
      text: 'No samples could be read from this hey CSV: 2 lines were not numbers this tool understands (lines 2, 3).',
    });
  });

  it('says binary input is not text, in one error', () => {
    const notes = parseNotes(parseSamples('\u0000\u0001\u0002 binary'), 0);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.level).toBe('error');
    expect(notes[0]!.text).toMatch(/^No samples could be read: this looks like binary data/);
  });

  it('warns about skipped lines and says how the input was read', () => {
    const parsed = parseSamples('60\nx\n0.5 s');
    const notes = parseNotes(parsed, parsed.valuesMs.length);
    expect(notes[0]).toEqual({ level: 'warning', text: '1 line could not be read and was left out: line 2.' });
    expect(notes[1]!.text).toBe('Read 2 samples from one number per line, in seconds.');
  });
});

describe('percentileNote', () => {
  it('explains a p99 from 50 samples', () => {
    const sorted = sortSamples(Array.from({ length: 50 }, (_, i) => i));
    expect(percentileNote(percentileEstimate(sorted, 0.99), 50)).toMatch(
      /^Too few samples: with 50 samples the p99 is little more than the maximum; a 95 % interval needs at least 368\.$/,
    );
    expect(percentileNote(percentileEstimate(sorted, 0.5), 50)).toBeNull();
  });
});
