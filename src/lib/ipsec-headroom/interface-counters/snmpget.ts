import { pairReadings, type InterfaceReading, type SnapshotParse } from './snapshot';

/**
 * net-snmp `snmpget` (or snmpwalk) output of IF-MIB counters, two readings pasted one after
 * the other. Lines look like "OID = TYPE: value" with the OID named (IF-MIB::ifHCInOctets.2,
 * when the MIB files are installed), numeric (iso.3.6.1.2.1.31.1.1.1.6.2, Debian's default,
 * which ships no IF-MIB file) or with -On (.1.3.6.1.2.1.31.1.1.1.6.2); "-Oq" drops the " = ".
 * Objects (RFC 2863): ifXTable ifHCInOctets/ifHCInUcastPkts/ifHCOutOctets/ifHCOutUcastPkts
 * (Counter64); ifTable ifInOctets/ifInUcastPkts/
 * ifOutOctets/ifOutUcastPkts (Counter32), used when no 64-bit counter was pasted; ifName or
 * ifDescr to name the interface; sysUpTime to tell a restarted agent. Packets are unicast
 * only: multicast and broadcast counters are separate objects, ignored here (few on a VPN link).
 */

type Direction = 'in' | 'out';
type Kind = 'octets' | 'ucast';
interface CounterObject {
  direction: Direction;
  kind: Kind;
  bits: 32 | 64;
}

const MIB2 = '1.3.6.1.2.1';
/** Column number → object, under ifXTable (31.1.1.1) and ifTable (2.2.1). */
const IFX_COLUMNS: Record<number, CounterObject> = {
  6: { direction: 'in', kind: 'octets', bits: 64 },
  7: { direction: 'in', kind: 'ucast', bits: 64 },
  10: { direction: 'out', kind: 'octets', bits: 64 },
  11: { direction: 'out', kind: 'ucast', bits: 64 },
};
const IF_COLUMNS: Record<number, CounterObject> = {
  10: { direction: 'in', kind: 'octets', bits: 32 },
  11: { direction: 'in', kind: 'ucast', bits: 32 },
  16: { direction: 'out', kind: 'octets', bits: 32 },
  17: { direction: 'out', kind: 'ucast', bits: 32 },
};
const NAMED: Record<string, { table: 'ifX' | 'if'; column: number } | 'name' | 'descr' | 'uptime'> = {
  ifName: 'name',
  ifDescr: 'descr',
  sysUpTime: 'uptime',
  sysUpTimeInstance: 'uptime',
  ifHCInOctets: { table: 'ifX', column: 6 },
  ifHCInUcastPkts: { table: 'ifX', column: 7 },
  ifHCOutOctets: { table: 'ifX', column: 10 },
  ifHCOutUcastPkts: { table: 'ifX', column: 11 },
  ifInOctets: { table: 'if', column: 10 },
  ifInUcastPkts: { table: 'if', column: 11 },
  ifOutOctets: { table: 'if', column: 16 },
  ifOutUcastPkts: { table: 'if', column: 17 },
};

type Parsed =
  | { what: 'counter'; object: CounterObject; index: string; value: bigint }
  | { what: 'name' | 'descr'; index: string; value: string }
  | { what: 'uptime'; seconds: number }
  | { what: 'missing'; index: string; text: string };

const LINE = /^\s*(\S+)\s*(?:=\s*)?(.*?)\s*$/;

/** OID text → numeric dotted form, or a named MIB object and its index. */
function resolveOid(oid: string): { numeric: string } | { name: string; index: string } | null {
  const named = /^(?:[A-Za-z0-9-]+::)?(if\w+|sysUpTime(?:Instance)?)(?:\.(\d+))?$/.exec(oid);
  if (named) return { name: named[1]!, index: named[2] ?? '0' };
  let numeric = oid.replace(/^\./, '');
  numeric = numeric.replace(/^iso\./, '1.').replace(/^SNMPv2-SMI::mib-2\./, `${MIB2}.`);
  return /^\d+(\.\d+)+$/.test(numeric) ? { numeric } : null;
}

function parseValue(text: string): { type: string; value: string } {
  const typed = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(text);
  if (typed) return { type: typed[1]!, value: typed[2]! };
  return { type: '', value: text };
}

