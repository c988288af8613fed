import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { figureText } from '../format/index';
import { loadCounterFixture } from './interface-counters/counter-fixtures';
import { inputsArb } from './ipsec-arbitraries';
import {
  encapRows,
  furtherShareTables,
  measuredFigures,
  measuredFor,
  measuredPatch,
  mssLinesFor,
  saFor,
} from './further-checks';
import { ipsecHeadroom, type HeadroomInputs } from './model';
import { formatPacketMix, singleSizeMix } from './packet-mix';
import { PRESETS } from './presets';
import { headroomShareContent } from './share-content';

const ETHERNET_HEADER = 14;

function withCounters(name: string, patch: Partial<HeadroomInputs> = {}): HeadroomInputs {
  const fixture = loadCounterFixture(name);
  return {
    ...PRESETS.default,
    counters: fixture.text,
    counterSeconds: fixture.meta.intervalSeconds,
    ...patch,
  };
}

describe('measured load section', () => {
  it('reads nothing until something is pasted', () => {
    expect(measuredFor(PRESETS.default)).toBeNull();
    expect(measuredFor({ ...PRESETS.default, counters: ' \n ' })).toBeNull();
  });

  it('asks for the interval when only the text is there', () => {
    const load = measuredFor({ ...withCounters('ip-s-link-dev'), counterSeconds: null });
    expect(load).toMatchObject({ ok: false, problem: 'interval' });
  });

  it('gives IP-layer figures for two ip -s link snapshots, from the traffic the fixture recorded', () => {
    const fixture = loadCounterFixture('ip-s-link-dev');
    const { packets, bytes } = fixture.meta.traffic.tx!;
    const seconds = fixture.meta.intervalSeconds;
    const load = measuredFor(withCounters('ip-s-link-dev'));
    if (!load?.ok) throw new Error(load?.message);
    expect(load.formatLabel).toBe('ip -s link (iproute2)');
    const figures = measuredFigures(load);
    const ipBytes = bytes - packets * ETHERNET_HEADER;
    expect(figures.ipLayer).toBe(true);
    expect(figures.mbps).toBeCloseTo((ipBytes * 8) / seconds / 1e6, 12);
    expect(figures.pps).toBeCloseTo(packets / seconds, 12);
    expect(figures.meanBytes).toBeCloseTo(ipBytes / packets, 12);

    const patch = measuredPatch(load);
    expect(patch.demandMbps).toBe(Number(((ipBytes * 8) / seconds / 1e6).toPrecision(4)));
    expect(formatPacketMix(patch.mix!)).toBe(String(Math.round(ipBytes / packets)));
  });

  it('explains a wrapped 32-bit SNMP counter and counts it as one turn', () => {
    const fixture = loadCounterFixture('snmpget-counter32-wrap');
    const load = measuredFor(withCounters('snmpget-counter32-wrap'));
    if (!load?.ok) throw new Error(load?.message);
    expect(load.wrapped).toContain('bytes');
    expect(load.bytes).toBe(fixture.meta.traffic.hcDelta!.outOctets);
    expect(load.notes.join(' ')).toMatch(/wrapped once/);
  });

  it('keeps the mix when no packet counter was pasted, and clamps the demand to the field', () => {
    const load = measuredFor(withCounters('ip-s-link-dev'));
    if (!load?.ok) throw new Error('fixture');
    expect(measuredPatch({ ...load, ipMbps: null, packets: null, pps: null, meanPacketBytes: null })).toEqual({
      demandMbps: Number(load.mbps.toPrecision(4)),
    });
    expect(measuredPatch({ ...load, ipMbps: 5e9 }).demandMbps).toBe(1_000_000);
    expect(measuredPatch({ ...load, ipMeanPacketBytes: 3 }).mix).toEqual(singleSizeMix(40));
  });
});

describe('single-SA ceiling section', () => {
  it('has one core bind when one SA is slower than the device', () => {
    const inputs = { ...PRESETS.default, mix: singleSizeMix(1400), cores: 8, perSaMbps: 300 };
    const view = saFor(inputs, ipsecHeadroom(inputs));
    expect(view.ceiling.binding).toBe('one-core');
    expect(view.ceiling.ceilingMbps).toBe(300);
    expect(view.coresAssumed).toBe(false);
    // Eight SAs would use eight cores: 2,400 Mbps, capped by the device's byte limit.
    const device = ipsecHeadroom(inputs).capacity.worstMbps;
    expect(view.ceiling.split.ceilingMbps).toBeCloseTo(Math.min(device, 2400), 9);
  });

  it('falls back to the device limits without a per-SA rate', () => {
    const view = saFor(PRESETS.default, ipsecHeadroom(PRESETS.default));
    expect(view.ceiling.binding).toBe('packets');
    expect(view.coresAssumed).toBe(true);
  });
});

