// Redundancy under common-cause failure: the beta-factor model, pure and DOM-free.
export { HOURS_PER_DAY, HOURS_PER_YEAR, hostFromRate, singleHost, type HostSteadyState } from './single-host';
export { binomialCoefficient, kOfNGroup, type KOfNSteadyState } from './k-of-n';
export {
  availabilityAcrossBeta,
  computeRedundancy,
  NEGLIGIBLE_UNAVAILABILITY,
  VALIDITY_LIMIT,
  type Improvement,
  type RedundancyInput,
  type RedundancyResult,
} from './beta-factor';
export {
  crossFieldProblems,
  DEFAULT_INPUTS,
  FIELD_RULES,
  MAX_HOSTS,
  REDUNDANCY_URL_SCHEMA,
  STORY_INPUTS,
  type FieldProblem,
} from './url-schema';
export {
  availabilityDecimals,
  describeDuration,
  describeRecurrence,
  downtimeInWords,
  NO_GROUP_OUTAGE_TEXT,
  redundancyVerdict,
  roughFiguresText,
} from './result-wording';
export { FIGURE_FORMATS, redundancyShareContent } from './share-summary';
