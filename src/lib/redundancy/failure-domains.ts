/**
 * β from what the hosts share: a checklist of common failure domains, scored in the manner of
 * the β-estimation method of IEC 61508-6:2010, Annex D, ADAPTED BY US to IT failure domains.
 *
 * What follows the annex: each measure against common cause that is in place earns points in two
 * parts, X (the part that diagnostics make stronger) and Y (the part they do not); a factor Z
 * (0 to 2) rates the diagnostics; the score S = ΣX + ΣY, or S_D = ΣX·(Z + 1) + ΣY with
 * diagnostics, falls in one of four bands, and each band gives β, in one column for logic
 * subsystems and in another, higher one for sensors and final elements.
 *
 * What is ours, not the standard's: the eight IT failure domains, every point value, the four
 * detection levels and their Z, the sensors/final-elements column as the default (hosts take
 * their input straight from the network, as field devices take theirs from the plant, and it is
 * the more cautious column), and counting "unknown" as "shared" (no credit for a defence nobody
 * has checked). The annex scores defences; this checklist asks what the hosts share, so a domain
 * the hosts do NOT share is the defence that earns its points.
 *
 * What we could check (the standard itself is not public; December 2026):
 * - Annex D's title, "A methodology for quantifying the effect of hardware-related common cause
 *   failures in E/E/PE systems", and its clauses D.1 to D.5 (contents list of the 2000 edition,
 *   BS IEC 61508-6:2000, at shop.standards.ie; the 2010 edition is cited by the sources below).
 * - The method: Table D.1 lists measures in eight groups (separation/segregation;
 *   diversity/redundancy; complexity/design/application/maturity/experience; assessment/analysis
 *   and feedback of data; procedures/human interface; competence/training/safety culture;
 *   environmental control; environmental testing), each with X and Y values; Z comes from
 *   Table D.2 (programmable electronics) or D.3 (sensors, final elements) by diagnostic coverage
 *   and test interval; S = ΣX + ΣY, S_D = ΣX·(Z + 1) + ΣY; Table D.4 turns the score into β and
 *   β_D (reference notes on the 2010 edition in a public repository, not the standard itself).
 * - Table D.4's Note 1 says its values are lower than would normally be used
 *   (functionalsafetyengineer.com, "Typical Common Cause?").
 * - IEC 62061's Annex E points to IEC 61508-6:2010 Annex D for the full procedure and assumes
 *   β ≤ 2 % for redundant systems (published text of IEC 62061 Annex E).
 * Not checked: the per-question values of Table D.1, the Z values of Tables D.2 and D.3, and the
 * band limits and β values of Table D.4 (see ANNEX_D_BANDS).
 */

import type {
  DetectionLevel,
  FailureDomainChecklist,
  FailureDomainId,
  FailureDomainState,
} from './failure-domain-ids.ts';

// The names live apart so the page's address can check them without the scoring code.
export {
  DETECTION_LEVELS,
  FAILURE_DOMAIN_IDS,
  UNANSWERED_CHECKLIST,
  type DetectionLevel,
  type FailureDomainChecklist,
  type FailureDomainId,
  type FailureDomainState,
} from './failure-domain-ids.ts';

/** Where in Annex D's Table D.1 an item's idea comes from (the item itself is ours). */
export type AnnexDHeading =
  | 'separation/segregation'
  | 'diversity/redundancy'
  | 'complexity/design/application/maturity/experience'
  | 'procedures/human interface'
  | 'environmental control';

export interface FailureDomainScore {
  id: FailureDomainId;
  /** Points that faster detection multiplies by (Z + 1): defences a halted rollout makes stronger. */
  x: number;
  /** Points detection does not change: a flood or a power cut reaches every host at once anyway. */
  y: number;
  heading: AnnexDHeading;
}

/**
 * Our point values, out of 150 with no detection. They rank how often, in our judgement, sharing
 * the domain lets one trigger stop every host; X goes to domains where a change arrives host by
 * host (drivers, kernels, deploys), so catching it on the first host protects the rest.
 */
export const FAILURE_DOMAIN_SCORES: readonly FailureDomainScore[] = [
  { id: 'nic-driver', x: 10, y: 15, heading: 'diversity/redundancy' },
  { id: 'kernel-firmware', x: 10, y: 10, heading: 'diversity/redundancy' },
  { id: 'vlan', x: 5, y: 15, heading: 'separation/segregation' },
  { id: 'tor-switch', x: 0, y: 15, heading: 'separation/segregation' },
  { id: 'power', x: 0, y: 15, heading: 'environmental control' },
  { id: 'deploy', x: 20, y: 5, heading: 'procedures/human interface' },
  { id: 'upstream', x: 5, y: 15, heading: 'separation/segregation' },
  { id: 'hardware-batch', x: 5, y: 5, heading: 'complexity/design/application/maturity/experience' },
];

/**
 * How soon a failure on one host is noticed and the trigger kept from the others (our levels; the
 * annex's Z tables rate diagnostic coverage and test interval instead). Z as in the annex: 0 to 2.
 */
export const DETECTION_Z: Record<DetectionLevel, number> = {
  none: 0,
  hours: 0.5,
  minutes: 1,
  'before-next-host': 2,
};

