/**
 * The calculator's optional sections (issue 18): load measured from interface counters, the
 * single-SA ceiling, MSS lines to paste, and other encapsulations beside ESP. Each takes the
 * validated inputs and the main result, and gives what its section shows and what a copy of
 * the results repeats (rows naming their <output>). The widget loads this module only when a
 * section is opened, so none of it is in the island's first download.
 */
import { figureText } from '../format/index';
import type { ShareRow, ShareTable } from '../share/summary';
import { espPacket, MAX_PACKET_BYTES, MIN_PACKET_BYTES, type IpVersion } from './esp-overhead';
import { FIELD_RULES } from './fields';
import { greOverIpsecMaxInner, greOverIpsecPacket } from './gre-over-ipsec';
import { measuredLoad, type MeasuredLoad, type MeasuredLoadResult } from './interface-counters/measured-load';
import type { HeadroomInputs, HeadroomResult } from './model';
import { mssConfigLines, type MssConfigLine, type MssPlatform } from './mss-config';
import { singleSizeMix } from './packet-mix';
import { tcpMss } from './path-mtu';
import { SA_CEILING_LIMITS, saCeiling, type SaBinding, type SaCeiling } from './sa-ceiling';
import { FIGURE_FORMATS } from './figure-formats';
import { wireguardMaxInner, wireguardPacket } from './wireguard';

const rate = (value: number, unit: string) =>
  Number.isFinite(value) ? `${figureText(value, FIGURE_FORMATS.rate)} ${unit}` : figureText(value);
const bytes = (value: number) => `${figureText(value, FIGURE_FORMATS.bytes)} bytes`;

// ── Measured load ────────────────────────────────────────────────────────────────────────────

/** The counters read with the section's settings; null when nothing is pasted. */
export function measuredFor(inputs: HeadroomInputs): MeasuredLoadResult | null {
  if (inputs.counters.trim() === '') return null;
  return measuredLoad({
    text: inputs.counters,
    // No interval yet: measuredLoad says what to enter.
    intervalSeconds: inputs.counterSeconds ?? Number.NaN,
    direction: inputs.direction,
    iface: inputs.iface === '' ? undefined : inputs.iface,
    counterBits: inputs.counterBits === 'auto' ? 'auto' : inputs.counterBits === '32' ? 32 : 64,
  });
}

/** The figures the section prints: IP bytes where the framing could be taken off, as the model's demand counts. */
export interface MeasuredFigures {
  mbps: number;
  pps: number | null;
  meanBytes: number | null;
  /** True when these are IP bytes (framing removed); false when only counted bytes are known. */
  ipLayer: boolean;
}

export function measuredFigures(load: MeasuredLoad): MeasuredFigures {
  const ipLayer = load.ipMbps !== null;
  return {
    mbps: load.ipMbps ?? load.mbps,
    pps: load.pps,
    meanBytes: ipLayer ? load.ipMeanPacketBytes : load.meanPacketBytes,
    ipLayer,
  };
}

/**
 * What "Use these figures" puts into the model: the demand (four significant digits, so the
 * link stays readable) and, when packets were counted, one packet size at the measured mean,
 * which gives the same packets per second for that demand as the real mix.
 */
export function measuredPatch(load: MeasuredLoad): Pick<HeadroomInputs, 'demandMbps'> & Partial<HeadroomInputs> {
  const figures = measuredFigures(load);
  const { min, max } = FIELD_RULES.demandMbps;
  const demandMbps = Math.min(max, Math.max(min, Number(figures.mbps.toPrecision(4))));
  if (figures.meanBytes === null || !Number.isFinite(figures.meanBytes)) return { demandMbps };
  const size = Math.min(MAX_PACKET_BYTES, Math.max(MIN_PACKET_BYTES, Math.round(figures.meanBytes)));
  return { demandMbps, mix: singleSizeMix(size) };
}

