import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dockerVsLxcModel as model } from './model';
import { recommend } from './recommend';
import { givenAnswers } from './model';
import { emptyAnswers } from './presets';
import { decodeAnswers, encodeAnswers } from './url-schema';

describe('answers in the URL', () => {
  it('writes only the answered questions, readable, in question order', () => {
    const state = { ...emptyAnswers(model), delivery: 'image', unit: 'process' };
    expect(encodeAnswers(model, state)).toBe('?unit=process&delivery=image');
    expect(encodeAnswers(model, emptyAnswers(model))).toBe('');
  });

  it('reads them back', () => {
    const { state, rejected } = decodeAnswers(model, '?unit=machine&kernel=custom');
    expect(givenAnswers(state)).toEqual({ unit: 'machine', kernel: 'custom' });
    expect(rejected).toEqual([]);
  });

  it('drops unknown questions, unknown answers and repeats, naming each', () => {
    const { state, rejected } = decodeAnswers(
      model,
      '?unit=process&unit=machine&isolation=maybe&colour=red&__proto__=x&constructor=y&kernel=%3Cscript%3E',
    );
    expect(givenAnswers(state)).toEqual({ unit: 'process' });
    expect(rejected.map((r) => r.key)).toEqual(['unit', 'isolation', 'colour', '__proto__', 'constructor', 'kernel']);
    expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
  });

  it('round-trips every answer state', () => {
    const answerState = fc.record(
      Object.fromEntries(model.questions.map((q) => [q.id, fc.constantFrom('', ...q.answers.map((a) => a.value))])),
    );
    fc.assert(
      fc.property(answerState, (state) => {
        const decoded = decodeAnswers(model, encodeAnswers(model, state));
        expect(decoded.state).toEqual(state);
        expect(decoded.rejected).toEqual([]);
      }),
    );
  });

  it('turns any query string into a valid state and a recommendation, without throwing', () => {
    const key = fc.oneof(
      fc.string(),
      fc.constantFrom(...model.questions.map((q) => q.id), '__proto__', 'hasOwnProperty'),
    );
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom(...model.questions.flatMap((q) => q.answers.map((a) => a.value)), '', '%', '&', '<b>'),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 15 }), fc.string(), (pairs, junk) => {
        const search = `?${new URLSearchParams(pairs).toString()}&${junk}`;
        const { state, rejected } = decodeAnswers(model, search);
        expect(Object.keys(state).sort()).toEqual(model.questions.map((q) => q.id).sort());
        for (const q of model.questions) expect(['', ...q.answers.map((a) => a.value)]).toContain(state[q.id]);
        for (const r of rejected) {
          expect(typeof r.key).toBe('string');
          expect(r.key.length).toBeLessThanOrEqual(41);
        }
        const rec = recommend(model, givenAnswers(state));
        expect(rec.outcomeId === null || model.outcomes.some((o) => o.id === rec.outcomeId)).toBe(true);
      }),
    );
  });
});
