#!/usr/bin/env node
// Runs deploy/nginx.conf, unchanged but for its "DEPLOY:" lines, on free loopback ports, so
// the smoke tests exercise the configuration we ship rather than a copy of it.
//
// Library: findNginx(), renderNginxConfig(), startNginx()
// CLI:     node scripts/nginx-server.mjs --install   prints the nginx path, installing Debian's
//          package when root on Debian; exits 1 with the command to run otherwise.
//          node scripts/nginx-server.mjs --serve     runs nginx in the foreground on NGINX_PORT
//          (site root, serving OUT_DIR) and NGINX_SUBPATH_PORT (/wiki/infra/, serving
//          BASE_OUT_DIR) until killed: playwright.nginx.config.ts starts it as its web server.
//          node scripts/nginx-server.mjs --print-config   prints deploy/nginx.conf with its
//          "DEPLOY: embed origins" line made from EMBED_ALLOWED_ORIGINS (the sites that may frame
//          /embed/ pages), the other DEPLOY lines left for you; exits 1 naming any bad origin.
// EMBED_ALLOWED_ORIGINS applies to --serve too.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { spawn, spawnSync } from 'node:child_process';
import { connect } from 'node:net';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isExecutable } from './find-chromium.mjs';
import { assertPortFree, freePort } from './ports.mjs';
import { frameAncestorsSources, parseAllowedOrigins } from '../src/lib/embed/allowed-origins.ts';

export const NGINX_INSTALL_COMMAND = 'apt-get update && apt-get install -y nginx';
const SYSTEM_PATHS = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'];

/** The nginx binary to use, or undefined. NGINX_PATH wins when set. */
export function findNginx() {
  const explicit = process.env.NGINX_PATH?.trim();
  if (explicit) return isExecutable(explicit) ? explicit : undefined;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, 'nginx'))) return join(dir, 'nginx');
  }
  return SYSTEM_PATHS.find(isExecutable);
}

export function canInstallNginx() {
  return typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/etc/debian_version');
}

/** @param {string} marker */
const deployLine = (marker) =>
  // [ \t] not \s: the match must not run on into the next line.
  new RegExp(`^([ \\t]*)[^\\n#]*#[ \\t]*DEPLOY: ${marker.replace('.', '\\.')}[ \\t]*$`, 'm');

/**
 * The template with its "DEPLOY: embed origins" line allowing these origins to frame /embed/
 * pages (none: 'none'). Pure. The origins must come from parseAllowedOrigins, which admits
 * nothing that could end the nginx string or the header directive.
 * @param {string} template @param {readonly string[]} origins
 */
export function renderEmbedOrigins(template, origins) {
  const pattern = deployLine('embed origins');
  if (!pattern.test(template)) throw new Error('deploy/nginx.conf has no "# DEPLOY: embed origins" line');
  const line = `map $uri $embed_frame_ancestors { default "${frameAncestorsSources(origins)}"; }`;
  return template.replace(pattern, `$1${line}`);
}

/**
 * The shipped config with its DEPLOY lines pointed at this run. Pure.
 * @param {string} template contents of deploy/nginx.conf
 * @param {{ root: string, subpathRoot: string, port: number, subpathPort: number, runDir: string, mimeTypes: string, embedOrigins?: readonly string[] }} run
 */
export function renderNginxConfig(template, run) {
  const replacements = /** @type {const} */ ([
    ['pid', `pid ${run.runDir}/nginx.pid;`],
    ['error_log', `error_log ${run.runDir}/error.log warn;`],
    ['mime.types', `include ${run.mimeTypes};`],
    ['listen root', `listen 127.0.0.1:${run.port};`],
    ['root', `root ${run.root};`],
    ['listen subpath', `listen 127.0.0.1:${run.subpathPort};`],
    ['subpath root', `alias ${run.subpathRoot.replace(/\/?$/, '/')};`],
  ]);
  let out = renderEmbedOrigins(template, run.embedOrigins ?? []);
  for (const [marker, line] of replacements) {
    const pattern = deployLine(marker);
    if (!pattern.test(out)) throw new Error(`deploy/nginx.conf has no "# DEPLOY: ${marker}" line`);
    out = out.replace(pattern, `$1${line}`);
  }
  // Temporary files go to the run directory so the test needs no system paths writable.
  const temps = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `    ${name}_temp_path ${run.runDir}/${name};`)
    .join('\n');
  return out.replace(/^http \{$/m, `http {\n${temps}`);
}

