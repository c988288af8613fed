// Smoke tests against deploy/nginx.conf itself: the same builds npm test makes (OUT_DIR at the
// root, BASE_OUT_DIR under /wiki/infra/), served by a real nginx with the shipped headers.
import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';
import { portFromEnv } from './scripts/ports.mjs';

// NGINX_PORT and NGINX_SUBPATH_PORT if set, else free ports (kept in the environment for the workers).
const port = await portFromEnv('NGINX_PORT');
const subpathPort = await portFromEnv('NGINX_SUBPATH_PORT');
process.env.NGINX_SUBPATH_URL = `http://127.0.0.1:${subpathPort}/wiki/infra/`;
// Two stand-in wiki pages (tests/nginx/embed.spec.ts): one on an origin nginx lets frame the
// embeds, one on an origin it does not. The allowed one goes into EMBED_ALLOWED_ORIGINS.
const allowedWikiPort = await portFromEnv('EMBED_ALLOWED_WIKI_PORT');
await portFromEnv('EMBED_REFUSED_WIKI_PORT');
const embedAllowedOrigins = `http://127.0.0.1:${allowedWikiPort}`;

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
    env: {
      NGINX_PORT: String(port),
      NGINX_SUBPATH_PORT: String(subpathPort),
      EMBED_ALLOWED_ORIGINS: embedAllowedOrigins,
    },
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
