import { describe, expect, it } from 'vitest';
import { decideChromium, DEBIAN_INSTALL_COMMAND } from './find-chromium.mjs';

/**
 * A fake machine: `files` are the executables that exist, `onPath` maps command names to paths.
 * @param {{ files?: string[], onPath?: Record<string, string>, explicitPath?: string, playwrightPath?: string, isRoot?: boolean, isDebian?: boolean }} [options]
 * @returns {import('./find-chromium.mjs').ChromiumEnvironment}
 */
function machine({ files = [], onPath = {}, explicitPath, playwrightPath, isRoot = false, isDebian = false } = {}) {
  return {
    explicitPath,
    playwrightPath,
    isExecutable: (path) => files.includes(path),
    which: (command) => onPath[command],
    isRoot,
    isDebian,
  };
}

/** The message of a decision that must be a failure. @param {import('./find-chromium.mjs').ChromiumDecision} decision */
function failureMessage(decision) {
  if (decision.action !== 'fail') throw new Error(`expected a failure, got ${decision.action}`);
  return decision.message;
}

const PW = '/opt/ms-playwright/chromium-1255/chrome-linux64/chrome';

describe('decideChromium', () => {
  it('uses CHROMIUM_PATH first, even when other browsers exist', () => {
    const env = machine({
      explicitPath: '/opt/chrome/chrome',
      files: ['/opt/chrome/chrome', PW, '/usr/bin/chromium'],
      playwrightPath: PW,
    });
    expect(decideChromium(env)).toEqual({ action: 'use', path: '/opt/chrome/chrome', source: 'CHROMIUM_PATH' });
  });

  it('fails on a CHROMIUM_PATH that does not exist instead of silently picking another browser', () => {
    const decision = decideChromium(machine({ explicitPath: '/missing', files: ['/usr/bin/chromium'] }));
    expect(decision.action).toBe('fail');
    expect(failureMessage(decision)).toContain('/missing');
  });

  it('ignores an empty CHROMIUM_PATH', () => {
    expect(decideChromium(machine({ explicitPath: '  ', files: ['/usr/bin/chromium'] }))).toMatchObject({
      path: '/usr/bin/chromium',
    });
  });

  it("prefers Playwright's own browser over the system one when it is installed", () => {
    const env = machine({ playwrightPath: PW, files: [PW, '/usr/bin/chromium'] });
    expect(decideChromium(env)).toEqual({ action: 'use', path: PW, source: 'playwright' });
  });

  it("skips Playwright's browser when only its expected path is known (not downloaded)", () => {
    const env = machine({ playwrightPath: PW, files: ['/usr/bin/chromium'] });
    expect(decideChromium(env)).toEqual({ action: 'use', path: '/usr/bin/chromium', source: 'system' });
  });

  it('finds chromium-browser or google-chrome on PATH', () => {
    expect(decideChromium(machine({ onPath: { 'chromium-browser': '/snap/bin/chromium-browser' } }))).toMatchObject({
      path: '/snap/bin/chromium-browser',
    });
    expect(decideChromium(machine({ onPath: { 'google-chrome': '/usr/local/bin/google-chrome' } }))).toMatchObject({
      path: '/usr/local/bin/google-chrome',
    });
  });

  it("installs Debian's chromium only as root on Debian", () => {
    expect(decideChromium(machine({ isRoot: true, isDebian: true }))).toEqual({
      action: 'install',
      command: DEBIAN_INSTALL_COMMAND,
      path: '/usr/bin/chromium',
    });
  });

  it('tells a non-root Debian user the exact sudo command', () => {
    const decision = decideChromium(machine({ isRoot: false, isDebian: true }));
    expect(decision.action).toBe('fail');
    expect(failureMessage(decision)).toContain("sudo sh -c 'apt-get update && apt-get install -y chromium'");
  });

  it('tells root on a non-Debian system how to get a browser instead of running apt-get', () => {
    const decision = decideChromium(machine({ isRoot: true, isDebian: false }));
    expect(decision.action).toBe('fail');
    expect(failureMessage(decision)).toContain('npx playwright install chromium');
    expect(failureMessage(decision)).toContain('CHROMIUM_PATH=');
  });
});