export function measuredRows(load: MeasuredLoad): ShareRow[] {
  const figures = measuredFigures(load);
  const rows: ShareRow[] = [
    {
      label: 'Counters read',
      value: `${load.formatLabel}, ${load.iface}, ${load.direction}, ${load.intervalSeconds} s`,
    },
    { label: 'Measured load', value: rate(figures.mbps, 'Mbps'), output: 'measured-mbps' },
  ];
  if (figures.pps !== null)
    rows.push({ label: 'Measured packets per second', value: rate(figures.pps, 'packets/s'), output: 'measured-pps' });
  if (figures.meanBytes !== null)
    rows.push({
      label: 'Measured mean packet',
      value: rate(figures.meanBytes, 'bytes'),
      output: 'measured-mean-bytes',
    });
  return rows;
}

// ── Single-SA ceiling ────────────────────────────────────────────────────────────────────────

export interface SaView {
  ceiling: SaCeiling;
  /** Cores were not entered: each SA was assumed to have a core of its own. */
  coresAssumed: boolean;
}

export function saFor(inputs: HeadroomInputs, result: HeadroomResult): SaView {
  const coresAssumed = inputs.cores === null;
  const ceiling = saCeiling({
    cores: inputs.cores ?? Math.min(inputs.saCount, SA_CEILING_LIMITS.maxCores),
    perSaMbps: inputs.perSaMbps,
    perSaPps: inputs.perSaPps,
    saCount: inputs.saCount,
    perCpuSas: inputs.perCpuSa,
    meanPacketBytes: result.mix.meanInnerBytes,
    deviceBytesMbps: result.capacity.bytesLimitedMbps,
    devicePacketsMbps: result.capacity.ppsLimitedMbps,
  });
  return { ceiling, coresAssumed };
}

export const BINDING_WORDS: Readonly<Record<SaBinding, string>> = {
  bytes: 'bytes: the device’s byte limit',
  packets: 'packets: the device’s packet limit',
  'one-core': 'one core: everything rides one SA',
  cores: 'the cores the SAs can use',
};

export function saRows(view: SaView): ShareRow[] {
  const { ceiling } = view;
  return [
    { label: 'Ceiling that binds', value: BINDING_WORDS[ceiling.binding], output: 'sa-binding' },
    { label: 'Ceiling for this mix', value: rate(ceiling.ceilingMbps, 'Mbps'), output: 'sa-ceiling-mbps' },
    {
      label: 'With an SA on every core',
      value: rate(ceiling.split.ceilingMbps, 'Mbps'),
      output: 'sa-all-cores-mbps',
    },
  ];
}

// ── MSS lines ────────────────────────────────────────────────────────────────────────────────

export interface NamedMssLine extends MssConfigLine {
  /** <output name>: mss-config-junos, -ios, -linux (nftables), -iptables; a second inner version adds -ipv6. */
  output: string;
}

const OUTPUT_STEM: Readonly<Record<MssPlatform, string>> = {
  junos: 'mss-config-junos',
  ios: 'mss-config-ios',
  nftables: 'mss-config-linux',
  iptables: 'mss-config-iptables',
};

export function mssLinesFor(result: HeadroomResult): NamedMssLine[] {
  const seen = new Set<MssPlatform>();
  return mssConfigLines(result.fit.mss).map((line) => {
    const output = seen.has(line.platform) ? `${OUTPUT_STEM[line.platform]}-ipv6` : OUTPUT_STEM[line.platform];
    seen.add(line.platform);
    return { ...line, output };
  });
}

export function mssRows(lines: readonly NamedMssLine[]): ShareRow[] {
  return lines.map((line) => {
    // Junos has one value for every IPsec VPN, IPv4 and IPv6 alike.
    const label =
      line.platform === 'junos' ? line.label : `${line.label} (${line.inner === 'ipv4' ? 'IPv4' : 'IPv6'} inside)`;
    return line.problem ? { label, value: line.problem } : { label, value: line.line, output: line.output };
  });
}

// ── Other encapsulations ─────────────────────────────────────────────────────────────────────

export type EncapKey = 'esp' | 'gre' | 'gre-key' | 'wg-ipv4' | 'wg-ipv6';

