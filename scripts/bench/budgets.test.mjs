import { describe, expect, it } from 'vitest';
import { BUDGETS, pageViolations, pasteViolations } from './budgets.mjs';

const page = {
  path: 'tools/x/',
  hasWidget: true,
  htmlGzip: 10_000,
  jsInitialGzip: 8_000,
  jsIslandGzip: 20_000,
  jsChartGzip: 60_000,
  chartModules: ['line'],
  chartKinds: ['line'],
  chartLoadedOutOfView: false,
  requests: 12,
  widgetScriptOnPlainPage: false,
  lighthouse: { performance: 97, accessibility: 100, 'best-practices': 100, seo: 100 },
};

describe('pageViolations', () => {
  it('passes a page within every budget', () => {
    expect(pageViolations(page)).toEqual([]);
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
    const found = pageViolations(bad);
    expect(found).toHaveLength(6);
    for (const line of found) expect(line.startsWith('/tools/x/: ')).toBe(true);
    expect(found.join('\n')).toMatch(/HTML.*budget 30\.0 KB/);
    expect(found.join('\n')).toMatch(/doughnut/);
    expect(found.join('\n')).toMatch(/performance 94/);
  });

  it('fails a page Lighthouse could not score often enough, naming why', () => {
    const lighthouse = {
      ...page.lighthouse,
      runs: 4,
      wanted: 5,
      failures: ['NO_NAVSTART: trace broke'],
      cpuSlowdown: 4,
    };
    expect(pageViolations({ ...page, lighthouse })).toEqual([
      '/tools/x/: Lighthouse scored 4 of 5 runs; the others failed to measure (NO_NAVSTART: trace broke)',
    ]);
    const none = { runs: 0, wanted: 5, failures: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], cpuSlowdown: 4 };
    expect(pageViolations({ ...page, lighthouse: none })).toHaveLength(1 + 4);
  });

  it('applies the performance budget at the preset CPU slowdown only; the other categories always', () => {
    const slow = { ...page.lighthouse, performance: 80, runs: 5, wanted: 5, failures: [] };
    expect(pageViolations({ ...page, lighthouse: { ...slow, cpuSlowdown: 4 } })).toEqual([
      '/tools/x/: Lighthouse performance 80, budget 95',
    ]);
    expect(pageViolations({ ...page, lighthouse: { ...slow, cpuSlowdown: 8 } })).toEqual([]);
    expect(pageViolations({ ...page, lighthouse: { ...slow, seo: 92, cpuSlowdown: 8 } })).toEqual([
      '/tools/x/: Lighthouse seo 92, budget 100',
    ]);
  });

  it('flags chart types loaded that this page does not draw, even if another page does', () => {
    const latency = { ...page, chartModules: ['bar', 'scatter'], chartKinds: ['bar', 'scatter'] };
    expect(pageViolations(latency)).toEqual([]);
    expect(pageViolations({ ...page, chartModules: ['bar', 'line', 'scatter'], chartKinds: ['line'] })).toEqual([
      '/tools/x/: chart.js code loaded carries chart types the page does not draw: bar, scatter',
    ]);
    expect(pageViolations({ ...page, chartModules: ['line'], chartKinds: [] })).toHaveLength(1);
  });

  it('holds a plain page to no widget JavaScript', () => {
    expect(pageViolations({ ...page, hasWidget: false, widgetScriptOnPlainPage: true })).toEqual([
      '/tools/x/: a page without a widget loads island or chart JavaScript',
    ]);
  });
});

describe('pasteViolations', () => {
  it('passes answers within both budgets', () => {
    expect(
      pasteViolations([{ name: 'CSV', ms: BUDGETS.pasteAnswerMs, longestFrameGapMs: BUDGETS.pasteFrameGapMs }]),
    ).toEqual([]);
  });

  it('names the paste for a slow answer, no answer, or a frozen page', () => {
    const found = pasteViolations([
      { name: '10 MB', ms: BUDGETS.pasteAnswerMs + 1, longestFrameGapMs: 10 },
      { name: 'binary', ms: null, longestFrameGapMs: 10 },
      { name: 'CSV', ms: 300, longestFrameGapMs: BUDGETS.pasteFrameGapMs + 1 },
    ]);
    expect(found).toEqual([
      `latency tool, 10 MB: answered in ${BUDGETS.pasteAnswerMs + 1} ms, budget ${BUDGETS.pasteAnswerMs} ms`,
      `latency tool, binary: no answer, budget ${BUDGETS.pasteAnswerMs} ms`,
      `latency tool, CSV: page froze for ${BUDGETS.pasteFrameGapMs + 1} ms, budget ${BUDGETS.pasteFrameGapMs} ms`,
    ]);
  });
});
