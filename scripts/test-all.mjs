#!/usr/bin/env node
// `npm test`: type checks, the house rules (ESLint, Prettier, dependency-cruiser), unit tests,
// both builds with their link and head checks, then the browser tests against `astro preview`
// and through deploy/nginx.conf.
// Every step counts: a check step (type check, lint, format, layering, build, link or head check,
// browser or nginx finder) is one test; Vitest and Playwright contribute their own test counts.
// The last line is the plain summary `N passed, N failed` (`, N skipped` when any), and the exit
// code is 1 if anything failed.
//
// Environment: OUT_DIR (default dist; the sub-path build goes to <OUT_DIR>-base), PORT (default: a
// free port, so a server already on 4321 is no obstacle), SITE_URL, CHROMIUM_PATH (see
// scripts/find-chromium.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { portFromEnv } from './ports.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = process.env.OUT_DIR || 'dist';
const baseOutDir = `${outDir}-base`;
const subPath = '/wiki/infra/';
// .cache/ is git-ignored; Playwright would wipe its own test-results/ at start.
const reportDir = join(root, '.cache', 'test-all');

const env = {
  ...process.env,
  // Run the project's pinned tools (and Node 24) even when called as `node scripts/test-all.mjs`.
  PATH: [join(root, 'node_modules', '.bin'), process.env.PATH].join(delimiter),
  ASTRO_TELEMETRY_DISABLED: '1',
  FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0'),
};

const totals = { passed: 0, failed: 0, skipped: 0 };
/** @type {Array<{ name: string, passed: number, failed: number, skipped: number, seconds: number }>} */
const steps = [];
let stepNumber = 0;
const STEP_COUNT = 16;

/** @param {string} title */
function heading(title) {
  stepNumber++;
  console.log(`\n=== [${stepNumber}/${STEP_COUNT}] ${title} ===\n`);
}

/**
 * @param {string} command @param {string[]} args @param {Record<string, string | undefined>} [extraEnv]
 * @returns {{ ok: boolean, seconds: number, stdout: string }}
 */
function run(command, args, extraEnv = {}, captureStdout = false) {
  const started = performance.now();
  // stdout is typed as a string, but it is null at run time when inherited rather than captured.
  /** @type {{ status: number | null, stdout: string | null, error?: Error }} */
  const result = spawnSync(command, args, {
    cwd: root,
    env: { ...env, ...extraEnv },
    stdio: ['ignore', captureStdout ? 'pipe' : 'inherit', 'inherit'],
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.error) console.error(`Could not run ${command}: ${result.error.message}`);
  return { ok: result.status === 0, seconds, stdout: result.stdout ?? '' };
}

/** @param {string} name @param {{ passed: number, failed: number, skipped?: number }} counts @param {number} seconds */
function record(name, counts, seconds) {
  const entry = { name, passed: counts.passed, failed: counts.failed, skipped: counts.skipped ?? 0, seconds };
  steps.push(entry);
  totals.passed += entry.passed;
  totals.failed += entry.failed;
  totals.skipped += entry.skipped;
  const verdict = entry.failed > 0 ? 'FAILED' : 'ok';
  console.log(
    `\n--- ${name}: ${verdict} (${entry.passed} passed, ${entry.failed} failed, ${entry.skipped} skipped) in ${seconds.toFixed(1)} s`,
  );
}

/** One check step counts as one test. @param {string} name @param {boolean} ok @param {number} seconds */
function checkStep(name, ok, seconds) {
  record(name, ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 }, seconds);
  return ok;
}

/** @param {string} file @returns {unknown} */
function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * The counts in Playwright's JSON report (its `stats`), or undefined when there is no report.
 * @param {string} file @returns {{ expected: number, unexpected: number, flaky: number, skipped: number } | undefined}
 */
function playwrightStats(file) {
  const report =
    /** @type {{ stats?: { expected: number, unexpected: number, flaky: number, skipped: number } } | undefined} */ (
      readJson(file)
    );
  return report?.stats;
}

/**
 * The counts in Vitest's JSON report, or undefined when there is no report.
 * @param {string} file
 * @returns {{ numTotalTests: number, numPassedTests: number, numFailedTests: number, numPendingTests?: number, numTodoTests?: number, numFailedTestSuites?: number } | undefined}
 */