export interface EncapRow {
  key: EncapKey;
  label: string;
  overheadBytes: number;
  maxInnerBytes: number;
  mss: number;
  /** IP version of the inner packets the MSS is for. */
  inner: IpVersion;
}

/** ESP as set above, GRE over the same ESP (without and with a key), and WireGuard, for one packet size and the path MTU. */
export function encapRows(inputs: HeadroomInputs, result: HeadroomResult): { innerBytes: number; rows: EncapRow[] } {
  const settings = result.settings;
  const innerBytes = result.diagram.innerBytes;
  // ESP transport mode keeps the packet's own header, so its inner version is the outer one.
  const espInner: IpVersion = settings.mode === 'tunnel' ? 'ipv4' : settings.outer;
  const row = (key: EncapKey, label: string, overheadBytes: number, maxInner: number, inner: IpVersion): EncapRow => ({
    key,
    label,
    overheadBytes,
    maxInnerBytes: maxInner,
    mss: tcpMss(maxInner, inner),
    inner,
  });
  const gre = (greKey: boolean) => ({ ...settings, greKey });
  const wg = (outer: IpVersion) => {
    const maxInner = wireguardMaxInner(outer, inputs.mtu);
    // Linux pads no further than the WireGuard interface's MTU, set here to what the path allows.
    const packet = wireguardPacket(outer, innerBytes, Math.max(maxInner, MIN_PACKET_BYTES));
    return row(
      outer === 'ipv4' ? 'wg-ipv4' : 'wg-ipv6',
      `WireGuard over ${outer === 'ipv4' ? 'IPv4' : 'IPv6'}`,
      packet.overheadBytes,
      maxInner,
      'ipv4',
    );
  };
  return {
    innerBytes,
    rows: [
      row('esp', 'ESP as set above', espPacket(settings, innerBytes).overheadBytes, result.fit.maxInnerBytes, espInner),
      row(
        'gre',
        'GRE over this ESP',
        greOverIpsecPacket(gre(false), innerBytes).overheadBytes,
        greOverIpsecMaxInner(gre(false), inputs.mtu),
        'ipv4',
      ),
      row(
        'gre-key',
        'GRE with key over this ESP',
        greOverIpsecPacket(gre(true), innerBytes).overheadBytes,
        greOverIpsecMaxInner(gre(true), inputs.mtu),
        'ipv4',
      ),
      wg('ipv4'),
      wg('ipv6'),
    ],
  };
}

export function encapShareRows(innerBytes: number, rows: readonly EncapRow[]): ShareRow[] {
  return rows.flatMap((row) => [
    {
      label: `${row.label}: overhead on ${innerBytes} bytes`,
      value: bytes(row.overheadBytes),
      output: `encap-${row.key}-overhead`,
    },
    {
      label: `${row.label}: largest inner packet`,
      value: bytes(row.maxInnerBytes),
      output: `encap-${row.key}-max-inner`,
    },
    {
      label: `${row.label}: TCP MSS (${row.inner === 'ipv4' ? 'IPv4' : 'IPv6'} inside)`,
      value: bytes(row.mss),
      output: `encap-${row.key}-mss`,
    },
  ]);
}

// ── Share ────────────────────────────────────────────────────────────────────────────────────

/** The sections' tables for a copy of the results: what the page shows once the sections have loaded. */
export function furtherShareTables(inputs: HeadroomInputs, result: HeadroomResult): ShareTable[] {
  const tables: ShareTable[] = [];
  const load = measuredFor(inputs);
  if (load?.ok) tables.push({ heading: 'Measured load', rows: measuredRows(load) });
  tables.push({ heading: 'Single-SA ceiling', rows: saRows(saFor(inputs, result)) });
  tables.push({ heading: 'MSS lines', rows: mssRows(mssLinesFor(result)) });
  const encap = encapRows(inputs, result);
  tables.push({ heading: 'Other encapsulations', rows: encapShareRows(encap.innerBytes, encap.rows) });
  return tables;
}
