import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadCounterFixture } from './counter-fixtures';
import { measuredLoad, type MeasuredLoad, type MeasuredLoadResult } from './measured-load';

function ok(result: MeasuredLoadResult): MeasuredLoad {
  if (!result.ok) throw new Error(`expected a measurement, got: ${result.message}`);
  return result;
}

/** Every number in a result is finite: no NaN or Infinity reaches the page. */
function expectFinite(result: MeasuredLoadResult) {
  if (!result.ok) {
    expect(result.message.length).toBeGreaterThan(10);
    return;
  }
  for (const value of [
    result.bytes,
    result.packets,
    result.mbps,
    result.pps,
    result.meanPacketBytes,
    result.ipMbps,
    result.ipMeanPacketBytes,
  ]) {
    if (value !== null) expect(Number.isFinite(value)).toBe(true);
  }
}

// Fixtures made with the real tools: the deltas must equal the traffic the script sent.
const REAL = [
  { name: 'ip-s-link-dev', format: 'ip-link' },
  { name: 'ip-s-s-link-dev', format: 'ip-link' },
  { name: 'ip-s-link-all', format: 'ip-link' },
  { name: 'proc-net-dev', format: 'proc-net-dev' },
  { name: 'ifconfig', format: 'ifconfig' },
  { name: 'snmpget-hc', format: 'snmpget' },
  { name: 'snmpget-hc-On', format: 'snmpget' },
] as const;

// Fixtures written from vendor documentation, with hand-chosen numbers.
const DOCUMENTED = [
  { name: 'junos-st0-extensive', format: 'junos-interface' },
  { name: 'junos-ipsec-statistics', format: 'junos-ipsec-statistics' },
  { name: 'ifconfig-net-tools-1.60', format: 'ifconfig' },
] as const;

describe.each([...REAL, ...DOCUMENTED])('fixture $name', ({ name, format }) => {
  const fixture = loadCounterFixture(name);
  it.each(['tx', 'rx'] as const)(
    '%s: bytes and packets equal the traffic recorded with it, and the rates follow',
    (direction) => {
      const traffic = fixture.meta.traffic[direction]!;
      const result = ok(
        measuredLoad({
          text: fixture.text,
          intervalSeconds: fixture.meta.intervalSeconds,
          direction,
          iface: fixture.meta.iface,
        }),
      );
      expect(result.format).toBe(format);
      expect(result.iface).toBe(fixture.meta.iface);
      expect(result.bytes).toBe(traffic.bytes);
      expect(result.packets).toBe(traffic.packets);
      expect(result.mbps).toBeCloseTo((traffic.bytes * 8) / fixture.meta.intervalSeconds / 1e6, 9);
      expect(result.pps).toBeCloseTo(traffic.packets / fixture.meta.intervalSeconds, 9);
      expect(result.meanPacketBytes).toBeCloseTo(traffic.bytes / traffic.packets, 9);
      expect(result.wrapped).toEqual([]);
      expectFinite(result);
    },
  );
});

