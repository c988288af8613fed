import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mulberry32 } from '../seeded-random/index.ts';
import { computeRedundancy, NEGLIGIBLE_UNAVAILABILITY, type RedundancyInput, type RedundancyResult } from './model.ts';
import { chainForInput, exactRedundancy } from './exact-results.ts';
import { binomialCoefficient } from './k-of-n.ts';
import { FIELD_RULES, MAX_HOSTS } from './fields.ts';

/**
 * The exact chain is checked here against solvers written independently of markov-exact.ts:
 * a dense Gaussian elimination of the generator matrix (on the lumped chain for every n, and on
 * the full per-host state space for n ≤ 6, which also checks the lumping), the balance equations
 * of an independently built generator (to relative precision, so tiny probabilities count), a
 * seeded event-driven simulation of the hosts themselves, and cases worked by hand.
 */

const HOURS_PER_YEAR = 8760;

/** Any input the calculator accepts. */
const validInput = fc.integer({ min: 1, max: MAX_HOSTS }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    k: fc.integer({ min: 1, max: n }),
    mtbfDays: fc.double({ min: FIELD_RULES.mtbfDays.min, max: FIELD_RULES.mtbfDays.max, noNaN: true }),
    mttrHours: fc.double({ min: FIELD_RULES.mttrHours.min, max: FIELD_RULES.mttrHours.max, noNaN: true }),
    beta: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
);

interface Rates {
  independent: number;
  common: number;
  repair: number;
}

function ratesOf(input: RedundancyInput): Rates {
  const lambda = 1 / (input.mtbfDays * 24);
  return { independent: (1 - input.beta) * lambda, common: input.beta * lambda, repair: 1 / input.mttrHours };
}

/** Group figures from any stationary distribution and a description of its states. */
interface StateSpace {
  size: number;
  /** rate(i, j) for i ≠ j. */
  rate: (from: number, to: number) => number;
  groupDown: (state: number) => boolean;
  isCommonCause: (state: number) => boolean;
}

function figuresFrom(space: StateSpace, pi: number[]) {
  let unavailability = 0;
  let commonCauseOutagesPerHour = 0;
  let independentOutagesPerHour = 0;
  for (let i = 0; i < space.size; i += 1) {
    const p = pi[i] ?? 0;
    if (space.groupDown(i)) {
      unavailability += p;
      continue;
    }
    for (let j = 0; j < space.size; j += 1) {
      if (j === i || !space.groupDown(j)) continue;
      const flow = p * space.rate(i, j);
      if (space.isCommonCause(j)) commonCauseOutagesPerHour += flow;
      else independentOutagesPerHour += flow;
    }
  }
  return { unavailability, commonCauseOutagesPerHour, independentOutagesPerHour };
}

/**
 * π·Q = 0 with Σπ = 1 by Gaussian elimination with partial pivoting on Qᵀ, one balance equation
 * replaced by the normalisation. The textbook method GTH improves on: exact to about 1e-16
 * absolute, so it checks every state probability but not the digits of tiny ones.
 */
function denseStationary(space: StateSpace): number[] {
  const m = space.size;
  const a: number[][] = Array.from({ length: m }, () => new Array<number>(m + 1).fill(0));
  for (let i = 0; i < m; i += 1) {
    let out = 0;
    for (let j = 0; j < m; j += 1) {
      if (j === i) continue;
      const r = space.rate(i, j);
      out += r;
      (a[j] as number[])[i] = r; // equation j collects inflow into state j
    }
    (a[i] as number[])[i] = -out;
  }
  const last = a[m - 1] as number[];
  for (let i = 0; i < m; i += 1) last[i] = 1;
  last[m] = 1;
  for (let col = 0; col < m; col += 1) {
    let pivot = col;
    for (let row = col + 1; row < m; row += 1) {
      if (Math.abs(a[row]![col]!) > Math.abs(a[pivot]![col]!)) pivot = row;
    }
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    const pivotRow = a[col]!;
    for (let row = col + 1; row < m; row += 1) {
      const r = a[row]!;
      const factor = r[col]! / pivotRow[col]!;
      if (factor === 0) continue;
      for (let c = col; c <= m; c += 1) r[c] = r[c]! - factor * pivotRow[c]!;
    }
  }
  const x = new Array<number>(m).fill(0);
  for (let row = m - 1; row >= 0; row -= 1) {
    const r = a[row]!;
    let sum = r[m]!;
    for (let c = row + 1; c < m; c += 1) sum -= r[c]! * x[c]!;
    x[row] = sum / r[row]!;
  }
  return x;
}

