/** The inputs issue 15 found read wrongly, each read right now, with the guess named. */
import { describe, expect, it } from 'vitest';
import { parseSamples } from './index.ts';

describe('inputs that were read wrongly before', () => {
  it('semicolon CSV with decimal commas: ttfb_ms with its commas, not the row index', () => {
    const parsed = parseSamples('ts;ttfb_ms\n1;58,31\n2;60,02\n3;112,5\n4;59\n5;61,75\n');
    expect(parsed.format).toBe('csv');
    expect(parsed.column).toBe('ttfb_ms');
    expect(parsed.columnSource).toBe('meaning');
    expect(Array.from(parsed.valuesMs)).toEqual([58.31, 60.02, 112.5, 59, 61.75]);
    // The row index stays on offer, with the reason it was not chosen.
    expect(parsed.columnOptions[0]).toMatchObject({ name: 'ts', passedOver: 'a row counter' });
    expect(parsed.columnOptions[1]!.passedOver).toBeUndefined();
    expect(parsed.unit).toBe('ms');
    expect(parsed.unitSource).toBe('header');
  });

  it('time_s,ttfb_ms: the clock is never chosen', () => {
    const parsed = parseSamples(
      'time_s,ttfb_ms\n37250.1,58.3\n37250.6,61.2\n37251.1,59.9\n37251.6,60.4\n37252.2,112.0\n',
    );
    expect(parsed.column).toBe('ttfb_ms');
    expect(parsed.columnOptions[0]).toMatchObject({
      name: 'time_s',
      unit: 's',
      passedOver: 'a clock or counter (always rising)',
    });
    expect(Array.from(parsed.valuesMs)).toEqual([58.3, 61.2, 59.9, 60.4, 112]);
  });

  it('a clock or counter without a telling name is skipped for the first column that can be a latency', () => {
    const parsed = parseSamples('t,value\n100,5\n101,7\n102,6\n103,9\n104,5\n');
    expect(parsed.column).toBe('value');
    expect(parsed.columnSource).toBe('first-numeric');
    const epoch = parseSamples('when,x\n1796212000,5\n1796211000,7\n1796213000,6\n');
    expect(epoch.column).toBe('x');
  });

  it('JMeter and k6 CSVs: never the epoch timestamp', () => {
    const jtl =
      'timeStamp,elapsed,label,responseCode,Latency,Connect\n1796212443392,118,GET,200,109,52\n1796212443367,121,GET,200,112,50\n';
    expect(parseSamples(jtl).column).toBe('elapsed');
    expect(Array.from(parseSamples(jtl).valuesMs)).toEqual([118, 121]);
    const k6 =
      'metric_name,timestamp,metric_value,check,error,error_code,expected_response,group,method,name,proto,scenario,service,status,subproto,tls_version,url,extra_tags,metadata\n' +
      'http_reqs,1796212000,1.000000,,,,true,,GET,u,HTTP/1.1,default,,200,,,u,,\n' +
      'http_req_duration,1796212000,3.450000,,,,true,,GET,u,HTTP/1.1,default,,200,,,u,,\n' +
      'http_req_waiting,1796212000,3.100000,,,,true,,GET,u,HTTP/1.1,default,,200,,,u,,\n';
    const parsed = parseSamples(k6);
    expect(parsed.column).toBe('http_req_duration');
    expect(Array.from(parsed.valuesMs)).toEqual([3.45]);
    expect(parsed.ignoredLines).toBe(3); // the header and the two other metrics
  });

  it('a CSV with no unit anywhere says the unit is an assumption', () => {
    const parsed = parseSamples('host,latency\na,0.112\nb,0.06\n');
    expect(parsed.unitAmbiguous).toBe(true);
    expect(parsed.unitSource).toBe('assumed');
    expect(parsed.unitHint).toBe('s');
    expect(parseSamples('host,latency\na,0.112\nb,0.06\n', { unit: 's' }).unitAmbiguous).toBe(false);
  });

  it('text that is not samples lists what is supported, with no column picker', () => {
    for (const text of [
      'Hello,\nthis is a note about the outage, not data.\nRegards',
      'lorem ipsum dolor',
      '{"a": {"b": 1}}\n{"c": 2}',
    ]) {
      const parsed = parseSamples(text);
      expect(parsed.format, text).toBe('unrecognised');
      expect(parsed.columns).toEqual([]);
      expect(parsed.description).toMatch(
        /^No samples could be read: nothing in this text matches a format this tool reads\. Supported: .*HAR files, ping output/,
      );
    }
  });

  it('numbers on one line and JSON arrays', () => {
    expect(Array.from(parseSamples('58.3 61.2 59.9 112').valuesMs)).toEqual([58.3, 61.2, 59.9, 112]);
    expect(Array.from(parseSamples('58.3, 61.2, 59.9').valuesMs)).toEqual([58.3, 61.2, 59.9]);
    expect(Array.from(parseSamples('[58.3, 61.2,\n 59.9]').valuesMs)).toEqual([58.3, 61.2, 59.9]);
    const withUnits = parseSamples('0.058 s 0.061 s 59 ms');
    expect(Array.from(withUnits.valuesMs)).toEqual([58, 61, 59]);
    const rejected = parseSamples('[1, "x", 3]');
    expect(rejected.rejected).toEqual({ count: 1, positions: [2], positionKind: 'entry' });
  });

  it('ping from Windows too, with "time<1ms" read as 1 ms and said so', () => {
    const parsed = parseSamples(
      'Pinging 10.0.0.1 with 32 bytes of data:\nReply from 10.0.0.1: bytes=32 time=12ms TTL=64\nReply from 10.0.0.1: bytes=32 time<1ms TTL=64\nRequest timed out.\n',
    );
    expect(parsed.format).toBe('ping');
    expect(Array.from(parsed.valuesMs)).toEqual([12, 1]);
    expect(parsed.columnReason).toMatch(/time<1ms/);
    expect(parsed.rejected.count).toBe(0);
  });

  it('HAR with -1 for timings that do not apply', () => {
    const har = JSON.stringify({
      log: {
        version: '1.2',
        entries: [{ time: 50, timings: { blocked: -1, dns: -1, connect: -1, ssl: -1, send: 1, wait: 40, receive: 9 } }],
      },
    });
    expect(Array.from(parseSamples(har).valuesMs)).toEqual([50]);
    expect(Array.from(parseSamples(har, { phase: 'ttfb' }).valuesMs)).toEqual([41]);
    expect(parseSamples(har, { column: 'dns' }).rejected.count).toBe(1);
  });
});
