import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { CURL_PHASE_SAMPLE, detectFormat, looksBinary, parseSamples, splitCsvLine, unitFromName } from './index.ts';
import { timingAt } from '../curl-phases.ts';
import { mulberry32 } from '../seeded-random.ts';

// Property runs and simulations can be slow on a busy two-core machine; this is a hang guard,
// not a speed check (speed is measured by scripts/bench-latency.mjs).
vi.setConfig({ testTimeout: 60_000 });

const values = (text: string, options = {}) => Array.from(parseSamples(text, options).valuesMs);

describe('one number per line', () => {
  it('reads bare numbers as ms, saying ms was assumed', () => {
    const parsed = parseSamples('60\n61.5\n\n 59 \n');
    expect(parsed.format).toBe('numbers');
    expect(Array.from(parsed.valuesMs)).toEqual([60, 61.5, 59]);
    expect(parsed.unitSource).toBe('assumed');
    expect(parsed.rejected.count).toBe(0);
  });

  it('honours unit suffixes and detects the unit from them', () => {
    expect(values('12 ms\n0.5s\n850 µs\n850us\n850μs\n2 sec')).toEqual([12, 500, 0.85, 0.85, 0.85, 2000]);
    const parsed = parseSamples('0.112 s\n0.06');
    expect(parsed.unit).toBe('s');
    expect(parsed.unitSource).toBe('suffix');
    expect(Array.from(parsed.valuesMs)).toEqual([112, 60]);
  });

  it('applies a chosen unit to bare numbers', () => {
    expect(values('0.112\n0.060', { unit: 's' })).toEqual([112, 60]);
    expect(values('1500', { unit: 'us' })).toEqual([1.5]);
    expect(parseSamples('1', { unit: 'us' }).unitSource).toBe('chosen');
  });

  it('counts malformed lines with their line numbers instead of dropping them', () => {
    const parsed = parseSamples('60\nabc\n-5\n0x10\nInfinity\n1e999\n\n70\n12,5.3.1 ms\n99999999999');
    expect(Array.from(parsed.valuesMs)).toEqual([60, 70]);
    expect(parsed.rejected).toEqual({ count: 7, positions: [2, 3, 4, 5, 6, 9, 10], positionKind: 'line' });
  });

  it('skips comment lines and counts them', () => {
    const parsed = parseSamples('# from laptop\n60\n# again\n61');
    expect(parsed.commentLines).toBe(2);
    expect(parsed.valuesMs.length).toBe(2);
  });

  it('handles CRLF and bare CR line ends', () => {
    expect(values('1\r\n2\r3\n4')).toEqual([1, 2, 3, 4]);
    expect(parseSamples('1\r\nx\r\n3').rejected.positions).toEqual([2]);
  });

  it('hints at seconds when every value looks like one', () => {
    expect(parseSamples('0.112\n0.06\n0.071').unitHint).toBe('s');
    expect(parseSamples('12.5\n0.06').unitHint).toBeNull();
    expect(parseSamples('0.112\n0.06', { unit: 'ms' }).unitHint).toBeNull();
  });

  it('stops at the sample cap and says so', () => {
    const parsed = parseSamples('1\n2\n3\n4', { maxSamples: 2 });
    expect(Array.from(parsed.valuesMs)).toEqual([1, 2]);
    expect(parsed.truncated).toBe(true);
  });
});

