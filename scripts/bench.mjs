#!/usr/bin/env node
// npm run bench: builds the site, serves it as deployed (deploy/nginx.conf when nginx is
// here, astro preview otherwise), measures every page on a phone-sized Chromium, runs
// Lighthouse (mobile preset), times the latency analyser, prints one table, and exits 1
// naming each page that breaks a budget (scripts/bench/budgets.mjs).
//
//   npm run bench                     everything
//   npm run bench -- --no-lighthouse  skip Lighthouse (quick look at bytes)
//   npm run bench -- --write          also record the table in docs/benchmarks.md
//                                     (docs/benchmarks-cpu-<N>x.md with --cpu-slowdown=N)
//   npm run bench -- --lighthouse-runs=3   scored runs per page (default 5; the median is kept)
//   npm run bench -- --cpu-slowdown=8      margin check: Lighthouse at another CPU slowdown than
//                                          the preset's 4 (the performance budget is not applied)
//   npm run bench -- --coverage-pairs=500  fewer pairs a row in the latency coverage study (default
//                                          3,000, what docs/benchmarks.md records)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem, platform, release } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';
import { NGINX_INSTALL_COMMAND, findOrInstallNginx, startNginx } from './nginx-server.mjs';
import { freePort } from './ports.mjs';
import { BUDGETS, kb, pageViolations, pasteViolations } from './bench/budgets.mjs';
import { measureLatencyFile } from './bench/latency-file.mjs';
import { measureLatencyPastes } from './bench/latency-paste.mjs';
import { measureCacheFill, precacheSize } from './bench/offline-fill.mjs';
import { measurePage } from './bench/measure-page.mjs';
import { lighthouseScores } from './bench/lighthouse.mjs';
import { PRESET_CPU_SLOWDOWN } from './bench/lighthouse-runs.mjs';

const args = new Set(process.argv.slice(2));
const lighthouseRuns = Number(process.argv.find((a) => a.startsWith('--lighthouse-runs='))?.split('=')[1] ?? 5);
if (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 1)
  throw new Error('--lighthouse-runs= needs a whole number of at least 1');
const cpuSlowdown = Number(
  process.argv.find((a) => a.startsWith('--cpu-slowdown='))?.split('=')[1] ?? PRESET_CPU_SLOWDOWN,
);
if (!Number.isFinite(cpuSlowdown) || cpuSlowdown < 1 || cpuSlowdown > 50)
  throw new Error('--cpu-slowdown= needs a number from 1 to 50');
const coveragePairs = Number(process.argv.find((a) => a.startsWith('--coverage-pairs='))?.split('=')[1] ?? 3000);
if (!Number.isInteger(coveragePairs) || coveragePairs < 10)
  throw new Error('--coverage-pairs= needs a whole number of at least 10');
const outDir = resolve('dist-bench');
/** The slow link of issue 14: 400 ms latency, 50–200 KB/s. */
const OFFLINE_LINK_LATENCY_MS = 400;
const OFFLINE_LINK_SPEEDS = [50, 200];
/** `--write` replaces the file above this line and keeps what is below it. */
const KEPT_NOTES_MARKER = '<!-- Notes written by hand below: npm run bench -- --write keeps them. -->';
/** Issue 15: the browser reads a file this big with a progress bar. */
const BIG_FILE_MB = 200;
/** @type {NodeJS.ProcessEnv} */
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: outDir };
delete env.BASE_PATH;

/** @param {string} message */
const log = (message) => {
  console.error(`[bench] ${message}`);
};

/** @typedef {import('./bench/budgets.mjs').LighthouseFigures} LighthouseFigures */
/** @typedef {Awaited<ReturnType<typeof measurePage>> & { lighthouse: LighthouseFigures | null }} MeasuredPage */
/** @typedef {ReturnType<typeof deriveFigures>[number]} PageRow */
/** @typedef {ReturnType<typeof scriptReport>} ScriptReport */
/**
 * @typedef {object} OfflineFigures
 * @property {Awaited<ReturnType<typeof precacheSize>>} size
 * @property {Array<{ kilobytesPerSecond: number } & Awaited<ReturnType<typeof measureCacheFill>>>} fills
 */
