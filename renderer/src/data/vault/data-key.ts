/**
 * The workstation's data key (DESIGN.md §8): one random AES-256-GCM key per
 * database, never stored in the clear. It is stored wrapped (AES-KW) once per
 * profile, with the key-encryption key that sign-in derives from that
 * profile's passphrase, and once under the recovery key shown at first run.
 */

const subtle = () => globalThis.crypto.subtle;

/**
 * Base64 of every envelope and hash: the built-in conversions where the
 * runtime has them (Chromium, so the app), several times quicker than going
 * through a binary string on every record sealed or opened; Node 20 (the
 * unit tests) has not.
 */
interface NativeBase64 {
  toBase64?: (this: Uint8Array) => string;
}
const nativeToBase64 = (Uint8Array.prototype as NativeBase64).toBase64;
const nativeFromBase64 = (Uint8Array as { fromBase64?: (text: string) => Uint8Array<ArrayBuffer> }).fromBase64;

export const toBase64 = (bytes: Uint8Array): string => {
  if (nativeToBase64) return nativeToBase64.call(bytes);
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
};
/** Without the built-in: a plain loop (`Uint8Array.from` with a mapping function costs several times as much). */
export const fromBase64 = (text: string): Uint8Array<ArrayBuffer> => {
  if (nativeFromBase64) return nativeFromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
};

/**
 * A new data key. Extractable, because it must be wrapped again for each new
 * profile and passphrase; it never leaves memory otherwise.
 */
export async function generateDataKey(): Promise<CryptoKey> {
  return subtle().generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
}

export async function wrapDataKey(dataKey: CryptoKey, keyEncryptionKey: CryptoKey): Promise<string> {
  return toBase64(new Uint8Array(await subtle().wrapKey('raw', dataKey, keyEncryptionKey, 'AES-KW')));
}

/** The data key, or null when this key-encryption key did not wrap it (AES-KW checks its own integrity). */
export async function unwrapDataKey(wrapped: string, keyEncryptionKey: CryptoKey): Promise<CryptoKey | null> {
  try {
    return await subtle().unwrapKey('raw', fromBase64(wrapped), keyEncryptionKey, 'AES-KW', { name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
  } catch {
    return null;
  }
}

/**
 * The recovery key: 256 random bits written in Crockford's base 32 (no I, L,
 * O or U to misread), in groups of four, to be printed and kept in the
 * post's safe.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RECOVERY_BYTES = 32;

export function newRecoveryKey(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(RECOVERY_BYTES));
  let bits = 0;
  let value = 0;
  let text = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      text += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) text += ALPHABET[(value << (5 - bits)) & 31];
  return text.match(/.{1,4}/g)!.join('-');
}

/** The bytes of a recovery key as typed (any case, spaces or dashes, the letters O, I and L read as digits); null when it cannot be one. */
function recoveryBytes(typed: string): Uint8Array<ArrayBuffer> | null {
  const clean = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (clean.length !== Math.ceil((RECOVERY_BYTES * 8) / 5)) return null;
  const bytes = new Uint8Array(RECOVERY_BYTES);
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const char of clean) {
    const digit = ALPHABET.indexOf(char);
    if (digit < 0) return null;
    value = ((value << 5) | digit) & 0xffff;
    bits += 5;
    if (bits >= 8 && index < RECOVERY_BYTES) {
      bytes[index++] = (value >>> (bits - 8)) & 0xff;
      bits -= 8;
    }
  }
  return bytes;
}

/** The key-encryption key a recovery key stands for; null when the text is not a recovery key. */
export async function recoveryKeyEncryptionKey(typed: string): Promise<CryptoKey | null> {
  const bytes = recoveryBytes(typed);
  if (!bytes) return null;
  const material = await subtle().importKey('raw', bytes, 'HKDF', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info: new TextEncoder().encode('homeward recovery key') },
    material,
    { name: 'AES-KW', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

/** The raw bits of the keyed hashes of search tokens, derived from the data key (HKDF), so they need no key of their own. */
export async function hashKeyBytes(dataKey: CryptoKey): Promise<Uint8Array<ArrayBuffer>> {
  const material = await subtle().importKey('raw', await subtle().exportKey('raw', dataKey), 'HKDF', false, ['deriveBits']);
  const bits = await subtle().deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info: new TextEncoder().encode('homeward search tokens') },
    material,
    256,
  );
  return new Uint8Array(bits);
}
