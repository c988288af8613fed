/**
 * Limits of the counter reader, apart from it so that the URL schema and the fields can use them
 * without pulling the parsers into the island's first download.
 */
/**
 * Shortest interval accepted: a millisecond. Counter snapshots closer together than that say
 * nothing, and dividing by a smaller number can overflow to an infinite rate.
 */
export const MIN_INTERVAL_SECONDS = 0.001;
/** Longest interval accepted: a year. Counters sampled further apart say little about today. */
export const MAX_INTERVAL_SECONDS = 366 * 24 * 3600;
export const MAX_FRAMING_BYTES = 64;
/** Largest paste accepted; a /proc/net/dev of a busy router is a few kB. */
export const MAX_COUNTER_TEXT = 200_000;
