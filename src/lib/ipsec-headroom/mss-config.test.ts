import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { settingsArb } from './ipsec-arbitraries';
import { MSS_PLATFORMS, mssConfigLines } from './mss-config';
import { pathFit } from './path-mtu';
import { singleSizeMix } from './packet-mix';

describe('MSS configuration lines', () => {
  it('Palo Alto KB figure 1388 (IPv4) and its IPv6 twin 1368: the exact vendor syntax', () => {
    const lines = mssConfigLines({ ipv4: 1388, ipv6: 1368 });
    const text = lines.map((l) => l.line);
    expect(text).toEqual([
      'set security flow tcp-mss ipsec-vpn mss 1368',
      'ip tcp adjust-mss 1388',
      'ipv6 tcp adjust-mss 1368',
      'meta nfproto ipv4 tcp flags syn tcp option maxseg size set 1388',
      'meta nfproto ipv6 tcp flags syn tcp option maxseg size set 1368',
      'iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 1388',
      'ip6tables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 1368',
    ]);
    for (const line of lines) expect(line.docUrl).toMatch(/^https:\/\//);
  });

  it('transport mode over IPv4 has no IPv6 MSS, so no IPv6 lines', () => {
    const lines = mssConfigLines({ ipv4: 1426, ipv6: null });
    expect(lines.every((l) => l.inner === 'ipv4')).toBe(true);
    expect(lines).toHaveLength(4);
  });

  it('says so, instead of printing a line, when the MSS is outside what Cisco IOS accepts (500–1460)', () => {
    const lines = mssConfigLines({ ipv4: 436, ipv6: null });
    const ios = lines.find((l) => l.platform === 'ios')!;
    expect(ios.line).toBe('');
    expect(ios.problem).toMatch(/500 to 1460/);
    expect(lines.find((l) => l.platform === 'junos')!.line).toBe('set security flow tcp-mss ipsec-vpn mss 436');
  });

  it('for every setting and MTU, each line carries the MSS the path maths computed, within the platform range', () => {
    fc.assert(
      fc.property(settingsArb, fc.integer({ min: 576, max: 9216 }), (settings, mtu) => {
        const fit = pathFit(settings, singleSizeMix(1400), mtu);
        for (const line of mssConfigLines(fit.mss)) {
          const spec = MSS_PLATFORMS[line.platform];
          const expected =
            line.platform === 'junos'
              ? Math.min(...[fit.mss.ipv4, fit.mss.ipv6].filter((m): m is number => m !== null))
              : fit.mss[line.inner]!;
          if (expected < spec.min || expected > spec.max) expect(line.problem).toBeDefined();
          else expect(line.line.endsWith(` ${expected}`)).toBe(true);
        }
      }),
    );
  });
});