describe('Linux counters made on a veth pair', () => {
  it('count the 14-byte Ethernet header: the IP mean is the pinged mix, (600·1400 + 900·64 + 300·576) / 1800', () => {
    const fixture = loadCounterFixture('ip-s-link-dev');
    const result = ok(measuredLoad({ text: fixture.text, intervalSeconds: fixture.meta.intervalSeconds }));
    expect(result.direction).toBe('tx');
    expect(result.framingBytes).toBe(14);
    expect(result.framingBasis).toMatch(/^Ethernet/);
    expect(result.ipMeanPacketBytes).toBeCloseTo(1070400 / 1800, 9);
    expect(result.ipMbps).toBeCloseTo((1070400 * 8) / fixture.meta.intervalSeconds / 1e6, 9);
  });

  it('with several interfaces, asks which one and names them; lo counts IP bytes only (50 pings of 84 bytes, both ways)', () => {
    const fixture = loadCounterFixture('ip-s-link-all');
    const unchosen = measuredLoad({ text: fixture.text, intervalSeconds: fixture.meta.intervalSeconds });
    expect(unchosen).toMatchObject({ ok: false, problem: 'choose-interface', interfaces: ['lo', 'veth-a'] });
    const lo = ok(measuredLoad({ text: fixture.text, intervalSeconds: fixture.meta.intervalSeconds, iface: 'lo' }));
    expect(lo).toMatchObject({ bytes: 8400, packets: 100, framingBytes: 0, ipMeanPacketBytes: 84 });
    expect(ok(measuredLoad({ text: fixture.text, intervalSeconds: 1, iface: 'veth-a@if2' })).iface).toBe('veth-a');
    expect(measuredLoad({ text: fixture.text, intervalSeconds: 1, iface: 'eth9' })).toMatchObject({
      ok: false,
      problem: 'no-such-interface',
      interfaces: ['lo', 'veth-a'],
    });
  });

  it('/proc/net/dev gives no link type, so its framing is shown as a guess the reader can change', () => {
    const fixture = loadCounterFixture('proc-net-dev');
    const guessed = ok(measuredLoad({ text: fixture.text, intervalSeconds: 10, iface: 'veth-a' }));
    expect(guessed.framingBytes).toBe(14);
    expect(guessed.framingBasis).toMatch(/guess/);
    const entered = ok(measuredLoad({ text: fixture.text, intervalSeconds: 10, iface: 'veth-a', framingBytes: 0 }));
    expect(entered).toMatchObject({ framingBytes: 0, framingBasis: 'entered' });
    expect(entered.ipMeanPacketBytes).toBeCloseTo(1095600 / 1800, 9);
  });

  it('an interface created again between the snapshots is a reset, explained, never a rate', () => {
    const ip = loadCounterFixture('ip-s-link-recreated');
    const viaIp = measuredLoad({ text: ip.text, intervalSeconds: ip.meta.intervalSeconds });
    expect(viaIp).toMatchObject({ ok: false, problem: 'reset' });
    expect(!viaIp.ok && viaIp.message).toMatch(/ifindex 2 → ifindex 3/);
    const proc = loadCounterFixture('proc-net-dev-recreated');
    const viaProc = measuredLoad({ text: proc.text, intervalSeconds: proc.meta.intervalSeconds, iface: 'veth-a' });
    expect(viaProc).toMatchObject({ ok: false, problem: 'reset' });
    expect(!viaProc.ok && viaProc.message).toMatch(/bytes [0-9,]+ → 3,900, packets [0-9,]+ → 50/);
    expect(!viaProc.ok && viaProc.message).toMatch(/restarted, or the counters were cleared/);
  });
});

