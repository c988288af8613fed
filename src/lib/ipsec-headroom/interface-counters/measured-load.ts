import { MAX_COUNTER_TEXT, MAX_FRAMING_BYTES, MAX_INTERVAL_SECONDS, MIN_INTERVAL_SECONDS } from './limits';
import {
  COUNTER_32_MODULUS,
  counterDelta,
  type CounterWidth,
  type WidthBasis,
  type WidthChoice,
} from './counter-delta';
import { looksLikeIfconfig, parseIfconfig } from './ifconfig';
import { looksLikeIpLink, parseIpLink } from './ip-link';
import { looksLikeJunosInterface, parseJunosInterface } from './junos-interface';
import { looksLikeJunosIpsecStatistics, parseJunosIpsecStatistics } from './junos-ipsec-statistics';
import { looksLikeProcNetDev, parseProcNetDev } from './proc-net-dev';
import {
  FORMAT_LABELS,
  type CounterFormat,
  type InterfaceReading,
  type LinkKind,
  type SnapshotParse,
} from './snapshot';
import { looksLikeSnmp, parseSnmp } from './snmpget';

export type CounterDirection = 'rx' | 'tx';

export interface CounterInputs {
  /** Two snapshots of one command's output, pasted one after the other. */
  text: string;
  /** Seconds between the two snapshots. */
  intervalSeconds: number;
  /** Which way to measure; default tx (what the gateway sends into the tunnel or link). */
  direction?: CounterDirection;
  /** Interface to read where the snapshots list several. */
  iface?: string;
  /** Counter width: 'auto' (default) decides from the output; 32 or 64 overrides it. */
  counterBits?: WidthChoice;
  /** Bytes each packet carries below IP in these counters; default: guessed from the link type. */
  framingBytes?: number;
}

export interface MeasuredLoad {
  ok: true;
  format: CounterFormat;
  formatLabel: string;
  /** The interface read, and every interface the snapshots list. */
  iface: string;
  interfaces: string[];
  direction: CounterDirection;
  intervalSeconds: number;
  /** Counted between the snapshots, after any wrap was accounted for. */
  bytes: number;
  packets: number | null;
  /** Counted bytes × 8 per second, in megabits (10^6). */
  mbps: number;
  pps: number | null;
  /** Counted bytes per packet, framing included. */
  meanPacketBytes: number | null;
  /** Bytes below IP counted with each packet, and where that figure comes from. */
  framingBytes: number;
  framingBasis: string;
  /** The same load in IP bytes: what the calculator's demand and packet mix mean. */
  ipMbps: number | null;
  ipMeanPacketBytes: number | null;
  counterWidth: CounterWidth;
  widthBasis: WidthBasis;
  wrapped: Array<'bytes' | 'packets'>;
  /** Plain-words explanations: what was read, what was assumed, what to watch. */
  notes: string[];
}

export type MeasuredLoadProblem =
  | 'empty'
  | 'interval'
  | 'framing'
  | 'unknown-format'
  | 'mixed-formats'
  | 'unreadable'
  | 'choose-interface'
  | 'no-such-interface'
  | 'missing-direction'
  | 'reset'
  | 'ambiguous-wrap'
  | 'invalid-width';

export interface MeasuredLoadError {
  ok: false;
  problem: MeasuredLoadProblem;
  message: string;
  format?: CounterFormat;
  interfaces?: string[];
}

export type MeasuredLoadResult = MeasuredLoad | MeasuredLoadError;

export { MAX_COUNTER_TEXT, MAX_FRAMING_BYTES, MAX_INTERVAL_SECONDS } from './limits';

const DETECTORS: ReadonlyArray<{
  format: CounterFormat;
  looks: (text: string) => boolean;
  parse: (text: string) => SnapshotParse;
}> = [
  { format: 'snmpget', looks: looksLikeSnmp, parse: parseSnmp },
  { format: 'junos-ipsec-statistics', looks: looksLikeJunosIpsecStatistics, parse: parseJunosIpsecStatistics },
  { format: 'junos-interface', looks: looksLikeJunosInterface, parse: parseJunosInterface },
  { format: 'ip-link', looks: looksLikeIpLink, parse: parseIpLink },
  { format: 'ifconfig', looks: looksLikeIfconfig, parse: parseIfconfig },
  { format: 'proc-net-dev', looks: looksLikeProcNetDev, parse: parseProcNetDev },
];

