import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { renderEmbedOrigins, renderNginxConfig } from './nginx-server.mjs';
import { parseAllowedOrigins } from '../src/lib/embed/allowed-origins.ts';

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

describe('embed framing (EMBED_ALLOWED_ORIGINS)', () => {
  /** @param {string} config */
  const ancestorsLine = (config) => /^.*\$embed_frame_ancestors \{.*$/m.exec(config)?.[0] ?? '';

  it('lets no one frame the embeds unless origins are given', () => {
    expect(ancestorsLine(renderNginxConfig(template, run))).toContain(`default "'none'";`);
    expect(ancestorsLine(template)).toContain(`default "'none'";`);
  });

  it('writes the parsed origins into the embed policy, and only there', () => {
    const origins = parseAllowedOrigins('https://wiki.unit-test.example, http://127.0.0.1:8090');
    const config = renderNginxConfig(template, { ...run, embedOrigins: origins });
    expect(ancestorsLine(config)).toContain('default "https://wiki.unit-test.example http://127.0.0.1:8090";');
    expect(config.match(/https:\/\/wiki\.unit-test\.example/g)).toHaveLength(1);
    // Every page policy but the embeds' keeps frame-ancestors 'none'.
    const policies = [...config.matchAll(/^\s*~\S+\s+"([^"]*)";/gm)].map((m) => m[1] ?? '');
    const embedPolicies = policies.filter((policy) => policy.includes('$embed_frame_ancestors'));
    expect(embedPolicies).toHaveLength(1);
    for (const policy of policies.filter(
      (p) => !p.includes('$embed_frame_ancestors') && p.includes('frame-ancestors'),
    )) {
      expect(policy).toContain("frame-ancestors 'none'");
    }
  });

  it('renders the same line for --print-config and refuses a template without it', () => {
    const once = renderEmbedOrigins(template, ['https://a.example']);
    expect(once).toContain('default "https://a.example";');
    expect(() => renderEmbedOrigins(template.replace('# DEPLOY: embed origins', ''), [])).toThrow(/embed origins/);
  });
});
