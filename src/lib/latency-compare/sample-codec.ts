/**
 * Raw samples in a share link. Samples are rounded to whole microseconds, sorted (every statistic
 * here ignores order), delta-encoded in base 36, deflated and written as base64url. A link stays
 * under LINK_CHAR_BUDGET characters; when the samples do not fit, the link carries the summary
 * figures instead and the page says so.
 *
 * Compression is injected so the codec can be tested with any implementation; the defaults use
 * the web platform's CompressionStream / DecompressionStream, present in browsers and in Node 24.
 */
import type { Parse } from '../parse/index.ts';
import { LINK_CHAR_BUDGET, MAX_SAMPLE_MS } from './sample-limits.ts';

export { LINK_CHAR_BUDGET };

const HEADER = 'L1;';
/** More samples than this never fit in a link, so decoding refuses them outright. */
export const MAX_LINK_SAMPLES = 50_000;
/** Cap on inflated size: a hostile parameter must not expand into a memory bomb. */
const MAX_INFLATED_BYTES = 1_000_000;
const MAX_TOKEN = /^[0-9a-z]{1,7}$/;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

export type Deflate = (bytes: Uint8Array) => Promise<Uint8Array>;
export type Inflate = (bytes: Uint8Array, maxOutputBytes: number) => Promise<Uint8Array>;

/** Samples in milliseconds. */
export type DecodedSamples = Parse<Float64Array>;

export const deflateRaw: Deflate = async (bytes) => {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
};

export const inflateRaw: Inflate = async (bytes, maxOutputBytes) => {
  const reader = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxOutputBytes) {
      await reader.cancel().catch(() => undefined);
      throw new RangeError('inflated data too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
};

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array | null {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return null;
  const padded = text.replaceAll('-', '+').replaceAll('_', '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    const binary = atob(padded);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

/** The plain text that gets compressed: "L1;" then sorted µs values as base-36 deltas. */
export function samplesToText(valuesMs: ArrayLike<number>): string {
  const micros = new Float64Array(valuesMs.length);
  for (let i = 0; i < valuesMs.length; i++) micros[i] = Math.round((valuesMs[i] as number) * 1000);
  micros.sort();
  const tokens = new Array<string>(micros.length);
  let previous = 0;
  for (let i = 0; i < micros.length; i++) {
    const value = micros[i] as number;
    tokens[i] = (value - previous).toString(36);
    previous = value;
  }
  return HEADER + tokens.join(',');
}

export function textToSamples(text: string): DecodedSamples {
  if (!text.startsWith(HEADER)) return { ok: false, reason: 'not a sample list this page wrote' };
  const body = text.slice(HEADER.length);
  if (body === '') return { ok: false, reason: 'no samples in it' };
  const tokens = body.split(',');
  if (tokens.length > MAX_LINK_SAMPLES) return { ok: false, reason: 'more samples than a link can hold' };
  const valuesMs = new Float64Array(tokens.length);
  let micros = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (!MAX_TOKEN.test(token)) return { ok: false, reason: 'damaged sample list' };
    micros += parseInt(token, 36);
    if (micros > MAX_SAMPLE_MS * 1000) return { ok: false, reason: 'a sample is out of range' };
    valuesMs[i] = micros / 1000;
  }
  return { ok: true, value: valuesMs };
}

export async function encodeSamples(valuesMs: ArrayLike<number>, deflate: Deflate = deflateRaw): Promise<string> {
  return toBase64Url(await deflate(new TextEncoder().encode(samplesToText(valuesMs))));
}

/** Never throws: anything malformed, oversized or hostile comes back as { ok: false, reason }. */
export async function decodeSamples(param: string, inflate: Inflate = inflateRaw): Promise<DecodedSamples> {
  if (typeof param !== 'string' || param.length === 0) return { ok: false, reason: 'empty' };
  if (param.length > LINK_CHAR_BUDGET) return { ok: false, reason: 'longer than a share link can be' };
  const bytes = fromBase64Url(param);
  if (!bytes) return { ok: false, reason: 'not base64url' };
  let inflated: Uint8Array;
  try {
    inflated = await inflate(bytes, MAX_INFLATED_BYTES);
  } catch {
    return { ok: false, reason: 'could not be decompressed' };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return { ok: false, reason: 'not text' };
  }
  return textToSamples(text);
}

/**
 * Which sample parameters a link can carry: both when the whole link stays within budget,
 * otherwise neither (half a set would silently mix samples with summaries).
 */
export function fitSampleParams(
  linkWithoutSamples: string,
  samples: { a_data: string | null; b_data: string | null },
  budget = LINK_CHAR_BUDGET,
): { params: { a_data?: string; b_data?: string }; omitted: boolean } {
  const params: { a_data?: string; b_data?: string } = {};
  let extra = 0;
  if (samples.a_data) {
    params.a_data = samples.a_data;
    extra += '&a_data='.length + samples.a_data.length;
  }
  if (samples.b_data) {
    params.b_data = samples.b_data;
    extra += '&b_data='.length + samples.b_data.length;
  }
  if (extra === 0) return { params, omitted: false };
  if (linkWithoutSamples.length + extra <= budget) return { params, omitted: false };
  return { params: {}, omitted: true };
}
