import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ipsecHeadroom, parsePacketMix, type HeadroomInputs } from './index';
import { inputsArb } from './ipsec-arbitraries';
import { PRESETS, STORY_ALTERNATIVE_RATING_MBPS } from './presets';

/** Every number anywhere in a result, with its path, so a NaN deep inside cannot hide. */
function numbersIn(value: unknown, path = 'result'): Array<[string, number]> {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => numbersIn(item, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => numbersIn(item, `${path}.${key}`));
  }
  return [];
}

describe('the tools-page defaults', () => {
  const result = ipsecHeadroom(PRESETS.default);

  it('simple IMIX through AES-GCM-16: expansion 4756/4084, the 1500-byte packet fragments in 2', () => {
    expect(result.single).toBeNull();
    expect(result.mix.expansion).toBeCloseTo(4756 / 4084, 12);
    expect(result.fit.largest.fragments).toBe(2);
    expect(result.fit.maxInnerBytes).toBe(1446);
    expect(result.fit.mss).toEqual({ ipv4: 1406, ipv6: 1386 });
    expect(result.diagram.innerBytes).toBe(1500);
  });

  it('1 Gbps rated at 1400 B carries 233.7–858.7 Mbps of IMIX; 150 Mbps is 64 % and hits 80 % in 7.5 months', () => {
    expect(result.capacity.ppsLimitedMbps).toBeCloseTo(233.745, 3);
    expect(result.capacity.bytesLimitedMbps).toBeCloseTo(858.705, 3);
    expect(result.load.percent).toBeCloseTo(64.17, 2);
    expect(result.load.headroomMbps).toBeCloseTo(83.745, 3);
    expect(result.forecast.toCeiling.kind === 'in' && result.forecast.toCeiling.months).toBeCloseTo(7.458, 3);
    expect(result.demandPps).toBeCloseTo(150e6 / (8 * (4084 / 12)), 6);
    expect(result.wirePps).toBeCloseTo(result.demandPps * (13 / 12), 6);
  });

  it('one flow with a 64 KiB window over 40 ms gets 13.1 Mbps; filling the tunnel needs 1.17 MB in flight', () => {
    expect(result.flow.windowMbps).toBeCloseTo(13.1072, 4);
    expect(result.flow.bdpBytes).toBeCloseTo((233.7454 * 1e6 * 0.04) / 8, 0);
    expect(result.flow.limitedBy).toBe('window');
  });
});

describe('the story preset', () => {
  it('350 Mbps device at 350 Mbps of demand: over capacity already; the 2 Gbps model sits at 18 %', () => {
    const story = ipsecHeadroom(PRESETS.story);
    expect(story.single?.outerBytes).toBe(1464);
    expect(story.capacity.worstMbps).toBeCloseTo(334.699, 3);
    expect(story.load.percent).toBeCloseTo(104.57, 2);
    expect(story.forecast.toCeiling).toEqual({ kind: 'already' });
    expect(story.forecast.toFull).toEqual({ kind: 'already' });

    const alternative = ipsecHeadroom({ ...PRESETS.story, ratingMbps: STORY_ALTERNATIVE_RATING_MBPS });
    expect(alternative.capacity.worstMbps).toBeCloseTo(1912.568, 3);
    expect(alternative.load.percent).toBeCloseTo(18.3, 9);
  });
});

describe('cautions', () => {
  it('flags 3DES, IPv6 below 1280 and heavy loss, and nothing for the defaults', () => {
    expect(ipsecHeadroom(PRESETS.default).cautions).toEqual([]);
    const cautions = ipsecHeadroom({
      ...PRESETS.default,
      suite: '3des-sha1',
      outer: 'ipv6',
      mtu: 1000,
      lossPercent: 5,
    }).cautions;
    expect(cautions).toHaveLength(3);
    expect(cautions.join(' ')).toMatch(/RFC 8221.*RFC 8200.*Mathis/);
  });
});

describe('whole-model properties', () => {
  it('no NaN or Infinity anywhere in the result, for any valid input', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const numbers = numbersIn(ipsecHeadroom(inputs));
        expect(numbers.length).toBeGreaterThan(30);
        expect(numbers.filter(([, value]) => !Number.isFinite(value))).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  }, 30_000);

  it('utilisation is monotonic in demand and headroom falls as demand rises', () => {
    fc.assert(
      fc.property(
        inputsArb,
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (inputs: HeadroomInputs, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const lowResult = ipsecHeadroom({ ...inputs, demandMbps: low });
          const highResult = ipsecHeadroom({ ...inputs, demandMbps: high });
          expect(lowResult.load.percent).toBeLessThanOrEqual(highResult.load.percent);
          expect(lowResult.load.headroomMbps).toBeGreaterThanOrEqual(highResult.load.headroomMbps);
        },
      ),
    );
  });

  it('utilisation is measured against the lower capacity bound', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const result = ipsecHeadroom(inputs);
        expect(result.capacity.worstMbps).toBe(
          Math.min(result.capacity.bytesLimitedMbps, result.capacity.ppsLimitedMbps),
        );
        expect(result.load.percent).toBeCloseTo((inputs.demandMbps / result.capacity.worstMbps) * 100, 6);
      }),
    );
  });

  it('a single-size mix has a single packet; a real mix does not', () => {
    const mix = parsePacketMix('40:1,1500:1');
    expect(mix.ok && ipsecHeadroom({ ...PRESETS.default, mix: mix.value }).single).toBeNull();
    const one = parsePacketMix('1400:3');
    expect(one.ok && ipsecHeadroom({ ...PRESETS.default, mix: one.value }).single?.innerBytes).toBe(1400);
  });
});
