// The full seeded coverage study of the latency tool's median-difference interval (issue 15), and
// the false-alarm and detection rates of its multimodality warning. Prints Markdown tables (stdout;
// progress on stderr) and exits 1 if any row of the interval the page shows covers less than 94 %.
// The small version of both studies runs in the unit tests.
//
//   node scripts/bench/latency-coverage.mjs                 3,000 pairs a row, 1,000 samples a cell
//   node scripts/bench/latency-coverage.mjs --pairs=500 --runs=200    a quicker, rougher look
//   node scripts/bench/latency-coverage.mjs --tables=coverage         one of the two tables only (coverage, modality)
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import {
  COVERAGE_METHODS,
  COVERAGE_SCENARIOS,
  COVERAGE_SIZES,
  coverageRows,
  trueMedianDiff,
} from '../../src/lib/latency-compare/coverage-simulation.ts';
import { BOOTSTRAP_REPLICATES } from '../../src/lib/latency-compare/median-bootstrap.ts';
import {
  MODALITY_SCENARIOS,
  MODALITY_SIZES,
  modalityRow,
} from '../../src/lib/latency-compare/multimodality-simulation.ts';
import { MULTIMODALITY_LEVEL } from '../../src/lib/latency-compare/multimodality.ts';
import { BUDGETS } from './budgets.mjs';

const COVERAGE_FLOOR = BUDGETS.latencyCoverageFloor;
/** @typedef {import('../../src/lib/latency-compare/coverage-simulation.ts').CoverageMethodName} CoverageMethodName */
/** @typedef {import('../../src/lib/latency-compare/coverage-simulation.ts').CoverageRow} CoverageRow */
/** @type {CoverageMethodName} */
const OLD = 'order-statistic SE (old)';
/** @type {CoverageMethodName} */
const NEW = 'percentile bootstrap (new)';
/** Every method the study compares, in the order COVERAGE_METHODS declares them. */
const METHOD_NAMES = /** @type {CoverageMethodName[]} */ (Object.keys(COVERAGE_METHODS));

/** @param {number} x a fraction */
const percent = (x) => `${(100 * x).toFixed(1)} %`;
/** @param {number} x milliseconds */
const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

/**
 * @param {{ pairs: number, runs: number, tables?: string[], log?: (message: string) => void }} options
 */
export function coverageReport({ pairs, runs, tables = ['coverage', 'modality'], log = () => {} }) {
  const started = performance.now();
  /** @type {string[]} */
  const lines = [];
  /** @type {string[]} */
  const failures = [];
  const cpus = os.cpus();
  if (tables.includes('coverage')) coverageTable(pairs, lines, failures, log);
  if (tables.includes('modality')) modalityTable(runs, lines, log);
  const seconds = (performance.now() - started) / 1000;
  lines.push(
    `Run time ${seconds.toFixed(0)} s on ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, Node ${process.version}.`,
  );
  return { markdown: lines.join('\n'), failures };
}

/**
 * @param {CoverageRow[]} rows
 * @param {CoverageMethodName} method
 * @returns {CoverageRow}
 */
function rowOf(rows, method) {
  const row = rows.find((r) => r.method === method);
  if (!row) throw new Error(`coverageRows returned no row for the method "${method}"`);
  return row;
}

/**
 * @param {number} pairs
 * @param {string[]} lines the report, appended to
 * @param {string[]} failures rows under the floor, appended to
 * @param {(message: string) => void} log
 */