/** The chain by number of hosts down (0..n) plus the common-cause state n + 1. */
function lumpedSpace(input: RedundancyInput): StateSpace {
  const { n, k } = input;
  const { independent, common, repair } = ratesOf(input);
  const cc = n + 1;
  return {
    size: n + 2,
    rate(from, to) {
      if (from === cc) return to === 0 ? repair : 0;
      if (to === cc) return common;
      if (to === from + 1) return (n - from) * independent;
      if (to === from - 1) return from * repair;
      return 0;
    },
    groupDown: (s) => s === cc || s > n - k,
    isCommonCause: (s) => s === cc,
  };
}

function popcount(mask: number): number {
  let count = 0;
  for (let m = mask; m > 0; m >>= 1) count += m & 1;
  return count;
}

/** One state per set of hosts down (bit i: host i), plus the common-cause state 2ⁿ. */
function perHostSpace(input: RedundancyInput): StateSpace {
  const { n, k } = input;
  const { independent, common, repair } = ratesOf(input);
  const cc = 2 ** n;
  return {
    size: cc + 1,
    rate(from, to) {
      if (from === cc) return to === 0 ? repair : 0;
      if (to === cc) return common;
      const changed = from ^ to;
      if (popcount(changed) !== 1) return 0;
      return to & changed ? independent : repair; // a host fails, or one is repaired
    },
    groupDown: (s) => s === cc || popcount(s) > n - k,
    isCommonCause: (s) => s === cc,
  };
}

function expectClose(actual: number, expected: number, absolute: number, relative = 0): void {
  const tolerance = absolute + relative * Math.abs(expected);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance);
}

function allNumbers(result: RedundancyResult): number[] {
  const { improvement, withinValidity, ...numbers } = result;
  return [...Object.values(numbers), improvement.kind === 'factor' ? improvement.factor : 0];
}

