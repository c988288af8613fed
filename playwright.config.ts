// Browser tests run against the built site (astro preview), not the dev server, so they see
// exactly what gets deployed. Build first: `npm test` does, or `npx astro build` by hand.
import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';
import { portFromEnv } from './scripts/ports.mjs';
import { normaliseBase } from './src/plugins/base-path.mjs';

// PORT if set, else a free port (written back to PORT so the worker processes, which load this
// file again, use the same one): a server already on 4321 (`npm start`) does not get in the way.
const port = await portFromEnv('PORT');
const base = normaliseBase(process.env.BASE_PATH);
const outDir = process.env.OUT_DIR || 'dist';
const baseURL = `http://127.0.0.1:${port}${base}`;

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  // The machine has two cores; more workers only make each page slower.
  workers: 2,
  fullyParallel: true,
  retries: 0,
  timeout: 60_000,
  // Separate runs (another BASE_PATH build, another engineer) can keep their own traces.
  outputDir: process.env.PLAYWRIGHT_OUTPUT_DIR || 'test-results',
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE || 'playwright-report/results.json' }],
  ],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    // The site registers a service worker after load (offline reading). Most specs test the page
    // as the network serves it, and hold back module responses with page.route, which does not
    // see requests a service worker answers; so it is off unless a spec turns it on
    // (tests/e2e/offline.spec.ts).
    serviceWorkers: 'block',
    launchOptions: {
      // Playwright cannot download its own browser here; use whatever the finder picks
      // (CHROMIUM_PATH, Playwright's browser, or Debian's /usr/bin/chromium). No `channel`.
      executablePath: findChromium().path,
    },
  },
  webServer: {
    // astro preview reads OUT_DIR and BASE_PATH through astro.config.mjs, so it serves the build under its base.
    // --ignore-lock: Astro 7 refuses a second preview server per project otherwise, even on another port.
    command: `astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
    url: baseURL,
    env: { OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
