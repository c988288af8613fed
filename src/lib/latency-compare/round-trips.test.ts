import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { explainGap, projectWhatIf, roundTripsToFirstByte, rttFromDistanceMs } from './round-trips.ts';

// Property runs and simulations can be slow on a busy two-core machine; this is a hang guard,
// not a speed check (speed is measured by scripts/bench-latency.mjs).
vi.setConfig({ testTimeout: 60_000 });

describe('round trips to the first byte', () => {
  it('counts TCP + TLS + request on a cold connection and one on a warm one', () => {
    expect(roundTripsToFirstByte('1.2', 'cold')).toBe(4); // 1 TCP + 2 TLS 1.2 + 1 request
    expect(roundTripsToFirstByte('1.3', 'cold')).toBe(3); // 1 TCP + 1 TLS 1.3 + 1 request
    expect(roundTripsToFirstByte('1.2', 'warm')).toBe(1);
    expect(roundTripsToFirstByte('1.3', 'warm')).toBe(1);
  });

  it('converts fibre distance at about 1 ms of RTT per 100 km', () => {
    expect(rttFromDistanceMs(1000)).toBe(10);
    expect(rttFromDistanceMs(-5)).toBe(0);
  });
});

describe('explainGap', () => {
  it('splits the 60 → 112 ms story gap when B is 13 ms further away on cold TLS 1.2', () => {
    // 4 round trips × (23 − 10) ms = 52 ms: the network would explain the whole gap.
    const result = explainGap({ ttfbAMs: 60, ttfbBMs: 112, rttAMs: 10, rttBMs: 23, tls: '1.2', conn: 'cold' });
    expect(result.gapMs).toBe(52);
    expect(result.explainedMs).toBe(52);
    expect(result.unexplainedMs).toBe(0);
    expect(result.serverAMs).toBe(20);
    expect(result.serverBMs).toBe(20);
  });

  it('leaves the whole gap to the server when both RTTs are equal', () => {
    const result = explainGap({ ttfbAMs: 60, ttfbBMs: 112, rttAMs: 1, rttBMs: 1, tls: '1.2', conn: 'cold' });
    expect(result.explainedMs).toBe(0);
    expect(result.unexplainedMs).toBe(52);
  });

  it('counts one RTT per request on a warm connection and skips DNS', () => {
    const result = explainGap({
      ttfbAMs: 60,
      ttfbBMs: 112,
      rttAMs: 10,
      rttBMs: 23,
      tls: '1.2',
      conn: 'warm',
      dnsAMs: 5,
      dnsBMs: 50,
    });
    expect(result.explainedMs).toBe(13);
    expect(result.unexplainedMs).toBe(39);
  });

  it('adds DNS on cold connections', () => {
    const result = explainGap({
      ttfbAMs: 60,
      ttfbBMs: 112,
      rttAMs: 10,
      rttBMs: 10,
      tls: '1.3',
      conn: 'cold',
      dnsAMs: 2,
      dnsBMs: 12,
    });
    expect(result.explainedMs).toBe(10);
  });

  it('flags a side whose RTTs alone exceed its TTFB', () => {
    const result = explainGap({ ttfbAMs: 60, ttfbBMs: 112, rttAMs: 20, rttBMs: 10, tls: '1.2', conn: 'cold' });
    expect(result.networkExceedsTtfb).toEqual(['a']);
  });

  it('explained + unexplained always equals the gap, and nothing is NaN', () => {
    const ms = fc.double({ min: 0, max: 10_000, noNaN: true });
    fc.assert(
      fc.property(
        ms,
        ms,
        ms,
        ms,
        fc.constantFrom('1.2', '1.3'),
        fc.constantFrom('cold', 'warm'),
        (ttfbAMs, ttfbBMs, rttAMs, rttBMs, tls, conn) => {
          const r = explainGap({
            ttfbAMs,
            ttfbBMs,
            rttAMs,
            rttBMs,
            tls: tls,
            conn: conn,
          });
          expect(r.explainedMs + r.unexplainedMs).toBeCloseTo(r.gapMs, 6);
          for (const v of [r.explainedMs, r.unexplainedMs, r.serverAMs, r.serverBMs])
            expect(Number.isFinite(v)).toBe(true);
        },
      ),
    );
  });
});

describe('projectWhatIf', () => {
  const base = { ttfbAMs: 60, ttfbBMs: 112, rttAMs: 10, rttBMs: 23, tls: '1.2', conn: 'cold' } as const;

  it('TLS 1.3 takes one RTT off each side', () => {
    const result = projectWhatIf(base, { tls: '1.3' });
    expect(result.ttfbAMs).toBe(50);
    expect(result.ttfbBMs).toBe(89);
    expect(result.gapMs).toBe(39);
  });

  it('connection reuse leaves one RTT plus server time', () => {
    const result = projectWhatIf(base, { conn: 'warm' });
    expect(result.ttfbAMs).toBe(30);
    expect(result.ttfbBMs).toBe(43);
  });

  it('moving B to A’s distance closes a purely network gap', () => {
    expect(projectWhatIf(base, { rttBMs: rttFromDistanceMs(1000) }).gapMs).toBe(0);
  });

  it('never projects a negative TTFB from contradictory inputs', () => {
    const result = projectWhatIf({ ...base, rttAMs: 40 }, { conn: 'warm' });
    expect(result.ttfbAMs).toBeGreaterThanOrEqual(0);
  });
});
