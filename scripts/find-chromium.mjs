#!/usr/bin/env node
// Finds a Chromium for Playwright. Playwright cannot download its own browser on machines
// that only reach package registries, so we also accept Debian's chromium package.
//
// Order: CHROMIUM_PATH (explicit) → Playwright's own installed browser → a system Chromium.
// None found: as root on Debian, install Debian's `chromium` (CLI mode only); otherwise
// fail with the exact command to run.
//
// Library use (playwright.config.ts; never installs):  findChromium() → { path, source }
// CLI use (scripts/test-all.mjs; may install):          node scripts/find-chromium.mjs --install
//   prints the chosen path on stdout, exits 1 with instructions if there is none.
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const DEBIAN_INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium';
const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const SYSTEM_COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/**
 * @typedef {object} ChromiumEnvironment
 * @property {string | undefined} explicitPath       CHROMIUM_PATH
 * @property {string | undefined} playwrightPath     where Playwright's own Chromium would be
 * @property {(path: string) => boolean} isExecutable
 * @property {(command: string) => string | undefined} which
 * @property {boolean} isRoot
 * @property {boolean} isDebian
 */

/**
 * @typedef {{ action: 'use', path: string, source: 'CHROMIUM_PATH' | 'playwright' | 'system' }
 *   | { action: 'install', command: string, path: string }
 *   | { action: 'fail', message: string }} ChromiumDecision
 */

/**
 * Decide which browser to use, or what to do when there is none. Pure: everything comes in through `env`.
 * @param {ChromiumEnvironment} env
 * @returns {ChromiumDecision}
 */
export function decideChromium(env) {
  const explicit = env.explicitPath?.trim();
  if (explicit) {
    // An explicit path that is wrong is a mistake to report, not a reason to pick another browser silently.
    if (env.isExecutable(explicit)) return { action: 'use', path: explicit, source: 'CHROMIUM_PATH' };
    return {
      action: 'fail',
      message:
        `CHROMIUM_PATH is set to "${explicit}", which is not an executable file.\n` +
        'Fix the path, or unset CHROMIUM_PATH to let the finder look for a browser.',
    };
  }
  if (env.playwrightPath && env.isExecutable(env.playwrightPath)) {
    return { action: 'use', path: env.playwrightPath, source: 'playwright' };
  }
  for (const path of SYSTEM_PATHS) {
    if (env.isExecutable(path)) return { action: 'use', path, source: 'system' };
  }
  for (const command of SYSTEM_COMMANDS) {
    const path = env.which(command);
    if (path) return { action: 'use', path, source: 'system' };
  }
  if (env.isRoot && env.isDebian) {
    return { action: 'install', command: DEBIAN_INSTALL_COMMAND, path: '/usr/bin/chromium' };
  }
  const command = env.isDebian ? `sudo sh -c '${DEBIAN_INSTALL_COMMAND}'` : 'npx playwright install chromium';
  return {
    action: 'fail',
    message:
      'No Chromium found for the browser tests. Install one with:\n\n' +
      `    ${command}\n\n` +
      'or point to an existing Chromium or Chrome:\n\n' +
      '    CHROMIUM_PATH=/path/to/chromium npm test\n',
  };
}

/** An executable regular file (X_OK alone is true for directories too). @param {string} path */
export function isExecutable(path) {
  try {
    // X_OK alone is true for directories too; a browser must be a file.
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** @param {string} command */
function which(command) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, command);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

/** @returns {string | undefined} */
function playwrightBrowserPath() {
  try {
    // require, not import(): playwright.config.ts needs an answer synchronously.
    /** @type {(id: 'playwright-core') => { chromium: { executablePath(): string } }} */
    const load = createRequire(import.meta.url);
    const { chromium } = load('playwright-core');
    return chromium.executablePath();
  } catch {
    // playwright-core missing or it knows no browser for this platform.
    return undefined;
  }
}

/** @returns {ChromiumEnvironment} */
export function realEnvironment() {
  return {
    explicitPath: process.env.CHROMIUM_PATH,
    playwrightPath: playwrightBrowserPath(),
    isExecutable,
    which,
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    isDebian: existsSync('/etc/debian_version'),
  };
}

/**
 * The browser to use, without installing anything (for playwright.config.ts).
 * @returns {{ path: string, source: string }} throws with instructions when there is none
 */
export function findChromium() {
  const decision = decideChromium(realEnvironment());
  if (decision.action === 'use') return { path: decision.path, source: decision.source };
  if (decision.action === 'install') {
    throw new Error(`No Chromium found. Install Debian's package with:\n\n    ${decision.command}\n`);
  }
  throw new Error(decision.message);
}

function main() {
  const mayInstall = process.argv.includes('--install');
  let decision = decideChromium(realEnvironment());
  if (decision.action === 'install') {
    if (!mayInstall) {
      decision = {
        action: 'fail',
        message: `No Chromium found. Install Debian's package with:\n\n    ${decision.command}\n`,
      };
    } else {
      console.error(`No Chromium found; installing Debian's package: ${decision.command}`);
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      const steps = [
        ['apt-get', ['-qq', 'update']],
        ['apt-get', ['-qq', 'install', '-y', '--no-upgrade', 'chromium']],
      ];
      for (const [cmd, args] of /** @type {Array<[string, string[]]>} */ (steps)) {
        const run = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], env });
        if (run.status !== 0) {
          console.error(`"${cmd} ${args.join(' ')}" failed (exit ${run.status ?? run.signal ?? 'unknown'}).`);
          process.exit(1);
        }
      }
      decision = decideChromium(realEnvironment());
    }
  }
  if (decision.action === 'use') {
    console.log(decision.path);
    return;
  }
  console.error(
    decision.action === 'fail' ? decision.message : `No Chromium after installing. Run: ${decision.command}`,
  );
  process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main();
}
