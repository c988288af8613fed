import type { MonthsUntil } from './demand-forecast';
import type { HeadroomInputs } from './model';
import { formatPacketMix } from './packet-mix';

/** The number an <output> holds for a forecast: months, 0 when already reached, none otherwise. */
export function monthsValue(until: MonthsUntil): number {
  if (until.kind === 'in') return until.months;
  if (until.kind === 'already') return 0;
  return Number.POSITIVE_INFINITY;
}

export function describeMix(inputs: HeadroomInputs): string {
  const text = formatPacketMix(inputs.mix);
  if (inputs.mix.kind === 'imix') return 'simple IMIX (40:7, 576:4, 1500:1)';
  if (inputs.mix.kind === 'single') return `${text}-byte packets`;
  return text;
}

export { FIGURE_FORMATS } from './figure-formats';

/** Words an <output> shows for a forecast that is not a number of months. */
export const MONTHS_FALLBACK = { never: 'never', beyond: 'over 100 years' } as const;

export const monthsFallback = (until: MonthsUntil) =>
  until.kind === 'beyond' ? MONTHS_FALLBACK.beyond : MONTHS_FALLBACK.never;

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

export const CAPACITY_NOTE =
  'Capacity is a range from one datasheet figure; utilisation and months use the lower bound.';
