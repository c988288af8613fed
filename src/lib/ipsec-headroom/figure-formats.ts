import type { NumberFormat } from '../format/index';

/**
 * How the page prints each figure. The panels pass these to their <Result>s and the share
 * summary to figureText, so a copy repeats exactly what the <output> shows.
 */
export const FIGURE_FORMATS = {
  bytes: { digits: 6 },
  expansion: { digits: 4 },
  utilisation: { digits: 4, maxFractionDigits: 1 },
  months: { digits: 3, maxFractionDigits: 1 },
  rate: {},
} as const satisfies Record<string, NumberFormat>;