function parseLine(line: string): Parsed | null {
  const match = LINE.exec(line);
  if (!match || !match[2]) return null;
  const oid = resolveOid(match[1]!);
  if (!oid) return null;
  const rest = match[2];
  let object: CounterObject | undefined;
  let index: string;
  let special: 'name' | 'descr' | 'uptime' | undefined;
  if ('name' in oid) {
    const known = NAMED[oid.name];
    if (!known) return null;
    index = oid.index;
    if (typeof known === 'string') special = known;
    else object = (known.table === 'ifX' ? IFX_COLUMNS : IF_COLUMNS)[known.column];
  } else {
    const n = oid.numeric;
    if (n === `${MIB2}.1.3.0` || n === `${MIB2}.1.3`) special = 'uptime';
    const ifx = new RegExp(`^${MIB2.replace(/\./g, '\\.')}\\.31\\.1\\.1\\.1\\.(\\d+)\\.(\\d+)$`).exec(n);
    const ift = new RegExp(`^${MIB2.replace(/\./g, '\\.')}\\.2\\.2\\.1\\.(\\d+)\\.(\\d+)$`).exec(n);
    index = (ifx ?? ift)?.[2] ?? '0';
    if (ifx) {
      if (ifx[1] === '1') special = 'name';
      object = IFX_COLUMNS[Number(ifx[1])];
    } else if (ift) {
      if (ift[1] === '2') special = 'descr';
      object = IF_COLUMNS[Number(ift[1])];
    }
  }
  if (/^No Such (Instance|Object)/.test(rest) || /^No more variables/.test(rest)) {
    return object || special === 'name' || special === 'descr' ? { what: 'missing', index, text: rest } : null;
  }
  const { type, value } = parseValue(rest);
  if (special === 'uptime') {
    const ticks = /^\((\d+)\)/.exec(value) ?? /^(\d+)$/.exec(value);
    return ticks ? { what: 'uptime', seconds: Number(ticks[1]) / 100 } : null;
  }
  if (special === 'name' || special === 'descr') {
    return { what: special, index, value: value.replace(/^"(.*)"$/, '$1') };
  }
  if (!object) return null;
  if (!/^\d+$/.test(value)) return null;
  // The type net-snmp prints wins over the one the object should have.
  const bits = type === 'Counter32' ? 32 : type === 'Counter64' ? 64 : object.bits;
  return { what: 'counter', object: { ...object, bits }, index, value: BigInt(value) };
}

export function looksLikeSnmp(text: string): boolean {
  return text.split('\n').some((line) => {
    const parsed = parseLine(line);
    return parsed !== null && parsed.what === 'counter';
  });
}

interface SnapshotAccumulator {
  counters: Map<string, bigint>; // `${direction}.${kind}.${bits}` → value
  uptime?: number;
}

export function parseSnmp(text: string): SnapshotParse {
  // Each (object, index) key appears once per reading: its n-th value belongs to snapshot n.
  const seen = new Map<string, number>();
  const snapshots = new Map<string, SnapshotAccumulator[]>(); // index → per-snapshot values
  const names = new Map<string, string>();
  const uptimes: number[] = [];
  const missing: Array<{ index: string; text: string; snapshot: number }> = [];
  const slot = (index: string, n: number): SnapshotAccumulator => {
    const list = snapshots.get(index) ?? [];
    while (list.length <= n) list.push({ counters: new Map() });
    snapshots.set(index, list);
    return list[n]!;
  };
  for (const line of text.split('\n')) {
    const parsed = parseLine(line);
    if (!parsed) continue;
    switch (parsed.what) {
      case 'uptime':
        uptimes.push(parsed.seconds);
        break;
      case 'name':
      case 'descr':
        if (parsed.what === 'name' || !names.has(parsed.index)) names.set(parsed.index, parsed.value);
        break;
      case 'missing': {
        const key = `missing.${parsed.index}`;
        const n = seen.get(key) ?? 0;
        seen.set(key, n + 1);
        missing.push({ index: parsed.index, text: parsed.text, snapshot: n });
        break;
      }
      case 'counter': {
        const object = `${parsed.object.direction}.${parsed.object.kind}.${parsed.object.bits}`;
        const key = `${object}.${parsed.index}`;
        const n = seen.get(key) ?? 0;
        seen.set(key, n + 1);
        slot(parsed.index, n).counters.set(object, parsed.value);
        break;
      }
    }
  }
  if (missing.length > 0) {
    const first = missing[0]!;
    const name = names.get(first.index);
    const label = name ? `${name} (ifIndex ${first.index})` : `ifIndex ${first.index}`;
    return {
      ok: false,
      message: `The agent answered "${first.text}" for ${label}: the interface was removed or created again under another index, so its counters started afresh. Find its new index (snmpwalk ifName) and take two new readings.`,
    };
  }
  const readings: InterfaceReading[] = [];
  for (const [index, list] of snapshots) {
    list.forEach((acc, n) => {
      readings.push(toReading(index, names.get(index), acc, uptimes.length === list.length ? uptimes[n] : undefined));
    });
  }
  if (readings.length === 0) {
    return { ok: false, message: 'No IF-MIB octet or packet counters found in the SNMP text.' };
  }
  return pairReadings('snmpget', readings, 'SNMP');
}

function toReading(
  index: string,
  name: string | undefined,
  acc: SnapshotAccumulator,
  uptime: number | undefined,
): InterfaceReading {
  const pick = (direction: Direction, kind: Kind): { value: bigint; bits: 32 | 64 } | null => {
    const hc = acc.counters.get(`${direction}.${kind}.64`);
    if (hc !== undefined) return { value: hc, bits: 64 };
    const low = acc.counters.get(`${direction}.${kind}.32`);
    return low !== undefined ? { value: low, bits: 32 } : null;
  };
  const octetsIn = pick('in', 'octets');
  const octetsOut = pick('out', 'octets');
  const packets = (direction: Direction) => pick(direction, 'ucast');
  const bits = [octetsIn, octetsOut, packets('in'), packets('out')].some((c) => c?.bits === 32) ? 32 : 64;
  return {
    name: name ?? `ifIndex ${index}`,
    rxBytes: octetsIn?.value ?? null,
    rxPackets: packets('in')?.value ?? null,
    txBytes: octetsOut?.value ?? null,
    txPackets: packets('out')?.value ?? null,
    counterBits: bits,
    identity: `ifIndex ${index}`,
    linkKind: 'unknown',
    agentUptimeSeconds: uptime,
  };
}
