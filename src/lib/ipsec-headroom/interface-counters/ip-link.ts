import { counterValue, pairReadings, type InterfaceReading, type LinkKind, type SnapshotParse } from './snapshot';

/**
 * `ip -s link show [dev X]` and `ip -s -s link …` (iproute2). Each interface starts with
 * "N: name[@peer]: <FLAGS> mtu …"; statistics follow as a header line ("RX:  bytes packets …")
 * and a line of numbers under it. Columns are found by name, so older iproute2 releases
 * ("RX: bytes  packets  errors  dropped overrun mcast") read the same. With -s -s, the extra
 * "RX errors:" / "TX errors:" blocks are skipped.
 */
const HEADER = /^(\d+):\s+([^\s:@]+)(?:@[^\s:]+)?:\s+</;
const LINK = /^\s+link\/(\S+)/;
const STATS_HEADER = /^\s+(RX|TX):\s+(.*\S)\s*$/;

function linkKind(type: string): LinkKind {
  if (type === 'ether') return 'ethernet';
  if (type === 'loopback') return 'loopback';
  // xfrm, vti, WireGuard and tun devices show link/none; GRE and IP-in-IP show their own types.
  if (['none', 'ipip', 'gre', 'gre6', 'sit', 'tunnel6', 'ip6tnl', 'ipip6'].includes(type)) return 'tunnel';
  return 'unknown';
}

export function looksLikeIpLink(text: string): boolean {
  return text.split('\n').some((line) => HEADER.test(line)) && /^\s+RX:\s/m.test(text);
}

export function parseIpLink(text: string): SnapshotParse {
  const lines = text.split('\n');
  const readings: InterfaceReading[] = [];
  let current: InterfaceReading | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const header = HEADER.exec(line);
    if (header) {
      current = {
        name: header[2]!,
        identity: `ifindex ${header[1]!}`,
        rxBytes: null,
        rxPackets: null,
        txBytes: null,
        txPackets: null,
        linkKind: 'unknown',
      };
      readings.push(current);
      continue;
    }
    if (!current) continue;
    const link = LINK.exec(line);
    if (link) {
      current.linkKind = linkKind(link[1]!);
      continue;
    }
    const stats = STATS_HEADER.exec(line);
    if (!stats) continue;
    const columns = stats[2]!.split(/\s+/);
    const values = (lines[i + 1] ?? '').trim().split(/\s+/);
    const bytesAt = columns.indexOf('bytes');
    const packetsAt = columns.indexOf('packets');
    if (bytesAt < 0 || packetsAt < 0) continue;
    const bytes = counterValue(values[bytesAt] ?? '');
    const packets = counterValue(values[packetsAt] ?? '');
    if (bytes === null || packets === null) {
      return {
        ok: false,
        message: `Could not read the ${stats[1]!} counters of ${current.name} ("${values.join(' ')}"). Paste the output of ip -s link without -h: rounded figures such as 1.2M cannot give a rate.`,
      };
    }
    if (stats[1] === 'RX') {
      current.rxBytes = bytes;
      current.rxPackets = packets;
    } else {
      current.txBytes = bytes;
      current.txPackets = packets;
    }
    i++;
  }
  const missing = readings.find((r) => r.rxBytes === null || r.txBytes === null);
  if (missing) {
    return {
      ok: false,
      message: `The output for ${missing.name} has no statistics: run ip with -s (ip -s link show dev ${missing.name}).`,
    };
  }
  return pairReadings('ip-link', readings, 'ip -s link');
}
