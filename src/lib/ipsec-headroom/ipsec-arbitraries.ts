/** fast-check generators for the calculator's whole input domain, shared by the unit tests. */
import fc from 'fast-check';
import { SUITE_IDS } from './cipher-suites';
import { MAX_PACKET_BYTES, MIN_PACKET_BYTES, type EncapSettings } from './esp-overhead';
import type { HeadroomInputs } from './model';
import { SIMPLE_IMIX, singleSizeMix, type PacketMix } from './packet-mix';
import { COUNTER_BITS, COUNTER_DIRECTIONS, FIELD_RULES, MAX_IFACE_LENGTH } from './fields';
import { cleanText } from '../url-state/index';
import { cleanCounterText, MAX_LINKED_COUNTER_TEXT } from './url-schema';

export const settingsArb: fc.Arbitrary<EncapSettings> = fc.record({
  suite: fc.constantFrom(...SUITE_IDS),
  mode: fc.constantFrom('tunnel' as const, 'transport' as const),
  outer: fc.constantFrom('ipv4' as const, 'ipv6' as const),
  natt: fc.boolean(),
});

export const innerArb = fc.integer({ min: MIN_PACKET_BYTES, max: MAX_PACKET_BYTES });

export const mixArb: fc.Arbitrary<PacketMix> = fc.oneof(
  fc.constant(SIMPLE_IMIX),
  innerArb.map(singleSizeMix),
  fc
    .array(fc.record({ bytes: innerArb, weight: fc.double({ min: 0.001, max: 1_000_000, noNaN: true }) }), {
      minLength: 1,
      maxLength: 16,
    })
    .map((entries) => ({ kind: 'custom' as const, entries })),
);

/** Counter pastes a link can carry: any text once cleaned, line breaks included, up to the link's cap. */
export const countersArb: fc.Arbitrary<string> = fc
  .oneof(
    fc.string({ unit: fc.constantFrom(...'0123456789 :\n\tabcRXTbytespack@<>&"\''.split('')), maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
  )
  .map(cleanCounterText)
  .filter((text) => text.trim() !== '' && text.length <= MAX_LINKED_COUNTER_TEXT);

export const ifaceArb: fc.Arbitrary<string> = fc
  .string({ unit: 'grapheme-ascii', maxLength: MAX_IFACE_LENGTH })
  .map(cleanText)
  .filter((name) => name.length <= MAX_IFACE_LENGTH);

function optional<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> {
  return fc.option(arb, { nil: null });
}

function ruleArb(rule: { min: number; max: number; integer?: boolean }): fc.Arbitrary<number> {
  return rule.integer
    ? fc.integer({ min: rule.min, max: rule.max })
    : fc
        .double({ min: rule.min, max: rule.max, noNaN: true, noDefaultInfinity: true })
        .map((v) => (Object.is(v, -0) ? 0 : v));
}

export const inputsArb: fc.Arbitrary<HeadroomInputs> = fc.record({
  suite: fc.constantFrom(...SUITE_IDS),
  mode: fc.constantFrom('tunnel' as const, 'transport' as const),
  outer: fc.constantFrom('ipv4' as const, 'ipv6' as const),
  natt: fc.boolean(),
  mix: mixArb,
  mtu: ruleArb(FIELD_RULES.mtu),
  ratingMbps: ruleArb(FIELD_RULES.ratingMbps),
  ratedAtBytes: ruleArb(FIELD_RULES.ratedAtBytes),
  demandMbps: ruleArb(FIELD_RULES.demandMbps),
  growthPercent: ruleArb(FIELD_RULES.growthPercent),
  ceilingPercent: ruleArb(FIELD_RULES.ceilingPercent),
  rttMs: ruleArb(FIELD_RULES.rttMs),
  windowKiB: ruleArb(FIELD_RULES.windowKiB),
  lossPercent: ruleArb(FIELD_RULES.lossPercent),
  counters: fc.oneof(fc.constant(''), countersArb),
  counterSeconds: optional(ruleArb(FIELD_RULES.counterSeconds)),
  direction: fc.constantFrom(...COUNTER_DIRECTIONS),
  iface: ifaceArb,
  counterBits: fc.constantFrom(...COUNTER_BITS),
  cores: optional(ruleArb(FIELD_RULES.cores)),
  perSaMbps: optional(ruleArb(FIELD_RULES.perSaMbps)),
  perSaPps: optional(ruleArb(FIELD_RULES.perSaPps)),
  saCount: ruleArb(FIELD_RULES.saCount),
  perCpuSa: fc.boolean(),
});
