/**
 * Words for the failure-domain checklist and its β estimate. Every sentence that gives the
 * estimate says it is our adaptation of IEC 61508-6 Annex D, not the standard's own table.
 */
import { formatNumber } from '../format/index.ts';
import type { ShareTable } from '../share/summary.ts';
import {
  FAILURE_DOMAIN_IDS,
  type AnnexDBand,
  type AnnexDColumn,
  type BetaEstimate,
  type DetectionLevel,
  type FailureDomainChecklist,
  type FailureDomainContribution,
  type FailureDomainId,
  type FailureDomainState,
} from './failure-domains.ts';

export const FAILURE_DOMAIN_LABELS: Record<FailureDomainId, { label: string; hint: string }> = {
  'nic-driver': {
    label: 'Same NIC model and driver',
    hint: 'One unusual frame can hit the same driver bug on every host.',
  },
  'kernel-firmware': {
    label: 'Same kernel and firmware',
    hint: 'A regression in one kernel, BIOS or NIC firmware version sits on every host that runs it.',
  },
  vlan: {
    label: 'Same VLAN or broadcast domain',
    hint: 'Broadcast, multicast and unknown-unicast floods reach every host on it at the same moment.',
  },
  'tor-switch': {
    label: 'Same top-of-rack switch',
    hint: 'One switch failure or reload cuts off every host behind it.',
  },
  power: {
    label: 'Same power feed',
    hint: 'One PDU, UPS or circuit fault stops every host on it.',
  },
  deploy: {
    label: 'Same config-management push or deploy window',
    hint: 'A bad change that lands on every host at once fails them together.',
  },
  upstream: {
    label: 'Same upstream dependency',
    hint: 'DNS, storage, a database or an auth service that every host needs: when it fails, they all do.',
  },
  'hardware-batch': {
    label: 'Same hardware batch',
    hint: 'Parts from one batch share defects and wear out at about the same age.',
  },
};

export const DETECTION_LABELS: Record<DetectionLevel, string> = {
  none: 'No automatic check, or changes reach every host together',
  hours: 'A failure on one host is noticed and the change stopped within hours',
  minutes: 'A failure on one host is noticed and the change stopped within minutes',
  'before-next-host':
    'Each host is checked healthy before the next one gets a change (a canary that halts the rollout)',
};

export const ANNEX_D_COLUMN_LABELS: Record<AnnexDColumn, string> = {
  'sensors-final-elements': 'sensors and final elements column, the more cautious one and our default',
  'logic-subsystem': 'logic subsystem column',
};

/** Shown with every estimate. */
export const BETA_ESTIMATE_ADAPTATION_NOTE =
  'This estimate is our adaptation of the β-estimation method in IEC 61508-6:2010 Annex D to IT failure domains. ' +
  'The method follows the annex: points for each defence in place, a factor for detection, and score bands that give β. ' +
  'The domains, their points and the detection levels are ours, not the standard’s, and the band limits are those ' +
  'commonly quoted for the annex’s Table D.4, which we could not check against the standard’s text.';

export function formatBeta(beta: number): string {
  return `${formatNumber(beta * 100, { digits: 2, maxFractionDigits: 1 })} %`;
}

