import { pairReadings, type InterfaceReading, type LinkKind, type SnapshotParse } from './snapshot';

/**
 * ifconfig from Linux net-tools. Two layouts exist:
 * - net-tools 2.x (Debian 9 and later): "eth0: flags=4163<UP,…>  mtu 1500", then
 *   "RX packets 3600  bytes 2191200 (2.0 MiB)" and the same for TX;
 * - net-tools 1.60 (older distributions): "eth0      Link encap:Ethernet  HWaddr …", then
 *   "RX packets:3600 errors:0 …", "TX packets:…" and "RX bytes:2191200 (2.0 MiB)  TX bytes:…".
 * BSD and macOS ifconfig print no counters (netstat -ib does).
 */
const NEW_HEADER = /^([^\s:]+):\s+flags=/;
const OLD_HEADER = /^(\S+)\s+Link encap:(.*?)(?:\s{2}|$)/;

function kindFromEncap(encap: string): LinkKind {
  if (/^Ethernet/i.test(encap)) return 'ethernet';
  if (/Loopback/i.test(encap)) return 'loopback';
  if (/UNSPEC|IPIP|IPv6-in-IPv4|GRE|Point-to-Point/i.test(encap)) return 'tunnel';
  return 'unknown';
}

export function looksLikeIfconfig(text: string): boolean {
  return /RX packets[ :]\d/.test(text) && (/flags=\d+</.test(text) || /Link encap:/.test(text));
}

export function parseIfconfig(text: string): SnapshotParse {
  const readings: InterfaceReading[] = [];
  let current: InterfaceReading | null = null;
  for (const line of text.split('\n')) {
    const header = NEW_HEADER.exec(line) ?? OLD_HEADER.exec(line);
    if (header) {
      current = {
        name: header[1]!,
        rxBytes: null,
        rxPackets: null,
        txBytes: null,
        txPackets: null,
        linkKind: header[2] !== undefined ? kindFromEncap(header[2]) : 'unknown',
      };
      readings.push(current);
      continue;
    }
    if (!current) continue;
    // net-tools 2.x: the link type is in brackets at the end of the address line.
    const encap = /\((Ethernet|Local Loopback|UNSPEC|IPIP Tunnel|IPv6-in-IPv4|Point-to-Point Protocol)\)\s*$/.exec(
      line,
    );
    if (encap) current.linkKind = kindFromEncap(encap[1]!);
    let match = /^\s+RX packets (\d+)\s+bytes (\d+)/.exec(line);
    if (match) {
      current.rxPackets = BigInt(match[1]!);
      current.rxBytes = BigInt(match[2]!);
      continue;
    }
    match = /^\s+TX packets (\d+)\s+bytes (\d+)/.exec(line);
    if (match) {
      current.txPackets = BigInt(match[1]!);
      current.txBytes = BigInt(match[2]!);
      continue;
    }
    match = /^\s+RX packets:\s*(\d+)/.exec(line);
    if (match) current.rxPackets = BigInt(match[1]!);
    match = /^\s+TX packets:\s*(\d+)/.exec(line);
    if (match) current.txPackets = BigInt(match[1]!);
    match = /RX bytes:\s*(\d+).*TX bytes:\s*(\d+)/.exec(line);
    if (match) {
      current.rxBytes = BigInt(match[1]!);
      current.txBytes = BigInt(match[2]!);
    }
  }
  const incomplete = readings.find(
    (r) => r.rxBytes === null || r.txBytes === null || r.rxPackets === null || r.txPackets === null,
  );
  if (incomplete) {
    return {
      ok: false,
      message: `The ifconfig output for ${incomplete.name} lacks its RX/TX packet or byte counters; paste the whole block of each snapshot.`,
    };
  }
  return pairReadings('ifconfig', readings, 'ifconfig');
}
