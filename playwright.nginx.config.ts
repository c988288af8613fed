// Smoke tests against deploy/nginx.conf itself: the same builds npm test makes (OUT_DIR at the
// root, BASE_OUT_DIR under /wiki/infra/), served by a real nginx with the shipped headers.
import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';
import { portFromEnv } from './scripts/ports.mjs';

// NGINX_PORT and NGINX_SUBPATH_PORT if set, else free ports (kept in the environment for the workers).
const port = await portFromEnv('NGINX_PORT');
const subpathPort = await portFromEnv('NGINX_SUBPATH_PORT');
process.env.NGINX_SUBPATH_URL = `http://127.0.0.1:${subpathPort}/wiki/infra/`;

export default defineConfig({
  testDir: 'tests/nginx',
  forbidOnly: !!process.env.CI,
  workers: 2,
  fullyParallel: true,
  retries: 0,
  timeout: 60_000,
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE || 'playwright-report/nginx-results.json' }],
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    // Off except in the offline tests, which turn it on: each worker would download the whole site.
    serviceWorkers: 'block',
    launchOptions: { executablePath: findChromium().path },
  },
  webServer: {
    command: 'node scripts/nginx-server.mjs --serve',
    url: `http://127.0.0.1:${port}/`,
    env: { NGINX_PORT: String(port), NGINX_SUBPATH_PORT: String(subpathPort) },
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