/** The two β columns of the band table. */
export const ANNEX_D_COLUMNS = ['sensors-final-elements', 'logic-subsystem'] as const;
export type AnnexDColumn = (typeof ANNEX_D_COLUMNS)[number];

export interface AnnexDBand {
  /** 0 is the best band (highest score). */
  index: number;
  /** Lowest score in the band, inclusive. */
  minScore: number;
  /** Score where the next band starts (exclusive); null for the top band. */
  belowScore: number | null;
  beta: Record<AnnexDColumn, number>;
}

/**
 * Score bands to β as commonly quoted for IEC 61508-6:2010 Table D.4 ("120 or above", "70 to
 * 120", "45 to 70", "less than 45"; a score of exactly 70 or 120 is read as the higher band).
 * NOT verified against the standard's text here: only the table's existence and role were.
 */
export const ANNEX_D_BANDS: readonly AnnexDBand[] = [
  { index: 0, minScore: 120, belowScore: null, beta: { 'logic-subsystem': 0.005, 'sensors-final-elements': 0.01 } },
  { index: 1, minScore: 70, belowScore: 120, beta: { 'logic-subsystem': 0.01, 'sensors-final-elements': 0.02 } },
  { index: 2, minScore: 45, belowScore: 70, beta: { 'logic-subsystem': 0.02, 'sensors-final-elements': 0.05 } },
  { index: 3, minScore: 0, belowScore: 45, beta: { 'logic-subsystem': 0.05, 'sensors-final-elements': 0.1 } },
];

export const DEFAULT_ANNEX_D_COLUMN: AnnexDColumn = 'sensors-final-elements';

export function bandForScore(score: number): AnnexDBand {
  for (const band of ANNEX_D_BANDS) if (score >= band.minScore) return band;
  // Scores are sums of non-negative points, so this is only reached by a negative score.
  return ANNEX_D_BANDS[ANNEX_D_BANDS.length - 1] as AnnexDBand;
}

export interface FailureDomainContribution {
  id: FailureDomainId;
  state: FailureDomainState;
  heading: AnnexDHeading;
  /** X·(Z + 1) + Y: what keeping this domain separate is worth at the chosen detection level. */
  pointsAvailable: number;
  /** pointsAvailable when separate, else 0. */
  pointsEarned: number;
  /** β if this one domain were separate and the rest stayed as they are; null when it already is. */
  betaIfSeparate: number | null;
}

export interface BetaEstimate {
  /** The estimate to adopt: unknown domains counted as shared. */
  beta: number;
  band: AnnexDBand;
  column: AnnexDColumn;
  detection: DetectionLevel;
  z: number;
  /** S = ΣX + ΣY over the separate domains. */
  score: number;
  /** S_D = ΣX·(Z + 1) + ΣY over the separate domains: the score β is read from. */
  scoreWithDetection: number;
  /** The largest S_D this detection level allows (every domain separate). */
  maximumScore: number;
  contributions: FailureDomainContribution[];
  sharedCount: number;
  unknownCount: number;
  /** β if every unknown domain turned out separate: the best the answers so far allow. */
  betaIfUnknownSeparate: number;
}

function pointsFor(score: FailureDomainScore, z: number): number {
  return score.x * (z + 1) + score.y;
}

export interface EstimateOptions {
  detection?: DetectionLevel;
  column?: AnnexDColumn;
}

/** Score a checklist. Every domain must have a state (the codec and presets make sure of it). */
export function estimateBeta(checklist: FailureDomainChecklist, options: EstimateOptions = {}): BetaEstimate {
  const detection = options.detection ?? 'none';
  const column = options.column ?? DEFAULT_ANNEX_D_COLUMN;
  const z = DETECTION_Z[detection];
  let score = 0;
  let scoreWithDetection = 0;
  let maximumScore = 0;
  let unknownPoints = 0;
  let sharedCount = 0;
  let unknownCount = 0;
  for (const item of FAILURE_DOMAIN_SCORES) {
    const state = checklist[item.id];
    maximumScore += pointsFor(item, z);
    if (state === 'separate') {
      score += item.x + item.y;
      scoreWithDetection += pointsFor(item, z);
    } else if (state === 'unknown') {
      unknownCount += 1;
      unknownPoints += pointsFor(item, z);
    } else {
      sharedCount += 1;
    }
  }
  const band = bandForScore(scoreWithDetection);
  const contributions = FAILURE_DOMAIN_SCORES.map((item): FailureDomainContribution => {
    const state = checklist[item.id];
    const pointsAvailable = pointsFor(item, z);
    return {
      id: item.id,
      state,
      heading: item.heading,
      pointsAvailable,
      pointsEarned: state === 'separate' ? pointsAvailable : 0,
      betaIfSeparate: state === 'separate' ? null : bandForScore(scoreWithDetection + pointsAvailable).beta[column],
    };
  });
  return {
    beta: band.beta[column],
    band,
    column,
    detection,
    z,
    score,
    scoreWithDetection,
    maximumScore,
    contributions,
    sharedCount,
    unknownCount,
    betaIfUnknownSeparate: bandForScore(scoreWithDetection + unknownPoints).beta[column],
  };
}
