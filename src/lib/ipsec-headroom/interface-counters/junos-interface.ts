import { pairReadings, type InterfaceReading, type LinkKind, type SnapshotParse } from './snapshot';

/**
 * Junos `show interfaces st0.N extensive` (also `detail`, and a physical interface with its
 * logical units). Layout as documented for show interfaces (SRX Series): a logical unit starts
 * "Logical interface st0.0 (Index 70) (SNMP ifIndex 528) (Generation 135)", a physical one
 * "Physical interface: st0, Enabled, …"; their first "Traffic statistics:" block lists
 * "Input  bytes  :", "Output bytes  :", "Input  packets:" and "Output packets:". Later blocks
 * (Local, Transit, IPv6 transit) repeat those names and are ignored. Brief output carries
 * packets but no bytes, so it is refused with a message.
 */
const LOGICAL = /^\s*Logical interface (\S+) \(Index (\d+)\)(?:.*\(Generation (\d+)\))?/;
const PHYSICAL = /^\s*Physical interface: ([^,\s]+)/;
const PHYSICAL_INDEX = /Interface index: (\d+)(?:, SNMP ifIndex: \d+)?(?:, Generation: (\d+))?/;
const CLEARED = /Statistics last cleared:\s*(.+?)\s*$/;
const COUNTER = /^\s*(Input|Output)\s+(bytes|packets)\s*:\s*(\d+)/;

function kindFromName(name: string): LinkKind {
  if (/^(st\d|gr-|ip-|lt-)/.test(name)) return 'tunnel';
  if (/^(ge|xe|et|mge|fe|reth|ae|fxp|em|irb)/.test(name)) return 'ethernet';
  if (/^lo\d/.test(name)) return 'loopback';
  return 'unknown';
}

export function looksLikeJunosInterface(text: string): boolean {
  return /(Logical interface \S+ \(Index|Physical interface: )/.test(text);
}

export function parseJunosInterface(text: string): SnapshotParse {
  const readings: InterfaceReading[] = [];
  let current: InterfaceReading | null = null;
  let inTraffic = false;
  let trafficDone = false;
  const counted = new Set<string>();
  for (const line of text.split('\n')) {
    const logical = LOGICAL.exec(line);
    const physical = logical ? null : PHYSICAL.exec(line);
    if (logical || physical) {
      const name = (logical ?? physical)![1]!;
      current = {
        name,
        rxBytes: null,
        rxPackets: null,
        txBytes: null,
        txPackets: null,
        linkKind: kindFromName(name),
        identity: logical ? `index ${logical[2]!}${logical[3] ? `, generation ${logical[3]}` : ''}` : undefined,
      };
      readings.push(current);
      inTraffic = false;
      trafficDone = false;
      counted.clear();
      continue;
    }
    if (!current) continue;
    const index = PHYSICAL_INDEX.exec(line);
    if (index && current.identity === undefined) {
      current.identity = `interface index ${index[1]!}${index[2] ? `, generation ${index[2]}` : ''}`;
    }
    const cleared = CLEARED.exec(line);
    if (cleared) current.identity = `${current.identity ?? ''}; statistics last cleared ${cleared[1]!}`;
    if (/^\s*Traffic statistics:/.test(line)) {
      inTraffic = !trafficDone;
      continue;
    }
    const counter = COUNTER.exec(line);
    if (counter && inTraffic) {
      const key = `${counter[1]!} ${counter[2]!}`;
      if (!counted.has(key)) {
        counted.add(key);
        const value = BigInt(counter[3]!);
        if (key === 'Input bytes') current.rxBytes = value;
        if (key === 'Input packets') current.rxPackets = value;
        if (key === 'Output bytes') current.txBytes = value;
        if (key === 'Output packets') current.txPackets = value;
      }
      if (counted.size === 4) {
        inTraffic = false;
        trafficDone = true;
      }
      continue;
    }
    if (inTraffic && !counter && line.trim() !== '') {
      inTraffic = false;
      trafficDone = counted.size > 0;
    }
  }
  // A physical interface listed only as the parent of the unit the reader asked for carries no
  // traffic block of its own in some outputs; keep only readings that have counters.
  const withCounters = readings.filter((r) => r.rxBytes !== null || r.txBytes !== null || r.rxPackets !== null);
  if (readings.length > 0 && withCounters.length === 0) {
    return {
      ok: false,
      message:
        'No byte counters found: brief Junos output shows packets only. Paste the output of show interfaces st0.N extensive (or detail).',
    };
  }
  const noBytes = withCounters.find((r) => r.rxBytes === null || r.txBytes === null);
  if (noBytes) {
    return {
      ok: false,
      message: `${noBytes.name} shows packets but no bytes: paste show interfaces ${noBytes.name} extensive (or detail), whose Traffic statistics list bytes too.`,
    };
  }
  return pairReadings('junos-interface', withCounters, 'Junos show interfaces');
}
