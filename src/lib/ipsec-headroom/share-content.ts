// The copy formats' content (Copy for Slack, Markdown, rich text, CSV, JSON): the page's inputs
// and results as rows. Apart from wording.ts because the island loads it on the first copy only.
import { figureText, type NumberFormat } from '../format/index';
import type { ShareContent, ShareRow, ShareTable } from '../share/summary';
import { formatParamNumber } from '../url-state/index';
import { CIPHER_SUITES } from './cipher-suites';
import { FIGURE_FORMATS } from './figure-formats';
import type { MonthsUntil } from './demand-forecast';
import type { HeadroomInputs, HeadroomResult } from './model';
import { CAPACITY_NOTE, describeMix, monthsFallback, monthsValue } from './wording';

const withUnit = (text: string, unit: string, value: number) => (Number.isFinite(value) ? `${text} ${unit}` : text);
const figure = (value: number, format: NumberFormat, unit: string, fallback?: string) =>
  withUnit(figureText(value, format, fallback), unit, value);
const input = (value: number) => formatParamNumber(value);

function monthsRow(label: string, until: MonthsUntil, output: string): ShareRow {
  const value = figure(monthsValue(until), FIGURE_FORMATS.months, 'months', monthsFallback(until));
  return { label, value: until.kind === 'already' ? `${value} (already reached)` : value, output };
}

/** The inputs as the fields show them. */
export function headroomInputRows(inputs: HeadroomInputs): ShareRow[] {
  const suite = CIPHER_SUITES[inputs.suite];
  return [
    {
      label: 'Tunnel',
      value: `${suite.label}, ${inputs.mode} mode, outer ${inputs.outer === 'ipv4' ? 'IPv4' : 'IPv6'}${inputs.natt ? ', NAT-T' : ''}`,
    },
    { label: 'Traffic mix', value: describeMix(inputs) },
    { label: 'Path MTU', value: `${input(inputs.mtu)} bytes` },
    {
      label: 'IPsec rating (datasheet)',
      value: `${input(inputs.ratingMbps)} Mbps at ${input(inputs.ratedAtBytes)}-byte packets`,
    },
    {
      label: 'Peak demand today',
      value: `${input(inputs.demandMbps)} Mbps, growing ${input(inputs.growthPercent)} % a month`,
    },
    { label: 'Planning ceiling', value: `${input(inputs.ceilingPercent)} % of capacity` },
    {
      label: 'Round-trip time, TCP window, packet loss',
      value: `${input(inputs.rttMs)} ms, ${input(inputs.windowKiB)} KiB, ${input(inputs.lossPercent)} %`,
    },
  ];
}

/** The results, each as its <output> shows it (the output's name rides along for the tests). */
export function headroomResultRows(inputs: HeadroomInputs, result: HeadroomResult): ShareRow[] {
  const { single, fit, mix, capacity, load, forecast, flow } = result;
  const rows: ShareRow[] = [];
  if (single) {
    rows.push(
      {
        label: `Outer packet for ${single.innerBytes} bytes in`,
        value: figure(single.outerBytes, FIGURE_FORMATS.bytes, 'bytes'),
        output: 'outer-bytes',
      },
      {
        label: 'Overhead',
        value: figure(single.overheadBytes, FIGURE_FORMATS.bytes, 'bytes'),
        output: 'overhead-bytes',
      },
      { label: 'Of which padding', value: figure(single.padBytes, FIGURE_FORMATS.bytes, 'bytes'), output: 'pad-bytes' },
    );
  }
  rows.push(
    {
      label: 'Expansion (outer ÷ inner bytes)',
      value: figure(mix.expansion, FIGURE_FORMATS.expansion, '×'),
      output: 'expansion',
    },
    {
      label: `Pieces for the largest packet (${fit.largest.innerBytes} bytes)`,
      value: figureText(fit.largest.fragments, FIGURE_FORMATS.bytes),
      output: 'fragments',
    },
    {
      label: 'Largest inner packet that fits',
      value: figure(fit.maxInnerBytes, FIGURE_FORMATS.bytes, 'bytes'),
      output: 'max-inner',
    },
    {
      label: `TCP MSS to clamp to (${fit.mss.ipv4 !== null ? 'IPv4' : 'IPv6'} inside)`,
      value: figure(fit.mss.ipv4 ?? fit.mss.ipv6 ?? 0, FIGURE_FORMATS.bytes, 'bytes'),
      output: 'mss',
    },
    {
      label: 'Capacity if packets are the limit',
      value: figure(capacity.ppsLimitedMbps, FIGURE_FORMATS.rate, 'Mbps'),
      output: 'capacity-pps-mbps',
    },
    {
      label: 'Capacity if bytes are the limit',
      value: figure(capacity.bytesLimitedMbps, FIGURE_FORMATS.rate, 'Mbps'),
      output: 'capacity-bytes-mbps',
    },
    {
      label: 'Utilisation (of the lower bound)',
      value: figure(load.percent, FIGURE_FORMATS.utilisation, '%'),
      output: 'utilisation',
    },
    { label: 'Headroom', value: figure(load.headroomMbps, FIGURE_FORMATS.rate, 'Mbps'), output: 'headroom-mbps' },
    monthsRow(`Months until ${input(inputs.ceilingPercent)} %`, forecast.toCeiling, 'months-to-ceiling'),
    monthsRow('Months until 100 %', forecast.toFull, 'months-to-full'),
    {
      label: 'Window limit (window ÷ RTT)',
      value: figure(flow.windowMbps, FIGURE_FORMATS.rate, 'Mbps'),
      output: 'flow-window-mbps',
    },
    {
      label: 'Loss limit (Mathis, C = √1.5)',
      value: figure(
        flow.mathis.kind === 'bound' ? flow.mathis.mbps : Number.POSITIVE_INFINITY,
        FIGURE_FORMATS.rate,
        'Mbps',
        'no limit',
      ),
      output: 'flow-mathis-mbps',
    },
    {
      label: 'Bytes in flight to fill the tunnel (BDP)',
      value: figure(flow.bdpBytes, FIGURE_FORMATS.rate, 'bytes'),
      output: 'bdp-bytes',
    },
  );
  return rows;
}

/**
 * What "Copy for Slack", "Copy as Markdown" and the downloads hold: the page's inputs and results,
 * then the tables of the optional sections once their code has loaded and they show figures
 * (further-checks.ts furtherShareTables).
 */
export function headroomShareContent(
  inputs: HeadroomInputs,
  result: HeadroomResult,
  lastValid: boolean,
  further: readonly ShareTable[] = [],
): ShareContent {
  return {
    title: 'IPsec tunnel headroom',
    tables: [
      { heading: 'Inputs', rows: headroomInputRows(inputs) },
      { heading: 'Results', rows: headroomResultRows(inputs, result) },
      ...further,
    ],
    notes: [CAPACITY_NOTE],
    lastValid,
  };
}
