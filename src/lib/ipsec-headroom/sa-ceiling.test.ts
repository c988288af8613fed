import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { saCeiling, type SaCeilingInputs } from './sa-ceiling';

const base: SaCeilingInputs = {
  cores: 8,
  perSaMbps: 500,
  perSaPps: null,
  saCount: 1,
  perCpuSas: false,
  meanPacketBytes: 500,
  deviceBytesMbps: 2000,
  devicePacketsMbps: 3000,
};

describe('single-SA ceiling', () => {
  it('one SA on an 8-core box with 500 Mbps per core: one core binds at 500; SAs on all 8 cores reach the device’s 2,000 (×4)', () => {
    const result = saCeiling(base);
    expect(result).toMatchObject({ binding: 'one-core', ceilingMbps: 500, coresInUse: 1, coresMbps: 500 });
    expect(result.split).toMatchObject({ saCountForAllCores: 8, ceilingMbps: 2000, gain: 4 });
    expect(result.split.caveats.join(' ')).toMatch(/One flow .* never goes faster than one core/);
    expect(result.split.caveats.join(' ')).toMatch(/ECMP/);
  });

  it('per-CPU SAs (RFC 9611) put every core to work: the device’s byte ceiling binds', () => {
    const result = saCeiling({ ...base, perCpuSas: true });
    expect(result).toMatchObject({ binding: 'bytes', ceilingMbps: 2000, coresInUse: 8, coresMbps: 4000 });
    expect(result.split.gain).toBe(1);
    expect(result.split.caveats.join(' ')).toMatch(/Linux 6\.13\+, strongSwan 6\.0\.2\+/);
  });

  it('3 SAs use 3 cores; 12 SAs on 8 cores still use 8', () => {
    expect(saCeiling({ ...base, saCount: 3 })).toMatchObject({ binding: 'cores', ceilingMbps: 1500, coresInUse: 3 });
    const many = saCeiling({ ...base, saCount: 12 });
    expect(many).toMatchObject({ binding: 'bytes', coresInUse: 8 });
    expect(many.notes.join(' ')).toMatch(/12 SAs on 8 cores/);
  });

  it('a per-SA packet rate turns into Mbps with the mix: 100,000 pps × 500 B = 400 Mbps, below the 500 Mbps figure', () => {
    const result = saCeiling({ ...base, perSaPps: 100_000 });
    expect(result).toMatchObject({ perSaMbps: 400, perSaLimitedBy: 'packets', ceilingMbps: 400 });
  });

  it('without a per-SA figure only the device ceilings compare; the packet ceiling binds when lower', () => {
    const result = saCeiling({ ...base, perSaMbps: null, devicePacketsMbps: 900 });
    expect(result).toMatchObject({ binding: 'packets', ceilingMbps: 900, coresMbps: null, perSaMbps: null });
    expect(result.notes.join(' ')).toMatch(/Without a per-SA/);
  });

  it('refuses inputs outside the domain', () => {
    expect(() => saCeiling({ ...base, cores: 0 })).toThrow(RangeError);
    expect(() => saCeiling({ ...base, saCount: 1.5 })).toThrow(RangeError);
    expect(() => saCeiling({ ...base, perSaMbps: -1 })).toThrow(RangeError);
    expect(() => saCeiling({ ...base, meanPacketBytes: Number.NaN })).toThrow(RangeError);
  });
});

const inputsArb: fc.Arbitrary<SaCeilingInputs> = fc.record({
  cores: fc.integer({ min: 1, max: 256 }),
  perSaMbps: fc.option(fc.double({ min: 1, max: 100_000, noNaN: true }), { nil: null }),
  perSaPps: fc.option(fc.double({ min: 1, max: 50_000_000, noNaN: true }), { nil: null }),
  saCount: fc.integer({ min: 1, max: 1000 }),
  perCpuSas: fc.boolean(),
  meanPacketBytes: fc.double({ min: 40, max: 9216, noNaN: true }),
  deviceBytesMbps: fc.double({ min: 1, max: 1_000_000, noNaN: true }),
  devicePacketsMbps: fc.double({ min: 1, max: 1_000_000, noNaN: true }),
});

describe('properties over the whole input domain', () => {
  it('the ceiling is the least of the device ceilings and the cores in use, and names the one that binds', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const r = saCeiling(inputs);
        const candidates = [
          inputs.deviceBytesMbps,
          inputs.devicePacketsMbps,
          ...(r.coresMbps === null ? [] : [r.coresMbps]),
        ];
        expect(r.ceilingMbps).toBe(Math.min(...candidates));
        const bound = {
          bytes: inputs.deviceBytesMbps,
          packets: inputs.devicePacketsMbps,
          'one-core': r.coresMbps,
          cores: r.coresMbps,
        }[r.binding];
        expect(bound).toBe(r.ceilingMbps);
        expect(r.binding === 'one-core').toBe(r.coresInUse === 1 && r.coresMbps === r.ceilingMbps);
        expect(Number.isFinite(r.ceilingMbps) && Number.isFinite(r.split.gain)).toBe(true);
        expect(r.split.gain).toBeGreaterThanOrEqual(1 - 1e-12);
        expect(r.split.ceilingMbps).toBeLessThanOrEqual(Math.min(inputs.deviceBytesMbps, inputs.devicePacketsMbps));
      }),
    );
  });

  it('more SAs, more cores or per-CPU SAs never lower the ceiling', () => {
    fc.assert(
      fc.property(inputsArb, fc.integer({ min: 1, max: 100 }), (inputs, more) => {
        const r = saCeiling(inputs).ceilingMbps;
        expect(
          saCeiling({ ...inputs, saCount: Math.min(1000, inputs.saCount + more) }).ceilingMbps,
        ).toBeGreaterThanOrEqual(r);
        expect(saCeiling({ ...inputs, cores: Math.min(256, inputs.cores + more) }).ceilingMbps).toBeGreaterThanOrEqual(
          r,
        );
        expect(saCeiling({ ...inputs, perCpuSas: true }).ceilingMbps).toBeGreaterThanOrEqual(r);
      }),
    );
  });
});
