/**
 * The names of the failure-domain checklist (failure-domains.ts scores it): the domains, the
 * three answers and the detection levels. Apart from the scoring, so the page's address can
 * check a link without loading it.
 */

export const FAILURE_DOMAIN_IDS = [
  'nic-driver',
  'kernel-firmware',
  'vlan',
  'tor-switch',
  'power',
  'deploy',
  'upstream',
  'hardware-batch',
] as const;

export type FailureDomainId = (typeof FAILURE_DOMAIN_IDS)[number];

/** Whether the hosts share a domain; "unknown" earns no points, as "shared" does. */
export type FailureDomainState = 'shared' | 'separate' | 'unknown';

export type FailureDomainChecklist = Record<FailureDomainId, FailureDomainState>;

/**
 * How soon a failure on one host is noticed and the trigger kept from the others (the levels
 * are ours; failure-domains.ts gives each its Z).
 */
export const DETECTION_LEVELS = ['none', 'hours', 'minutes', 'before-next-host'] as const;
export type DetectionLevel = (typeof DETECTION_LEVELS)[number];

/** Every domain unknown: what the checklist holds before anyone answers it. */
export const UNANSWERED_CHECKLIST: FailureDomainChecklist = Object.fromEntries(
  FAILURE_DOMAIN_IDS.map((id) => [id, 'unknown']),
) as FailureDomainChecklist;