describe('SNMP readings from net-snmp on loopback', () => {
  it('a real Counter32 wrap: ifOutOctets went down, so it passed 2^32 once; the bytes equal what the 64-bit counters say', () => {
    const fixture = loadCounterFixture('snmpget-counter32-wrap');
    const hc = fixture.meta.traffic.hcDelta!;
    const tx = ok(measuredLoad({ text: fixture.text, intervalSeconds: fixture.meta.intervalSeconds }));
    expect(tx.iface).toBe('veth-a');
    expect(tx.bytes).toBe(hc.outOctets);
    expect(tx.packets).toBe(hc.outUcastPkts);
    expect(tx.wrapped).toEqual(['bytes']);
    expect(tx).toMatchObject({ counterWidth: 32, widthBasis: 'stated' });
    expect(tx.notes.join(' ')).toMatch(/Counter32/);
    const rx = ok(measuredLoad({ text: fixture.text, intervalSeconds: fixture.meta.intervalSeconds, direction: 'rx' }));
    expect(rx).toMatchObject({ bytes: hc.inOctets, packets: 0, meanPacketBytes: null, ipMeanPacketBytes: null });
    expect(rx.notes.join(' ')).toMatch(/No packets were counted/);
    expectFinite(rx);
  });

  it('a real unseen Counter32 wrap: more than 2^32 bytes between readings cannot be seen, and the note says when that can happen', () => {
    const fixture = loadCounterFixture('snmpget-counter32-unseen-wrap');
    const hc = fixture.meta.traffic.hcDelta!;
    const tx = ok(measuredLoad({ text: fixture.text, intervalSeconds: fixture.meta.intervalSeconds }));
    // What the 32-bit counters can show is exactly one turn short of the truth.
    expect(tx.bytes + 2 ** 32).toBe(hc.outOctets);
    expect(tx.packets).toBe(hc.outUcastPkts);
    expect(tx.wrapped).toEqual([]);
    const limit = (2 ** 32 * 8) / fixture.meta.intervalSeconds / 1e6;
    expect((hc.outOctets! * 8) / fixture.meta.intervalSeconds / 1e6).toBeGreaterThan(limit);
    expect(tx.notes.join(' ')).toContain(`above ${Number(limit.toFixed(1))} Mbps takes it round`);
  });

  it('an agent that restarted between readings (sysUpTime went back) still gives the rate, with a warning', () => {
    const fixture = loadCounterFixture('snmpget-agent-restarted');
    const result = ok(measuredLoad({ text: fixture.text, intervalSeconds: fixture.meta.intervalSeconds }));
    expect(result).toMatchObject({ bytes: fixture.meta.traffic.tx!.bytes, packets: 300 });
    expect(result.notes.join(' ')).toMatch(/SNMP agent restarted/);
  });

  it("compares the entered interval with the agent's own clock", () => {
    const fixture = loadCounterFixture('snmpget-hc');
    const right = ok(measuredLoad({ text: fixture.text, intervalSeconds: fixture.meta.intervalSeconds }));
    expect(right.notes.join(' ')).not.toMatch(/agent's own clock/);
    const wrong = ok(measuredLoad({ text: fixture.text, intervalSeconds: 60 }));
    const said =
      /agent's own clock \(sysUpTime\) says ([\d.]+) s passed between the readings, not the 60 s entered/.exec(
        wrong.notes.join(' '),
      );
    expect(said).not.toBeNull();
    expect(Math.abs(Number(said![1]) - fixture.meta.intervalSeconds)).toBeLessThan(1);
  });

  it('named OIDs (IF-MIB::…, as printed where the MIB files are installed) read the same as numeric ones', () => {
    const fixture = loadCounterFixture('snmpget-hc');
    const named = fixture.text
      .replace(/iso\.3\.6\.1\.2\.1\.1\.3\.0/g, 'DISMAN-EVENT-MIB::sysUpTimeInstance')
      .replace(/iso\.3\.6\.1\.2\.1\.31\.1\.1\.1\.1\./g, 'IF-MIB::ifName.')
      .replace(/iso\.3\.6\.1\.2\.1\.31\.1\.1\.1\.6\./g, 'IF-MIB::ifHCInOctets.')
      .replace(/iso\.3\.6\.1\.2\.1\.31\.1\.1\.1\.7\./g, 'IF-MIB::ifHCInUcastPkts.')
      .replace(/iso\.3\.6\.1\.2\.1\.31\.1\.1\.1\.10\./g, 'IF-MIB::ifHCOutOctets.')
      .replace(/iso\.3\.6\.1\.2\.1\.31\.1\.1\.1\.11\./g, 'IF-MIB::ifHCOutUcastPkts.');
    expect(named).toMatch(/IF-MIB::ifHCOutOctets\.2 = Counter64: 4788000/);
    const numeric = ok(measuredLoad({ text: fixture.text, intervalSeconds: 17 }));
    expect(ok(measuredLoad({ text: named, intervalSeconds: 17 }))).toEqual(numeric);
  });

  it('explains a missing direction and an interface that vanished', () => {
    const fixture = loadCounterFixture('snmpget-hc');
    const inOnly = fixture.text
      .split('\n')
      .filter((line) => !/\.1\.1\.1\.1[01]\./.test(line))
      .join('\n');
    expect(measuredLoad({ text: inOnly, intervalSeconds: 17 })).toMatchObject({
      ok: false,
      problem: 'missing-direction',
    });
    expect(ok(measuredLoad({ text: inOnly, intervalSeconds: 17, direction: 'rx' })).bytes).toBe(1095600);
    const vanished = `${fixture.text.split('\n').slice(0, 6).join('\n')}\niso.3.6.1.2.1.31.1.1.1.10.2 = No Such Instance currently exists at this OID\n`;
    const result = measuredLoad({ text: vanished, intervalSeconds: 17 });
    expect(result).toMatchObject({ ok: false, problem: 'unreadable' });
    expect(!result.ok && result.message).toMatch(/removed or created again/);
  });
});

describe('Junos', () => {
  it('st0 counts inner packets: no framing, 20 Mbps sent at 1,200 bytes', () => {
    const fixture = loadCounterFixture('junos-st0-extensive');
    const result = ok(measuredLoad({ text: fixture.text, intervalSeconds: 60 }));
    expect(result).toMatchObject({ mbps: 20, pps: 125000 / 60, meanPacketBytes: 1200, framingBytes: 0, ipMbps: 20 });
  });

  it('brief output has packets but no bytes, and is refused with what to run instead', () => {
    const brief = [1453882, 1463882]
      .map(
        (n) =>
          `  Logical interface st0.13 (Index 122) (SNMP ifIndex 735)\n    Flags: SNMP-Traps Encapsulation: Secure-Tunnel\n    Input packets : ${n}\n    Output packets: ${n * 3}\n`,
      )
      .join('\n');
    const result = measuredLoad({ text: brief, intervalSeconds: 60 });
    expect(result).toMatchObject({ ok: false, problem: 'unreadable' });
    expect(!result.ok && result.message).toMatch(/extensive/);
  });

  it('ipsec statistics whose 32-bit byte counter wrapped (bytes down, packets up) are read as one wrap', () => {
    // Derived from the documented fixture: the second encrypted-bytes figure moved past 2^32.
    const fixture = loadCounterFixture('junos-ipsec-statistics');
    const text = fixture.text.replace('Encrypted bytes:           2336178848', 'Encrypted bytes:             41211552');
    const result = ok(measuredLoad({ text, intervalSeconds: 60 }));
    expect(result.bytes).toBe(41211552 + 2 ** 32 - 2186178848);
    expect(result).toMatchObject({ wrapped: ['bytes'], counterWidth: 32, widthBasis: 'wrap-pattern' });
    expect(result.notes.join(' ')).toMatch(/byte counter went down while the packet counter went up/);
  });
});

