import { describe, expect, it } from 'vitest';
import { estimateBeta, FAILURE_DOMAIN_IDS } from './failure-domains';
import { LXC_STORY_CHECKLIST } from './failure-domain-presets';
import {
  BETA_ESTIMATE_ADAPTATION_NOTE,
  betaEstimateShare,
  describeBetaEstimate,
  LXC_STORY_CHECKLIST_CAVEAT,
} from './failure-domain-wording';
import { checklistChanged, checklistOf, targetOf } from './page-state';
import { PRESETS } from './presets';
import { solveForTarget } from './target-solver';
import { describeSolution, describeTarget, targetShare } from './target-solver-wording';

describe('the checklist in the copies', () => {
  it('lists every answer, the detection level and the estimate that the page’s output shows', () => {
    const estimate = estimateBeta(LXC_STORY_CHECKLIST);
    const share = betaEstimateShare(LXC_STORY_CHECKLIST, estimate, { story: true });
    const rows = share.tables[0]!.rows;
    expect(rows).toHaveLength(FAILURE_DOMAIN_IDS.length + 2);
    expect(rows[2]).toEqual({ label: 'Same VLAN or broadcast domain', value: 'shared' });
    expect(rows[0]).toEqual({ label: 'Same NIC model and driver', value: 'unknown' });
    expect(rows.at(-1)).toEqual({ label: 'Estimated β', value: '10 %', output: 'beta-estimate' });
    expect(share.notes).toEqual([
      describeBetaEstimate(estimate),
      BETA_ESTIMATE_ADAPTATION_NOTE,
      LXC_STORY_CHECKLIST_CAVEAT,
    ]);
    expect(betaEstimateShare(LXC_STORY_CHECKLIST, estimate, { story: false }).notes).not.toContain(
      LXC_STORY_CHECKLIST_CAVEAT,
    );
  });
});

describe('the target in the copies', () => {
  it('gives the target, the variable and the answer the page’s output shows', () => {
    const input = { n: 2, k: 1, mtbfDays: 20, mttrHours: 2, beta: 0.1 };
    const target = { kind: 'availability', minimum: 0.9999 } as const;
    const words = describeSolution(solveForTarget(input, target, 'beta'), input);
    const share = targetShare(target, 'beta', words);
    expect(share.tables[0]!.rows).toEqual([
      { label: 'Target', value: describeTarget(target) },
      { label: 'Solve for', value: 'Common-cause share (β)' },
      { label: 'Answer', value: words.answer, output: 'target-answer' },
    ]);
    expect(share.notes).toEqual([words.why]);
  });
});

describe('page state', () => {
  it('reads the target, the checklist and whether a link changed the checklist', () => {
    expect(targetOf(PRESETS.default)).toBeNull();
    expect(targetOf({ ...PRESETS.default, targetOutages: 2 })).toEqual({ kind: 'outages', maximumPerYear: 2 });
    expect(checklistOf(PRESETS.story).checklist).toEqual(LXC_STORY_CHECKLIST);
    expect(checklistOf({ ...PRESETS.default, shared: ['vlan'], separate: ['vlan'] }).conflicting).toEqual(['vlan']);
    expect(checklistChanged(PRESETS.story, PRESETS.story)).toBe(false);
    expect(checklistChanged({ ...PRESETS.story, shared: ['vlan'] }, PRESETS.story)).toBe(false);
    expect(checklistChanged({ ...PRESETS.story, shared: [] }, PRESETS.story)).toBe(true);
    expect(checklistChanged({ ...PRESETS.default, shared: [] }, PRESETS.default)).toBe(true);
    expect(checklistChanged({ ...PRESETS.default, detection: 'hours' }, PRESETS.default)).toBe(true);
  });
});