describe('exactRedundancy: cases worked by hand', () => {
  it('one host is one host, whatever β: U = x / (1 + x), outages 1 / (MTBF + MTTR)', () => {
    for (const beta of [0, 0.3, 1]) {
      const result = exactRedundancy({ n: 1, k: 1, mtbfDays: 3, mttrHours: 7, beta });
      expectClose(result.groupUnavailability, 7 / 79, 1e-16);
      expectClose(result.groupOutagesPerYear, HOURS_PER_YEAR / 79, 1e-12);
      expect(result.improvement.kind).toBe('factor');
      if (result.improvement.kind === 'factor') expect(result.improvement.factor).toBeCloseTo(1, 12);
    }
  });

  it('β = 0 gives the binomial of independent hosts (2 of 5, u = 2/482)', () => {
    const result = exactRedundancy({ n: 5, k: 2, mtbfDays: 20, mttrHours: 2, beta: 0 });
    const u = 2 / 482;
    let expected = 0;
    for (let down = 4; down <= 5; down += 1)
      expected += binomialCoefficient(5, down) * u ** down * (1 - u) ** (5 - down);
    expectClose(result.groupUnavailability, expected, 0, 1e-12);
    // An outage starts when 2 are up and one of them fails: C(5,3)·u³·a²·2·λ.
    const outagesPerHour = binomialCoefficient(5, 3) * u ** 3 * (1 - u) ** 2 * 2 * (1 / 480);
    expectClose(result.groupOutagesPerYear, outagesPerHour * HOURS_PER_YEAR, 0, 1e-12);
    expect(result.commonCauseOutagesPerYear).toBe(0);
  });

  it('β = 1 is one host, for any n and k (the LXC story: 36.3 h and 18.2 outages a year)', () => {
    for (const [n, k] of [
      [2, 1],
      [7, 3],
      [20, 20],
    ] as const) {
      const result = exactRedundancy({ n, k, mtbfDays: 20, mttrHours: 2, beta: 1 });
      expectClose(result.groupUnavailability, 2 / 482, 1e-16);
      expectClose(result.downtimeHoursPerYear, (8760 * 2) / 482, 1e-12); // 36.35 h
      expectClose(result.groupOutagesPerYear, 8760 / 482, 1e-12); // 18.17
      expect(result.independentOutagesPerYear).toBe(0);
    }
  });

  it('two hosts, one needed, solved by hand from the balance equations', () => {
    // States: 0, 1, 2 hosts down on their own, 3 = common-cause outage. With a = λ_ind,
    // c = λ_cc, μ = 1/MTTR the balance equations give, in turn:
    //   state 3: π3·μ = c·(1 − π3)                → π3 = c / (c + μ)
    //   state 2: π2·(2μ + c) = a·π1               → π2 = a·π1 / (2μ + c)
    //   state 1: π1·(a + μ + c) = 2a·π0 + 2μ·π2   → π1 = 2a·π0 / B, B = a + μ + c − 2aμ / (2μ + c)
    //   state 0: π0·(2a + c) = μ·π1 + μ·π3        → π0 = μ·π3 / (2a + c − 2aμ / B)
    for (const beta of [0.1, 0.5, 0.9]) {
      const input = { n: 2, k: 1, mtbfDays: 20, mttrHours: 2, beta };
      const a = (1 - beta) / 480;
      const c = beta / 480;
      const mu = 0.5;
      const pi3 = c / (c + mu);
      const B = a + mu + c - (2 * a * mu) / (2 * mu + c);
      const pi0 = (mu * pi3) / (2 * a + c - (2 * a * mu) / B);
      const pi1 = (2 * a * pi0) / B;
      const pi2 = (a * pi1) / (2 * mu + c);
      expect(pi0 + pi1 + pi2 + pi3).toBeCloseTo(1, 14); // the algebra closes
      const result = exactRedundancy(input);
      expectClose(result.groupUnavailability, pi2 + pi3, 0, 1e-12);
      expectClose(result.commonCauseUnavailability, pi3, 0, 1e-12);
      expectClose(result.commonCauseOutagesPerYear, (pi0 + pi1) * c * HOURS_PER_YEAR, 0, 1e-12);
      expectClose(result.independentOutagesPerYear, pi1 * a * HOURS_PER_YEAR, 0, 1e-12);
    }
  });

  it('the LXC hosts with β = 0.1: common cause is most of the downtime (≈ 3.65 h a year)', () => {
    const result = exactRedundancy({ n: 2, k: 1, mtbfDays: 20, mttrHours: 2, beta: 0.1 });
    expectClose(result.commonCauseUnavailability, 1 / 2401, 0, 1e-12); // βx / (1 + βx), x = 1/240
    expect(result.commonCauseUnavailability / result.groupUnavailability).toBeGreaterThan(0.96);
    expectClose(result.downtimeHoursPerYear, 3.77, 0.01);
  });
});

