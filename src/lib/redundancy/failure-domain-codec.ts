/**
 * The failure-domain checklist in the page address: `shared=vlan,power` lists the domains the
 * hosts share, `separate=deploy` those they do not, and every domain in neither list is unknown.
 * A link therefore only claims what its sender answered, and an address without the checklist
 * gives the cautious estimate (everything unknown), never the optimistic one.
 * `detection=minutes` carries the detection level.
 */
import { cleanText, enumParam, type ParamCodec } from '../url-state/index.ts';
import {
  DETECTION_LEVELS,
  FAILURE_DOMAIN_IDS,
  UNANSWERED_CHECKLIST,
  type DetectionLevel,
  type FailureDomainChecklist,
  type FailureDomainId,
} from './failure-domain-ids.ts';

/** Query parameter names, part of every shared link. */
export const FAILURE_DOMAIN_PARAM_KEYS = { shared: 'shared', separate: 'separate', detection: 'detection' } as const;

/** Names longer than this are cut in messages; more than MAX_NAMED are counted, not listed. */
const MAX_NAME_SHOWN = 30;
const MAX_NAMED = 5;

export interface FailureDomainListRead {
  /** Known domains, each once, in checklist order. */
  ids: FailureDomainId[];
  /** Names that are not domains, cleaned of control characters and shortened: safe to show as text. */
  unrecognised: string[];
  /** How many unrecognised names there were in all (only the first few are kept). */
  unrecognisedCount: number;
}

function isFailureDomainId(name: string): name is FailureDomainId {
  return (FAILURE_DOMAIN_IDS as readonly string[]).includes(name);
}

/**
 * Read a comma list leniently: known names are kept, the rest reported. Spaces around names and
 * empty entries ("vlan,,power,") are ignored; names are matched exactly (lower case, hyphens).
 */
export function readFailureDomainList(raw: string): FailureDomainListRead {
  const found = new Set<FailureDomainId>();
  const unrecognised: string[] = [];
  let unrecognisedCount = 0;
  for (const part of raw.split(',')) {
    const name = part.trim();
    if (name === '') continue;
    if (isFailureDomainId(name)) {
      found.add(name);
      continue;
    }
    unrecognisedCount += 1;
    if (unrecognised.length < MAX_NAMED) {
      const cleaned = cleanText(name) || '(unreadable)';
      unrecognised.push(cleaned.length > MAX_NAME_SHOWN ? `${cleaned.slice(0, MAX_NAME_SHOWN)}…` : cleaned);
    }
  }
  return { ids: FAILURE_DOMAIN_IDS.filter((id) => found.has(id)), unrecognised, unrecognisedCount };
}

/** "Not a failure domain: "wifi", "dns"." and the list of names that are. */
export function unrecognisedDomainsReason(read: FailureDomainListRead): string {
  const named = read.unrecognised.map((name) => `“${name}”`).join(', ');
  const more =
    read.unrecognisedCount > read.unrecognised.length
      ? ` and ${read.unrecognisedCount - read.unrecognised.length} more`
      : '';
  const label = read.unrecognisedCount === 1 ? 'Not a failure domain' : 'Not failure domains';
  return `${label}: ${named}${more}. Known: ${FAILURE_DOMAIN_IDS.join(', ')}.`;
}

/**
 * Strict codec for one list parameter: a value with any unrecognised name is refused as a whole
 * (and reported through decodeState), so a link never shows a checklist its sender did not have.
 * readFailureDomainList is the lenient reader, for a page that wants to keep the known names.
 */
export function failureDomainListParam(): ParamCodec<FailureDomainId[]> {
  return {
    parse(raw) {
      const read = readFailureDomainList(raw);
      if (read.unrecognisedCount > 0) return { ok: false, reason: unrecognisedDomainsReason(read) };
      return { ok: true, value: read.ids };
    },
    format: (ids) => FAILURE_DOMAIN_IDS.filter((id) => ids.includes(id)).join(','),
  };
}

export function detectionParam(): ParamCodec<DetectionLevel> {
  return enumParam(DETECTION_LEVELS);
}

export interface ChecklistFromLists {
  checklist: FailureDomainChecklist;
  /** Domains named in both lists: they are left unknown, and the page should say so. */
  conflicting: FailureDomainId[];
}

export function checklistFromLists(
  shared: readonly FailureDomainId[],
  separate: readonly FailureDomainId[],
): ChecklistFromLists {
  const checklist: FailureDomainChecklist = { ...UNANSWERED_CHECKLIST };
  const conflicting: FailureDomainId[] = [];
  for (const id of FAILURE_DOMAIN_IDS) {
    const inShared = shared.includes(id);
    const inSeparate = separate.includes(id);
    if (inShared && inSeparate) conflicting.push(id);
    else if (inShared) checklist[id] = 'shared';
    else if (inSeparate) checklist[id] = 'separate';
  }
  return { checklist, conflicting };
}

export function listsFromChecklist(checklist: FailureDomainChecklist): {
  shared: FailureDomainId[];
  separate: FailureDomainId[];
} {
  return {
    shared: FAILURE_DOMAIN_IDS.filter((id) => checklist[id] === 'shared'),
    separate: FAILURE_DOMAIN_IDS.filter((id) => checklist[id] === 'separate'),
  };
}