/** Which known formats the text looks like (normally one). */
export function detectCounterFormats(text: string): CounterFormat[] {
  return DETECTORS.filter((d) => d.looks(text)).map((d) => d.format);
}

const FRAMING_BY_KIND: Readonly<Record<LinkKind, { bytes: number; basis: string }>> = {
  ethernet: {
    bytes: 14,
    basis: 'Ethernet: these counters include the 14-byte Ethernet header (no FCS, no VLAN tag counted separately)',
  },
  loopback: { bytes: 0, basis: 'loopback: Linux counts IP bytes only on lo' },
  tunnel: { bytes: 0, basis: 'tunnel interface: the counters see IP packets, no link header' },
  unknown: {
    bytes: 14,
    basis:
      'a guess: the output does not say the link type; 14 is an Ethernet header as Linux counts it (use 18 if the device also counts the FCS, 0 for a tunnel interface)',
  },
};

const FORMAT_NOTES: Readonly<Record<CounterFormat, string>> = {
  'ip-link':
    'Read from ip -s link: Linux kernel counters, 64-bit on current kernels. On an Ethernet device they count the Ethernet header but not the FCS.',
  'proc-net-dev':
    '/proc/net/dev names no link type, so the framing is guessed from the interface name. Linux counts the Ethernet header, not the FCS, on Ethernet devices.',
  ifconfig: 'Read from ifconfig (net-tools), which shows the same kernel counters as ip -s link.',
  'junos-interface':
    'Read from the first Traffic statistics block. On an st0 unit these count the packets routed into and out of the tunnel: inner IP packets, before ESP is added and after it is removed.',
  'junos-ipsec-statistics':
    'Read from show security ipsec statistics: encrypted = sent into tunnels (tx), decrypted = taken out (rx), over every SA unless the command named an index. Juniper does not say whether these bytes count the plaintext or the ESP packets, and on some releases the byte counters are 32-bit (Juniper KB29580 shows fewer bytes than packets): if the load looks too low, set the counter width to 32-bit.',
  snmpget:
    'Read from SNMP IF-MIB counters (RFC 2863), which count octets "including framing characters". The packet counters are unicast only; multicast and broadcast are separate objects.',
};

function fail(
  problem: MeasuredLoadProblem,
  message: string,
  extra: Partial<MeasuredLoadError> = {},
): MeasuredLoadError {
  return { ok: false, problem, message, ...extra };
}

function matchInterface(wanted: string, names: readonly string[]): string | undefined {
  const w = wanted.trim();
  if (names.includes(w)) return w;
  const lower = w.toLowerCase();
  return (
    names.find((n) => n.toLowerCase() === lower) ??
    names.find((n) => n.toLowerCase() === `ifindex ${lower}`) ??
    names.find((n) => n.toLowerCase() === lower.replace(/@.*$/, ''))
  );
}