function vitestCounts(file) {
  const report = /** @type {{ numTotalTests?: unknown } | undefined} */ (readJson(file));
  return typeof report?.numTotalTests === 'number'
    ? /** @type {ReturnType<typeof vitestCounts>} */ (report)
    : undefined;
}

/**
 * Run one Playwright config and count its tests from the JSON reporter.
 * @param {string} name @param {string[]} args @param {Record<string, string>} extraEnv
 */
function playwrightSuite(name, args, extraEnv) {
  const slug = name.replace(/\W+/g, '-');
  const jsonFile = join(reportDir, `${slug}.json`);
  const r = run('playwright', ['test', ...args], {
    ...extraEnv,
    PLAYWRIGHT_JSON_OUTPUT_FILE: jsonFile,
    PLAYWRIGHT_OUTPUT_DIR: join(reportDir, slug),
  });
  const stats = existsSync(jsonFile) ? playwrightStats(jsonFile) : undefined;
  if (stats) {
    const counts = { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
    // Errors outside tests (web server did not start, a spec failed to load) fail the run without a failed test.
    if (!r.ok && counts.failed === 0) counts.failed = 1;
    record(name, counts, r.seconds);
  } else {
    console.log('Playwright wrote no JSON report; counting the run as one failed test.');
    record(name, { passed: 0, failed: 1 }, r.seconds);
  }
}

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.log(
    `Warning: Node ${process.versions.node} is older than Astro 7 needs (22.12). Run through npm (npm test) to use the pinned Node 24.`,
  );
}
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

/** A step that runs one command and counts as one test. @param {string} title @param {string} name @param {string} command @param {string[]} args */
function commandStep(title, name, command, args) {
  heading(title);
  const r = run(command, args);
  checkStep(name, r.ok, r.seconds);
}

// 1–2. Types: everything (.astro, .ts, .tsx, and .mjs through checkJs), then src/lib without the DOM.
commandStep('Type check: astro check', 'astro check', 'astro', ['check']);
commandStep('Type check: src/lib without the DOM (tsc -p tsconfig.lib.json)', 'tsc src/lib (no DOM)', 'tsc', [
  '-p',
  'tsconfig.lib.json',
  '--noEmit',
]);

// 3–5. House rules: lint, formatting, layering (eslint.config.mjs, .prettierrc.json, .dependency-cruiser.mjs).
commandStep('Lint: eslint', 'eslint', 'eslint', ['.']);
commandStep('Format: prettier --check', 'prettier --check', 'prettier', ['--check', '.']);
commandStep('Layering: dependency-cruiser', 'dependency-cruiser', 'depcruise', [
  'src',
  'scripts',
  'tests',
  'astro.config.mjs',
  'playwright.config.ts',
  'playwright.nginx.config.ts',
]);

