/**
 * The data key in memory (DESIGN.md §8), and what it does: seal and open
 * records, and hash search tokens. Sign-in or first run puts the key here;
 * locking, signing out, a reload or closing the window forget it. Without it
 * no sealed record can be read or written (LockedError).
 *
 * A workstation whose database holds no data key yet (one upgraded from a
 * version before protection, until its first supervisor sign-in) stores in
 * the clear: `protectedDb` says which.
 */
import { hmac, type _HMAC } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import Dexie, { type ObservabilitySet } from 'dexie';
import type { HomewardDb } from '../db';
import { LockedError } from '../errors';
import { fromBase64, hashKeyBytes, toBase64 } from './data-key';
import { NameIndex } from './name-index';

const IV_BYTES = 12;
const HASH_BYTES = 12;

export class Vault {
  private dataKey: CryptoKey | null = null;
  /**
   * The HMAC keyed once with the hashing key: each hash starts from a copy of its state (the key's two
   * padded blocks already compressed), which saves a third of the work of the hundreds of thousands of
   * hashes an import of many cases makes.
   */
  private keyedHash: _HMAC<ReturnType<typeof sha256.create>> | null = null;
  /** Whether the database holds a data key: once true it stays true. */
  private known = false;
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder();
  private nameIndex: Promise<NameIndex> | null = null;
  /** Set when the cases changed (in any window) since the name index was read: it is read again at its next use. */
  private namesStale = false;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly db: HomewardDb) {}

  get unlocked(): boolean {
    return this.dataKey !== null;
  }

  /** The key a profile's wrapped copy or the recovery key gave; the hashing key is derived from it. */
  async adopt(dataKey: CryptoKey): Promise<void> {
    const hashKey = await hashKeyBytes(dataKey);
    this.keyedHash?.destroy();
    this.keyedHash = hmac.create(sha256, hashKey);
    // The keyed state holds what is needed; the raw bits are not left lying in memory.
    hashKey.fill(0);
    this.dataKey = dataKey;
    this.nameIndex = null;
    this.known = true;
    Dexie.on.storagemutated.unsubscribe(this.casesChanged);
    Dexie.on.storagemutated.subscribe(this.casesChanged);
    this.notify();
  }

  /** Lock, sign-out: the key is dropped; what was sealed stays sealed. */
  forget(): void {
    this.dataKey = null;
    this.keyedHash?.destroy();
    this.keyedHash = null;
    this.nameIndex = null;
    Dexie.on.storagemutated.unsubscribe(this.casesChanged);
    // A restore may have replaced the keys: whether the database is protected is read again.
    this.known = false;
    this.notify();
  }

  /**
   * After a restore: the key in memory stays only if it opens the restored
   * records (a backup of this workstation); otherwise it is forgotten and
   * the restored profiles' passphrases open the restored key at sign-in.
   */
  async keepIfItOpensRestored(): Promise<void> {
    if (!this.dataKey) return this.forget();
    const sample = (await this.db.history.filter((row) => 'sealed' in row).first()) as { id: string; sealed: string } | undefined;
    if (!sample) {
      if ((await this.db.keys.count()) === 0) this.forget();
      return;
    }
    try {
      await this.open(`history:${sample.id}`, sample.sealed);
    } catch {
      this.forget();
    }
  }

  /** Calls `listener` whenever the key comes or goes (the app shows or unmounts its pages). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  /**
   * Dexie's notice of committed writes, this window's and (over a broadcast
   * channel) other windows' of the same origin: one that touched the cases
   * marks the name index for reading again.
   */
  private readonly casesChanged = (parts: ObservabilitySet) => {
    const prefix = `idb://${this.db.name}/cases/`;
    if (Object.keys(parts).some((part) => part.startsWith(prefix))) this.namesStale = true;
  };

  /** The cases' sort names, opened (loaded at first use; after the cases changed, read again and only the changed ones opened). */
  async names(): Promise<NameIndex> {
    this.key();
    const previous = this.namesStale ? this.nameIndex : null;
    this.namesStale = false;
    if (previous) this.nameIndex = previous.then((index) => NameIndex.load(this.db, this, index));
    this.nameIndex ??= NameIndex.load(this.db, this);
    const loading = this.nameIndex;
    return loading.catch((error: unknown) => {
      if (this.nameIndex === loading) this.nameIndex = null;
      throw error;
    });
  }

  /** A case this window stored under a sort name: the loaded name order follows. */
  async noteName(id: string, sortName: string): Promise<void> {
    if (this.nameIndex) (await this.nameIndex).set(id, sortName);
  }

  /** The data key, to wrap it again (a new profile, a new passphrase); LockedError without it. */
  key(): CryptoKey {
    if (!this.dataKey) throw new LockedError();
    return this.dataKey;
  }

  /** True when the database holds a data key: its records are to be sealed. */
  async protectedDb(): Promise<boolean> {
    if (this.known || this.dataKey) return true;
    this.known = (await this.db.keys.count()) > 0;
    return this.known;
  }

  /** Encrypts a JSON value; `context` (table and record id) is bound as associated data. */
  async seal(context: string, value: unknown): Promise<string> {
    const key = this.key();
    const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
    const data = this.encoder.encode(JSON.stringify(value));
    const cipher = new Uint8Array(await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: this.encoder.encode(context) }, key, data));
    const envelope = new Uint8Array(IV_BYTES + cipher.length);
    envelope.set(iv);
    envelope.set(cipher, IV_BYTES);
    return toBase64(envelope);
  }

  /** Decrypts what `seal` made under the same context; a changed envelope or context fails (OperationError). */
  async open<T>(context: string, sealed: string): Promise<T> {
    const key = this.key();
    const envelope = fromBase64(sealed);
    const plain = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: envelope.subarray(0, IV_BYTES), additionalData: this.encoder.encode(context) },
      key,
      envelope.subarray(IV_BYTES),
    );
    return JSON.parse(this.decoder.decode(plain)) as T;
  }

  /**
   * A keyed hash (HMAC-SHA-256 under a key derived from the data key,
   * truncated to 96 bits) of a normalised token: equal tokens give equal
   * hashes in every session, and the disk shows neither. `kind` keeps tokens
   * of different meanings apart (a name prefix, a passport, a match key).
   */
  hash(kind: string, token: string): string {
    if (!this.keyedHash) throw new LockedError();
    return toBase64(this.keyedHash.clone().update(this.encoder.encode(`${kind}:${token}`)).digest().subarray(0, HASH_BYTES));
  }
}

const vaults = new WeakMap<HomewardDb, Vault>();

/** The one vault of a database in this window: every repository and the exchange share its key. */
export function vaultOf(db: HomewardDb): Vault {
  let vault = vaults.get(db);
  if (!vault) vaults.set(db, (vault = new Vault(db)));
  return vault;
}
