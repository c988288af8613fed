// Redundancy under common-cause failure: the beta-factor model, pure and DOM-free.
export { calculator } from './calculator';
export {
  availabilityAcrossBeta,
  computeRedundancy,
  NEGLIGIBLE_UNAVAILABILITY,
  VALIDITY_LIMIT,
  type Improvement,
  type RedundancyInput,
  type RedundancyResult,
} from './model';
export { crossFieldProblems, FIELD_RULES, MAX_HOSTS, type FieldProblem } from './fields';
export { URL_SCHEMA } from './url-schema';
export { PRESETS } from './presets';
export {
  availabilityDecimals,
  describeDuration,
  describeRecurrence,
  downtimeInWords,
  NO_GROUP_OUTAGE_TEXT,
  redundancyVerdict,
  roughFiguresText,
} from './wording';
export { FIGURE_FORMATS, redundancyShareContent } from './wording';
export { HOURS_PER_DAY, HOURS_PER_YEAR, hostFromRate, singleHost, type HostSteadyState } from './single-host';
export { binomialCoefficient, kOfNGroup, type KOfNSteadyState } from './k-of-n';
