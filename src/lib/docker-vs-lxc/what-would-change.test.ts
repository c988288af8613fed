import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dockerVsLxcModel as model } from './model';
import { completions, outcomeFor } from './recommend';
import { applyChanges, whatWouldChange } from './what-would-change';
import { changeText, flipText } from './wording';

const everyCompleteAnswerSet = [...completions(model, {})];

/** Independent brute force: does any single change (other answer, or answering an open question) flip it? */
function someSingleChangeFlips(answers: Record<string, string>): boolean {
  const current = outcomeFor(model, answers);
  return model.questions.some((q) =>
    q.answers.some((a) => {
      if (answers[q.id] === a.value) return false;
      const next = outcomeFor(model, { ...answers, [q.id]: a.value });
      return next !== null && next !== current;
    }),
  );
}

/** Random partial answer sets with at least the minimum answered. */
const partialAnswers = fc
  .tuple(
    fc.constantFrom(...everyCompleteAnswerSet),
    fc.subarray(
      model.questions.map((q) => q.id),
      { minLength: model.minAnswered },
    ),
  )
  .map(([full, keep]) => Object.fromEntries(keep.map((id) => [id, full[id]!])));

describe('whatWouldChange', () => {
  it('reports changes that really change the outcome, for every complete answer set', () => {
    for (const answers of everyCompleteAnswerSet) {
      const current = outcomeFor(model, answers);
      const result = whatWouldChange(model, answers);
      expect(result.kind).toBe('flip');
      if (result.kind !== 'flip') continue;
      for (const flip of result.flips) {
        expect(flip.changes).toHaveLength(result.size);
        const flipped = outcomeFor(model, applyChanges(answers, flip.changes));
        expect(flipped).toBe(flip.outcomeId);
        expect(flipped).not.toBe(current);
      }
    }
  });

  it('finds the smallest change: size 1 exactly when some single change flips it', () => {
    for (const answers of everyCompleteAnswerSet) {
      const result = whatWouldChange(model, answers);
      if (result.kind !== 'flip') throw new Error('expected a flip');
      expect(result.size === 1, JSON.stringify(answers)).toBe(someSingleChangeFlips(answers));
    }
  });

  it('holds for partial answers too, where answering an open question counts as a change', () => {
    fc.assert(
      fc.property(partialAnswers, (answers) => {
        const current = outcomeFor(model, answers);
        const result = whatWouldChange(model, answers);
        if (result.kind !== 'flip') return;
        for (const flip of result.flips) {
          for (const change of flip.changes) expect(change.from).toBe(answers[change.questionId]);
          expect(outcomeFor(model, applyChanges(answers, flip.changes))).not.toBe(current);
        }
        expect(result.size === 1).toBe(someSingleChangeFlips(answers));
      }),
      { numRuns: 200 },
    );
  });

  it('asks for more answers while there is no recommendation', () => {
    expect(whatWouldChange(model, {})).toEqual({ kind: 'needs-answers', missing: 2 });
    expect(whatWouldChange(model, { unit: 'machine', bogus: 'x' })).toEqual({ kind: 'needs-answers', missing: 1 });
  });

  it('explains the Docker-in-LXC worked case: trusting less, or leaving LXC hosts, moves it', () => {
    const answers = {
      unit: 'process',
      delivery: 'image',
      isolation: 'trusted',
      kernel: 'host',
      orchestrator: 'compose',
      state: 'stateless',
      platform: 'lxc',
    };
    const result = whatWouldChange(model, answers);
    if (result.kind !== 'flip') throw new Error('expected a flip');
    expect(result.size).toBe(1);
    const byQuestion = Object.fromEntries(
      result.flips.map((f) => [`${f.changes[0]!.questionId}=${f.changes[0]!.to}`, f.outcomeId]),
    );
    expect(byQuestion['isolation=untrusted']).toBe('app-container-in-vm');
    expect(byQuestion['platform=linux']).toBe('app-container');
    expect(byQuestion['platform=hypervisor']).toBe('app-container-in-vm');
  });

  it('words a change with the question, the new answer and the current one', () => {
    expect(changeText(model, { questionId: 'isolation', from: 'trusted', to: 'untrusted' })).toBe(
      'Isolation: Other tenants or untrusted code (now: Our own team’s code)',
    );
    expect(changeText(model, { questionId: 'kernel', from: undefined, to: 'custom' })).toBe(
      'Kernel: Needs its own kernel (now unanswered)',
    );
    expect(flipText(model, { outcomeId: 'vm', changes: [{ questionId: 'kernel', from: 'host', to: 'custom' }] })).toBe(
      'Virtual machine (KVM / libvirt), if Kernel: Needs its own kernel (now: The host’s kernel is fine)',
    );
  });
});
