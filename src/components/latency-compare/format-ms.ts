import { formatNumber } from '../../lib/format/index';

/** Milliseconds as the widget prints them: three significant digits, never "NaN". */
export const formatMs = (ms: number): string => formatNumber(ms, { digits: 3 });