/** @param {number} port @param {number} timeoutMs */
async function waitForPort(port, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const open = await /** @type {Promise<boolean>} */ (
      new Promise((done) => {
        const socket = connect(port, '127.0.0.1');
        socket.once('connect', () => {
          socket.destroy();
          done(true);
        });
        socket.once('error', () => {
          done(false);
        });
      })
    );
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not open port ${port} within ${timeoutMs} ms`);
}

/**
 * Start nginx in the foreground, on the given ports or two free ones.
 * @param {{ nginx: string, root: string, subpathRoot: string, runDir: string, port?: number, subpathPort?: number }} options
 */
export async function startNginx(options) {
  const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));
  const template = await readFile(join(repo, 'deploy/nginx.conf'), 'utf8');
  const port = options.port ?? (await freePort());
  const subpathPort = options.subpathPort ?? (await freePort());
  await mkdir(options.runDir, { recursive: true });
  const mimeTypes = existsSync('/etc/nginx/mime.types') ? '/etc/nginx/mime.types' : join(repo, 'deploy/mime.types');
  const config = renderNginxConfig(template, {
    root: resolve(options.root),
    subpathRoot: resolve(options.subpathRoot),
    port,
    subpathPort,
    runDir: resolve(options.runDir),
    mimeTypes,
    embedOrigins: parseAllowedOrigins(process.env.EMBED_ALLOWED_ORIGINS),
  });
  const configPath = join(options.runDir, 'nginx.conf');
  await writeFile(configPath, config);
  await assertPortFree(port);
  await assertPortFree(subpathPort);
  const test = spawnSync(options.nginx, ['-t', '-q', '-c', configPath, '-p', options.runDir], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx rejected the config:\n${test.stderr}`);
  const child = spawn(options.nginx, ['-c', configPath, '-p', options.runDir, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (/** @type {Buffer} */ chunk) => {
    stderr += chunk.toString();
  });
  try {
    await waitForPort(port, 10_000);
    await waitForPort(subpathPort, 10_000);
  } catch (error) {
    child.kill('SIGTERM');
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${stderr}`, { cause: error });
  }
  return {
    port,
    subpathPort,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) {
          done(undefined);
          return;
        }
        child.once('exit', () => {
          done(undefined);
        });
        child.kill('SIGQUIT');
      }),
  };
}

async function serve() {
  const nginx = findNginx();
  if (!nginx) {
    console.error(`No nginx found. Install it with:\n\n    ${NGINX_INSTALL_COMMAND}\n`);
    process.exit(1);
  }
  const server = await startNginx({
    nginx,
    root: process.env.OUT_DIR || 'dist',
    subpathRoot: process.env.BASE_OUT_DIR || 'dist-base',
    runDir: resolve('.cache/nginx-run'),
    // playwright.nginx.config.ts passes free ports; these defaults serve a run by hand.
    port: Number(process.env.NGINX_PORT || 4341),
    subpathPort: Number(process.env.NGINX_SUBPATH_PORT || 4342),
  });
  console.log(
    `nginx serving on http://127.0.0.1:${server.port}/ and http://127.0.0.1:${server.subpathPort}/wiki/infra/`,
  );
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

/** nginx's path, installing Debian's package first when there is none and this may (root on Debian). */
export function findOrInstallNginx() {
  const found = findNginx();
  if (found || !canInstallNginx()) return found;
  console.error(`No nginx found; installing Debian's package: ${NGINX_INSTALL_COMMAND}`);
  // policy-rc.d is not ours to change; the package may start its default site, which the tests do not use.
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['-qq', 'update'],
    ['-qq', 'install', '-y', '--no-upgrade', 'nginx'],
  ]) {
    const run = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    if (run.status !== 0) break;
  }
  return findNginx();
}

async function printConfig() {
  const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));
  const template = await readFile(join(repo, 'deploy/nginx.conf'), 'utf8');
  try {
    process.stdout.write(renderEmbedOrigins(template, parseAllowedOrigins(process.env.EMBED_ALLOWED_ORIGINS)));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

async function main() {
  if (process.argv.includes('--serve')) return serve();
  if (process.argv.includes('--print-config')) return printConfig();
  const nginx = process.argv.includes('--install') ? findOrInstallNginx() : findNginx();
  if (nginx) {
    console.log(nginx);
    return;
  }
  console.error(`No nginx found. Install it with:\n\n    ${NGINX_INSTALL_COMMAND}\n\nor set NGINX_PATH.`);
  process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