export function describeBand(band: AnnexDBand): string {
  if (band.belowScore === null) return `${band.minScore} or more`;
  if (band.minScore === 0) return `under ${band.belowScore}`;
  return `${band.minScore} to under ${band.belowScore}`;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One paragraph: the estimate, its score and band, what the unknowns could change, and whose it is. */
export function describeBetaEstimate(estimate: BetaEstimate): string {
  const parts = [
    `Estimated β: ${formatBeta(estimate.beta)} (score ${formatNumber(estimate.scoreWithDetection)} of ` +
      `${formatNumber(estimate.maximumScore)}, band ${describeBand(estimate.band)}, ` +
      `Annex D’s ${ANNEX_D_COLUMN_LABELS[estimate.column]}), by our adaptation of IEC 61508-6 Annex D.`,
  ];
  if (estimate.unknownCount > 0) {
    const unknown = count(estimate.unknownCount, 'domain is', 'domains are');
    parts.push(
      estimate.betaIfUnknownSeparate < estimate.beta
        ? `${unknown} unknown and counted as shared; if none of them is shared, β would be ${formatBeta(estimate.betaIfUnknownSeparate)}.`
        : `${unknown} unknown and counted as shared; finding them separate would not move β out of this band.`,
    );
  }
  return parts.join(' ');
}

/** One line per domain: its answer, the points it earns, and what separating it would do. */
export function describeContribution(contribution: FailureDomainContribution, estimate: BetaEstimate): string {
  const { label } = FAILURE_DOMAIN_LABELS[contribution.id];
  const points = `${formatNumber(contribution.pointsEarned)} of ${formatNumber(contribution.pointsAvailable)} points`;
  if (contribution.state === 'separate') return `${label}: not shared, earns ${points}.`;
  const answer = contribution.state === 'shared' ? 'shared' : 'unknown, counted as shared';
  const ifSeparate = contribution.betaIfSeparate;
  const effect =
    ifSeparate === null || ifSeparate >= estimate.beta
      ? 'separating it alone would not change the band'
      : `separating it alone would lower β to ${formatBeta(ifSeparate)}`;
  return `${label}: ${answer}, earns ${points}; ${effect}.`;
}

/** Why each LXC-story answer is what it is (sources: the record and its December 2026 correction). */
export const LXC_STORY_FAILURE_DOMAIN_NOTES: Record<FailureDomainId, string> = {
  vlan:
    'Shared, from the record: both servers sat on the same VLAN, each with a NIC in promiscuous mode behind a Linux ' +
    'bridge, so what the switches flooded on that VLAN (broadcast, multicast, unknown unicast) reached both hosts at ' +
    'once. On a switched VLAN it is that flooded share, not every frame, that the two hosts had in common.',
  'nic-driver':
    'Unknown: the record names no NIC or driver and does not say both hosts used the same one. The author suspected ' +
    'the driver’s NAPI handling, which would make this domain matter, but that is a theory, not a finding.',
  'kernel-firmware':
    'Unknown: the record gives no kernel version. The hardware team upgraded the BIOS and the crashes went on; the ' +
    'record does not say whether the two hosts ran the same firmware.',
  'tor-switch': 'Unknown: a VLAN can span several switches, and the record does not say how the servers were cabled.',
  power: 'Unknown: not in the record.',
  deploy:
    'Unknown: the record says the platform’s maintenance services were moved into the containers, not how changes ' +
    'reached the two hosts.',
  upstream: 'Unknown: not in the record.',
  'hardware-batch':
    'Unknown: the servers had the same specification (16 cores, 64 GB each); the record does not say they came from ' +
    'one batch.',
};

/** Said beside the LXC preset's estimate: the record measures β itself. */
export const LXC_STORY_CHECKLIST_CAVEAT =
  'The record measures β itself: it describes crashes that took both servers at the same moment, again and again, ' +
  'and no crash of one alone, so the observed common-cause share is close to 1, far above any band of this ' +
  'checklist. A checklist estimates what a design is likely to share before failures are on record; once they are, ' +
  'count them instead: failures that took every host together, divided by all failures.';

const STATE_WORDS: Record<FailureDomainState, string> = {
  shared: 'shared',
  separate: 'not shared',
  unknown: 'unknown',
};

/** The checklist's answers and its estimate, as the page shows them, for the share bar. */
export function betaEstimateShare(
  checklist: FailureDomainChecklist,
  estimate: BetaEstimate,
  options: { story: boolean },
): { tables: ShareTable[]; notes: string[] } {
  return {
    tables: [
      {
        heading: 'β from what the hosts share',
        rows: [
          ...FAILURE_DOMAIN_IDS.map((id) => ({
            label: FAILURE_DOMAIN_LABELS[id].label,
            value: STATE_WORDS[checklist[id]],
          })),
          { label: 'Detection', value: DETECTION_LABELS[estimate.detection] },
          { label: 'Estimated β', value: formatBeta(estimate.beta), output: 'beta-estimate' },
        ],
      },
    ],
    notes: [
      describeBetaEstimate(estimate),
      BETA_ESTIMATE_ADAPTATION_NOTE,
      ...(options.story ? [LXC_STORY_CHECKLIST_CAVEAT] : []),
    ],
  };
}
