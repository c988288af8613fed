import { formatNumber } from '../format/index';
import { CIPHER_SUITES } from './cipher-suites';
import type { MonthsUntil } from './demand-forecast';
import type { HeadroomInputs, HeadroomResult } from './model';
import { formatPacketMix } from './packet-mix';
import type { MathisBound } from './tcp-flow';

/** Months in words for summaries: "7.5 months", "already reached", "never (demand is not growing)". */
export function describeMonths(until: MonthsUntil): string {
  switch (until.kind) {
    case 'already':
      return 'already reached';
    case 'never':
      return 'never (demand is not growing)';
    case 'beyond':
      return 'more than 100 years';
    case 'in':
      return `${formatNumber(until.months, { digits: 2, maxFractionDigits: 1 })} months`;
  }
}

/** The number an <output> holds for a forecast: months, 0 when already reached, none otherwise. */
export function monthsValue(until: MonthsUntil): number {
  if (until.kind === 'in') return until.months;
  if (until.kind === 'already') return 0;
  return Number.POSITIVE_INFINITY;
}

export function describeMathis(bound: MathisBound): string {
  return bound.kind === 'bound' ? `${formatNumber(bound.mbps)} Mbps` : 'no limit (no loss)';
}

export function describeMix(inputs: HeadroomInputs): string {
  const text = formatPacketMix(inputs.mix);
  if (inputs.mix.kind === 'imix') return 'simple IMIX (40:7, 576:4, 1500:1)';
  if (inputs.mix.kind === 'single') return `${text}-byte packets`;
  return text;
}

const mbps = (value: number) => `${formatNumber(value)} Mbps`;

/** Rows for "Copy as Markdown": the inputs in one line each, then the answers. */
export function headroomSummaryRows(inputs: HeadroomInputs, result: HeadroomResult): Array<[string, string]> {
  const suite = CIPHER_SUITES[inputs.suite];
  const rows: Array<[string, string]> = [
    [
      'Tunnel',
      `${suite.label}, ${inputs.mode} mode, outer ${inputs.outer === 'ipv4' ? 'IPv4' : 'IPv6'}${inputs.natt ? ', NAT-T' : ''}`,
    ],
    ['Traffic mix', describeMix(inputs)],
    ['Path MTU', `${inputs.mtu} bytes`],
    ['Device rating', `${formatNumber(inputs.ratingMbps)} Mbps at ${inputs.ratedAtBytes}-byte packets`],
    ['Demand', `${formatNumber(inputs.demandMbps)} Mbps, growing ${formatNumber(inputs.growthPercent)} % a month`],
  ];
  if (result.single) {
    rows.push([
      'Packet on the wire',
      `${result.single.innerBytes} → ${result.single.outerBytes} bytes (+${result.single.overheadBytes}, of which ${result.single.padBytes} padding)`,
    ]);
  }
  rows.push(
    ['Expansion', `× ${formatNumber(result.mix.expansion, { digits: 4 })}`],
    ['Largest packet', `${result.fit.largest.innerBytes} bytes → ${result.fit.largest.fragments} piece(s) on the path`],
    ['Clamp TCP MSS to', `${result.fit.mss.ipv4 ?? result.fit.mss.ipv6} bytes`],
    ['Capacity', `${mbps(result.capacity.ppsLimitedMbps)} (packet-limited) to ${mbps(result.capacity.bytesLimitedMbps)} (byte-limited)`],
    ['Utilisation', `${formatNumber(result.load.percent)} % of the lower bound`],
    ['Headroom', mbps(result.load.headroomMbps)],
    [`Time to ${formatNumber(inputs.ceilingPercent)} %`, describeMonths(result.forecast.toCeiling)],
    ['Time to 100 %', describeMonths(result.forecast.toFull)],
    [
      'One TCP flow',
      `${mbps(result.flow.windowMbps)} by window, ${describeMathis(result.flow.mathis)} by loss; BDP ${formatNumber(result.flow.bdpBytes)} bytes`,
    ],
  );
  return rows;
}

export const STORY_FACTS: readonly string[] = [
  'The tunnels ended on a device rated at 350 Mbps of IPsec.',
  'It reached saturation around December 2015, so demand is set to the rating: 350 Mbps.',
  'A bigger model rated at 2 Gbps was on the table and was not bought.',
];

export const STORY_ASSUMPTIONS: readonly string[] = [
  'Cipher AES-CBC with HMAC-SHA1, tunnel mode over IPv4, no NAT-T: the record does not name them.',
  'Traffic of 1400-byte packets (bulk imports and exports) and a rating measured at 1400 bytes: neither size is recorded.',
  'Growth of 5 % a month, 50 ms round trip, 64 KiB window and 0.01 % loss: illustrative values, not from the record.',
];