describe('MSS lines section', () => {
  it('writes the computed MSS into each platform line (AES-GCM tunnel, IPv4, 1500)', () => {
    const inputs = { ...PRESETS.default, suite: 'aes-gcm-16' as const, mode: 'tunnel' as const, mtu: 1500 };
    const result = ipsecHeadroom(inputs);
    // 1500 − 20 − 8 − 8 − 16 = 1448, to 4 bytes, − 2 = 1446 inner; − 40 = 1406.
    expect(result.fit.mss.ipv4).toBe(1406);
    const lines = Object.fromEntries(mssLinesFor(result).map((line) => [line.output, line.line]));
    // Junos takes one value for IPv4 and IPv6 inside alike: the smaller, 1446 − 60.
    expect(lines['mss-config-junos']).toBe('set security flow tcp-mss ipsec-vpn mss 1386');
    expect(lines['mss-config-ios']).toBe('ip tcp adjust-mss 1406');
    expect(lines['mss-config-linux']).toBe('meta nfproto ipv4 tcp flags syn tcp option maxseg size set 1406');
    expect(lines['mss-config-iptables']).toMatch(/TCPMSS --set-mss 1406$/);
    expect(lines['mss-config-ios-ipv6']).toBe('ipv6 tcp adjust-mss 1386');
  });

  it('names each line once', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const names = mssLinesFor(ipsecHeadroom(inputs)).map((line) => line.output);
        expect(new Set(names).size).toBe(names.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('other encapsulations section', () => {
  it('puts GRE and WireGuard beside ESP for the same path', () => {
    const inputs = { ...PRESETS.default, mix: singleSizeMix(1408), mtu: 1500 };
    const result = ipsecHeadroom(inputs);
    const rows = Object.fromEntries(encapRows(inputs, result).rows.map((row) => [row.key, row]));
    expect(rows.esp!.maxInnerBytes).toBe(result.fit.maxInnerBytes);
    expect(rows.esp!.overheadBytes).toBe(result.single!.overheadBytes);
    // GRE adds its delivery header and 4 bytes (8 with a key) inside the same ESP.
    expect(rows.gre!.maxInnerBytes).toBe(result.fit.maxInnerBytes - 24);
    expect(rows['gre-key']!.maxInnerBytes).toBe(result.fit.maxInnerBytes - 28);
    // WireGuard: 60 bytes over IPv4, 80 over IPv6, plus padding to 16 (1408 is a multiple).
    expect(rows['wg-ipv4']).toMatchObject({ overheadBytes: 60, maxInnerBytes: 1440, mss: 1400 });
    expect(rows['wg-ipv6']).toMatchObject({ overheadBytes: 80, maxInnerBytes: 1420, mss: 1380 });
    const padded = encapRows(
      { ...inputs, mix: singleSizeMix(1400) },
      ipsecHeadroom({ ...inputs, mix: singleSizeMix(1400) }),
    );
    expect(padded.rows.find((row) => row.key === 'wg-ipv4')!.overheadBytes).toBe(68);
  });
});

describe('share content of the sections', () => {
  it('repeats each section figure with its <output> name and the page format', () => {
    const inputs = withCounters('ip-s-link-dev', { cores: 4, perSaMbps: 100 });
    const result = ipsecHeadroom(inputs);
    const content = headroomShareContent(inputs, result, false, furtherShareTables(inputs, result));
    const rows = content.tables.flatMap((table) => table.rows);
    const byOutput = Object.fromEntries(rows.flatMap((row) => (row.output ? [[row.output, row.value]] : [])));
    const load = measuredFor(inputs);
    if (!load?.ok) throw new Error('fixture');
    expect(byOutput['measured-mbps']).toBe(`${figureText(measuredFigures(load).mbps)} Mbps`);
    expect(byOutput['measured-pps']).toBe(`${figureText(load.pps!)} packets/s`);
    expect(byOutput['sa-binding']).toMatch(/^one core/);
    expect(byOutput['mss-config-junos']).toBe(`set security flow tcp-mss ipsec-vpn mss ${result.fit.mss.ipv6!}`);
    expect(byOutput['encap-wg-ipv4-max-inner']).toBe('1440 bytes');
    expect(content.tables.map((t) => t.heading)).toEqual([
      'Inputs',
      'Results',
      'Measured load',
      'Single-SA ceiling',
      'MSS lines',
      'Other encapsulations',
    ]);
  });

  it('never throws and never prints NaN for any valid inputs', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const tables = furtherShareTables(inputs, ipsecHeadroom(inputs));
        for (const row of tables.flatMap((t) => t.rows)) expect(row.value).not.toMatch(/NaN|Infinity|undefined/);
      }),
      { numRuns: 300 },
    );
  });
});
