/**
 * Configuration lines that clamp TCP MSS to a computed value, per platform, each with the
 * vendor's own documentation and the value range it accepts.
 *
 * Sources (checked December 2026):
 * - Junos `set security flow tcp-mss ipsec-vpn mss N`: SYN packets entering an IPsec VPN;
 *   range 64–65535 (tcp-mss (Security Flow), Juniper).
 * - Cisco IOS `ip tcp adjust-mss N` / `ipv6 tcp adjust-mss N` in interface configuration;
 *   range 500–1460 for the IPv4 command (Cisco IOS IP Application Services Command Reference);
 *   the same range is assumed for the IPv6 command, which that page also covers (not checked).
 * - nftables `tcp flags syn tcp option maxseg size set N` (nftables wiki, Mangling packet
 *   headers); iptables `-j TCPMSS --set-mss N` (iptables' own translation table maps one to the
 *   other). Both only lower an MSS: the kernel never raises it (xt_TCPMSS, since 2.6.25).
 */
import type { IpVersion } from './esp-overhead';

export type MssPlatform = 'junos' | 'ios' | 'nftables' | 'iptables';

export interface MssConfigLine {
  platform: MssPlatform;
  label: string;
  /** IP version of the traffic the line clamps. */
  inner: IpVersion;
  /** The text to paste. */
  line: string;
  /** Where it goes, in a few words. */
  context: string;
  docUrl: string;
  docTitle: string;
  /** Set when the MSS is outside what the platform accepts: then `line` is empty. */
  problem?: string;
}

interface Platform {
  label: string;
  min: number;
  max: number;
  docUrl: string;
  docTitle: string;
  render: (mss: number, inner: IpVersion) => { line: string; context: string };
}

export const MSS_PLATFORMS: Readonly<Record<MssPlatform, Platform>> = {
  junos: {
    label: 'Junos (SRX)',
    min: 64,
    max: 65535,
    docUrl:
      'https://juniper.net/documentation/en_US/junos12.1x46/topics/reference/configuration-statement/security-edit-tcp-mss.html',
    docTitle: 'tcp-mss (Security Flow), Juniper Networks',
    // One value for every TCP SYN entering any IPsec VPN, IPv4 and IPv6 alike.
    render: (mss) => ({
      line: `set security flow tcp-mss ipsec-vpn mss ${mss}`,
      context: 'configuration mode; applies to all IPsec VPNs',
    }),
  },
  ios: {
    label: 'Cisco IOS / IOS XE',
    min: 500,
    max: 1460,
    docUrl: 'https://www.cisco.com/en/US/docs/ios-xml/ios/ipapp/command/iap-i2.html',
    docTitle: 'ip tcp adjust-mss through ipv6 tcp adjust-mss, Cisco IOS IP Application Services Command Reference',
    render: (mss, inner) => ({
      line: `${inner === 'ipv4' ? 'ip' : 'ipv6'} tcp adjust-mss ${mss}`,
      context: 'interface configuration of the tunnel (or its inside) interface',
    }),
  },
  nftables: {
    label: 'Linux nftables',
    min: 1,
    max: 65535,
    docUrl: 'https://wiki.nftables.org/wiki-nftables/index.php/Mangling_packet_headers',
    docTitle: 'Mangling packet headers: Mangling TCP options, nftables wiki',
    render: (mss, inner) => ({
      line: `meta nfproto ${inner} tcp flags syn tcp option maxseg size set ${mss}`,
      context: 'a rule in a forward chain of an inet table (meta nfproto keeps the IPv4 and IPv6 values apart)',
    }),
  },
  iptables: {
    label: 'Linux iptables',
    min: 1,
    max: 65535,
    docUrl: 'https://man7.org/linux/man-pages/man8/iptables-extensions.8.html',
    docTitle: 'TCPMSS target, iptables-extensions(8) manual page',
    render: (mss, inner) => ({
      line: `${inner === 'ipv4' ? 'iptables' : 'ip6tables'} -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss ${mss}`,
      context: 'shell, as root',
    }),
  },
};

export const MSS_PLATFORM_ORDER: readonly MssPlatform[] = ['junos', 'ios', 'nftables', 'iptables'];

/**
 * Lines for every platform and inner IP version that has an MSS (null: the mode rules it out,
 * as for IPv6 inner traffic in IPv4 transport mode). Junos takes one value for both versions,
 * so it gets the smaller of the two.
 */
export function mssConfigLines(mss: Readonly<Record<IpVersion, number | null>>): MssConfigLine[] {
  const lines: MssConfigLine[] = [];
  for (const platform of MSS_PLATFORM_ORDER) {
    const spec = MSS_PLATFORMS[platform];
    const versions = (['ipv4', 'ipv6'] as const).filter((v) => mss[v] !== null && Number.isFinite(mss[v]));
    const targets: Array<[IpVersion, number]> =
      platform === 'junos'
        ? versions.length > 0
          ? [[versions.length === 2 ? 'ipv4' : versions[0]!, Math.min(...versions.map((v) => mss[v]!))]]
          : []
        : versions.map((v) => [v, mss[v]!]);
    for (const [inner, raw] of targets) {
      const value = Math.floor(raw);
      const base = { platform, label: spec.label, inner, docUrl: spec.docUrl, docTitle: spec.docTitle };
      if (value < spec.min || value > spec.max) {
        lines.push({
          ...base,
          line: '',
          context: '',
          problem: `${spec.label} accepts an MSS from ${spec.min} to ${spec.max}; ${value} is outside that range, so lower the tunnel's packet sizes another way (interface MTU).`,
        });
        continue;
      }
      lines.push({ ...base, ...spec.render(value, inner) });
    }
  }
  return lines;
}
