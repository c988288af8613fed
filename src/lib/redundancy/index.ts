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
export { exactRedundancy } from './exact-results';
export { compareWithClosedForm, type ModelComparison } from './closed-form-gap';
export { checklistChanged, checklistOf, inputOf, stateProblems, targetOf, type RedundancyState } from './page-state';
export { PRESETS } from './presets';
export {
  availabilityDecimals,
  describeDuration,
  describeRecurrence,
  downtimeInWords,
  NO_GROUP_OUTAGE_TEXT,
  redundancyVerdict,
  closedFormGapText,
  closedFormRows,
  describeGap,
} from './wording';
export { FIGURE_FORMATS, redundancyShareContent, type ShareExtras } from './wording';
export { HOURS_PER_DAY, HOURS_PER_YEAR, hostFromRate, singleHost, type HostSteadyState } from './single-host';
export { binomialCoefficient, kOfNGroup, type KOfNSteadyState } from './k-of-n';
