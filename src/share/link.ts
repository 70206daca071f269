/**
 * Private links between two phones: what one element sends the same element on the partner's
 * phone, carried in the link's fragment (`#alliance=…`), which browsers never send to a server.
 *
 * The words are JSON in an envelope (format version, the element's kind and `storage-key`, the
 * time it was made), compressed (`CompressionStream('deflate')`, whose checksum catches a link
 * that was cut short or changed) and written in base64url. With a passphrase the compressed
 * bytes are encrypted first (PBKDF2-SHA-256 to an AES-GCM key), so a link forwarded or synced by
 * mistake cannot be read, and one changed on the way does not open.
 *
 * A fragment is untrusted input: it is size-limited before decoding, decompressed with a limit
 * (a compression bomb stops early), and checked field by field by the element that reads it.
 */

/** The fragment's name: `#alliance=<payload>`. */
export const LINK_PARAM = 'alliance';
/** The envelope's format version; a link from a newer version is refused with a clear reason. */
export const LINK_VERSION = 1;
/** The longest fragment read (characters); a link longer than this was not made here. */
export const MAX_LINK_CHARS = 32_000;
/** The most bytes a link decompresses to; past this it stops reading. */
export const MAX_LINK_BYTES = 96_000;
/** PBKDF2's iterations for a passphrase (the format's own, fixed for version 1). */
export const PASSPHRASE_ITERATIONS = 600_000;

const PLAIN = 'p';
const LOCKED = 'e';
const SALT_BYTES = 16;
const IV_BYTES = 12;
const AAD = new TextEncoder().encode('alliance-link-1');

type Bytes = Uint8Array<ArrayBuffer>;

/** What a link carries: the element it is for, and that element's own data. */
export interface LinkEnvelope<T = unknown> {
  /** Format version. */
  readonly v: number;
  /** The element: `check-in` or `worksheet`. */
  readonly kind: string;
  /** The element's `storage-key`. */
  readonly key: string;
  /** When the link was made (ISO). */
  readonly made: string;
  readonly data: T;
}

/** Why a link could not be read. */
export type LinkProblem =
  /** Cut short, changed on the way, or not a link made here. */
  | 'damaged'
  /** Longer, or decompressing to more, than a link made here can be. */
  | 'too-large'
  /** Made by a newer version of the library. */
  | 'newer'
  /** Locked with a passphrase: ask for it. */
  | 'locked'
  /** The passphrase given does not open it. */
  | 'wrong-passphrase';

export type LinkRead<T = unknown> = { readonly ok: true; readonly envelope: LinkEnvelope<T>; readonly locked: boolean } | { readonly ok: false; readonly problem: LinkProblem };

/** What a fragment says in the clear: the element it is for (kind and `storage-key`) and the payload to read. */
export interface LinkAddress {
  readonly kind: string;
  readonly key: string;
  readonly payload: string;
}

/**
 * A link's address in a URL's fragment (`#alliance=<kind>:<key>:<payload>`), or undefined when
 * the fragment holds none. The kind and key travel in the clear, so that the right element
 * takes the link before any passphrase is asked; inside, they are repeated (and, locked,
 * authenticated).
 */
export function linkAddress(hash: string): LinkAddress | undefined {
  const match = /^#alliance=([a-z-]{1,20}):([^:]{0,200}):(.*)$/s.exec(hash);
  if (!match) return undefined;
  let key: string;
  try {
    key = decodeURIComponent(match[2]);
  } catch {
    return undefined;
  }
  return { kind: match[1], key, payload: match[3] };
}

/** A URL with `base`'s address (its fragment replaced) carrying `envelope`; locked with `passphrase` when one is given. */
export async function makeLink(base: string, envelope: Omit<LinkEnvelope, 'v' | 'made'>, passphrase = ''): Promise<string> {
  const full: LinkEnvelope = { v: LINK_VERSION, kind: envelope.kind, key: envelope.key, made: new Date().toISOString(), data: envelope.data };
  // No limit on the way in: `squeeze` returns bytes.
  const packed = (await squeeze(new TextEncoder().encode(JSON.stringify(full)), new CompressionStream('deflate')))!;
  let payload = PLAIN + toBase64Url(packed);
  if (passphrase) {
    const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
    const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
    const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: AAD }, await keyFor(passphrase, salt), packed));
    payload = LOCKED + toBase64Url(concat(salt, iv, sealed));
  }
  const url = new URL(base);
  url.hash = `${LINK_PARAM}=${full.kind}:${encodeURIComponent(full.key)}:${payload}`;
  return url.href;
}

/** Whether a link is locked with a passphrase. */
export function isLocked(address: LinkAddress): boolean {
  return address.payload.startsWith(LOCKED);
}

/** Reads a link found at `address`; `passphrase` opens a locked one. Its envelope names the same element as its address, or it is damaged. */
export async function readLink<T = unknown>(address: LinkAddress, passphrase = ''): Promise<LinkRead<T>> {
  const { payload } = address;
  if (payload.length > MAX_LINK_CHARS) return { ok: false, problem: 'too-large' };
  const kind = payload.charAt(0);
  const bytes = fromBase64Url(payload.slice(1));
  if ((kind !== PLAIN && kind !== LOCKED) || !bytes || !bytes.length) return { ok: false, problem: 'damaged' };
  let packed = bytes;
  if (kind === LOCKED) {
    if (!passphrase) return { ok: false, problem: 'locked' };
    if (bytes.length <= SALT_BYTES + IV_BYTES) return { ok: false, problem: 'damaged' };
    try {
      const key = await keyFor(passphrase, bytes.subarray(0, SALT_BYTES));
      const iv = bytes.subarray(SALT_BYTES, SALT_BYTES + IV_BYTES);
      packed = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: AAD }, key, bytes.subarray(SALT_BYTES + IV_BYTES)));
    } catch {
      // AES-GCM cannot tell a wrong passphrase from a changed link: both fail its check.
      return { ok: false, problem: 'wrong-passphrase' };
    }
  }
  let text: string;
  try {
    const plain = await squeeze(packed, new DecompressionStream('deflate'), MAX_LINK_BYTES);
    if (!plain) return { ok: false, problem: 'too-large' };
    text = new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, problem: 'damaged' };
  const { v, kind: element, key, made, data } = value as Record<string, unknown>;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return { ok: false, problem: 'damaged' };
  if (v > LINK_VERSION) return { ok: false, problem: 'newer' };
  if (element !== address.kind || key !== address.key || typeof made !== 'string' || Number.isNaN(Date.parse(made)) || data === undefined) {
    return { ok: false, problem: 'damaged' };
  }
  return { ok: true, envelope: { v, kind: address.kind, key: address.key, made, data: data as T }, locked: kind === LOCKED };
}

/** Runs `bytes` through a (de)compression stream; with `limit`, undefined once the output passes it. */
async function squeeze(bytes: Bytes, stream: CompressionStream | DecompressionStream, limit = Infinity): Promise<Bytes | undefined> {
  const writer = stream.writable.getWriter();
  // Errors surface on the reading side; the writing side's own rejection is not the news.
  writer.write(bytes).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Bytes[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  return concat(...chunks);
}

async function keyFor(passphrase: string, salt: Bytes): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: PASSPHRASE_ITERATIONS },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function concat(...parts: Bytes[]): Bytes {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function toBase64Url(bytes: Bytes): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Bytes | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}
