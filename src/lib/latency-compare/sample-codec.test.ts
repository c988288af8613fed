import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  decodeSamples,
  deflateRaw,
  encodeSamples,
  fitSampleParams,
  fromBase64Url,
  LINK_CHAR_BUDGET,
  samplesToText,
  textToSamples,
  toBase64Url,
  type Inflate,
} from './sample-codec.ts';
import { logNormalSamples, mulberry32 } from './seeded-random.ts';

// Property runs and simulations can be slow on a busy two-core machine; this is a hang guard,
// not a speed check (speed is measured by scripts/bench-latency.mjs).
vi.setConfig({ testTimeout: 60_000 });

describe('sample text form', () => {
  it('stores sorted whole microseconds as base-36 deltas', () => {
    // 60 ms = 60000 µs = "1aao" in base 36; 60.0004 rounds to the same µs (delta 0); 61.5 is +1500 µs = "15o".
    expect(samplesToText([61.5, 60, 60.0004])).toBe('L1;1aao,0,15o');
    expect(textToSamples(samplesToText([61.5, 60, 60.0004]))).toEqual({
      ok: true,
      value: new Float64Array([60, 60, 61.5]),
    });
  });

  it('refuses text it did not write', () => {
    expect(textToSamples('hello').ok).toBe(false);
    expect(textToSamples('L1;').ok).toBe(false);
    expect(textToSamples('L1;1,-2').ok).toBe(false);
    expect(textToSamples('L1;zzzzzzzz').ok).toBe(false);
    expect(textToSamples('L1;' + 'zzzzzz,'.repeat(30) + '1').ok).toBe(false); // sum over an hour
  });
});

describe('base64url', () => {
  it('round-trips bytes without padding or +/', () => {
    const bytes = new Uint8Array([0, 251, 255, 62, 63, 1]);
    const text = toBase64Url(bytes);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Array.from(fromBase64Url(text)!)).toEqual(Array.from(bytes));
  });

  it('rejects characters outside the alphabet and impossible lengths', () => {
    expect(fromBase64Url('ab+c')).toBeNull();
    expect(fromBase64Url('abcde')).toBeNull();
  });
});

describe('encode and decode', () => {
  it('round-trips samples to the microsecond', async () => {
    const values = [60.1234567, 112, 0, 3_599_999.999];
    const decoded = await decodeSamples(await encodeSamples(values));
    expect(decoded.ok).toBe(true);
    if (decoded.ok) expect(Array.from(decoded.value)).toEqual([0, 60.123, 112, 3_599_999.999]);
  });

  it('round-trips any valid sample set (sorted, µs precision)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.double({ min: 0, max: 3_600_000, noNaN: true }), { minLength: 1, maxLength: 300 }),
        async (values) => {
          const decoded = await decodeSamples(await encodeSamples(values));
          expect(decoded.ok).toBe(true);
          if (!decoded.ok) return;
          const expected = values.map((v) => Math.round(v * 1000) / 1000).sort((x, y) => x - y);
          decoded.value.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 6));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('fits about a thousand realistic samples a side in one link', async () => {
    const random = mulberry32(11);
    const a = await encodeSamples(logNormalSamples(random, 1000, 60, 0.3));
    const b = await encodeSamples(logNormalSamples(random, 1000, 112, 0.3));
    const link = 'https://example.org/tools/latency-compare/?a_label=AWS&b_label=Colo+DC&tls=1.2&conn=cold';
    expect(fitSampleParams(link, { a_data: a, b_data: b }).omitted).toBe(false);
    expect((link + a + b).length).toBeLessThan(LINK_CHAR_BUDGET);
  });

  it('uses whatever compression it is given', async () => {
    const identity = (bytes: Uint8Array) => Promise.resolve(bytes);
    const inflateIdentity: Inflate = (bytes) => Promise.resolve(bytes);
    const encoded = await encodeSamples([1, 2], identity);
    expect(await decodeSamples(encoded, inflateIdentity)).toEqual({ ok: true, value: new Float64Array([1, 2]) });
  });
});

describe('hostile parameters', () => {
  it('refuses a decompression bomb under the link length limit', async () => {
    const bomb = toBase64Url(await deflateRaw(new Uint8Array(5_000_000)));
    expect(bomb.length).toBeLessThan(LINK_CHAR_BUDGET);
    expect(await decodeSamples(bomb)).toEqual({ ok: false, reason: 'could not be decompressed' });
  });

  it('refuses over-long, non-base64 and non-deflate input', async () => {
    expect((await decodeSamples('A'.repeat(LINK_CHAR_BUDGET + 1))).ok).toBe(false);
    expect((await decodeSamples('<script>alert(1)</script>')).ok).toBe(false);
    expect((await decodeSamples('')).ok).toBe(false);
    expect((await decodeSamples('AAAA')).ok).toBe(false);
    expect((await decodeSamples(toBase64Url(new TextEncoder().encode('L1;1,2')))).ok).toBe(false);
  });

  it('refuses valid deflate of text it did not write', async () => {
    const evil = toBase64Url(await deflateRaw(new TextEncoder().encode('<img src=x onerror=alert(1)>')));
    expect(await decodeSamples(evil)).toEqual({ ok: false, reason: 'not a sample list this page wrote' });
  });

  it('never throws and yields only finite, in-range samples for any string', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.string({ unit: fc.constantFrom(...'AZaz09-_+/=%'.split('')), maxLength: 200 }),
        ),
        async (param) => {
          const decoded = await decodeSamples(param);
          if (decoded.ok)
            for (const v of decoded.value) expect(Number.isFinite(v) && v >= 0 && v <= 3_600_000).toBe(true);
          else expect(typeof decoded.reason).toBe('string');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on corrupted copies of a real parameter', async () => {
    const real = await encodeSamples([60, 61, 62, 112]);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: real.length - 1 }), fc.constantFrom(...'AZaz09-_'.split('')), async (at, ch) => {
        const corrupted = real.slice(0, at) + ch + real.slice(at + 1);
        const decoded = await decodeSamples(corrupted);
        if (decoded.ok) for (const v of decoded.value) expect(Number.isFinite(v)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('fitSampleParams', () => {
  it('keeps both sample sets when the link fits and drops both when it does not', () => {
    expect(fitSampleParams('x'.repeat(100), { a_data: 'a'.repeat(100), b_data: 'b'.repeat(100) })).toEqual({
      params: { a_data: 'a'.repeat(100), b_data: 'b'.repeat(100) },
      omitted: false,
    });
    expect(fitSampleParams('x'.repeat(100), { a_data: 'a'.repeat(4000), b_data: 'b'.repeat(4000) })).toEqual({
      params: {},
      omitted: true,
    });
    expect(fitSampleParams('x', { a_data: null, b_data: null })).toEqual({ params: {}, omitted: false });
  });
});
