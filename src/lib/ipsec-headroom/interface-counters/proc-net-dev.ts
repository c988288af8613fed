import { counterValue, pairReadings, type InterfaceReading, type LinkKind, type SnapshotParse } from './snapshot';

/**
 * /proc/net/dev: two header lines ("Inter-|   Receive … |  Transmit"), then one line per
 * interface, "name: " and 16 numbers: receive bytes, packets, errs, drop, fifo, frame,
 * compressed, multicast, then transmit bytes, packets, errs, drop, fifo, colls, carrier,
 * compressed (Linux net/core/net-procfs.c). Interface names cannot contain ':' or spaces.
 */
const ROW = /^\s*([^\s:]+):\s*(\d+(?:\s+\d+){15})\s*$/;

/** The file gives no link type; the name is all there is to go on. */
function kindFromName(name: string): LinkKind {
  if (name === 'lo') return 'loopback';
  if (/^(wg|xfrm|vti|ip_vti|ip6_vti|tun|gre|gretap|ipsec|ip6tnl|sit|ipip)/.test(name)) return 'tunnel';
  return 'unknown';
}

export function looksLikeProcNetDev(text: string): boolean {
  return /Inter-\|\s+Receive/.test(text) || text.split('\n').some((line) => ROW.test(line));
}

export function parseProcNetDev(text: string): SnapshotParse {
  const readings: InterfaceReading[] = [];
  for (const line of text.split('\n')) {
    const row = ROW.exec(line);
    if (!row) continue;
    const fields = row[2]!.split(/\s+/).map((value) => counterValue(value));
    readings.push({
      name: row[1]!,
      rxBytes: fields[0] ?? null,
      rxPackets: fields[1] ?? null,
      txBytes: fields[8] ?? null,
      txPackets: fields[9] ?? null,
      linkKind: kindFromName(row[1]!),
    });
  }
  return pairReadings('proc-net-dev', readings, '/proc/net/dev');
}
