import { describe, expect, it } from 'vitest';
import { BUDGETS, pageViolations } from './budgets.mjs';
import { chartChunks, chartControllers } from './chart-code.mjs';

const page = {
  path: 'tools/x/',
  hasWidget: true,
  htmlGzip: 10_000,
  jsInitialGzip: 8_000,
  jsIslandGzip: 20_000,
  jsChartGzip: 60_000,
  chartModules: ['line'],
  chartLoadedOutOfView: false,
  requests: 12,
  widgetScriptOnPlainPage: false,
  lighthouse: { performance: 97, accessibility: 100, 'best-practices': 100, seo: 100 },
};
const context = { usedChartKinds: ['line', 'bar', 'scatter'] };

describe('pageViolations', () => {
  it('passes a page within every budget', () => {
    expect(pageViolations(page, context)).toEqual([]);
  });

  it('names the page and the budget for each breach', () => {
    const bad = {
      ...page,
      htmlGzip: BUDGETS.htmlBytes + 1,
      jsIslandGzip: BUDGETS.islandJsBytes + 1,
      chartModules: ['line', 'doughnut'],
      chartLoadedOutOfView: true,
      lighthouse: { performance: 94, accessibility: 99, 'best-practices': 100, seo: 100 },
    };
    const found = pageViolations(bad, context);
    expect(found).toHaveLength(6);
    for (const line of found) expect(line.startsWith('/tools/x/: ')).toBe(true);
    expect(found.join('\n')).toMatch(/HTML.*budget 30\.0 KB/);
    expect(found.join('\n')).toMatch(/doughnut/);
    expect(found.join('\n')).toMatch(/performance 94/);
  });

  it('holds a plain page to no widget JavaScript', () => {
    expect(pageViolations({ ...page, hasWidget: false, widgetScriptOnPlainPage: true }, context)).toEqual([
      '/tools/x/: a page without a widget loads island or chart JavaScript',
    ]);
  });
});

describe('chart code detection', () => {
  const chunks = new Map([
    ['/_astro/chart.A.js', 'throw new Error("Canvas is already in use. Chart with ID")'],
    ['/_astro/line.B.js', 'import{C as o}from"./chart.A.js";class L{};L.id="line";'],
    ['/_astro/page.C.js', 'console.log(1)'],
  ]);

  it('finds the chart.js core and the chunks that import it', () => {
    expect([...chartChunks(chunks)].sort()).toEqual(['/_astro/chart.A.js', '/_astro/line.B.js']);
  });

  it('reads which controllers a bundle carries', () => {
    expect(chartControllers(['x.id="line";y.id:"bar";_(z,"id","doughnut");class{static id=`scatter`}'])).toEqual(['bar', 'doughnut', 'line', 'scatter']);
  });
});
