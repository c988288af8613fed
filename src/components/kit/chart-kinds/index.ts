import type { Chart } from 'chart.js';
import { retryableImport } from '../recovery';

export type ChartKind = 'line' | 'bar' | 'scatter';

// One dynamic import per group of kinds drawn together: a page loads chart.js only when a
// chart scrolls into view, and only the controllers of its group (see line.ts).
// Retryable: a chart whose download failed loads on the next try (recovery.ts).
const loadLine = retryableImport(() => import('./line'));
const loadBarScatter = retryableImport(() => import('./bar-scatter'));
const loaders: Record<ChartKind, () => Promise<{ Chart: typeof Chart }>> = {
  line: loadLine,
  bar: loadBarScatter,
  scatter: loadBarScatter,
};

export function loadChart(kind: ChartKind): Promise<typeof Chart> {
  return loaders[kind]().then((module) => module.Chart);
}