describe('counter reset and width, from the real ip fixture with edited numbers', () => {
  const fixture = loadCounterFixture('ip-s-link-dev');
  const [first, second] = fixture.text.split(/(?=^2: veth-a)/m) as [string, string];

  it('64-bit values (above 2^32) that go down are a reset, never a wrap', () => {
    const text = first.replace(/ 0 {7}0 {6}0 {7}0 {7}0 {7}0 \n {4}TX/, ' 9876543210 7000000 0 0 0 0 \n    TX') + second;
    const result = measuredLoad({ text, intervalSeconds: 10, direction: 'rx' });
    expect(result).toMatchObject({ ok: false, problem: 'reset' });
    expect(!result.ok && result.message).toMatch(/64-bit counter cannot wrap/);
  });

  it('a width of 32 bits entered for values above 2^32 is refused', () => {
    const text = first.replace(/ 0 {7}0 {6}0 {7}0 {7}0 {7}0 \n {4}TX/, ' 9876543210 7000000 0 0 0 0 \n    TX') + second;
    expect(measuredLoad({ text, intervalSeconds: 10, direction: 'rx', counterBits: 32 })).toMatchObject({
      ok: false,
      problem: 'invalid-width',
    });
  });

  it('human-readable figures (ip -h) are refused with the reason', () => {
    const text = fixture.text.replace('1095600    1800', '1.09M    1.80k');
    const result = measuredLoad({ text, intervalSeconds: 10 });
    expect(result).toMatchObject({ ok: false, problem: 'unreadable' });
    expect(!result.ok && result.message).toMatch(/without -h/);
  });
});

describe('bad input gets a clear message, never a crash or a non-finite number', () => {
  const fixture = loadCounterFixture('ip-s-link-dev');

  it('empty text, one snapshot, unknown text, mixed formats', () => {
    expect(measuredLoad({ text: '   ', intervalSeconds: 10 })).toMatchObject({ ok: false, problem: 'empty' });
    const one = fixture.text.split(/(?=^2: veth-a)/m)[0]!;
    const single = measuredLoad({ text: one, intervalSeconds: 10 });
    expect(single).toMatchObject({ ok: false, problem: 'unreadable' });
    expect(!single.ok && single.message).toMatch(/Only one snapshot/);
    expect(measuredLoad({ text: 'hello world\n1 2 3', intervalSeconds: 10 })).toMatchObject({
      ok: false,
      problem: 'unknown-format',
    });
    const mixed = `${fixture.text}\n${loadCounterFixture('ifconfig').text}`;
    expect(measuredLoad({ text: mixed, intervalSeconds: 10 })).toMatchObject({ ok: false, problem: 'mixed-formats' });
  });

  it('an interval that is not a finite number of seconds from a millisecond to a year', () => {
    // 5e-324 was found by the "any text at all" property: bytes over it overflowed to an infinite rate.
    for (const intervalSeconds of [0, -5, Number.NaN, Number.POSITIVE_INFINITY, 10 ** 12, 5e-324, 0.0009]) {
      expect(measuredLoad({ text: fixture.text, intervalSeconds })).toMatchObject({ ok: false, problem: 'interval' });
    }
    const shortest = measuredLoad({ text: fixture.text, intervalSeconds: 0.001 });
    expect(shortest.ok).toBe(true);
    expectFinite(shortest);
  });

  it('framing bytes outside 0–64 or not whole', () => {
    for (const framingBytes of [-1, 65, 1.5, Number.NaN]) {
      expect(measuredLoad({ text: fixture.text, intervalSeconds: 10, framingBytes })).toMatchObject({
        ok: false,
        problem: 'framing',
      });
    }
  });

  it('any text at all: a result, never an exception, and only finite numbers', () => {
    const pieces = fc.constantFrom(
      ...fixture.text.split('\n'),
      ...loadCounterFixture('snmpget-hc').text.split('\n'),
      ...loadCounterFixture('proc-net-dev').text.split('\n'),
      ...loadCounterFixture('junos-ipsec-statistics').text.split('\n'),
      'RX:  bytes packets',
      '2: x: <UP>',
      '',
    );
    const textArb = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.array(fc.oneof(pieces, fc.string({ maxLength: 40 })), { maxLength: 30 }).map((l) => l.join('\n')),
    );
    fc.assert(
      fc.property(
        textArb,
        fc.double({ noNaN: false }),
        fc.constantFrom('rx' as const, 'tx' as const),
        (text, interval, direction) => {
          expectFinite(measuredLoad({ text, intervalSeconds: interval, direction }));
        },
      ),
      { numRuns: 400 },
    );
  });
});
