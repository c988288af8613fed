/**
 * What every counter format is read into: one reading of one interface at one moment.
 * Counters are bigint because real 64-bit counters pass 2^53 (9 PB: about eight days of a
 * saturated 100 Gbit/s port), beyond what a JavaScript number holds exactly.
 */

export const COUNTER_FORMATS = [
  'ip-link',
  'proc-net-dev',
  'ifconfig',
  'junos-interface',
  'junos-ipsec-statistics',
  'snmpget',
] as const;

export type CounterFormat = (typeof COUNTER_FORMATS)[number];

export const FORMAT_LABELS: Readonly<Record<CounterFormat, string>> = {
  'ip-link': 'ip -s link (iproute2)',
  'proc-net-dev': '/proc/net/dev',
  ifconfig: 'ifconfig (net-tools)',
  'junos-interface': 'Junos show interfaces … extensive',
  'junos-ipsec-statistics': 'Junos show security ipsec statistics',
  snmpget: 'SNMP (snmpget of IF-MIB counters)',
};

/** What the interface carries below IP, as far as the output tells. */
export type LinkKind = 'ethernet' | 'loopback' | 'tunnel' | 'unknown';

export interface InterfaceReading {
  /** Interface name as the output gives it (SNMP: ifName/ifDescr if pasted, else "ifIndex N"). */
  name: string;
  /** null where the output does not carry that counter (SNMP readings of one direction only). */
  rxBytes: bigint | null;
  rxPackets: bigint | null;
  txBytes: bigint | null;
  txPackets: bigint | null;
  /** Counter width when the output states it (SNMP Counter32/Counter64), else undefined. */
  counterBits?: 32 | 64;
  /**
   * Something that stays the same while the counters run on and changes when they start again
   * (Linux ifindex). Compared between the two snapshots.
   */
  identity?: string;
  linkKind: LinkKind;
  /** SNMP agent's sysUpTime in seconds, when it was pasted with the counters. */
  agentUptimeSeconds?: number;
}

/** The two snapshots, matched by interface, in the order the interfaces first appear. */
export interface SnapshotPair {
  format: CounterFormat;
  interfaces: Array<{ name: string; before: InterfaceReading; after: InterfaceReading }>;
  /** Interfaces seen in one snapshot only (removed, added or renamed in between). */
  unpaired: string[];
}

export type SnapshotParse = { ok: true; pair: SnapshotPair } | { ok: false; message: string };

/** A whole decimal number as it stands in tool output; null for anything else ("1.2M", "-3"). */
export function counterValue(text: string): bigint | null {
  return /^\d+$/.test(text) ? BigInt(text) : null;
}

/**
 * Pairs readings that appear in paste order: each interface must appear exactly twice, the
 * first time in the first snapshot and the second in the second.
 */
export function pairReadings(
  format: CounterFormat,
  readings: readonly InterfaceReading[],
  what: string,
): SnapshotParse {
  const byName = new Map<string, InterfaceReading[]>();
  for (const reading of readings) {
    const list = byName.get(reading.name) ?? [];
    list.push(reading);
    byName.set(reading.name, list);
  }
  if (byName.size === 0) {
    return { ok: false, message: `No interface counters found in the ${what} text.` };
  }
  const once = [...byName].filter(([, list]) => list.length === 1).map(([name]) => name);
  const more = [...byName]
    .filter(([, list]) => list.length > 2)
    .map(([name]) => `${name} (${list(byName, name)} times)`);
  if (more.length > 0) {
    return {
      ok: false,
      message: `Paste exactly two snapshots: ${more.join(', ')} appear more than twice.`,
    };
  }
  if (once.length === byName.size) {
    return {
      ok: false,
      message: `Only one snapshot found (${[...byName.keys()].join(', ')} appear once). Run the command twice, some seconds apart, and paste both outputs one after the other.`,
    };
  }
  const interfaces = [...byName]
    .filter(([, list]) => list.length === 2)
    .map(([name, list]) => ({ name, before: list[0]!, after: list[1]! }));
  return { ok: true, pair: { format, interfaces, unpaired: once } };
}

function list(map: Map<string, InterfaceReading[]>, name: string): number {
  return map.get(name)?.length ?? 0;
}