function coverageTable(pairs, lines, failures, log) {
  lines.push(
    `Seeded coverage of the 95 % interval for B − A in median: ${pairs.toLocaleString('en')} pairs of samples a row, drawn from known distributions; a pair counts as covered when its interval holds the true difference of the population medians (computed from the distributions' CDFs). Both methods see the same pairs. The binomial standard error of a row is about ${(100 * Math.sqrt((0.95 * 0.05) / pairs)).toFixed(1)} points at 95 %. Old: order-statistic standard errors added in quadrature (what the page showed before issue 15). New: percentile bootstrap, ${BOOTSTRAP_REPLICATES.toLocaleString('en')} replicates drawn exactly from order statistics (what the page shows now). Width: median interval width. False verdicts: share of pairs where a side was called slower although the true difference is 0.`,
    '',
    '| Scenario | n a side | True B − A (ms) | Old coverage | New coverage | Old width (ms) | New width (ms) | False verdicts old / new |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  );
  COVERAGE_SCENARIOS.forEach((scenario, s) => {
    const truth = trueMedianDiff(scenario);
    for (const n of COVERAGE_SIZES) {
      const rows = coverageRows(scenario, n, pairs, 100_000 * (s + 1) + n, METHOD_NAMES);
      const old = rowOf(rows, OLD);
      const fresh = rowOf(rows, NEW);
      if (fresh.coverage < COVERAGE_FLOOR) failures.push(`${scenario.id}, n = ${n}: ${percent(fresh.coverage)}`);
      const falseVerdicts =
        old.falseVerdicts === null || fresh.falseVerdicts === null
          ? '–'
          : `${percent(old.falseVerdicts / pairs)} / ${percent(fresh.falseVerdicts / pairs)}`;
      lines.push(
        `| ${scenario.description} | ${n.toLocaleString('en')} | ${ms(truth)} | ${percent(old.coverage)} | ${fresh.coverage < COVERAGE_FLOOR ? '**' : ''}${percent(fresh.coverage)}${fresh.coverage < COVERAGE_FLOOR ? '**' : ''} | ${ms(old.medianWidthMs)} | ${ms(fresh.medianWidthMs)} | ${falseVerdicts} |`,
      );
      log(`coverage ${scenario.id} n = ${n}: old ${percent(old.coverage)}, new ${percent(fresh.coverage)}`);
    }
  });
  lines.push(
    '',
    failures.length === 0
      ? `Every row of the new method covers at least ${percent(COVERAGE_FLOOR)} (${COVERAGE_SCENARIOS.length * COVERAGE_SIZES.length} rows).`
      : `Rows of the new method under ${percent(COVERAGE_FLOOR)}: ${failures.join('; ')}.`,
    '',
  );
}

/**
 * @param {number} runs
 * @param {string[]} lines the report, appended to
 * @param {(message: string) => void} log
 */
function modalityTable(runs, lines, log) {
  lines.push(
    `Multimodality warning (Hartigan's dip test at the ${percent(MULTIMODALITY_LEVEL)} level, rounded values spread over their rounding interval): share of ${runs.toLocaleString('en')} seeded samples a cell that raise it. On one-population shapes that is the false-alarm rate; on mixtures, the detection rate.`,
    '',
    `| Shape | Two populations? | ${MODALITY_SIZES.map((n) => `n = ${n.toLocaleString('en')}`).join(' | ')} |`,
    `|---|---|${MODALITY_SIZES.map(() => '---:').join('|')}|`,
  );
  MODALITY_SCENARIOS.forEach((scenario, s) => {
    const cells = MODALITY_SIZES.map((n) => {
      const row = modalityRow(scenario, n, runs, 7_000_000 + 1000 * s + n);
      return percent(row.rate);
    });
    lines.push(`| ${scenario.description} | ${scenario.multimodal ? 'yes' : 'no'} | ${cells.join(' | ')} |`);
    log(`multimodality ${scenario.id}: ${cells.join(', ')}`);
  });
  lines.push('');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  /** @param {string} name @param {number} fallback */
  const arg = (name, fallback) => {
    const value = Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
    if (!Number.isInteger(value) || value < 10) throw new Error(`--${name}= needs a whole number of at least 10`);
    return value;
  };
  const tables = (process.argv.find((a) => a.startsWith('--tables='))?.split('=')[1] ?? 'coverage,modality').split(',');
  if (tables.some((t) => t !== 'coverage' && t !== 'modality'))
    throw new Error('--tables= takes coverage, modality or both');
  const { markdown, failures } = coverageReport({
    pairs: arg('pairs', 3000),
    runs: arg('runs', 1000),
    tables,
    log: (m) => console.error(`[coverage] ${m}`),
  });
  console.log(markdown);
  if (failures.length > 0) process.exitCode = 1;
}