/**
 * @typedef {object} RunFigures what the report shows beside the per-page table
 * @property {number} buildSeconds
 * @property {ReturnType<typeof latencyFigure>} latency
 * @property {ScriptReport} million
 * @property {ScriptReport} coverage
 * @property {ScriptReport} stream
 * @property {Awaited<ReturnType<typeof measureLatencyFile>>} bigFile
 * @property {Awaited<ReturnType<typeof measureLatencyPastes>>} pastes
 * @property {OfflineFigures} offline
 * @property {string[]} violations
 * @property {string} browserPath
 */

async function main() {
  const browserPath = findChromium().path;
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;

  log('building the site…');
  const started = performance.now();
  const build = spawnSync('npx', ['astro', 'build'], {
    env: { ...env, SITE_URL: origin },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const buildSeconds = (performance.now() - started) / 1000;
  if (build.status !== 0) throw new Error('astro build failed');

  // Timed before any browser starts, so Chromium's processes do not share the CPU with it.
  log('timing the latency analyser…');
  const latency = latencyFigure();
  log('timing the latency analyser at 1,000,000 samples a side…');
  const million = scriptReport('scripts/bench/latency-million.mjs', []);
  log(`running the latency coverage study (${coveragePairs.toLocaleString('en')} pairs a row; minutes)…`);
  const coverage = scriptReport('scripts/bench/latency-coverage.mjs', [`--pairs=${coveragePairs}`]);
  log('streaming 200 and 500 MB k6 NDJSON through the parser under a 256 MiB heap…');
  const stream = scriptReport('scripts/bench/latency-stream.mjs', ['200', '500'], ['--max-old-space-size=256']);

  const stopServer = await serve(port);
  try {
    const paths = sitemapPaths(outDir);
    log(`measuring ${paths.length} pages…`);
    const browser = await chromium.launch({ executablePath: browserPath });
    /** @type {MeasuredPage[]} */
    const pages = [];
    for (const path of paths)
      pages.push({ ...(await measurePage(browser, { origin, base: '/', path, outDir })), lighthouse: null });
    log('timing hostile pastes in the latency tool…');
    const pastes = await measureLatencyPastes(browser, `${origin}/tools/latency-compare/`);
    log('reading a 200 MB k6 file in the latency tool…');
    const bigFile = await measureLatencyFile(browser, `${origin}/tools/latency-compare/`, BIG_FILE_MB);
    log('timing how long the offline cache takes to fill on the slow link…');
    /** @type {OfflineFigures} */
    const offline = { size: await precacheSize(outDir), fills: [] };
    for (const kilobytesPerSecond of OFFLINE_LINK_SPEEDS) {
      const link = { latencyMs: OFFLINE_LINK_LATENCY_MS, bytesPerSecond: kilobytesPerSecond * 1024 };
      offline.fills.push({ kilobytesPerSecond, ...(await measureCacheFill(browser, origin, link)) });
    }
    await browser.close();

    if (!args.has('--no-lighthouse')) {
      const preset =
        cpuSlowdown === PRESET_CPU_SLOWDOWN ? 'mobile preset' : `mobile preset but ${cpuSlowdown}× CPU slowdown`;
      log(`running Lighthouse (${preset}), ${lighthouseRuns} runs per page…`);
      const scores = await lighthouseScores(
        paths.map((p) => `${origin}/${p}`),
        browserPath,
        lighthouseRuns,
        cpuSlowdown,
      );
      for (const page of pages) {
        const summary = scores.get(`${origin}/${page.path}`);
        page.lighthouse = summary ? { ...summary, cpuSlowdown } : null;
      }
    }

    const figures = deriveFigures(pages);
    const violations = [...figures.flatMap((page) => pageViolations(page)), ...pasteViolations(pastes)];
    if (latency.ms === null || latency.ms > BUDGETS.latencyAnalysisMs) {
      violations.push(
        `latency analyser: ${latency.ms ?? 'no figure'} ms for 100,000 samples per side, budget ${BUDGETS.latencyAnalysisMs} ms`,
      );
    }
    if (!million.ok)
      violations.push(
        `latency analyser at 1,000,000 samples a side: over ${BUDGETS.latencyMillionSortRatio}× a plain sort, or no figure (${million.detail})`,
      );
    if (!stream.ok) violations.push(`latency stream bench: no figure (${stream.detail})`);
    if (bigFile.ms === null || bigFile.progressSteps === 0)
      violations.push(
        `latency tool, ${BIG_FILE_MB} MB file: ${bigFile.ms === null ? `not read in full (showed ${bigFile.shown || 'nothing'} of ${bigFile.requests})` : 'no progress bar seen'}`,
      );
    if (!coverage.ok)
      violations.push(
        `latency coverage study: a row of the median interval under ${BUDGETS.latencyCoverageFloor * 100} %, or no table (${coverage.detail})`,
      );

    for (const fill of offline.fills) {
      if (fill.fillMs === null)
        violations.push(`offline reading: the cache did not fill within 10 minutes at ${fill.kilobytesPerSecond} KB/s`);
    }
    const report = renderReport(figures, {
      buildSeconds,
      latency,
      million,
      coverage,
      stream,
      bigFile,
      pastes,
      offline,
      violations,
      browserPath,
    });
    console.log(report);
    if (args.has('--write')) {
      await mkdir('docs', { recursive: true });
      // A margin check is recorded beside the budget run, not over it.
      const file =
        cpuSlowdown === PRESET_CPU_SLOWDOWN ? 'docs/benchmarks.md' : `docs/benchmarks-cpu-${cpuSlowdown}x.md`;
      // Hand-written notes (before-and-after comparisons) sit under a marker and survive a rewrite.
      const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
      const kept = previous.indexOf(KEPT_NOTES_MARKER);
      await writeFile(file, kept === -1 ? report : `${report}\n${previous.slice(kept)}`);
      log(`wrote ${file}`);
    }
    if (violations.length > 0) {
      console.error(`\nBudgets broken (${violations.length}):\n${violations.map((v) => `  - ${v}`).join('\n')}`);
      process.exitCode = 1;
    }
  } finally {
    await stopServer();
  }
}

/** Serve the build as it would be deployed. @param {number} port */
async function serve(port) {
  const nginx = findOrInstallNginx();
  if (nginx) {
    log(`serving with nginx (${nginx}) and deploy/nginx.conf`);
    const server = await startNginx({
      nginx,
      root: outDir,
      subpathRoot: outDir,
      runDir: resolve('.cache/nginx-bench'),
      port,
    });
    return server.stop;
  }
  // Scores against a server without compression or the shipped headers would not be the site's.
  if (process.env.CI)
    throw new Error(`nginx is needed to measure the site as deployed; install it with: ${NGINX_INSTALL_COMMAND}`);
  log('nginx not found: serving with astro preview (no compression, so Lighthouse will be lower)');
  const child = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
    env,
    stdio: 'ignore',
  });
  await new Promise((r) => setTimeout(r, 3000));
  return () => {
    child.kill('SIGTERM');
    return Promise.resolve();
  };
}

