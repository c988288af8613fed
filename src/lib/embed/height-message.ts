/**
 * The message an embed (/embed/<slug>/) posts to the page that frames it, so the iframe can take
 * the embed's height and never show a scroll bar of its own:
 *
 *   { type: 'infra-field-notes:embed-height', slug: 'redundancy', height: 1432 }
 *
 * `height` is the embed document's height in CSS pixels, a whole number. The README's snippet reads
 * exactly this shape; a framing page should check the event's origin and cap the height it applies.
 */
export const EMBED_HEIGHT_TYPE = 'infra-field-notes:embed-height';

/** No real calculator is this tall; a larger value is not a height to apply. */
export const MAX_EMBED_HEIGHT = 20_000;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_LENGTH = 64;

export interface EmbedHeightMessage {
  type: typeof EMBED_HEIGHT_TYPE;
  slug: string;
  height: number;
}

/** The message for a measured height, or null when the measurement is not a usable height. */
export function embedHeightMessage(slug: string, measured: number): EmbedHeightMessage | null {
  if (!isSlug(slug) || !Number.isFinite(measured) || measured <= 0) return null;
  // Rounded up: a height cut down by a fraction of a pixel brings the iframe's scroll bar back.
  const height = Math.min(Math.ceil(measured), MAX_EMBED_HEIGHT);
  return { type: EMBED_HEIGHT_TYPE, slug, height };
}

/**
 * A received message read as an embed height, or null for anything else (another script's
 * message, a wrong type, a height that is not a positive whole number within the cap).
 */
export function readEmbedHeightMessage(data: unknown): EmbedHeightMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, slug, height } = data as Record<string, unknown>;
  if (type !== EMBED_HEIGHT_TYPE || typeof slug !== 'string' || !isSlug(slug)) return null;
  if (typeof height !== 'number' || !Number.isInteger(height) || height <= 0 || height > MAX_EMBED_HEIGHT) return null;
  return { type: EMBED_HEIGHT_TYPE, slug, height };
}

function isSlug(slug: string): boolean {
  return slug.length <= MAX_SLUG_LENGTH && SLUG.test(slug);
}
