/**
 * Limits shared by the parser, the link codec and the URL schema. They live apart so the island's
 * first download can check a link without pulling in the parser or the codec.
 */

/** Largest sample accepted: an hour. Anything above is a unit mistake or garbage. */
export const MAX_SAMPLE_MS = 3_600_000;

/** Longest share link we write; a_data / b_data longer than this are refused on the way in. */
export const LINK_CHAR_BUDGET = 8000;
