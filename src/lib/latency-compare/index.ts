// The latency comparison's public names. The island imports modules directly: the analyser, its
// worker and the charts load on first paste, and a static import through this file would pull them
// into the first download.
export { calculator } from './calculator.ts';
export {
  buildComparison,
  type ComparisonView,
  type LatencyState,
  type SideFigures,
  type SideSource,
  type VerdictKind,
} from './model.ts';
export { FIELD_RULES, LABEL_MAX } from './fields.ts';
export { labelParam, sampleDataParam, URL_SCHEMA } from './url-schema.ts';
export { PRESETS } from './presets.ts';
export { FIGURE_FORMATS, latencyShareContent, summaryVerdictText, verdictText, type FormatMs } from './wording.ts';
export { analyseLatency, analyseSide, type LatencyAnalysis, type SideAnalysis, type SideInput } from './analyse.ts';
export { medianDiff, medianVerdict, type MedianDiff, type Verdict } from './median-diff.ts';
export { percentileCi, percentileEstimate, type PercentileCi, type PercentileEstimate } from './percentile-ci.ts';
export {
  quantileSorted,
  REPORTED_PERCENTILES,
  sortSamples,
  summariseSorted,
  type LatencySummary,
} from './percentiles.ts';
export {
  explainGap,
  projectWhatIf,
  roundTripsToFirstByte,
  rttFromDistanceMs,
  type ConnectionMode,
  type RoundTripBreakdown,
  type TlsVersion,
} from './round-trips.ts';
export { decodeSamples, encodeSamples, type DecodedSamples } from './sample-codec.ts';
export { compareSummaries, type LatencyFigures, type SummaryComparison } from './summary-compare.ts';
export {
  RECORDED_TUNING_STEPS,
  readerStepsCodec,
  stepChange,
  type ReaderStep,
  type RecordedStep,
} from './tuning-ledger.ts';