// 6. Unit tests
heading('Unit tests: vitest run');
{
  const jsonFile = join(reportDir, 'vitest.json');
  const r = run('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${jsonFile}`]);
  const report = vitestCounts(jsonFile);
  if (report) {
    const counts = {
      passed: report.numPassedTests,
      failed: report.numFailedTests,
      skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    };
    // A file that fails to load has no test results but makes the run fail: count it.
    if (!r.ok && counts.failed === 0) counts.failed = Math.max(1, report.numFailedTestSuites ?? 0);
    record('vitest', counts, r.seconds);
  } else {
    console.log('Vitest wrote no JSON report; counting the run as one failed test.');
    record('vitest', { passed: 0, failed: 1 }, r.seconds);
  }
}

/**
 * Build into dir with the given base, then check its links and the top of every page's head.
 * @param {string} dir @param {string} basePath
 * @returns {boolean} whether the build succeeded
 */
function buildAndCheck(dir, basePath) {
  const buildEnv = { OUT_DIR: dir, BASE_PATH: basePath };
  const base = basePath || '/';
  heading(`Build: astro build (base ${base}, into ${dir}/)`);
  const build = run('astro', ['build'], buildEnv);
  checkStep(`astro build (base ${base})`, build.ok, build.seconds);
  const checks = [
    { title: 'Link check', name: 'link check', script: 'check-links.mjs' },
    { title: 'Head check (<meta charset> first, CSP before scripts)', name: 'head check', script: 'check-head.mjs' },
  ];
  for (const { title, name, script } of checks) {
    heading(`${title}: ${dir}/ (base ${base})`);
    if (!build.ok) {
      console.log('The build failed, so there is nothing to check.');
      checkStep(`${name} (base ${base})`, false, 0);
      continue;
    }
    const check = run(process.execPath, [join(root, 'scripts', script), dir], buildEnv);
    checkStep(`${name} (base ${base})`, check.ok, check.seconds);
  }
  return build.ok;
}

// 7–12. Builds, link checks and head checks: the default base, then a wiki sub-path.
const defaultBuildOk = buildAndCheck(outDir, '');
const baseBuildOk = buildAndCheck(baseOutDir, subPath);

// 13. Browser
heading('Browser: find Chromium (installs Debian chromium as root on Debian if none)');
/** @type {string | undefined} */ let chromiumPath;
{
  const r = run(process.execPath, [join(root, 'scripts', 'find-chromium.mjs'), '--install'], {}, true);
  chromiumPath = r.stdout.trim().split('\n').pop();
  if (r.ok && chromiumPath) console.log(`Using ${chromiumPath}`);
  checkStep('find Chromium', r.ok && !!chromiumPath, r.seconds);
}

// 14. Browser tests against the default build, served on a free port (or PORT).
const port = await portFromEnv('PORT');
heading(`Browser tests: playwright test (against ${outDir}/ on port ${port})`);
if (!defaultBuildOk || !chromiumPath) {
  console.log(
    !defaultBuildOk ? 'The default build failed, so there is no site to test.' : 'No Chromium, so no browser tests.',
  );
  record('playwright', { passed: 0, failed: 1 }, 0);
} else {
  playwrightSuite('playwright', [], {
    OUT_DIR: outDir,
    BASE_PATH: '',
    CHROMIUM_PATH: chromiumPath,
    PORT: String(port),
  });
}

// 15. Web server: deploy/nginx.conf serves both builds (scripts/nginx-server.mjs finds or installs nginx).
heading('Web server: find nginx (installs Debian nginx as root on Debian if none)');
/** @type {boolean} */ let nginxOk;
{
  const r = run(process.execPath, [join(root, 'scripts', 'nginx-server.mjs'), '--install'], {}, true);
  const nginxPath = r.stdout.trim().split('\n').pop();
  nginxOk = r.ok && !!nginxPath;
  if (nginxOk) {
    console.log(`Using ${nginxPath ?? ''}`);
    checkStep('find nginx', true, r.seconds);
  } else if (process.env.CI) {
    // CI has root on Debian, so nginx can always be installed there: its absence is a failure.
    checkStep('find nginx', false, r.seconds);
  } else {
    console.log(
      'Skipping the nginx smoke tests. Install nginx with:\n\n    apt-get update && apt-get install -y nginx\n',
    );
    record('find nginx', { passed: 0, failed: 0, skipped: 1 }, r.seconds);
  }
}

// 16. Smoke tests through deploy/nginx.conf (playwright.nginx.config.ts picks two free ports)
heading(`Browser tests through nginx: playwright test -c playwright.nginx.config.ts (${outDir}/ and ${baseOutDir}/)`);
if (!nginxOk && !process.env.CI) {
  console.log('No nginx here: the smoke suite is counted as skipped (see the install command above).');
  record('playwright (nginx)', { passed: 0, failed: 0, skipped: 1 }, 0);
} else if (!defaultBuildOk || !baseBuildOk || !chromiumPath || !nginxOk) {
  console.log('A build, Chromium or nginx is missing, so the nginx smoke tests cannot run.');
  record('playwright (nginx)', { passed: 0, failed: 1 }, 0);
} else {
  playwrightSuite('playwright (nginx)', ['-c', 'playwright.nginx.config.ts'], {
    OUT_DIR: outDir,
    BASE_OUT_DIR: baseOutDir,
    CHROMIUM_PATH: chromiumPath,
  });
}

console.log('\n=== Summary ===\n');
for (const s of steps) {
  console.log(
    `${s.failed > 0 ? '✗' : '✓'} ${s.name.padEnd(32)} ${String(s.passed).padStart(4)} passed ${String(s.failed).padStart(3)} failed ${String(s.skipped).padStart(3)} skipped  ${s.seconds.toFixed(1).padStart(6)} s`,
  );
}
console.log('');
console.log(
  `${totals.passed} passed, ${totals.failed} failed${totals.skipped > 0 ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(totals.failed > 0 ? 1 : 0);
