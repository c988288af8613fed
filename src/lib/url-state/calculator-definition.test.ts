import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { authoredState, defineCalculator, islandName, startState } from './calculator-definition';
import { numberParam } from './index';

interface Pair {
  n: number;
  k: number;
}

const pair = defineCalculator<Pair>({
  slug: 'k-of-n-example',
  title: 'Example',
  description: 'A two-field calculator for these tests.',
  question: 'How many of how many?',
  story: { title: 'None', href: '/', figure: 'none' },
  terms: [],
  schema: {
    n: { key: 'n', codec: numberParam({ min: 1, max: 9, integer: true }) },
    k: { key: 'k', codec: numberParam({ min: 1, max: 9, integer: true }) },
  },
  presets: { default: { n: 2, k: 1 }, story: { n: 3, k: 2 } },
  crossCheck: (state) => (state.k > state.n ? [{ field: 'k', reason: 'k must be at most n.' }] : []),
});

describe('startState', () => {
  it('starts from the named preset', () => {
    expect(startState(pair, 'story')).toEqual({ state: { n: 3, k: 2 }, rejected: [] });
    expect(startState(pair)).toEqual({ state: { n: 2, k: 1 }, rejected: [] });
  });

  it('reads inputs on top of the preset with the URL codec', () => {
    expect(startState(pair, 'story', '?k=3')).toEqual({ state: { n: 3, k: 3 }, rejected: [] });
    expect(startState(pair, 'default', 'n=5')).toEqual({ state: { n: 5, k: 1 }, rejected: [] });
  });

  it('reports what it could not use, and keeps the preset for it', () => {
    const { state, rejected } = startState(pair, 'default', '?n=0&x=1&k=4');
    expect(state).toEqual({ n: 2, k: 1 });
    expect(rejected.map((r) => r.key)).toEqual(['n', 'x', 'k']);
  });

  it('names an unknown preset and falls back to the default', () => {
    const { state, rejected } = startState(pair, 'nope');
    expect(state).toEqual(pair.presets.default);
    expect(rejected[0]?.reason).toContain('default, story');
  });
});

describe('authoredState', () => {
  it('returns the state when every input is usable', () => {
    expect(authoredState(pair, 'default', '?n=4&k=4')).toEqual({ n: 4, k: 4 });
  });

  it('stops the build with every reason when an author wrote something a link could not carry', () => {
    expect(() => authoredState(pair, 'default', '?n=12&k=<b>')).toThrow(/KOfNExample preset="default".*n: .*k: /);
    expect(() => authoredState(pair, 'missing')).toThrow(/No preset "missing"/);
  });

  it('never returns a state the codec would refuse', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (inputs) => {
        let state: Pair | undefined;
        try {
          state = authoredState(pair, 'default', inputs);
        } catch {
          return;
        }
        expect(pair.crossCheck?.(state)).toEqual([]);
        expect(Number.isInteger(state.n) && state.n >= 1 && state.n <= 9).toBe(true);
      }),
    );
  });
});

describe('islandName', () => {
  it('turns a slug into the island file stem', () => {
    expect(islandName('ipsec-headroom')).toBe('IpsecHeadroom');
    expect(islandName('docker-vs-lxc')).toBe('DockerVsLxc');
    expect(islandName('redundancy')).toBe('Redundancy');
  });
});