describe('CSV', () => {
  const csv = 'run,host,ttfb_ms,total_s\n1,a,60.5,0.2\n2,a,61,0.21\n3,a,oops,0.2\n';

  it('picks a latency-like numeric column and reads its unit from the header', () => {
    const parsed = parseSamples(csv);
    expect(parsed.format).toBe('csv');
    expect(parsed.columns).toEqual(['run', 'host', 'ttfb_ms', 'total_s']);
    expect(parsed.column).toBe('ttfb_ms');
    expect(parsed.unit).toBe('ms');
    expect(parsed.unitSource).toBe('header');
    expect(Array.from(parsed.valuesMs)).toEqual([60.5, 61]);
    expect(parsed.rejected).toMatchObject({ count: 1, positions: [4] });
  });

  it('reads the column the reader picks', () => {
    const parsed = parseSamples(csv, { column: 'total_s' });
    expect(parsed.column).toBe('total_s');
    expect(parsed.unit).toBe('s');
    expect(Array.from(parsed.valuesMs)).toEqual([200, 210, 200]);
  });

  it('falls back to the default column when the picked one does not exist', () => {
    expect(parseSamples(csv, { column: 'nope' }).column).toBe('ttfb_ms');
  });

  it('handles quoted cells, tabs and semicolons', () => {
    expect(values('"name, with comma","latency (ms)"\n"x, y","12"\n"z",13')).toEqual([12, 13]);
    expect(values('host\tms\na\t5\nb\t6')).toEqual([5, 6]);
    expect(values('host;ms\na;5\nb;6')).toEqual([5, 6]);
  });

  it('reads a one-column file with a header', () => {
    const parsed = parseSamples('latency_us\n1500\n2500');
    expect(parsed.format).toBe('csv');
    expect(Array.from(parsed.valuesMs)).toEqual([1.5, 2.5]);
  });

  it('names the columns of a CSV without a header', () => {
    const parsed = parseSamples('1,60\n2,61');
    expect(parsed.columns).toEqual(['column 1', 'column 2']);
    expect(Array.from(parsed.valuesMs)).toEqual([1, 2]);
    expect(values('1,60\n2,61', { column: 'column 2' })).toEqual([60, 61]);
  });

  it('rejects rows missing the column', () => {
    const parsed = parseSamples('a,b\n1,2\n3\n');
    expect(parsed.column).toBe('a');
    expect(Array.from(parseSamples('a,b\n1,2\n3\n', { column: 'b' }).valuesMs)).toEqual([2]);
    expect(parseSamples('a,b\n1,2\n3\n', { column: 'b' }).rejected.positions).toEqual([3]);
  });

  it('splits CSV records linearly with quotes', () => {
    expect(splitCsvLine('a,"b,c","d""e",', ',')).toEqual(['a', 'b,c', 'd"e', '']);
  });
});

describe('curl -w', () => {
  // Lines as printed by
  // curl -so /dev/null -w 'time_namelookup=%{time_namelookup} time_connect=%{time_connect} ...\n'
  const kv = [
    'time_namelookup=0.004512 time_connect=0.024870 time_appconnect=0.072015 time_pretransfer=0.072101 time_starttransfer=0.131822 time_total=0.132410',
    'time_namelookup=0.000031 time_connect=0.019820 time_appconnect=0.066790 time_pretransfer=0.066850 time_starttransfer=0.118003 time_total=0.118500',
    'curl: (6) Could not resolve host: example.invalid',
  ].join('\n');

  it('reads key=value lines, TTFB (time_starttransfer) by default, in seconds', () => {
    const parsed = parseSamples(kv);
    expect(parsed.format).toBe('curl-kv');
    expect(parsed.column).toBe('time_starttransfer');
    expect(parsed.unit).toBe('s');
    expect(parsed.unitSource).toBe('format');
    const got = Array.from(parsed.valuesMs);
    expect(got[0]).toBeCloseTo(131.822, 9);
    expect(got[1]).toBeCloseTo(118.003, 9);
    expect(parsed.rejected).toMatchObject({ count: 1, positions: [3] });
    expect(parsed.columns.slice(0, 2)).toEqual(['time_starttransfer', 'time_total']);
  });

  it('keeps every cumulative timing for the phase breakdown', () => {
    const timing = timingAt(parseSamples(kv).curlTimings!, 0);
    expect(timing.namelookupMs).toBeCloseTo(4.512, 9);
    expect(timing.connectMs).toBeCloseTo(24.87, 9);
    expect(timing.appconnectMs).toBeCloseTo(72.015, 9);
    expect(timing.totalMs).toBeCloseTo(132.41, 9);
  });

  it('takes the phase timings from evenly spaced requests when there are many, in bounded memory', () => {
    const line = (i: number) =>
      `time_namelookup=0.001 time_connect=0.011 time_appconnect=0.031 time_pretransfer=0.031 time_starttransfer=${(0.05 + (i % 100) / 10000).toFixed(6)} time_total=0.2`;
    const parsed = parseSamples(Array.from({ length: 50_000 }, (_, i) => line(i)).join('\n'));
    expect(parsed.valuesMs.length).toBe(50_000);
    // Every request is kept until 2 × 5,000 are held, then every other one is dropped and the
    // spacing doubles: 10,000 → stride 2 → 20,000 → 4 → 40,000 → 8, so 5,000 + 10,000 ÷ 8 = 6,250.
    expect(CURL_PHASE_SAMPLE).toBe(5_000);
    expect(parsed.curlTimings!.length).toBe(6_250);
    expect(timingAt(parsed.curlTimings!, 1).connectMs).toBeCloseTo(11, 9);
    // Evenly spaced: the k-th kept request is request 8k, whose TTFB encodes its index mod 100.
    const k = 1_234;
    expect(parsed.curlTimings!.starttransferMs[k]).toBeCloseTo(50 + ((8 * k) % 100) / 10, 6);
  });

  it('lets the reader pick another timing', () => {
    expect(values(kv, { column: 'time_total' })[0]).toBeCloseTo(132.41, 9);
  });

  it('accepts commas between pairs and values with units', () => {
    expect(values('time_total=0.1,time_starttransfer=0.05\ntime_total=120ms,time_starttransfer=60ms')).toEqual([
      50, 60,
    ]);
  });

  it("reads -w '%{json}' lines and rejects broken ones", () => {
    const json = [
      '{"content_type":"text/html","http_code":200,"time_appconnect":0.071,"time_connect":0.024,"time_namelookup":0.004,"time_pretransfer":0.0711,"time_redirect":0,"time_starttransfer":0.1305,"time_total":0.131,"url_effective":"https://example.com/"}',
      '{"http_code":200,"time_starttransfer":0.1188,"time_total":0.119',
      '{"http_code":200,"time_starttransfer":"0.1201","time_total":0.121}',
      'not json',
    ].join('\n');
    const parsed = parseSamples(json);
    expect(parsed.format).toBe('curl-json');
    expect(parsed.valuesMs.length).toBe(2);
    expect(parsed.valuesMs[0]).toBeCloseTo(130.5, 9);
    expect(parsed.valuesMs[1]).toBeCloseTo(120.1, 9);
    expect(parsed.rejected).toMatchObject({ count: 2, positions: [2, 4] });
    expect(timingAt(parsed.curlTimings!, 0).pretransferMs).toBeCloseTo(71.1, 9);
  });
});

