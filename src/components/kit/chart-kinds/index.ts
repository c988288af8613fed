import type { Chart } from 'chart.js';

export type ChartKind = 'line' | 'bar' | 'scatter';

// One dynamic import per kind: a page loads chart.js only when a chart scrolls into view,
// and only the controllers that chart uses.
const loaders: Record<ChartKind, () => Promise<typeof Chart>> = {
  line: () => import('./line').then((module) => module.Chart),
  bar: () => import('./bar').then((module) => module.Chart),
  scatter: () => import('./scatter').then((module) => module.Chart),
};

export function loadChart(kind: ChartKind): Promise<typeof Chart> {
  return loaders[kind]();
}
