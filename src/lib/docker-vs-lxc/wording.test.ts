import { describe, expect, it } from 'vitest';
import { answerText, driverReason, outcomeStatus, scoringSummary } from './wording';
import { dockerVsLxcModel as model } from './model';
import { recommend } from './recommend';

describe('explanations', () => {
  it('names an answer by its question and label', () => {
    expect(answerText(model, 'kernel', 'custom')).toBe('Kernel: Needs its own kernel');
  });

  it('gives each option a status line: recommended, runner-up, ruled out (by what) or waiting for an answer', () => {
    const rec = recommend(model, { unit: 'machine', kernel: 'custom', platform: 'linux' });
    expect(rec.outcomeId).toBe('vm');
    expect(outcomeStatus(model, rec, 'vm')).toBe('Recommended');
    expect(outcomeStatus(model, rec, 'app-container-in-vm')).toBe('Runner-up');
    expect(outcomeStatus(model, rec, 'system-container')).toBe('Ruled out by Kernel: Needs its own kernel');
    const open = recommend(model, { unit: 'process', delivery: 'image' });
    expect(outcomeStatus(model, open, 'docker-in-lxc')).toBe(
      'Only considered with Existing platform: LXC, Incus or Proxmox containers, Isolation: Our own team’s code, Kernel: The host’s kernel is fine',
    );
  });

  it('explains a driver with its criterion, its lead over the runner-up and what it ruled out', () => {
    const rec = recommend(model, { unit: 'machine', kernel: 'custom', platform: 'linux' });
    const kernel = rec.drivers.find((d) => d.questionId === 'kernel')!;
    const text = driverReason(model, rec, kernel);
    expect(text).toContain(model.criteria.find((c) => c.id === 'own-kernel')!.explanation);
    expect(text).toContain('(+2 over App container in a VM)');
    expect(text).toContain('Rules out: App container, System container, OCI image on Incus, Docker in LXC.');
  });

  it('summarises the scoring from the model’s own levels and weights', () => {
    expect(scoringSummary(model)).toBe(
      'Each answer scores every option: Fits +2, Fits with a caveat +1, Poor fit −2; Ruled out drops the option. ' +
        'Weighted answers: Isolation: Other tenants or untrusted code (×2); Kernel: Needs its own kernel (×2).',
    );
  });
});
