/**
 * The encrypted envelope of a backup file, through WebCrypto only (the same
 * code runs in Chromium and in Node 20 for the tests).
 *
 *   HOMEWARD-BACKUP \n {header JSON} \n ciphertext
 *
 * The header is plaintext so that a restore can tell the format version and
 * the key-derivation parameters before it asks for the passphrase; it holds no
 * personal data and not even the number of cases. The key is PBKDF2-SHA-256
 * over the passphrase (600,000 iterations, OWASP 2023) with a random 16-byte
 * salt; the cipher is AES-256-GCM with a random 12-byte IV. Everything before
 * the ciphertext (magic and header) is GCM's additional authenticated data,
 * so changing one byte anywhere makes decryption fail. GCM cannot say whether
 * it failed because of the passphrase or because of a change: the message says
 * so. The header declares the ciphertext's length, which is how a cut-off file
 * is told apart from a changed one.
 */
import { z } from 'zod';
import { BACKUP_MAGIC } from '../../../../shared/ipc';
import { ExchangeError } from './errors';

export { BACKUP_MAGIC };
/** The newest format this code writes and reads. */
export const BACKUP_FORMAT = 1;
export const BACKUP_KDF_ITERATIONS = 600_000;
/** A file may ask for more iterations, not for fewer; the upper bound stops a doctored header from hanging the app. */
const MAX_KDF_ITERATIONS = 10_000_000;
const MAX_HEADER_BYTES = 4096;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const GCM_TAG_BYTES = 16;

export type Compression = 'gzip' | 'none';

export interface BackupKey {
  key: CryptoKey;
  salt: Uint8Array<ArrayBuffer>;
  iterations: number;
  /** Base64 digest that confirms a passphrase without revealing the key (stored for automatic backups). */
  verifier: string;
}

export const toBase64 = (bytes: Uint8Array): string => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};
export const fromBase64 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

const base64Of = (length: number) =>
  z.string().refine((value) => {
    try {
      return fromBase64(value).length === length;
    } catch {
      return false;
    }
  });

export const BackupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int().min(BACKUP_KDF_ITERATIONS).max(MAX_KDF_ITERATIONS),
    salt: base64Of(SALT_BYTES),
  }),
  cipher: z.object({ name: z.literal('AES-GCM'), iv: base64Of(IV_BYTES) }),
  compression: z.enum(['gzip', 'none']),
  /** Length of the ciphertext (with its tag): a shorter file was cut off. */
  payloadBytes: z.number().int().min(GCM_TAG_BYTES),
});
export type BackupHeader = z.infer<typeof BackupHeaderSchema>;

const VERIFIER_LABEL = new TextEncoder().encode('homeward-backup-verifier');

export async function deriveBackupKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer> = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES)),
  iterations: number = BACKUP_KDF_ITERATIONS,
): Promise<BackupKey> {
  const subtle = globalThis.crypto.subtle;
  const material = await subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = new Uint8Array(await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 256));
  const key = await subtle.importKey('raw', bits, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
  const labelled = new Uint8Array(bits.length + VERIFIER_LABEL.length);
  labelled.set(bits);
  labelled.set(VERIFIER_LABEL, bits.length);
  const verifier = toBase64(new Uint8Array(await subtle.digest('SHA-256', labelled)));
  bits.fill(0);
  labelled.fill(0);
  return { key, salt, iterations, verifier };
}

/** Encrypts a payload (already compressed as `compression` says) into the bytes of a backup file. */
export async function sealBackup(payload: Uint8Array<ArrayBuffer>, backupKey: BackupKey, compression: Compression): Promise<Uint8Array<ArrayBuffer>> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: backupKey.iterations, salt: toBase64(backupKey.salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    compression,
    payloadBytes: payload.byteLength + GCM_TAG_BYTES,
  };
  const prefix = new TextEncoder().encode(`${BACKUP_MAGIC}\n${JSON.stringify(header)}\n`);
  const ciphertext = new Uint8Array(await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: prefix }, backupKey.key, payload));
  const file = new Uint8Array(prefix.length + ciphertext.length);
  file.set(prefix);
  file.set(ciphertext, prefix.length);
  return file;
}

export interface ReadEnvelope {
  header: BackupHeader;
  /** Magic and header: the additional authenticated data. */
  prefix: Uint8Array<ArrayBuffer>;
  ciphertext: Uint8Array<ArrayBuffer>;
}

/** Reads the plaintext part and checks the lengths; refuses with a catalogue key before any passphrase is tried. */
export function readEnvelope(file: Uint8Array<ArrayBuffer>): ReadEnvelope {
  const magic = new TextEncoder().encode(`${BACKUP_MAGIC}\n`);
  const startsLikeMagic = magic.subarray(0, Math.min(magic.length, file.length)).every((b, i) => file[i] === b);
  if (!startsLikeMagic || file.length === 0) throw new ExchangeError('backup.notABackup');
  if (file.length <= magic.length) throw new ExchangeError('backup.truncated');
  const end = file.indexOf(0x0a, magic.length);
  if (end === -1) throw new ExchangeError(file.length - magic.length < MAX_HEADER_BYTES ? 'backup.truncated' : 'backup.damaged');
  if (end - magic.length > MAX_HEADER_BYTES) throw new ExchangeError('backup.damaged');

  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(file.subarray(magic.length, end)));
  } catch {
    throw new ExchangeError('backup.damaged');
  }
  // Read the version before anything else: a newer format may change every other field.
  const format = typeof raw === 'object' && raw !== null && 'format' in raw ? raw.format : undefined;
  if (typeof format === 'number' && Number.isInteger(format) && format > BACKUP_FORMAT) {
    throw new ExchangeError('backup.tooNew', { format, supported: BACKUP_FORMAT });
  }
  const parsed = BackupHeaderSchema.safeParse(raw);
  if (!parsed.success) throw new ExchangeError('backup.damaged');

  const ciphertext = file.slice(end + 1);
  if (ciphertext.length < parsed.data.payloadBytes) throw new ExchangeError('backup.truncated');
  if (ciphertext.length > parsed.data.payloadBytes) throw new ExchangeError('backup.damaged');
  return { header: parsed.data, prefix: file.slice(0, end + 1), ciphertext };
}

/** Decrypts with the passphrase; a wrong passphrase and a changed byte both end here, and cannot be told apart. */
export async function openEnvelope(envelope: ReadEnvelope, passphrase: string): Promise<Uint8Array<ArrayBuffer>> {
  const { header } = envelope;
  const { key } = await deriveBackupKey(passphrase, fromBase64(header.kdf.salt), header.kdf.iterations);
  try {
    const plain = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(header.cipher.iv), additionalData: envelope.prefix },
      key,
      envelope.ciphertext,
    );
    return new Uint8Array(plain);
  } catch {
    throw new ExchangeError('backup.wrongPassphraseOrChanged');
  }
}
