/**
 * Demand that grows by a fixed percentage each month: demand(m) = demand × (1 + g)^m.
 * Answers are typed rather than Infinity, so a page can say "never" or "already" in words.
 */

/** Forecasts further out than this say "beyond" instead of a number nobody can plan with. */
export const MAX_FORECAST_MONTHS = 1200;

export type MonthsUntil =
  { kind: 'already' } | { kind: 'never' } | { kind: 'beyond'; months: number } | { kind: 'in'; months: number };

/** Months until `demandMbps`, growing `growthPercent` a month, reaches `targetMbps`. */
export function monthsUntil(demandMbps: number, growthPercent: number, targetMbps: number): MonthsUntil {
  if (demandMbps >= targetMbps) return { kind: 'already' };
  if (demandMbps <= 0 || growthPercent <= 0) return { kind: 'never' };
  // log1p keeps tiny growth rates exact where log(1 + g) would round to 0.
  const months = Math.log(targetMbps / demandMbps) / Math.log1p(growthPercent / 100);
  if (!Number.isFinite(months) || months > MAX_FORECAST_MONTHS) {
    return { kind: 'beyond', months: MAX_FORECAST_MONTHS };
  }
  return { kind: 'in', months };
}

export function demandAfter(demandMbps: number, growthPercent: number, months: number): number {
  return demandMbps * Math.pow(1 + growthPercent / 100, months);
}

export interface HeadroomForecast {
  ceilingMbps: number;
  toCeiling: MonthsUntil;
  toFull: MonthsUntil;
}

/** When demand reaches the planning ceiling (a % of capacity) and when it reaches all of it. */
export function headroomForecast(
  demandMbps: number,
  growthPercent: number,
  capacityMbps: number,
  ceilingPercent: number,
): HeadroomForecast {
  const ceilingMbps = (capacityMbps * ceilingPercent) / 100;
  return {
    ceilingMbps,
    toCeiling: monthsUntil(demandMbps, growthPercent, ceilingMbps),
    toFull: monthsUntil(demandMbps, growthPercent, capacityMbps),
  };
}

/** Months to draw on a chart: past the point where demand fills capacity, within reason. */
export function chartHorizonMonths(forecast: HeadroomForecast): number {
  const full = forecast.toFull;
  if (full.kind !== 'in') return 36;
  return Math.min(120, Math.max(12, Math.ceil(full.months * 1.25)));
}

export interface DemandPoint {
  month: number;
  demandMbps: number;
}

export function demandSeries(demandMbps: number, growthPercent: number, months: number): DemandPoint[] {
  const points: DemandPoint[] = [];
  for (let month = 0; month <= months; month += 1) {
    points.push({ month, demandMbps: demandAfter(demandMbps, growthPercent, month) });
  }
  return points;
}
