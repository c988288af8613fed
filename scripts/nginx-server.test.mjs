import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { renderNginxConfig } from './nginx-server.mjs';

const template = readFileSync(new URL('../deploy/nginx.conf', import.meta.url), 'utf8');
const run = {
  root: '/r/dist',
  subpathRoot: '/r/dist-base',
  port: 1111,
  subpathPort: 2222,
  runDir: '/r/run',
  mimeTypes: '/m/mime.types',
};

describe('renderNginxConfig', () => {
  const config = renderNginxConfig(template, run);

  it('points every DEPLOY line at the run and changes nothing else of substance', () => {
    expect(config).toContain('listen 127.0.0.1:1111;');
    expect(config).toContain('listen 127.0.0.1:2222;');
    expect(config).toContain('root /r/dist;');
    expect(config).toContain('alias /r/dist-base/;');
    expect(config).toContain('pid /r/run/nginx.pid;');
    expect(config).not.toMatch(/;\s*#\s*DEPLOY:/);
    for (const header of [
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'frame-ancestors',
    ]) {
      expect(config).toContain(header);
    }
  });

  it('refuses a template that lost one of its DEPLOY lines', () => {
    expect(() => renderNginxConfig(template.replace('# DEPLOY: root', ''), run)).toThrow(/DEPLOY: root/);
  });

  it('ships no inline-script allowance in the header policy', () => {
    expect(template).not.toMatch(/script-src[^"]*unsafe-inline/);
  });
});
