import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ANNEX_D_BANDS,
  DETECTION_LEVELS,
  estimateBeta,
  FAILURE_DOMAIN_IDS,
  UNANSWERED_CHECKLIST,
  type FailureDomainChecklist,
  type FailureDomainId,
  type FailureDomainState,
} from './failure-domains.ts';
import { LXC_STORY_CHECKLIST } from './failure-domain-presets.ts';
import {
  BETA_ESTIMATE_ADAPTATION_NOTE,
  describeBand,
  describeBetaEstimate,
  describeContribution,
  DETECTION_LABELS,
  FAILURE_DOMAIN_LABELS,
  formatBeta,
  LXC_STORY_CHECKLIST_CAVEAT,
  LXC_STORY_FAILURE_DOMAIN_NOTES,
} from './failure-domain-wording.ts';

const checklistArb: fc.Arbitrary<FailureDomainChecklist> = fc.record(
  Object.fromEntries(
    FAILURE_DOMAIN_IDS.map((id) => [id, fc.constantFrom<FailureDomainState>('shared', 'separate', 'unknown')]),
  ) as Record<FailureDomainId, fc.Arbitrary<FailureDomainState>>,
);

describe('failure-domain wording', () => {
  it('labels the adaptation as ours wherever an estimate is given', () => {
    expect(BETA_ESTIMATE_ADAPTATION_NOTE).toMatch(/our adaptation of .*IEC 61508-6:2010 Annex D/);
    expect(BETA_ESTIMATE_ADAPTATION_NOTE).toMatch(/ours, not the standard’s/);
    fc.assert(
      fc.property(checklistArb, fc.constantFrom(...DETECTION_LEVELS), (checklist, detection) => {
        expect(describeBetaEstimate(estimateBeta(checklist, { detection }))).toContain(
          'our adaptation of IEC 61508-6 Annex D',
        );
      }),
    );
  });

  it('gives the LXC preset’s estimate, the unknowns and what they could change', () => {
    expect(describeBetaEstimate(estimateBeta(LXC_STORY_CHECKLIST))).toBe(
      'Estimated β: 10 % (score 0 of 150, band under 45, Annex D’s sensors and final elements column, the more ' +
        'cautious one and our default), by our adaptation of IEC 61508-6 Annex D. 7 domains are unknown and counted ' +
        'as shared; if none of them is shared, β would be 1 %.',
    );
  });

  it('says per domain what it earns and what separating it would do', () => {
    // Deploys staggered (25 points) and the VLAN shared: score 25, band "under 45".
    const checklist: FailureDomainChecklist = {
      ...UNANSWERED_CHECKLIST,
      vlan: 'shared',
      'tor-switch': 'shared',
      deploy: 'separate',
    };
    const estimate = estimateBeta(checklist);
    const line = (id: FailureDomainId) =>
      describeContribution(
        estimate.contributions.find((c) => c.id === id)!,
        estimate,
      );
    expect(line('deploy')).toBe('Same config-management push or deploy window: not shared, earns 25 of 25 points.');
    // 25 + 20 = 45 reaches the next band; 25 + 15 = 40 does not.
    expect(line('vlan')).toBe(
      'Same VLAN or broadcast domain: shared, earns 0 of 20 points; separating it alone would lower β to 5 %.',
    );
    expect(line('tor-switch')).toBe(
      'Same top-of-rack switch: shared, earns 0 of 15 points; separating it alone would not change the band.',
    );
    expect(line('nic-driver')).toBe(
      'Same NIC model and driver: unknown, counted as shared, earns 0 of 25 points; separating it alone would lower β to 5 %.',
    );
  });

  it('names the bands as the table does and formats β as a percentage', () => {
    expect(ANNEX_D_BANDS.map(describeBand)).toEqual(['120 or more', '70 to under 120', '45 to under 70', 'under 45']);
    expect([0.005, 0.01, 0.1, 0.02].map(formatBeta)).toEqual(['0.5 %', '1 %', '10 %', '2 %']);
  });

  it('has a label, a hint and an LXC note for every domain, and a label for every detection level', () => {
    for (const id of FAILURE_DOMAIN_IDS) {
      expect(FAILURE_DOMAIN_LABELS[id].label).toMatch(/^Same /);
      expect(FAILURE_DOMAIN_LABELS[id].hint.length).toBeGreaterThan(20);
      expect(LXC_STORY_FAILURE_DOMAIN_NOTES[id]).toMatch(
        LXC_STORY_CHECKLIST[id] === 'shared' ? /^Shared, from the record/ : /^Unknown/,
      );
    }
    for (const level of DETECTION_LEVELS) expect(DETECTION_LABELS[level].length).toBeGreaterThan(10);
  });

  it('keeps the LXC notes to the record: the flooded share of the VLAN, no NIC, driver or kernel named', () => {
    expect(LXC_STORY_FAILURE_DOMAIN_NOTES.vlan).toMatch(/promiscuous/);
    expect(LXC_STORY_FAILURE_DOMAIN_NOTES.vlan).toMatch(/flooded/);
    expect(LXC_STORY_FAILURE_DOMAIN_NOTES['nic-driver']).toMatch(/names no NIC or driver/);
    expect(LXC_STORY_FAILURE_DOMAIN_NOTES['kernel-firmware']).toMatch(/no kernel version/);
    expect(LXC_STORY_CHECKLIST_CAVEAT).toMatch(/close to 1/);
  });

  it('never prints NaN, Infinity or undefined', () => {
    fc.assert(
      fc.property(checklistArb, fc.constantFrom(...DETECTION_LEVELS), (checklist, detection) => {
        const estimate = estimateBeta(checklist, { detection });
        const text = [
          describeBetaEstimate(estimate),
          ...estimate.contributions.map((c) => describeContribution(c, estimate)),
        ].join(' ');
        expect(text).not.toMatch(/NaN|Infinity|undefined|–/);
      }),
    );
  });
});
