import {
  booleanParam,
  cleanText,
  enumParam,
  MAX_PARAM_LENGTH,
  numberParam,
  optionalNumberParam,
  type ParamCodec,
  type UrlSchema,
} from '../url-state/index';
import { SUITE_IDS } from './cipher-suites';
import { COUNTER_BITS, COUNTER_DIRECTIONS, ESP_MODES, FIELD_RULES, MAX_IFACE_LENGTH, OUTER_VERSIONS } from './fields';
import { MAX_COUNTER_TEXT } from './interface-counters/measured-load';
import type { HeadroomInputs } from './model';
import { formatPacketMix, parsePacketMix, type PacketMix } from './packet-mix';

export const packetMixParam: ParamCodec<PacketMix> = { parse: parsePacketMix, format: formatPacketMix };

/**
 * Longest counter paste a link carries: the URL reader refuses longer values before parsing.
 * Two snapshots of one interface take well under 2,000 characters; a longer paste (a busy
 * /proc/net/dev) still works on the page but is left out of the link, and the page says so.
 */
export const MAX_LINKED_COUNTER_TEXT = Math.min(MAX_PARAM_LENGTH, MAX_COUNTER_TEXT);

// Control characters other than line breaks and tabs, zero-width and bidi controls: they can make
// pasted text read differently from what it holds, and no counter output needs them.
const UNSAFE_IN_COUNTERS = /[^\P{Cc}\n\t]|[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;

/** Pasted counter text, with its line breaks (textParam would remove them). */
export function cleanCounterText(raw: string): string {
  return raw.replace(/\r\n?/g, '\n').replace(UNSAFE_IN_COUNTERS, '');
}

export const counterTextParam: ParamCodec<string> = {
  parse(raw) {
    const text = cleanCounterText(raw);
    if (text.length > MAX_LINKED_COUNTER_TEXT) {
      return { ok: false, reason: `Longer than ${MAX_LINKED_COUNTER_TEXT} characters.` };
    }
    return { ok: true, value: text };
  },
  // Too long for a link: left out of it (an empty value is dropped from links).
  format: (value) => (value.length > MAX_LINKED_COUNTER_TEXT || value.trim() === '' ? '' : value),
};

/** An interface name; '' means "the only one in the paste". */
export const ifaceParam: ParamCodec<string> = {
  parse(raw) {
    const name = cleanText(raw);
    return name.length > MAX_IFACE_LENGTH
      ? { ok: false, reason: `Longer than ${MAX_IFACE_LENGTH} characters.` }
      : { ok: true, value: name };
  },
  format: (value) => value,
};

/** One readable query parameter per input; the names are part of every shared link. */
export const URL_SCHEMA: UrlSchema<HeadroomInputs> = {
  suite: { key: 'suite', codec: enumParam(SUITE_IDS) },
  mode: { key: 'mode', codec: enumParam(ESP_MODES) },
  outer: { key: 'outer', codec: enumParam(OUTER_VERSIONS) },
  natt: { key: 'natt', codec: booleanParam() },
  mix: { key: 'mix', codec: packetMixParam },
  mtu: { key: 'mtu', codec: numberParam(FIELD_RULES.mtu) },
  ratingMbps: { key: 'rating', codec: numberParam(FIELD_RULES.ratingMbps) },
  ratedAtBytes: { key: 'rated_at', codec: numberParam(FIELD_RULES.ratedAtBytes) },
  demandMbps: { key: 'demand', codec: numberParam(FIELD_RULES.demandMbps) },
  growthPercent: { key: 'growth', codec: numberParam(FIELD_RULES.growthPercent) },
  ceilingPercent: { key: 'ceiling', codec: numberParam(FIELD_RULES.ceilingPercent) },
  rttMs: { key: 'rtt', codec: numberParam(FIELD_RULES.rttMs) },
  windowKiB: { key: 'window', codec: numberParam(FIELD_RULES.windowKiB) },
  lossPercent: { key: 'loss', codec: numberParam(FIELD_RULES.lossPercent) },
  counters: { key: 'counters', codec: counterTextParam },
  counterSeconds: { key: 'counter_seconds', codec: optionalNumberParam(FIELD_RULES.counterSeconds) },
  direction: { key: 'direction', codec: enumParam(COUNTER_DIRECTIONS) },
  iface: { key: 'iface', codec: ifaceParam },
  counterBits: { key: 'counter_bits', codec: enumParam(COUNTER_BITS) },
  cores: { key: 'cores', codec: optionalNumberParam(FIELD_RULES.cores) },
  perSaMbps: { key: 'per_sa_mbps', codec: optionalNumberParam(FIELD_RULES.perSaMbps) },
  perSaPps: { key: 'per_sa_pps', codec: optionalNumberParam(FIELD_RULES.perSaPps) },
  saCount: { key: 'sa_count', codec: numberParam(FIELD_RULES.saCount) },
  perCpuSa: { key: 'per_cpu_sa', codec: booleanParam() },
};
