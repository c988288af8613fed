/** B / A, or null when A is not positive or the ratio is not finite (never NaN or Infinity). */
export function ratioOf(bMs: number, aMs: number): number | null {
  if (!(aMs > 0)) return null;
  const ratio = bMs / aMs;
  return Number.isFinite(ratio) ? ratio : null;
}