/** @param {string} dir */
function sitemapPaths(dir) {
  const xml = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname.replace(/^\//, ''));
  return ['', ...urls.filter((p) => p !== '').sort()];
}

/**
 * Island JS is what a widget page loads beyond the scripts every plain page loads
 * (Starlight's own), chart.js excluded.
 * @param {MeasuredPage[]} pages
 */
function deriveFigures(pages) {
  const starlightOwn = new Set(pages.filter((p) => !p.hasWidget).flatMap((p) => p.scripts.map((s) => s.name)));
  return pages.map((page) => {
    const islandScripts = page.scripts.filter((s) => !s.chart && !s.afterInteraction && !starlightOwn.has(s.name));
    return {
      ...page,
      jsIslandGzip: page.hasWidget ? islandScripts.reduce((t, s) => t + s.gzip, 0) : 0,
      widgetScriptOnPlainPage: !page.hasWidget && page.scripts.some((s) => s.chart || /preact|signals/.test(s.name)),
    };
  });
}

/**
 * Runs a bench script that prints Markdown and exits non-zero when its own budget breaks
 * (scripts/bench/latency-million.mjs, scripts/bench/latency-coverage.mjs).
 * @param {string} script
 * @param {string[]} scriptArgs
 * @param {string[]} [nodeArgs] flags for Node itself, such as a heap limit
 * @returns {{ ok: boolean, markdown: string, detail: string }}
 */
function scriptReport(script, scriptArgs, nodeArgs = []) {
  const run = spawnSync(process.execPath, [...nodeArgs, script, ...scriptArgs], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const markdown = run.stdout.trim();
  if (markdown === '')
    return { ok: false, markdown: `${script}: no output.`, detail: run.stderr.trim().split('\n').at(-1) ?? '' };
  return { ok: run.status === 0, markdown, detail: run.status === 0 ? '' : `see ${script}` };
}

/** The latency analyser's worst scenario median, from scripts/bench-latency.mjs's own report. */
function latencyFigure() {
  const script = 'scripts/bench-latency.mjs';
  if (!existsSync(script)) return { ms: null, detail: `${script} is missing` };
  const run = spawnSync(process.execPath, [script], { encoding: 'utf8' });
  const medians = [...run.stdout.matchAll(/^(.+): median ([\d.]+) ms over (\d+) runs/gm)].map((m) => ({
    scenario: m[1] ?? '',
    ms: Number(m[2]),
    runs: m[3] ?? '',
  }));
  if (medians.length === 0) return { ms: null, detail: `no figure in ${script} output: ${run.stderr.slice(0, 200)}` };
  const worst = medians.reduce((a, b) => (b.ms > a.ms ? b : a));
  return { ms: worst.ms, detail: `worst scenario: ${worst.scenario}; median of ${worst.runs} runs` };
}

/** @param {PageRow[]} figures @param {RunFigures} run */
function renderReport(
  figures,
  { buildSeconds, latency, million, coverage, stream, bigFile, pastes, offline, violations, browserPath },
) {
  const chromeVersion = spawnSync(browserPath, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const lines = [
    cpuSlowdown === PRESET_CPU_SLOWDOWN ? '# Benchmarks' : `# Benchmarks: margin check at ${cpuSlowdown}× CPU slowdown`,
    '',
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}.`,
    `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, ${platform()} ${release()}; Node ${process.version}; ${chromeVersion}.`,
    'Bytes are gzipped (level 9) as served. Island JS is what a widget page loads beyond Starlight’s own scripts, up to and including the widget’s hydration on first use (the pointer over it); chart.js is counted apart, and so is what loads after a real action such as filling in the example.',
    lighthouseMethod(figures),
    '',
    '| Page | HTML | JS on open | Island JS | Chart JS | Requests | Perf | TBT | A11y | Best pr. | SEO |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const page of figures) {
    const lh = page.lighthouse;
    lines.push(
      `| /${page.path} | ${kb(page.htmlGzip)} | ${kb(page.jsInitialGzip)} | ${page.hasWidget ? kb(page.jsIslandGzip) : '–'} | ${page.jsChartGzip ? kb(page.jsChartGzip) : '–'} | ${page.requests} | ${lh ? `${lh.performance ?? 'n/a'} (${lh.performanceMin ?? '?'}–${lh.performanceMax ?? '?'})` : 'n/a'} | ${lh?.tbtMs === undefined ? 'n/a' : `${lh.tbtMs} ms`} | ${lh?.accessibility ?? 'n/a'} | ${lh?.['best-practices'] ?? 'n/a'} | ${lh?.seo ?? 'n/a'} |`,
    );
  }
  lines.push(
    '',
    `Build time: ${buildSeconds.toFixed(1)} s.`,
    `Latency analyser, 100,000 samples per side (parse + statistics): ${latency.ms === null ? 'not measured' : `${latency.ms.toFixed(1)} ms`}${latency.detail ? ` (${latency.detail})` : ''}; budget ${BUDGETS.latencyAnalysisMs} ms.`,
    `Chart types loaded per page (drawn in brackets): ${chartTypesPerPage(figures)}.`,
    '',
    `Latency tool in Chromium (1280 px), hostile pastes: time from the paste event to the result or error on screen (200 ms typing pause included), and the longest gap between animation frames meanwhile. Budgets ${BUDGETS.pasteAnswerMs} ms and ${BUDGETS.pasteFrameGapMs} ms.`,
    '',
    '| Paste | Answered in | Longest frame gap |',
    '|---|---:|---:|',
    ...pastes.map((p) => `| ${p.name} | ${p.ms === null ? 'no answer' : `${p.ms} ms`} | ${p.longestFrameGapMs} ms |`),
    '',
    '## Latency analysis at a million samples a side',
    '',
    million.markdown,
    '',
    '## Latency tool on big files',
    '',
    `In Chromium: a ${(bigFile.bytes / 1e6).toFixed(0)} MB k6 \`--out json\` file (${bigFile.requests.toLocaleString('en')} requests, nine lines each) picked in the tool's file input: ${bigFile.ms === null ? `not read in full (showed ${bigFile.shown || 'nothing'})` : `all requests on screen after ${(bigFile.ms / 1000).toFixed(1)} s`}; the progress bar showed ${bigFile.progressSteps} distinct values meanwhile.`,
    '',
    'The same kind of stream through the parser in Node, under a 256 MiB heap limit (memory stays bounded: typed arrays, not one string or object per sample):',
    '',
    ...stream.markdown.split('\n').map((line) => `- ${line}`),
    '',
    '## Latency statistics: coverage and multimodality',
    '',
    coverage.markdown,
    '',
    '## Offline reading',
    '',
    `Offline reading: the service worker precaches ${offline.size.files} files, ${kb(offline.size.raw)} (${kb(offline.size.gzip)} gzipped as served). Time for the cache to fill after a first visit to the home page, through a proxy that adds ${OFFLINE_LINK_LATENCY_MS} ms to each request and shares one link among all downloads (Chromium's network emulation does not reach service workers):`,
    '',
    '| Link | Home page loaded | Cache full ("Available offline") after load |',
    '|---|---:|---:|',
    ...offline.fills.map(
      (f) =>
        `| ${OFFLINE_LINK_LATENCY_MS} ms, ${f.kilobytesPerSecond} KB/s | ${(f.loadMs / 1000).toFixed(1)} s | ${f.fillMs === null ? 'not within 10 min' : `${(f.fillMs / 1000).toFixed(1)} s`} |`,
    ),
    '',
    `Budgets: HTML ≤ ${kb(BUDGETS.htmlBytes)}, island JS ≤ ${kb(BUDGETS.islandJsBytes)}, Lighthouse performance ≥ ${BUDGETS.lighthouse.performance} (median, at the preset's ${PRESET_CPU_SLOWDOWN}× CPU slowdown) and the other categories 100.`,
    violations.length === 0
      ? 'All budgets met.'
      : `Budgets broken: ${violations.length}.\n\n${violations.map((v) => `- ${v}`).join('\n')}`,
    ...(cpuSlowdown === PRESET_CPU_SLOWDOWN
      ? [
          '',
          'How much room the Lighthouse budget has on a slower host: `npm run bench -- --cpu-slowdown=8 --write` records the same run at twice the CPU slowdown in docs/benchmarks-cpu-8x.md.',
        ]
      : []),
    '',
  );
  return lines.join('\n');
}

/** @param {PageRow[]} figures */
function lighthouseMethod(figures) {
  const measured = figures.map((page) => page.lighthouse).filter((lh) => lh !== null);
  const [first] = measured;
  if (!first) return 'Lighthouse: not run.';
  const slowdown = first.cpuSlowdown;
  const throttling =
    slowdown === PRESET_CPU_SLOWDOWN
      ? `mobile preset (simulated throttling, ${PRESET_CPU_SLOWDOWN}× CPU slowdown)`
      : `mobile preset with the CPU slowdown raised from ${PRESET_CPU_SLOWDOWN}× to ${slowdown ?? '?'}×, as a margin check: the performance budget is not applied to these scores`;
  const indices = measured
    .map((l) => l.benchmarkIndex)
    .filter((v) => v !== undefined)
    .sort((a, b) => a - b);
  const failures = measured.flatMap((l) => l.failures ?? []);
  return [
    `Lighthouse: ${throttling}; ${first.wanted ?? first.runs ?? 0} scored runs per page after one discarded warm-up run.`,
    'Perf is the median performance score with the range of the runs in brackets, TBT the median Total Blocking Time; the other categories show the lowest score of the runs.',
    indices.length > 0
      ? `Lighthouse's CPU benchmark index on this machine: ${indices[0] ?? ''}–${indices[indices.length - 1] ?? ''} (higher is faster; at 1000 or below, Lighthouse warns that the host is too slow for its ${PRESET_CPU_SLOWDOWN}× slowdown and scores will suffer).`
      : '',
    failures.length > 0
      ? `Runs that failed to measure and were retried: ${failures.length} (${[...new Set(failures.map((f) => f.split(':')[0]))].join(', ')}).`
      : 'Runs that failed to measure: none.',
  ]
    .filter(Boolean)
    .join(' ');
}

/** @param {PageRow[]} figures */
function chartTypesPerPage(figures) {
  const lines = figures
    .filter((page) => page.chartModules.length > 0 || page.chartKinds.length > 0)
    .map((page) => `/${page.path} ${page.chartModules.join(', ') || 'none'} (${page.chartKinds.join(', ') || 'none'})`);
  return lines.join('; ') || 'none loaded';
}

main().catch((/** @type {unknown} */ error) => {
  console.error(`[bench] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