describe('hyperfine JSON export', () => {
  const hyperfine = JSON.stringify(
    {
      results: [
        { command: 'curl -so /dev/null https://aws.example', mean: 0.0612, times: [0.0601, 0.0623, 0.0612] },
        { command: 'curl -so /dev/null https://dc.example', mean: 0.112, times: [0.111, 'x', 0.113, null] },
      ],
    },
    null,
    2,
  );

  it('reads the first command in seconds and offers the others', () => {
    const parsed = parseSamples(hyperfine);
    expect(parsed.format).toBe('hyperfine-json');
    expect(parsed.columns).toEqual(['curl -so /dev/null https://aws.example', 'curl -so /dev/null https://dc.example']);
    expect(parsed.unit).toBe('s');
    const got = Array.from(parsed.valuesMs);
    expect(got.map((v) => Math.round(v * 10) / 10)).toEqual([60.1, 62.3, 61.2]);
  });

  it('counts entries that are not numbers', () => {
    const parsed = parseSamples(hyperfine, { column: 'curl -so /dev/null https://dc.example' });
    expect(parsed.valuesMs.length).toBe(2);
    expect(parsed.rejected).toEqual({ count: 2, positions: [2, 4], positionKind: 'entry' });
  });

  it('treats broken JSON as lines to reject, not as a crash', () => {
    const parsed = parseSamples('{"results": [ {"times": [0.1, }');
    expect(parsed.valuesMs.length).toBe(0);
    expect(parsed.rejected.count).toBe(1);
  });
});

// Characters that steer the parser (digits, units, delimiters, quotes, braces) mixed with any code point.
const hostileChar = fc.oneof(
  fc.constantFrom(...'0123456789.eE+-msuµ,;\t\n\r"{}[]=#_ timeresult'.split('')),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);