function directionCounters(reading: InterfaceReading, direction: CounterDirection) {
  return direction === 'rx'
    ? { bytes: reading.rxBytes, packets: reading.rxPackets }
    : { bytes: reading.txBytes, packets: reading.txPackets };
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/**
 * Load measured from two snapshots of interface counters. Never throws: anything it cannot
 * turn into a trustworthy rate comes back as { ok: false, message } saying why and what to do.
 */
export function measuredLoad(inputs: CounterInputs): MeasuredLoadResult {
  const text = inputs.text.replace(/\r\n?/g, '\n');
  const direction: CounterDirection = inputs.direction === 'rx' ? 'rx' : 'tx';
  const interval = inputs.intervalSeconds;
  if (text.trim() === '') {
    return fail(
      'empty',
      'Paste two snapshots of the counters, one after the other (for example the output of ip -s link show dev eth0, run twice).',
    );
  }
  if (text.length > MAX_COUNTER_TEXT) {
    return fail(
      'empty',
      `That is more than ${MAX_COUNTER_TEXT.toLocaleString('en-US')} characters; paste only the two snapshots of one interface.`,
    );
  }
  if (
    typeof interval !== 'number' ||
    !Number.isFinite(interval) ||
    interval < MIN_INTERVAL_SECONDS ||
    interval > MAX_INTERVAL_SECONDS
  ) {
    return fail(
      'interval',
      `Enter the seconds between the two snapshots: at least ${MIN_INTERVAL_SECONDS} (a millisecond) and at most a year.`,
    );
  }
  const framingOverride = inputs.framingBytes;
  if (
    framingOverride !== undefined &&
    (typeof framingOverride !== 'number' ||
      !Number.isInteger(framingOverride) ||
      framingOverride < 0 ||
      framingOverride > MAX_FRAMING_BYTES)
  ) {
    return fail('framing', `Framing bytes per packet must be a whole number from 0 to ${MAX_FRAMING_BYTES}.`);
  }

  const formats = DETECTORS.filter((d) => d.looks(text));
  if (formats.length === 0) {
    return fail(
      'unknown-format',
      'This does not look like counter output this tool reads: ip -s link, /proc/net/dev, ifconfig, Junos show interfaces … extensive or show security ipsec statistics, or snmpget of ifHCInOctets/ifHCOutOctets and the packet counters.',
    );
  }
  if (formats.length > 1) {
    return fail(
      'mixed-formats',
      `The text mixes outputs of ${formats.map((f) => FORMAT_LABELS[f.format]).join(' and ')}. Paste two snapshots of one command only.`,
    );
  }
  const detector = formats[0]!;
  const format = detector.format;
  const parsed = detector.parse(text);
  if (!parsed.ok) return fail('unreadable', parsed.message, { format });
  const names = parsed.pair.interfaces.map((i) => i.name);

  let chosen = parsed.pair.interfaces[0]!;
  if (inputs.iface !== undefined && inputs.iface.trim() !== '') {
    const name = matchInterface(inputs.iface, names);
    if (!name) {
      return fail(
        'no-such-interface',
        `No interface "${inputs.iface.trim()}" in both snapshots. They list: ${names.join(', ')}.`,
        {
          format,
          interfaces: names,
        },
      );
    }
    chosen = parsed.pair.interfaces.find((i) => i.name === name)!;
  } else if (parsed.pair.interfaces.length > 1) {
    return fail('choose-interface', `The snapshots list several interfaces (${names.join(', ')}): choose one.`, {
      format,
      interfaces: names,
    });
  }

  const { before, after } = chosen;
  if (before.identity !== undefined && after.identity !== undefined && before.identity !== after.identity) {
    return fail(
      'reset',
      `${chosen.name} changed between the snapshots (${before.identity} → ${after.identity}): it was created again or its statistics were cleared, so its counters started afresh. Take two new snapshots.`,
      { format, interfaces: names },
    );
  }
  const first = directionCounters(before, direction);
  const second = directionCounters(after, direction);
  if (first.bytes === null || second.bytes === null) {
    const object = direction === 'tx' ? 'ifHCOutOctets and ifHCOutUcastPkts' : 'ifHCInOctets and ifHCInUcastPkts';
    return fail(
      'missing-direction',
      `The readings carry no ${direction === 'tx' ? 'outgoing' : 'incoming'} byte counter: add ${object} to the query, or switch the direction.`,
      {
        format,
        interfaces: names,
      },
    );
  }

  const notes: string[] = [FORMAT_NOTES[format]];
  const uptimeBefore = before.agentUptimeSeconds;
  const uptimeAfter = after.agentUptimeSeconds;
  const agentRestarted = uptimeBefore !== undefined && uptimeAfter !== undefined && uptimeAfter < uptimeBefore;

  const delta = counterDelta(
    {
      bytesBefore: first.bytes,
      bytesAfter: second.bytes,
      packetsBefore: first.packets,
      packetsAfter: second.packets,
      statedBits: before.counterBits,
    },
    inputs.counterBits ?? 'auto',
  );
  if (delta.kind === 'reset') {
    const extra = agentRestarted ? ' The SNMP agent restarted too (its sysUpTime went back).' : '';
    return fail('reset', delta.message + extra, { format, interfaces: names });
  }
  if (delta.kind === 'ambiguous') return fail('ambiguous-wrap', delta.message, { format, interfaces: names });
  if (delta.kind === 'invalid') return fail('invalid-width', delta.message, { format, interfaces: names });

  if (agentRestarted) {
    notes.push(
      `The SNMP agent restarted between the readings (sysUpTime ${uptimeBefore} s → ${uptimeAfter} s) but the counters kept counting up, as on a Linux host where they come from the kernel. On a device that rebooted they would have started again: check that this interval holds no reboot.`,
    );
  } else if (uptimeBefore !== undefined && uptimeAfter !== undefined) {
    const agentInterval = uptimeAfter - uptimeBefore;
    if (Math.abs(agentInterval - interval) > Math.max(1, 0.1 * interval)) {
      notes.push(
        `The agent's own clock (sysUpTime) says ${round(agentInterval, 2)} s passed between the readings, not the ${interval} s entered: check the interval.`,
      );
    }
  }

  const bytes = Number(delta.bytes);
  const packets = delta.packets === null ? null : Number(delta.packets);
  const mbps = (bytes * 8) / interval / 1e6;
  const pps = packets === null ? null : packets / interval;
  const meanPacketBytes = packets !== null && packets > 0 ? bytes / packets : null;
  const guess = FRAMING_BY_KIND[after.linkKind];
  const framingBytes = framingOverride ?? guess.bytes;
  const framingBasis = framingOverride !== undefined ? 'entered' : guess.basis;
  let ipMbps: number | null = null;
  let ipMeanPacketBytes: number | null = null;
  if (packets !== null) {
    const ipBytes = bytes - packets * framingBytes;
    if (ipBytes >= 0) {
      ipMbps = (ipBytes * 8) / interval / 1e6;
      ipMeanPacketBytes = packets > 0 ? ipBytes / packets : null;
    } else {
      notes.push(
        `At ${framingBytes} framing bytes a packet, the packets would hold more framing than the bytes counted: the framing figure is too high for these counters.`,
      );
    }
  }

  if (delta.wrapped.length > 0) {
    const basis =
      delta.widthBasis === 'wrap-pattern'
        ? 'The byte counter went down while the packet counter went up, which is what a 32-bit byte counter does when it passes 4,294,967,295 and starts again from 0'
        : delta.widthBasis === 'stated'
          ? 'These are 32-bit counters (Counter32), and one passed 4,294,967,295 and started again from 0'
          : 'You set 32-bit counters, and one passed 4,294,967,295 and started again from 0';
    notes.push(
      `${basis}: the ${delta.wrapped.join(' and ')} count was taken as wrapped once (${delta.wrapped.map((w) => w).join(', ')} + 2^32).`,
    );
  }
  if (delta.width === 32) {
    const limitMbps = (Number(COUNTER_32_MODULUS) * 8) / interval / 1e6;
    notes.push(
      `A 32-bit byte counter goes round every 4,294,967,296 bytes (34 s at 1 Gbit/s). Over ${interval} s, an average above ${round(limitMbps, 1)} Mbps takes it round a whole time more than the two readings can show, and the result is 4,294,967,296 bytes short for each extra turn: use 64-bit counters (ifHC…) or a shorter interval where the link can go that fast.`,
    );
  }
  if (delta.widthBasis === 'value') {
    notes.push(
      'Values above 4,294,967,295 show these are 64-bit counters: a wrap is out of reach, so a counter that went down would mean a reset.',
    );
  }
  if (packets === 0)
    notes.push(
      `No packets were counted in the ${direction === 'tx' ? 'sending (tx)' : 'receiving (rx)'} direction between the snapshots.`,
    );
  if (packets === null)
    notes.push('No packet counter was pasted for this direction, so packets per second and the mean size are unknown.');
  if (meanPacketBytes !== null && meanPacketBytes < 20) {
    notes.push(
      `That is ${round(meanPacketBytes, 1)} bytes a packet, below any IP packet: the byte and packet counters disagree (a byte counter that wrapped unseen, or snapshots of different moments).`,
    );
  }
  if (parsed.pair.unpaired.length > 0) {
    notes.push(`Seen in one snapshot only, so not measured: ${parsed.pair.unpaired.join(', ')}.`);
  }

  return {
    ok: true,
    format,
    formatLabel: FORMAT_LABELS[format],
    iface: chosen.name,
    interfaces: names,
    direction,
    intervalSeconds: interval,
    bytes,
    packets,
    mbps,
    pps,
    meanPacketBytes,
    framingBytes,
    framingBasis,
    ipMbps,
    ipMeanPacketBytes,
    counterWidth: delta.width,
    widthBasis: delta.widthBasis,
    wrapped: delta.wrapped,
    notes,
  };
}
