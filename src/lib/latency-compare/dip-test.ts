/**
 * Hartigan's dip statistic (J. A. Hartigan and P. M. Hartigan, "The dip test of unimodality",
 * Annals of Statistics 13(1), 1985, and the algorithm AS 217, Applied Statistics 34(3), 1985).
 *
 * The dip is the largest distance, in probability, between the sample's eCDF and the closest
 * unimodal CDF (one that is convex up to a mode and concave after it). A sample from one
 * population has a dip near 1/(2n); two well-separated populations of similar size push it
 * towards ¼.
 *
 * The algorithm narrows a candidate modal interval [low, high]: it takes the greatest convex
 * minorant (GCM) and least concave majorant (LCM) of the eCDF on that interval, finds where they
 * are furthest apart, moves low and high to the hull vertices there, and keeps the largest
 * misfit of the eCDF against the hull pieces that fall outside the new interval. It stops when
 * the hulls are no further apart than the misfit already found. Each pass is O(high − low), and
 * there are few passes, so a sorted sample of 10⁶ values takes milliseconds.
 *
 * Work is in "count" units: the eCDF steps from i to i + 1 at x[i] (0-based); the GCM is the
 * hull of the lower corners (x[i], i), the LCM of the upper corners (x[i], i + 1).
 */

/**
 * Dip of an ascending sample with distinct values (see spreadTies for rounded data), in
 * probability units: from 1/(2n) to ¼.
 */
export function dipStatistic(x: ArrayLike<number>): number {
  const n = x.length;
  if (n < 2 || x[0] === x[n - 1]) return n === 0 ? 0 : 1 / (2 * n);
  const at = (i: number) => x[i] as number;

  // gcmPrev[j]: the vertex before j on the convex minorant of points 0…j. Because a hull vertex
  // has a supporting line below every point, it stays a vertex of the hull of any shorter run
  // that contains it, so following gcmPrev from high walks the minorant of low…high.
  const gcmPrev = new Int32Array(n);
  for (let j = 1; j < n; j++) {
    let p = j - 1;
    while (p > 0) {
      const pp = gcmPrev[p] as number;
      // Keep p when the slope rises strictly at p: (p − pp)/(x_p − x_pp) < (j − p)/(x_j − x_p).
      if ((p - pp) * (at(j) - at(p)) < (j - p) * (at(p) - at(pp))) break;
      p = pp;
    }
    gcmPrev[j] = p;
  }
  // lcmNext[j]: the vertex after j on the concave majorant of points j…n − 1.
  const lcmNext = new Int32Array(n);
  lcmNext[n - 1] = n - 1;
  for (let j = n - 2; j >= 0; j--) {
    let q = j + 1;
    while (q < n - 1) {
      const qq = lcmNext[q] as number;
      // Keep q when the slope falls strictly at q: (q − j)/(x_q − x_j) > (qq − q)/(x_qq − x_q).
      if ((q - j) * (at(qq) - at(q)) > (qq - q) * (at(q) - at(j))) break;
      q = qq;
    }
    lcmNext[j] = q;
  }

  const gcm = new Int32Array(n); // vertices from high down to low
  const lcm = new Int32Array(n); // vertices from low up to high
  let low = 0;
  let high = n - 1;
  let dip = 1;
  for (;;) {
    let g = 0;
    gcm[g++] = high;
    for (let v = high; v > low;) {
      v = gcmPrev[v] as number;
      gcm[g++] = v;
    }
    gcm[g - 1] = low; // low lies on the minorant; this only matters where it is collinear
    let l = 0;
    lcm[l++] = low;
    for (let v = low; v < high;) {
      v = lcmNext[v] as number;
      lcm[l++] = v;
    }
    lcm[l - 1] = high;

    // Walk both vertex lists left to right and find where the hulls are furthest apart.
    let distance = 1;
    let ig = g - 1;
    let ih = l - 1;
    if (g > 2 || l > 2) {
      distance = 0;
      let ix = g - 2; // first GCM vertex right of low
      let iv = 1; // first LCM vertex right of low
      do {
        const gx = gcm[ix] as number;
        const lv = lcm[iv] as number;
        if (gx > lv) {
          // LCM vertex lv lies over the GCM segment (left, gx).
          const left = gcm[ix + 1] as number;
          const d = lv - left + 1 - ((at(lv) - at(left)) * (gx - left)) / (at(gx) - at(left));
          iv++;
          if (d >= distance) {
            distance = d;
            ig = ix + 1;
            ih = iv - 1;
          }
        } else {
          // GCM vertex gx lies under the LCM segment (left, lv).
          const left = lcm[iv - 1] as number;
          const d = ((at(gx) - at(left)) * (lv - left)) / (at(lv) - at(left)) - (gx - left - 1);
          ix--;
          if (d >= distance) {
            distance = d;
            ig = ix + 1;
            ih = iv;
          }
        }
        if (ix < 0) ix = 0;
        if (iv > l - 1) iv = l - 1;
      } while (gcm[ix] !== lcm[iv]);
    }
    if (distance < dip) break;

    // Misfit of the eCDF against the GCM pieces left of the new low…
    for (let j = ig; j < g - 1; j++) {
      const from = gcm[j + 1] as number;
      const to = gcm[j] as number;
      if (to - from <= 1) continue;
      const slope = (to - from) / (at(to) - at(from));
      for (let k = from; k <= to; k++) dip = Math.max(dip, k - from + 1 - (at(k) - at(from)) * slope);
    }
    // …and against the LCM pieces right of the new high.
    for (let j = ih; j < l - 1; j++) {
      const from = lcm[j] as number;
      const to = lcm[j + 1] as number;
      if (to - from <= 1) continue;
      const slope = (to - from) / (at(to) - at(from));
      for (let k = from; k <= to; k++) dip = Math.max(dip, (at(k) - at(from)) * slope - (k - from - 1));
    }

    const newLow = gcm[ig] as number;
    const newHigh = lcm[ih] as number;
    if (newLow === low && newHigh === high) break;
    low = newLow;
    high = newHigh;
  }
  return dip / (2 * n);
}

/**
 * Latencies are often rounded (whole ms from ab, µs from wrk), and a staircase of tied values is
 * far from every unimodal CDF: the dip test would call rounding "multimodal". Each run of t tied
 * values is spread evenly over its rounding interval, v ± h/2, where h (the resolution) is the
 * smallest gap between distinct values; the eCDF then matches the rounded data at every interval
 * edge. Untied samples come back unchanged (the same array).
 */
export function spreadTies(sorted: ArrayLike<number>): ArrayLike<number> {
  const n = sorted.length;
  let hasTies = false;
  let resolution = Infinity;
  const scale = Math.max(Math.abs(sorted[0] as number), Math.abs(sorted[n - 1] as number));
  const noise = scale * 1e-12; // gaps this small are floating-point noise of a unit conversion
  for (let i = 1; i < n; i++) {
    const gap = (sorted[i] as number) - (sorted[i - 1] as number);
    if (gap <= noise) hasTies = true;
    else if (gap < resolution) resolution = gap;
  }
  if (!hasTies || !Number.isFinite(resolution)) return sorted;
  const spread = new Float64Array(n);
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && (sorted[end] as number) - (sorted[start] as number) <= noise) end++;
    const t = end - start;
    const value = sorted[start] as number;
    for (let k = 0; k < t; k++) spread[start + k] = t === 1 ? value : value + resolution * ((k + 0.5) / t - 0.5);
    start = end;
  }
  return spread;
}
