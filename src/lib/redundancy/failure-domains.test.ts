import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ANNEX_D_BANDS,
  ANNEX_D_COLUMNS,
  bandForScore,
  DETECTION_LEVELS,
  DETECTION_Z,
  estimateBeta,
  FAILURE_DOMAIN_IDS,
  FAILURE_DOMAIN_SCORES,
  UNANSWERED_CHECKLIST,
  type FailureDomainChecklist,
  type FailureDomainState,
} from './failure-domains.ts';
import { LXC_STORY_CHECKLIST, LXC_STORY_DETECTION } from './failure-domain-presets.ts';

const STATES: FailureDomainState[] = ['shared', 'separate', 'unknown'];

const checklistArb: fc.Arbitrary<FailureDomainChecklist> = fc.record(
  Object.fromEntries(FAILURE_DOMAIN_IDS.map((id) => [id, fc.constantFrom(...STATES)])) as Record<
    keyof FailureDomainChecklist,
    fc.Arbitrary<FailureDomainState>
  >,
);
const detectionArb = fc.constantFrom(...DETECTION_LEVELS);
const columnArb = fc.constantFrom(...ANNEX_D_COLUMNS);

const allAs = (state: FailureDomainState): FailureDomainChecklist =>
  Object.fromEntries(FAILURE_DOMAIN_IDS.map((id) => [id, state])) as FailureDomainChecklist;

describe('the band table (as commonly quoted for IEC 61508-6 Table D.4)', () => {
  it('reads 120 or above, 70 to 120, 45 to 70 and under 45, a boundary score going to the higher band', () => {
    expect([150, 120, 119.5, 70, 69.5, 45, 44.5, 0].map((s) => bandForScore(s).index)).toEqual([
      0, 0, 1, 1, 2, 2, 3, 3,
    ]);
  });

  it('gives 0.5, 1, 2, 5 % for logic subsystems and 1, 2, 5, 10 % for sensors and final elements', () => {
    expect(ANNEX_D_BANDS.map((b) => b.beta['logic-subsystem'])).toEqual([0.005, 0.01, 0.02, 0.05]);
    expect(ANNEX_D_BANDS.map((b) => b.beta['sensors-final-elements'])).toEqual([0.01, 0.02, 0.05, 0.1]);
  });
});

describe('estimateBeta: worked by hand', () => {
  it('our points add up to 150 without detection (X 55, Y 95)', () => {
    const x = FAILURE_DOMAIN_SCORES.reduce((s, d) => s + d.x, 0);
    const y = FAILURE_DOMAIN_SCORES.reduce((s, d) => s + d.y, 0);
    expect([x, y]).toEqual([55, 95]);
    expect(FAILURE_DOMAIN_SCORES.map((d) => d.id)).toEqual([...FAILURE_DOMAIN_IDS]);
  });

  it('nothing answered: score 0, β = 10 % (5 % in the logic column), 1 % if every answer were "separate"', () => {
    const estimate = estimateBeta(UNANSWERED_CHECKLIST);
    expect(estimate).toMatchObject({
      score: 0,
      scoreWithDetection: 0,
      beta: 0.1,
      unknownCount: 8,
      betaIfUnknownSeparate: 0.01,
    });
    expect(estimateBeta(UNANSWERED_CHECKLIST, { column: 'logic-subsystem' }).beta).toBe(0.05);
  });

  it('everything separate: score 150, β = 1 %; with a halting canary (Z = 2) the score is 55·3 + 95 = 260', () => {
    expect(estimateBeta(allAs('separate'))).toMatchObject({ score: 150, scoreWithDetection: 150, beta: 0.01 });
    expect(estimateBeta(allAs('separate'), { detection: 'before-next-host' })).toMatchObject({
      z: 2,
      score: 150,
      scoreWithDetection: 260,
      maximumScore: 260,
      beta: 0.01,
    });
  });

  it('sharing the VLAN and the power feed: 150 − 20 − 15 = 115, β = 2 %; a halting canary adds 2 × 50 of X: 215, β = 1 %', () => {
    const checklist: FailureDomainChecklist = { ...allAs('separate'), vlan: 'shared', power: 'shared' };
    expect(estimateBeta(checklist)).toMatchObject({ scoreWithDetection: 115, beta: 0.02, sharedCount: 2 });
    expect(estimateBeta(checklist, { detection: 'before-next-host' })).toMatchObject({
      scoreWithDetection: 215,
      beta: 0.01,
    });
    const power = estimateBeta(checklist).contributions.find((c) => c.id === 'power');
    // Separating the power feed too: 115 + 15 = 130, the top band.
    expect(power).toMatchObject({ state: 'shared', pointsAvailable: 15, pointsEarned: 0, betaIfSeparate: 0.01 });
  });

  it('the LXC preset: only the VLAN is shared, the rest unknown; β = 10 %, and 1 % at best if the unknowns are separate', () => {
    expect(LXC_STORY_CHECKLIST.vlan).toBe('shared');
    expect(FAILURE_DOMAIN_IDS.filter((id) => id !== 'vlan').every((id) => LXC_STORY_CHECKLIST[id] === 'unknown')).toBe(
      true,
    );
    const estimate = estimateBeta(LXC_STORY_CHECKLIST, { detection: LXC_STORY_DETECTION });
    expect(estimate).toMatchObject({ beta: 0.1, sharedCount: 1, unknownCount: 7, betaIfUnknownSeparate: 0.01 });
  });
});

