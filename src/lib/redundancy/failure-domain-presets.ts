/**
 * The LXC story's failure domains, ticked only where the record supports it (sources: facts §3
 * and the December 2026 correction in §6/§8). The record has both servers on the same VLAN, each
 * with a NIC in promiscuous mode behind a Linux bridge, so traffic flooded on that VLAN
 * (broadcast, multicast, unknown unicast) reached both hosts: the VLAN/broadcast domain is shared.
 * Everything else is unknown: the record gives equal cores and RAM, not the NIC, driver, kernel,
 * firmware, switch, power feed, deploy practice, upstreams or hardware batch. The reasons per
 * domain are in failure-domain-wording.ts (LXC_STORY_FAILURE_DOMAIN_NOTES).
 */
import { UNANSWERED_CHECKLIST, type DetectionLevel, type FailureDomainChecklist } from './failure-domain-ids.ts';

export const LXC_STORY_CHECKLIST: FailureDomainChecklist = { ...UNANSWERED_CHECKLIST, vlan: 'shared' };

/**
 * Both servers crashed at exactly the same moment, so no detection on one host could have spared
 * the other: the record supports no credit for detection.
 */
export const LXC_STORY_DETECTION: DetectionLevel = 'none';
