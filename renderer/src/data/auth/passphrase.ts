/**
 * Passphrases are stored only as a salted PBKDF2-SHA-256 verifier. The same
 * derivation yields a second, never-stored half: a key-encryption key, so a
 * later step can wrap one data key per profile without asking for anything new.
 */

import type { PassphraseRecord } from '../../../../shared/schemas/staff';

/** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000;

export interface DerivedSecrets {
  verifier: string;
  /** AES-KW key from the second half of the derived bits: for wrapping a data key later. */
  keyEncryptionKey: CryptoKey;
}

const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function derive(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<DerivedSecrets> {
  const subtle = globalThis.crypto.subtle;
  const material = await subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = new Uint8Array(await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 512));
  const verifier = toBase64(new Uint8Array(await subtle.digest('SHA-256', bits.slice(0, 32))));
  const keyEncryptionKey = await subtle.importKey('raw', bits.slice(32), 'AES-KW', false, ['wrapKey', 'unwrapKey']);
  return { verifier, keyEncryptionKey };
}

export async function hashPassphrase(passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<PassphraseRecord> {
  return (await newPassphrase(passphrase, iterations)).record;
}

/** A new passphrase's stored verifier and the key-encryption key it gives, to wrap the data key for it. */
export async function newPassphrase(passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<{ record: PassphraseRecord; keyEncryptionKey: CryptoKey }> {
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const { verifier, keyEncryptionKey } = await derive(passphrase, salt, iterations);
  return { record: { algorithm: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), verifier }, keyEncryptionKey };
}

/** The derived secrets when the passphrase is right, null otherwise; compared in constant time. */
export async function verifyPassphrase(passphrase: string, record: PassphraseRecord): Promise<DerivedSecrets | null> {
  const secrets = await derive(passphrase, fromBase64(record.salt), record.iterations);
  const a = fromBase64(secrets.verifier);
  const b = fromBase64(record.verifier);
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.min(a.length, b.length); i++) difference |= a[i]! ^ b[i]!;
  return difference === 0 ? secrets : null;
}

/**
 * Seconds to wait before the next attempt after `failures` wrong passphrases
 * in a row: none for the first three, then doubling from 2 s up to 5 minutes.
 */
export function lockoutDelaySeconds(failures: number): number {
  if (failures < 3) return 0;
  return Math.min(2 ** (failures - 2), 300);
}
