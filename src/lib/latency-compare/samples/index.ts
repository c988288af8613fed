/**
 * Reading latency samples from what people paste or drop: numbers, CSV, and the outputs of curl,
 * hey, ab, wrk/wrk2, HdrHistogram, JMeter, k6, vegeta, h2load, hyperfine, browsers (HAR) and ping.
 * One entry point, createSampleParser (streaming) or parseSamples (whole text).
 */
export { createSampleParser, parseSamples, DEFAULT_MAX_SAMPLES, type SampleParser } from './parser.ts';
export { detectFormat, looksBinary, DETECT_CHARS, type Detection } from './detect.ts';
export { FORMAT_NAMES, SUPPORTED_FORMATS_TEXT, describeRead } from './format-names.ts';
export { CURL_PHASE_SAMPLE, CURL_TIMING_VARIABLES } from './readers/curl.ts';
export { MAX_DOCUMENT_CHARS } from './readers/json-document.ts';
export { MAX_REPORTED_POSITIONS } from './sample-sink.ts';
export { parseQuantity, toMs } from './numbers.ts';
export { splitCsvLine } from './csv.ts';
export { splitLines } from './lines.ts';
export { TIME_UNITS, MS_PER_UNIT, UNIT_NAMES, unitFromName, type TimeUnit, type UnitChoice } from './units.ts';
export type {
  ColumnOption,
  ColumnSource,
  DistributionSummary,
  ParsedFormat,
  ParsedSamples,
  ParseOptions,
  PercentilePoint,
  PhaseRole,
  RawSampleFormat,
  SampleFormat,
  SummaryFormat,
  RejectedInput,
  UnitSource,
} from './types.ts';
