import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeRedundancy, type RedundancyInput } from './model';
import {
  availabilityDecimals,
  describeDuration,
  describeRecurrence,
  downtimeInWords,
  redundancyVerdict,
} from './wording';
import { FIELD_RULES, MAX_HOSTS } from './fields';

const verdictFor = (input: RedundancyInput) =>
  redundancyVerdict(input, computeRedundancy(input), computeRedundancy({ ...input, beta: 0 }));

describe('availabilityDecimals', () => {
  it('shows the unavailability to about three significant digits', () => {
    expect(availabilityDecimals(2 / 482)).toBe(5); // 0.99585
    expect(availabilityDecimals((2 / 482) ** 2)).toBe(7); // 0.9999828
    expect(availabilityDecimals(0.3)).toBe(5);
    expect(availabilityDecimals(1e-40)).toBe(15);
    expect(availabilityDecimals(0)).toBe(15);
  });
});

describe('describeDuration and describeRecurrence', () => {
  it('puts the story’s figures in words', () => {
    expect(describeDuration((8760 * 2) / 482)).toBe('36 hours');
    expect(describeDuration((8760 * 4) / 482 ** 2)).toBe('9 minutes');
    expect(describeDuration(60)).toBe('2.5 days');
    expect(describeDuration(1 / 3600)).toBe('1 second');
    expect(describeDuration(1e-9)).toBe('less than a second');
    expect(describeDuration(0)).toBe('no time at all');
    expect(describeRecurrence(8760 / 482)).toBe('about 18 times a year');
    expect(describeRecurrence(0.1508)).toBe('about once every 6.6 years');
    expect(describeRecurrence(1)).toBe('about once a year');
    expect(describeRecurrence(1e-30)).toBe('less than once in a million years');
    expect(describeRecurrence(0)).toBe('never, in the model');
  });
});

describe('redundancyVerdict', () => {
  const story: RedundancyInput = { n: 2, k: 1, mtbfDays: 20, mttrHours: 2, beta: 1 };

  it('says plainly that with β = 1 the second host adds nothing', () => {
    expect(verdictFor(story)).toBe(
      'With β = 1 your second host adds nothing: every failure takes all 2 hosts down at once, so the group is exactly as available as one host (down 36 hours a year).',
    );
    expect(verdictFor({ ...story, n: 4 })).toContain('your 3 extra hosts add nothing');
  });

  it('compares with one host at β = 0 and with β = 0 in between', () => {
    expect(verdictFor({ ...story, beta: 0 })).toBe(
      'With β = 0 the hosts fail independently: the group is down 9 minutes a year, against 36 hours for one host.',
    );
    const partial = verdictFor({ ...story, beta: 0.1 });
    expect(partial).toMatch(/^Common causes make up 9\d(\.\d)? % of the group’s downtime/);
    expect(partial).toContain('with β = 0 would be down 9 minutes');
  });

  it('explains the series case and the single host', () => {
    expect(verdictFor({ ...story, k: 2, beta: 0.5 })).toContain('any one failure stops the group');
    expect(verdictFor({ ...story, n: 1, beta: 0.5 })).toContain('nothing to share a failure with');
  });

  it('never prints NaN, Infinity or undefined for any valid input', () => {
    const input = fc.integer({ min: 1, max: MAX_HOSTS }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        k: fc.integer({ min: 1, max: n }),
        mtbfDays: fc.double({ min: FIELD_RULES.mtbfDays.min, max: FIELD_RULES.mtbfDays.max, noNaN: true }),
        mttrHours: fc.double({ min: FIELD_RULES.mttrHours.min, max: FIELD_RULES.mttrHours.max, noNaN: true }),
        beta: fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true })),
      }),
    );
    fc.assert(
      fc.property(input, (value) => {
        expect(verdictFor(value)).not.toMatch(/NaN|Infinity|undefined|–/);
      }),
    );
  });
});

describe('downtimeInWords', () => {
  it('adds words only when they are not the same hours rounded again', () => {
    expect(downtimeInWords(2.35)).toBeUndefined();
    expect(downtimeInWords(36.3)).toBeUndefined();
    expect(downtimeInWords(0.25)).toBe('15 minutes');
    expect(downtimeInWords(60)).toBe('2.5 days');
  });
});
