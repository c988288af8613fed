// What the island loads once a reader pastes text: the analyser, the notes on how the text was
// read, the per-side table and the charts. Readers who only read the story never download them,
// and the first paste costs one request.
export { analyseLatency } from '../../lib/latency-compare/analyse';
export { parseNotes, type SampleNote } from '../../lib/latency-compare/sample-notes';
export { LatencyCharts } from './LatencyCharts';
export { SampleStats } from './SampleStats';
export { createAnalysisRunner } from './analysis-runner';
export { SideControls, SideReadout } from './SideReadout';
export { SampleTests } from './SampleTests';
export { SampleLink } from './SampleLink';
// The example's generator rides along: the example is text, so these parts load for it anyway,
// and one chunk fewer is one download fewer that can fail half-way.
export { logNormalSamples, mulberry32 } from '../../lib/latency-compare/seeded-random';