describe('exactRedundancy against independent solvers', () => {
  it('matches a dense Gaussian elimination of the generator, over every valid input', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const space = lumpedSpace(input);
        const dense = figuresFrom(space, denseStationary(space));
        const result = exactRedundancy(input);
        const lambdaPerYear = HOURS_PER_YEAR / (input.mtbfDays * 24);
        expectClose(result.groupUnavailability, dense.unavailability, 1e-12);
        // Outage counts are compared on the scale of one host's failure count.
        expectClose(
          result.commonCauseOutagesPerYear,
          dense.commonCauseOutagesPerHour * HOURS_PER_YEAR,
          1e-12 * lambdaPerYear,
        );
        expectClose(
          result.independentOutagesPerYear,
          dense.independentOutagesPerHour * HOURS_PER_YEAR,
          1e-12 * lambdaPerYear * input.n,
        );
      }),
      { numRuns: 400 },
    );
  });

  it('matches a dense solve over every set of hosts (n ≤ 6), which also checks the lumping by count', () => {
    fc.assert(
      fc.property(
        validInput.map((input) => ({ ...input, n: Math.min(input.n, 6), k: Math.min(input.k, input.n, 6) })),
        (input) => {
          const space = perHostSpace(input);
          const dense = figuresFrom(space, denseStationary(space));
          const result = exactRedundancy(input);
          const lambdaPerYear = HOURS_PER_YEAR / (input.mtbfDays * 24);
          expectClose(result.groupUnavailability, dense.unavailability, 1e-12);
          expectClose(
            result.commonCauseOutagesPerYear,
            dense.commonCauseOutagesPerHour * HOURS_PER_YEAR,
            1e-12 * lambdaPerYear,
          );
          expectClose(
            result.independentOutagesPerYear,
            dense.independentOutagesPerHour * HOURS_PER_YEAR,
            1e-12 * lambdaPerYear * input.n,
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('satisfies every balance equation to relative precision, so tiny probabilities are right too', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const space = lumpedSpace(input);
        const pi = chainForInput(input).stateProbabilities;
        expect(pi.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 14);
        for (let s = 0; s < space.size; s += 1) {
          let inflow = 0;
          let outflow = 0;
          for (let i = 0; i < space.size; i += 1) {
            if (i === s) continue;
            inflow += (pi[i] ?? 0) * space.rate(i, s);
            outflow += (pi[s] ?? 0) * space.rate(s, i);
          }
          // Below 1e-290 doubles lose digits to underflow; such flows are nothing anyway.
          if (Math.max(inflow, outflow) < 1e-290) continue;
          expect(Math.abs(inflow - outflow)).toBeLessThanOrEqual(1e-11 * Math.max(inflow, outflow));
        }
      }),
      { numRuns: 400 },
    );
  });
});

/**
 * Hosts simulated one by one, each with its own clock: an up host fails after an exponential time
 * (mean MTBF ÷ (1 − β)), a down host is repaired after an exponential time (mean MTTR), and a
 * common-cause clock (mean MTBF ÷ β) takes every host down until one repair of mean MTTR brings
 * them all back. Returns the group's downtime share and outages per hour, per batch.
 */
function simulateGroup(input: RedundancyInput, hoursPerBatch: number, batches: number, seed: number) {
  const random = mulberry32(seed);
  const exponential = (rate: number) => (rate > 0 ? -Math.log(1 - random()) / rate : Infinity);
  const { n, k } = input;
  const { independent, common, repair } = ratesOf(input);
  const hostDown = new Array<boolean>(n).fill(false);
  const hostClock = Array.from({ length: n }, () => exponential(independent));
  let inCommonCause = false;
  let commonClock = exponential(common);
  let now = 0;
  const groupIsDown = () => inCommonCause || hostDown.filter(Boolean).length > n - k;
  const results: { unavailability: number; commonCausePerHour: number; independentPerHour: number }[] = [];
  for (let b = 0; b < batches; b += 1) {
    const end = (b + 1) * hoursPerBatch;
    let downtime = 0;
    let commonOutages = 0;
    let independentOutages = 0;
    while (now < end) {
      let next = commonClock;
      let who = -1;
      hostClock.forEach((t, i) => {
        if (t < next) {
          next = t;
          who = i;
        }
      });
      const wasDown = groupIsDown();
      const until = Math.min(next, end);
      if (wasDown) downtime += until - now;
      now = until;
      if (next > end) break;
      if (who === -1) {
        if (inCommonCause) {
          // One repair brings every host back, including those that were down on their own.
          inCommonCause = false;
          hostDown.fill(false);
          for (let i = 0; i < n; i += 1) hostClock[i] = now + exponential(independent);
          commonClock = now + exponential(common);
        } else {
          inCommonCause = true;
          for (let i = 0; i < n; i += 1) hostClock[i] = Infinity; // nothing fails or is fixed alone
          commonClock = now + exponential(repair);
          if (!wasDown) commonOutages += 1;
        }
      } else {
        hostDown[who] = !hostDown[who];
        hostClock[who] = now + exponential(hostDown[who] ? repair : independent);
        if (!wasDown && groupIsDown()) independentOutages += 1;
      }
    }
    results.push({
      unavailability: downtime / hoursPerBatch,
      commonCausePerHour: commonOutages / hoursPerBatch,
      independentPerHour: independentOutages / hoursPerBatch,
    });
  }
  return results;
}