describe('hostile input', () => {
  // No timing assertion (speed lives in scripts/bench-latency.mjs); the generous timeout only
  // keeps a busy CI machine from failing the run.
  it('rejects 10 MB of garbage, counting lines', { timeout: 60_000 }, () => {
    const random = mulberry32(7);
    // No NUL or control characters here: those make the input binary, tested below; this text
    // must go through the line-by-line reader.
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789.,;=-{}"\t \n\u00ff';
    const codes = new Uint16Array(10_000_000);
    for (let i = 0; i < codes.length; i++) codes[i] = alphabet.charCodeAt(Math.floor(random() * alphabet.length));
    const text = new TextDecoder('utf-16le').decode(codes);
    expect(text.length).toBe(10_000_000);
    const parsed = parseSamples(text);
    // A few short lines of digits may genuinely be numbers; nearly everything must be rejected.
    expect(parsed.rejected.count).toBeGreaterThan(100_000);
    expect(parsed.valuesMs.length).toBeLessThan(parsed.rejected.count / 10);
    expect(parsed.rejected.positions.length).toBe(20);
  });

  it('copes with one 10 MB line of digits (no catastrophic backtracking)', () => {
    const parsed = parseSamples('1'.repeat(10_000_000) + 'x');
    expect(parsed.valuesMs.length).toBe(0);
    expect(parsed.rejected.count).toBe(1);
  });

  it('never throws and only yields finite, in-range values, for any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: hostileChar, maxLength: 300 }),
        fc.constantFrom<'auto' | 'ms' | 's' | 'us'>('auto', 'ms', 's', 'us'),
        (text, unit) => {
          const parsed = parseSamples(text, { unit });
          for (const v of parsed.valuesMs) {
            expect(Number.isFinite(v)).toBe(true);
            expect(v).toBeGreaterThanOrEqual(0);
          }
          expect(parsed.rejected.positions.length).toBeLessThanOrEqual(20);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('accounts for every line of number input: read, rejected, blank or comment', () => {
    const lineArb = fc.oneof(
      fc.double({ min: 0, max: 1e5, noNaN: true }).map(String),
      fc.constantFrom('', '# c', 'x', '-1', '5 ms', '1e3'),
    );
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 60 }), (lines) => {
        const text = lines.join('\n');
        if (detectFormat(text).format !== 'numbers') return;
        const parsed = parseSamples(text);
        const blank = lines.filter((l) => l.trim() === '').length;
        expect(parsed.valuesMs.length + parsed.rejected.count + parsed.commentLines + blank).toBe(lines.length);
      }),
    );
  });
});

describe('binary input', () => {
  const randomBytes = (seed: number, length: number) => {
    const random = mulberry32(seed);
    return Uint8Array.from({ length }, () => Math.floor(random() * 256));
  };

  it('refuses 1 MiB of random bytes, pasted (Latin-1) or read from a file (UTF-8), without reading numbers by chance', () => {
    const bytes = randomBytes(99, 1 << 20);
    for (const text of [new TextDecoder('latin1').decode(bytes), new TextDecoder().decode(bytes)]) {
      const parsed = parseSamples(text);
      expect(parsed.format).toBe('binary');
      expect(parsed.valuesMs.length).toBe(0);
      expect(parsed.curlTimings).toBeNull();
    }
  });

  it('treats any NUL near the start as binary, and ordinary text as text', () => {
    expect(looksBinary('12\n13\u0000\n14')).toBe(true);
    expect(parseSamples('60\n\u000061').format).toBe('binary');
    expect(looksBinary('ttfb_ms\tstatus\r\n60.2\t200\r\n850 µs\t200\r\n')).toBe(false);
    expect(looksBinary('')).toBe(false);
    // One stray control character in 200 is below the 1 % threshold; three are above it.
    expect(looksBinary('1'.repeat(199) + '\u0007')).toBe(false);
    expect(looksBinary('1'.repeat(197) + '\u0007\u0007\u0007')).toBe(true);
  });

  it('finds no samples in any text holding a NUL', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), (before, after) => {
        const parsed = parseSamples(`${before}\u0000${after}`);
        expect(parsed.format).toBe('binary');
        expect(parsed.valuesMs.length).toBe(0);
      }),
    );
  });
});

describe('unitFromName', () => {
  it.each([
    ['ttfb_ms', 'ms'],
    ['time (s)', 's'],
    ['latency [µs]', 'us'],
    ['duration_us', 'us'],
    ['seconds', 's'],
    ['latency', null],
    ['status', null],
  ])('%s → %s', (name, unit) => {
    expect(unitFromName(name)).toBe(unit);
  });
});

describe('detectFormat', () => {
  it('says empty for blank or comment-only text', () => {
    expect(detectFormat('').format).toBe('empty');
    expect(detectFormat('\n  \n# only a comment\n').format).toBe('empty');
    expect(parseSamples('').format).toBe('empty');
  });
});