describe('estimateBeta: properties over every checklist', () => {
  it('reads β from the band of S_D, and the points earned add up to S_D', () => {
    fc.assert(
      fc.property(checklistArb, detectionArb, columnArb, (checklist, detection, column) => {
        const estimate = estimateBeta(checklist, { detection, column });
        expect(estimate.beta).toBe(bandForScore(estimate.scoreWithDetection).beta[column]);
        expect(estimate.contributions.reduce((s, c) => s + c.pointsEarned, 0)).toBe(estimate.scoreWithDetection);
        expect(estimate.z).toBe(DETECTION_Z[detection]);
        expect(estimate.scoreWithDetection).toBeGreaterThanOrEqual(estimate.score);
        expect(estimate.scoreWithDetection).toBeLessThanOrEqual(estimate.maximumScore);
        expect(
          estimate.sharedCount +
            estimate.unknownCount +
            estimate.contributions.filter((c) => c.state === 'separate').length,
        ).toBe(8);
      }),
    );
  });

  it('counts "unknown" exactly as "shared"', () => {
    fc.assert(
      fc.property(checklistArb, detectionArb, (checklist, detection) => {
        const asShared = Object.fromEntries(
          FAILURE_DOMAIN_IDS.map((id) => [id, checklist[id] === 'unknown' ? 'shared' : checklist[id]]),
        ) as FailureDomainChecklist;
        expect(estimateBeta(checklist, { detection }).beta).toBe(estimateBeta(asShared, { detection }).beta);
      }),
    );
  });

  it('never raises β when a domain becomes separate or detection gets faster, and the logic column is never above the other', () => {
    fc.assert(
      fc.property(
        checklistArb,
        fc.constantFrom(...FAILURE_DOMAIN_IDS),
        detectionArb,
        detectionArb,
        (checklist, id, d1, d2) => {
          const base = estimateBeta(checklist, { detection: d1 });
          const separated = estimateBeta({ ...checklist, [id]: 'separate' }, { detection: d1 });
          expect(separated.beta).toBeLessThanOrEqual(base.beta);
          const [slow, fast] = DETECTION_Z[d1] <= DETECTION_Z[d2] ? [d1, d2] : [d2, d1];
          expect(estimateBeta(checklist, { detection: fast }).beta).toBeLessThanOrEqual(
            estimateBeta(checklist, { detection: slow }).beta,
          );
          expect(estimateBeta(checklist, { detection: d1, column: 'logic-subsystem' }).beta).toBeLessThanOrEqual(
            base.beta,
          );
        },
      ),
    );
  });

  it('says truly what separating one domain, or learning every unknown is separate, would give', () => {
    fc.assert(
      fc.property(checklistArb, detectionArb, (checklist, detection) => {
        const estimate = estimateBeta(checklist, { detection });
        for (const c of estimate.contributions) {
          if (c.state === 'separate') {
            expect(c.betaIfSeparate).toBeNull();
            continue;
          }
          expect(c.betaIfSeparate).toBe(estimateBeta({ ...checklist, [c.id]: 'separate' }, { detection }).beta);
        }
        const optimistic = Object.fromEntries(
          FAILURE_DOMAIN_IDS.map((id) => [id, checklist[id] === 'unknown' ? 'separate' : checklist[id]]),
        ) as FailureDomainChecklist;
        expect(estimate.betaIfUnknownSeparate).toBe(estimateBeta(optimistic, { detection }).beta);
        expect(estimate.betaIfUnknownSeparate).toBeLessThanOrEqual(estimate.beta);
      }),
    );
  });
});
