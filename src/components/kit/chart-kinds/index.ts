import type { Chart } from 'chart.js';

export type ChartKind = 'line' | 'bar' | 'scatter';

// One dynamic import per group of kinds drawn together: a page loads chart.js only when a
// chart scrolls into view, and only the controllers of its group (see line.ts).
const loaders: Record<ChartKind, () => Promise<typeof Chart>> = {
  line: () => import('./line').then((module) => module.Chart),
  bar: () => import('./bar-scatter').then((module) => module.Chart),
  scatter: () => import('./bar-scatter').then((module) => module.Chart),
};

export function loadChart(kind: ChartKind): Promise<typeof Chart> {
  return loaders[kind]();
}
