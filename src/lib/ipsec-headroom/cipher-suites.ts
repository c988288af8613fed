/**
 * ESP cipher suites as wire-level byte counts. Only what travels on the wire is listed:
 * the 4-byte AES-GCM / ChaCha20 salt is keying material (RFC 4106 §4, RFC 7634 §2) and the
 * high 32 bits of an extended sequence number only enter the ICV (RFC 4303 §2.2.1).
 */

export interface RfcRef {
  rfc: number;
  section?: string;
  /** What the reference establishes, in a few words. */
  about: string;
}

export interface CipherSuite {
  id: SuiteId;
  label: string;
  /** Explicit IV carried in every packet, bytes. */
  ivBytes: number;
  /** Cipher block the plaintext must fill, bytes (1 for stream-like modes). */
  cipherBlockBytes: number;
  /** Integrity check value (MAC or AEAD tag) after the trailer, bytes. */
  icvBytes: number;
  /** True when one algorithm both encrypts and authenticates (AEAD). */
  aead: boolean;
  refs: readonly RfcRef[];
  /** Status today, where the suite is discouraged or has a caveat. */
  caution?: string;
}

export const SUITE_IDS = [
  'aes-cbc-sha1',
  'aes-cbc-sha256',
  'aes-cbc-sha384',
  'aes-cbc-sha512',
  'aes-gcm-16',
  'aes-gcm-12',
  'aes-gcm-8',
  'chacha20-poly1305',
  '3des-sha1',
] as const;

export type SuiteId = (typeof SUITE_IDS)[number];

const AES_CBC: RfcRef = { rfc: 3602, section: '3', about: 'AES-CBC: 16-byte IV and block' };
const HMAC_SHA1_96: RfcRef = { rfc: 2404, section: '3', about: 'HMAC-SHA-1-96: 12-byte ICV' };
const HMAC_SHA2: RfcRef = {
  rfc: 4868,
  section: '2.3',
  about: 'HMAC-SHA-256/384/512 truncated to half: 16, 24 or 32-byte ICV',
};
const AES_GCM: RfcRef = {
  rfc: 4106,
  section: '3',
  about: 'AES-GCM in ESP: 8-byte explicit IV, 8/12/16-byte ICV, salt not sent',
};

export const CIPHER_SUITES: Readonly<Record<SuiteId, CipherSuite>> = {
  'aes-cbc-sha1': {
    id: 'aes-cbc-sha1',
    label: 'AES-CBC + HMAC-SHA1-96',
    ivBytes: 16,
    cipherBlockBytes: 16,
    icvBytes: 12,
    aead: false,
    refs: [AES_CBC, HMAC_SHA1_96],
  },
  'aes-cbc-sha256': {
    id: 'aes-cbc-sha256',
    label: 'AES-CBC + HMAC-SHA-256-128',
    ivBytes: 16,
    cipherBlockBytes: 16,
    icvBytes: 16,
    aead: false,
    refs: [AES_CBC, HMAC_SHA2],
  },
  'aes-cbc-sha384': {
    id: 'aes-cbc-sha384',
    label: 'AES-CBC + HMAC-SHA-384-192',
    ivBytes: 16,
    cipherBlockBytes: 16,
    icvBytes: 24,
    aead: false,
    refs: [AES_CBC, HMAC_SHA2],
  },
  'aes-cbc-sha512': {
    id: 'aes-cbc-sha512',
    label: 'AES-CBC + HMAC-SHA-512-256',
    ivBytes: 16,
    cipherBlockBytes: 16,
    icvBytes: 32,
    aead: false,
    refs: [AES_CBC, HMAC_SHA2],
  },
  'aes-gcm-16': {
    id: 'aes-gcm-16',
    label: 'AES-GCM, 16-byte ICV',
    ivBytes: 8,
    cipherBlockBytes: 1,
    icvBytes: 16,
    aead: true,
    refs: [AES_GCM],
  },
  'aes-gcm-12': {
    id: 'aes-gcm-12',
    label: 'AES-GCM, 12-byte ICV',
    ivBytes: 8,
    cipherBlockBytes: 1,
    icvBytes: 12,
    aead: true,
    refs: [AES_GCM],
  },
  'aes-gcm-8': {
    id: 'aes-gcm-8',
    label: 'AES-GCM, 8-byte ICV',
    ivBytes: 8,
    cipherBlockBytes: 1,
    icvBytes: 8,
    aead: true,
    refs: [AES_GCM],
    caution: 'RFC 4106 makes only the 16-byte ICV mandatory to support; a shorter tag is weaker integrity protection.',
  },
  'chacha20-poly1305': {
    id: 'chacha20-poly1305',
    label: 'ChaCha20-Poly1305',
    ivBytes: 8,
    cipherBlockBytes: 1,
    icvBytes: 16,
    aead: true,
    refs: [
      { rfc: 7634, section: '2–3', about: 'ChaCha20-Poly1305 in ESP: 8-byte IV, 16-byte tag, 4-byte alignment only' },
    ],
  },
  '3des-sha1': {
    id: '3des-sha1',
    label: '3DES-CBC + HMAC-SHA1-96',
    ivBytes: 8,
    cipherBlockBytes: 8,
    icvBytes: 12,
    aead: false,
    refs: [{ rfc: 2451, section: '2', about: '3DES-CBC: 8-byte IV and block' }, HMAC_SHA1_96],
    caution: 'RFC 8221 says 3DES SHOULD NOT be used any more; it is here for old tunnels.',
  },
};

/**
 * Alignment the ESP payload + pad + 2-byte trailer must reach: the cipher block, and never
 * less than the 4 bytes RFC 4303 §2.4 asks for (Linux esp4.c uses ALIGN(blocksize, 4) too).
 */
export function paddingAlignment(suite: CipherSuite): number {
  return Math.ceil(Math.max(suite.cipherBlockBytes, 4) / 4) * 4;
}

export function isSuiteId(value: string): value is SuiteId {
  return (SUITE_IDS as readonly string[]).includes(value);
}
