/** URL codecs of the measured-load section's text inputs (issue 18), apart so its lazily loaded panel can use them alone. */
import { cleanText, MAX_PARAM_LENGTH, type ParamCodec } from '../url-state/index';
import { MAX_IFACE_LENGTH } from './fields';
import { MAX_COUNTER_TEXT } from './interface-counters/limits';

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
    // Only blanks is no paste: the same empty value the link would bring back (format drops it).
    return { ok: true, value: text.trim() === '' ? '' : text };
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
