/** Test support: the interface-counter fixtures in tests/fixtures/interface-counters (see its README). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FOLDER = new URL('../../../../tests/fixtures/interface-counters/', import.meta.url);

export interface FixtureTraffic {
  packets: number;
  bytes: number;
}

export interface CounterFixture {
  /** The pasted text, without our leading "#" provenance lines. */
  text: string;
  meta: {
    command: string;
    iface: string;
    intervalSeconds: number;
    traffic: { tx?: FixtureTraffic; rx?: FixtureTraffic; hcDelta?: Record<string, number> };
  };
}

export function loadCounterFixture(name: string): CounterFixture {
  const raw = readFileSync(fileURLToPath(new URL(`${name}.txt`, FOLDER)), 'utf8');
  const lines = raw.split('\n');
  let start = 0;
  while (start < lines.length && lines[start]!.startsWith('#')) start++;
  const meta = JSON.parse(
    readFileSync(fileURLToPath(new URL(`${name}.json`, FOLDER)), 'utf8'),
  ) as CounterFixture['meta'];
  return { text: lines.slice(start).join('\n'), meta };
}