function meanAndError(values: number[]): { mean: number; standardError: number } {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1);
  return { mean, standardError: Math.sqrt(variance / values.length) };
}

describe('exactRedundancy against a seeded simulation of the hosts', () => {
  // Fast failures and slow repairs, so a short simulated span holds thousands of outages; the
  // last case is a series group (k = n), where the closed form is furthest off.
  const cases: [string, RedundancyInput][] = [
    ['1 of 2, β = 0.3', { n: 2, k: 1, mtbfDays: 1, mttrHours: 6, beta: 0.3 }],
    ['2 of 3, β = 0.1', { n: 3, k: 2, mtbfDays: 2, mttrHours: 12, beta: 0.1 }],
    ['4 of 4, β = 0.2', { n: 4, k: 4, mtbfDays: 1, mttrHours: 24, beta: 0.2 }],
  ];
  it.each(cases)('%s: downtime share and both outage counts within 4 standard errors', (_, input) => {
    const batches = simulateGroup(input, 100_000, 20, 20261202);
    const exact = exactRedundancy(input);
    const checks: [number[], number][] = [
      [batches.map((b) => b.unavailability), exact.groupUnavailability],
      [batches.map((b) => b.commonCausePerHour), exact.commonCauseOutagesPerYear / HOURS_PER_YEAR],
      [batches.map((b) => b.independentPerHour), exact.independentOutagesPerYear / HOURS_PER_YEAR],
    ];
    for (const [values, expected] of checks) {
      const { mean, standardError } = meanAndError(values);
      // The check means something only if the simulation is precise: within 3 % of the value.
      expect(standardError).toBeLessThan(0.03 * expected);
      expect(Math.abs(mean - expected)).toBeLessThanOrEqual(4 * standardError);
    }
  });

  it('tells the models apart: for 4 of 4 the closed form’s outage count is far outside the simulation’s spread', () => {
    const input = cases[2]![1];
    const batches = simulateGroup(input, 100_000, 20, 20261202);
    const { mean, standardError } = meanAndError(batches.map((b) => b.independentPerHour));
    const closedForm = computeRedundancy(input).independentOutagesPerYear / HOURS_PER_YEAR;
    expect(Math.abs(closedForm - mean)).toBeGreaterThan(10 * standardError);
  });
});

describe('exactRedundancy: properties over every valid input', () => {
  it('gives finite, non-negative numbers, A + U = 1 and outages split into their two causes', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const result = exactRedundancy(input);
        for (const value of allNumbers(result)) {
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
        }
        expect(result.groupUnavailability).toBeLessThanOrEqual(1);
        expect(result.groupAvailability + result.groupUnavailability).toBeCloseTo(1, 15);
        expect(result.groupOutagesPerYear).toBe(result.commonCauseOutagesPerYear + result.independentOutagesPerYear);
        expect(result.improvement.kind === 'no-group-outage').toBe(
          result.groupUnavailability < NEGLIGIBLE_UNAVAILABILITY,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('is never down less than common cause alone keeps it down, βx / (1 + βx), and never more than always', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const result = exactRedundancy(input);
        const betaX = (input.beta * input.mttrHours) / (input.mtbfDays * 24);
        // 1e-300 absolute: a β of 4e-323 leaves subnormal numbers with few digits.
        expectClose(result.commonCauseUnavailability, betaX / (1 + betaX), 1e-300, 1e-12);
        expect(result.groupUnavailability).toBeGreaterThanOrEqual(result.commonCauseUnavailability * (1 - 1e-12));
      }),
    );
  });
});
