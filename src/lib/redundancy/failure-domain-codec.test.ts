import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeState, encodeState, type UrlSchema } from '../url-state/index.ts';
import {
  checklistFromLists,
  detectionParam,
  FAILURE_DOMAIN_PARAM_KEYS,
  failureDomainListParam,
  listsFromChecklist,
  readFailureDomainList,
} from './failure-domain-codec.ts';
import {
  FAILURE_DOMAIN_IDS,
  UNANSWERED_CHECKLIST,
  type DetectionLevel,
  type FailureDomainChecklist,
  type FailureDomainId,
  type FailureDomainState,
} from './failure-domains.ts';
import { LXC_STORY_CHECKLIST } from './failure-domain-presets.ts';

const idsArb = fc.subarray([...FAILURE_DOMAIN_IDS]);
/** Text made of random pieces, commas, control and bidi characters, lone surrogates and near-misses. */
const junkArb = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(',', ' , ', '\u0000', '\u202e', '\ud800', 'vlan', 'VLAN', 'power ', '%2C', 'x'.repeat(50)),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));
const checklistArb: fc.Arbitrary<FailureDomainChecklist> = fc.record(
  Object.fromEntries(
    FAILURE_DOMAIN_IDS.map((id) => [id, fc.constantFrom<FailureDomainState>('shared', 'separate', 'unknown')]),
  ) as Record<FailureDomainId, fc.Arbitrary<FailureDomainState>>,
);

/** How the page will put the checklist in its address (url-schema.ts is reshaped in the UI phase). */
interface ChecklistParams {
  shared: FailureDomainId[];
  separate: FailureDomainId[];
  detection: DetectionLevel;
}
const schema: UrlSchema<ChecklistParams> = {
  shared: { key: FAILURE_DOMAIN_PARAM_KEYS.shared, codec: failureDomainListParam() },
  separate: { key: FAILURE_DOMAIN_PARAM_KEYS.separate, codec: failureDomainListParam() },
  detection: { key: FAILURE_DOMAIN_PARAM_KEYS.detection, codec: detectionParam() },
};
const defaults: ChecklistParams = { shared: [], separate: [], detection: 'none' };

describe('readFailureDomainList', () => {
  it('reads a comma list, ignoring spaces, empty entries and repeats, in checklist order', () => {
    expect(readFailureDomainList(' power , vlan,,vlan,')).toEqual({
      ids: ['vlan', 'power'],
      unrecognised: [],
      unrecognisedCount: 0,
    });
    expect(readFailureDomainList('')).toEqual({ ids: [], unrecognised: [], unrecognisedCount: 0 });
  });

  it('reports names it does not know, exactly matched (VLAN is not vlan), cleaned and shortened', () => {
    const read = readFailureDomainList(`vlan,VLAN,wi\u202efi,${'x'.repeat(80)}`);
    expect(read.ids).toEqual(['vlan']);
    expect(read.unrecognised).toEqual(['VLAN', 'wifi', `${'x'.repeat(30)}…`]);
  });

  it('lists the first five unknown names and counts the rest', () => {
    const read = readFailureDomainList(Array.from({ length: 12 }, (_, i) => `bogus${i}`).join(','));
    expect(read.unrecognised).toHaveLength(5);
    expect(read.unrecognisedCount).toBe(12);
  });

  it('never throws, and keeps every known name, whatever the text', () => {
    fc.assert(
      fc.property(junkArb, idsArb, (junk, ids) => {
        const read = readFailureDomainList(`${junk},${ids.join(',')}`);
        for (const id of ids) expect(read.ids).toContain(id);
        for (const name of read.unrecognised) expect(name.length).toBeLessThanOrEqual(31);
      }),
    );
  });
});

describe('failureDomainListParam', () => {
  it('round-trips every set of domains', () => {
    const codec = failureDomainListParam();
    fc.assert(
      fc.property(idsArb, (ids) => {
        expect(codec.parse(codec.format(ids))).toEqual({ ok: true, value: ids });
      }),
    );
  });

  it('refuses a list with an unknown name as a whole, naming it and the known names', () => {
    const parsed = failureDomainListParam().parse('vlan,wifi');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.reason).toContain('“wifi”');
      expect(parsed.reason).toContain('Known: nic-driver, kernel-firmware, vlan');
    }
  });
});

describe('checklist lists', () => {
  it('leaves every domain in neither list unknown, and a domain in both lists unknown and reported', () => {
    expect(checklistFromLists([], [])).toEqual({ checklist: UNANSWERED_CHECKLIST, conflicting: [] });
    const { checklist, conflicting } = checklistFromLists(['vlan', 'power'], ['power', 'deploy']);
    expect(conflicting).toEqual(['power']);
    expect([checklist.vlan, checklist.power, checklist.deploy, checklist.upstream]).toEqual([
      'shared',
      'unknown',
      'separate',
      'unknown',
    ]);
  });

  it('turns any checklist into lists and back unchanged', () => {
    fc.assert(
      fc.property(checklistArb, (checklist) => {
        const { shared, separate } = listsFromChecklist(checklist);
        expect(checklistFromLists(shared, separate)).toEqual({ checklist, conflicting: [] });
      }),
    );
  });

  it('puts the LXC preset in an address as shared=vlan and nothing else', () => {
    const lists = listsFromChecklist(LXC_STORY_CHECKLIST);
    expect(encodeState(schema, { ...lists, detection: 'none' })).toBe('?shared=vlan&detection=none');
  });
});

describe('in the page address, through decodeState', () => {
  it('reads shared, separate and detection', () => {
    const { state, rejected } = decodeState(schema, defaults, '?shared=vlan,power&separate=deploy&detection=minutes');
    expect(rejected).toEqual([]);
    expect(state).toEqual({ shared: ['vlan', 'power'], separate: ['deploy'], detection: 'minutes' });
  });

  it('also reads the list with its commas percent-encoded, as URLSearchParams writes it', () => {
    const { state } = decodeState(schema, defaults, '?shared=vlan%2Cpower');
    expect(state.shared).toEqual(['vlan', 'power']);
  });

  it('drops a list with an unknown name, keeps the rest of the address, and says why', () => {
    const { state, rejected } = decodeState(schema, defaults, '?shared=vlan,<script>&separate=power&detection=soon');
    expect(state).toEqual({ shared: [], separate: ['power'], detection: 'none' });
    expect(rejected.map((r) => r.key)).toEqual(['shared', 'detection']);
    expect(rejected[0]?.reason).toContain('“<script>”');
  });

  it('never throws on any query string, and gives only known domains', () => {
    fc.assert(
      fc.property(junkArb, (junk) => {
        // Raw, as typed into an address bar, and encoded, as a link carries it.
        for (const query of [
          `?shared=${junk}&separate=${junk}`,
          `?${new URLSearchParams({ shared: junk, separate: junk })}`,
        ]) {
          const { state } = decodeState(schema, defaults, query);
          for (const id of [...state.shared, ...state.separate]) expect(FAILURE_DOMAIN_IDS).toContain(id);
        }
      }),
    );
  });
});
