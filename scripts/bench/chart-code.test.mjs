import { describe, expect, it } from 'vitest';
import { chartChunks, chartControllers } from './chart-code.mjs';

const CORE = 'throw new Error("Canvas is already in use. Chart with ID")';
const found = (/** @type {[string, string][]} */ entries) => [...chartChunks(new Map(entries))].sort();

describe('chartChunks', () => {
  it('finds the chart.js core and the chunks that import it statically', () => {
    expect(
      found([
        ['/_astro/chart.A.js', CORE],
        ['/_astro/line.B.js', 'import{C as o}from"./chart.A.js";o.register();export{o as Chart};'],
        ['/_astro/side.E.js', 'import"./chart.A.js";'],
        ['/_astro/again.F.js', 'export{C as Chart}from"./chart.A.js";'],
        ['/_astro/page.C.js', 'console.log(1)'],
      ]),
    ).toEqual(['/_astro/again.F.js', '/_astro/chart.A.js', '/_astro/line.B.js', '/_astro/side.E.js']);
  });

  it('does not count a chunk that only names chart code in its preload list or a dynamic import', () => {
    const kit =
      'import{t as u}from"./preload-helper.P.js";' +
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/line.B.js","_astro/chart.A.js"])))=>i.map(i=>d[i]);' +
      'const l={line:()=>u(()=>import(`./line.B.js`).then(e=>e.Chart),__vite__mapDeps([0,1]))};import("./chart.A.js");';
    expect(
      found([
        ['/_astro/chart.A.js', CORE],
        ['/_astro/line.B.js', 'import{C as o}from"./chart.A.js";'],
        ['/_astro/kit.K.js', kit],
        ['/_astro/preload-helper.P.js', 'export{t}'],
      ]),
    ).toEqual(['/_astro/chart.A.js', '/_astro/line.B.js']);
  });

  it('finds one core per chart group and the helpers only chart code imports', () => {
    expect(
      found([
        ['/_astro/line.L.js', `import{a as e}from"./chunks.H.js";${CORE}`],
        ['/_astro/bar-scatter.S.js', `import{a as e,b as t}from"./chunks.H.js";${CORE}`],
        ['/_astro/chunks.H.js', 'export{a,b}'],
        ['/_astro/island.I.js', 'import{h}from"./preact.P.js";import{x}from"./shared.X.js";'],
        ['/_astro/preact.P.js', 'export{h}'],
        // imported by chart code and by the island: not chart code
        ['/_astro/shared.X.js', 'export{x}'],
      ]),
    ).toEqual(['/_astro/bar-scatter.S.js', '/_astro/chunks.H.js', '/_astro/line.L.js']);
  });

  it('resolves imports against the chunk path under a base', () => {
    expect(
      found([
        ['/wiki/infra/_astro/line.L.js', `import{a}from"./chunks.H.js";${CORE}`],
        ['/wiki/infra/_astro/chunks.H.js', 'export{a}'],
        ['/_astro/chunks.H.js', 'export{a}'],
      ]),
    ).toEqual(['/wiki/infra/_astro/chunks.H.js', '/wiki/infra/_astro/line.L.js']);
  });

  it('finds nothing on a page without chart.js', () => {
    expect(found([['/_astro/page.C.js', 'import"./x.js";console.log("chart.A.js")']])).toEqual([]);
  });
});

describe('chartControllers', () => {
  it('reads which controllers a bundle carries, however the ids are minified', () => {
    const source =
      'x.id="line";x.defaults={datasetElementType:"line",dataElementType:"point"};' +
      'y.id:"bar";y.defaults={dataElementType:"bar"};_(z,"id","doughnut");class{static id=`scatter`}';
    expect(chartControllers([source])).toEqual(['bar', 'doughnut', 'line', 'scatter']);
  });

  it('does not take LineElement or BarElement for their controllers', () => {
    const elements =
      'class extends q{static id=`line`;static defaults={borderCapStyle:`butt`,borderDash:[]}}' +
      'class extends q{static id=`bar`;static defaults={borderSkipped:`start`,borderWidth:0}}' +
      'class extends Qr{static id=`scatter`;static defaults={datasetElementType:!1,dataElementType:`point`,showLine:!1}}';
    expect(chartControllers([elements])).toEqual(['scatter']);
  });
});
