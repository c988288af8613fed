import { describe, expect, it, vi } from 'vitest';
import { phasesOf, summarisePhases, timingColumns } from './curl-phases.ts';

// Property runs and simulations can be slow on a busy two-core machine; this is a hang guard,
// not a speed check (speed is measured by scripts/bench-latency.mjs).
vi.setConfig({ testTimeout: 60_000 });

describe('phasesOf', () => {
  it('splits cumulative curl timings into five phases that add up to the total', () => {
    // namelookup 5 ms, connect 25, appconnect 75, pretransfer 75.2, starttransfer 200, total 250.
    const phases = phasesOf({
      namelookupMs: 5,
      connectMs: 25,
      appconnectMs: 75,
      pretransferMs: 75.2,
      starttransferMs: 200,
      totalMs: 250,
    })!;
    expect(phases.dnsMs).toBe(5);
    expect(phases.tcpMs).toBe(20);
    expect(phases.tlsMs).toBeCloseTo(50.2, 12);
    expect(phases.serverWaitMs).toBeCloseTo(124.8, 12);
    expect(phases.transferMs).toBe(50);
    const sum = phases.dnsMs + phases.tcpMs + phases.tlsMs + phases.serverWaitMs + phases.transferMs;
    expect(sum).toBeCloseTo(250, 12);
  });

  it('gives TLS ≈ 0 for plain HTTP, where curl reports appconnect as 0', () => {
    const phases = phasesOf({
      namelookupMs: 1,
      connectMs: 11,
      appconnectMs: 0,
      pretransferMs: 11.05,
      starttransferMs: 40,
      totalMs: 41,
    })!;
    expect(phases.tlsMs).toBeCloseTo(0.05, 12);
    expect(phases.serverWaitMs).toBeCloseTo(28.95, 12);
  });

  it('shows a reused connection as no DNS, TCP or TLS time', () => {
    const phases = phasesOf({
      namelookupMs: 0,
      connectMs: 0,
      appconnectMs: 0,
      pretransferMs: 0.1,
      starttransferMs: 12,
      totalMs: 12.5,
    })!;
    expect([phases.dnsMs, phases.tcpMs]).toEqual([0, 0]);
    expect(phases.tlsMs).toBeCloseTo(0.1, 12);
  });

  it('refuses timings that are missing or run backwards', () => {
    expect(phasesOf({ namelookupMs: 5, connectMs: 25, pretransferMs: 75, starttransferMs: 200 })).toBeNull();
    expect(
      phasesOf({ namelookupMs: 5, connectMs: 2, pretransferMs: 75, starttransferMs: 200, totalMs: 250 }),
    ).toBeNull();
  });

  it('absorbs curl rounding of up to 1 µs', () => {
    const phases = phasesOf({
      namelookupMs: 5,
      connectMs: 4.9995,
      pretransferMs: 75,
      starttransferMs: 200,
      totalMs: 250,
    })!;
    expect(phases.tcpMs).toBe(0);
  });
});

describe('summarisePhases', () => {
  it('takes the median of each phase and counts skipped requests', () => {
    const summary = summarisePhases(
      timingColumns([
        { namelookupMs: 1, connectMs: 11, pretransferMs: 41, starttransferMs: 100, totalMs: 101 },
        { namelookupMs: 3, connectMs: 13, pretransferMs: 43, starttransferMs: 120, totalMs: 122 },
        { namelookupMs: 2, connectMs: 32, pretransferMs: 62, starttransferMs: 200, totalMs: 210 },
        { namelookupMs: 2 },
      ]),
    )!;
    expect(summary.n).toBe(3);
    expect(summary.skipped).toBe(1);
    expect(summary.medianPhases).toEqual({ dnsMs: 2, tcpMs: 10, tlsMs: 30, serverWaitMs: 77, transferMs: 2 });
  });

  it('is null when no request has all timings', () => {
    expect(summarisePhases(timingColumns([{ totalMs: 5 }]))).toBeNull();
  });
});
