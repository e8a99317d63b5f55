/**
 * The data key in memory (DESIGN.md §8), and what it does: seal and open
 * records, and hash search tokens. Sign-in or first run puts the key here;
 * locking, signing out, a reload or closing the window forget it. Without it
 * no sealed record can be read or written (LockedError).
 *
 * A database that holds no data key yet (one upgraded from a version before
 * protection, until the first sign-in of any profile makes the key) holds
 * its records in the clear: `protectedDb` says which.
 */
import Dexie, { type IntervalTree, type ObservabilitySet } from 'dexie';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import type { HomewardDb } from '../db';
import { LockedError } from '../errors';
import { fromBase64, hashKeyBytes, toBase64 } from './data-key';
import { NameIndex } from './name-index';

const IV_BYTES = 12;
/** More cases written than this since the last use (an import) and the whole index is read again, from its keys alone: quicker than reading each case. */
const REREAD_AT_MOST = 500;
const HASH_BYTES = 12;
const [OPEN_BRACKET, COMMA, CLOSE_BRACKET] = [0x5b, 0x2c, 0x5d];
/**
 * Plain texts parsed as one JSON array at most this many at a time: the name index opens every case's entry after
 * sign-in, and one parse of 100,000 (megabytes of JSON) would hold the page's thread in one piece as the list is used.
 */
const PARSED_AT_ONCE = 5_000;
/**
 * Hashes kept in memory for tokens met again: a nationality's passport numbers share their beginnings, and
 * common names their duplicate match keys, so many of an import's hashes are of tokens hashed before. Past this
 * many the memory is emptied rather than grown.
 */
const HASHES_KEPT = 100_000;

export class Vault {
  private dataKey: CryptoKey | null = null;
  /** HMAC-SHA-256 keyed with the hashing key, cloned per token: the key's padding blocks are hashed once, not per token. */
  private keyedHmac: ReturnType<typeof hmac.create> | null = null;
  /** Hashes of the tokens hashed since the key came (`kind:token` to hash), forgotten with the key: they are as secret as the names. */
  private readonly hashes = new Map<string, string>();
  /** Whether the database holds a data key: once true it stays true. */
  private known = false;
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder();
  /** Where each call's context is encoded: WebCrypto copies its arguments when called, so one buffer serves every call. */
  private contextBytes = new Uint8Array(new ArrayBuffer(256));
  private nameIndex: Promise<NameIndex> | null = null;
  /** True while `nameIndex` holds an index opened and read again up to the last use. */
  private namesOpen = false;
  /** Cases written since the name index was read (by any window of this workstation): their name entries are read again at its next use. */
  private renamed: Set<string> | 'all' = new Set();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly db: HomewardDb) {}

  get unlocked(): boolean {
    return this.dataKey !== null;
  }

  /** The key a profile's wrapped copy or the recovery key gave; the hashing key is derived from it. */
  async adopt(dataKey: CryptoKey): Promise<void> {
    this.keyedHmac = hmac.create(sha256, await hashKeyBytes(dataKey));
    this.hashes.clear();
    this.dataKey = dataKey;
    this.dropNames();
    this.known = true;
    this.notify();
  }

  /** Lock, sign-out: the key is dropped; what was sealed stays sealed. */
  forget(): void {
    this.dataKey = null;
    this.keyedHmac = null;
    this.hashes.clear();
    this.dropNames();
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
   * The cases' name entries (sort names and name tokens, name-index.ts),
   * opened: loaded at first use, then kept current. Every write to the
   * cases, in this window or another of the workstation (Dexie's
   * 'storagemutated', which reaches other windows and tabs over a
   * BroadcastChannel), marks the cases it wrote; their entries are read
   * again, and only theirs, at the next use.
   */
  async names(): Promise<NameIndex> {
    this.key();
    if (!this.nameIndex) {
      Dexie.on('storagemutated', this.noteWrites);
      this.renamed = new Set();
      this.track(NameIndex.load(this.db, this));
    } else if (this.renamed === 'all') {
      this.renamed = new Set();
      this.track(NameIndex.load(this.db, this));
    } else if (this.renamed.size > 0) {
      const renamed = this.renamed;
      this.renamed = new Set();
      this.track(this.nameIndex.then((index) => index.reread(this.db, this, [...renamed])));
    }
    const index = this.nameIndex!;
    return index.catch((error: unknown) => {
      if (this.nameIndex === index) this.dropNames();
      throw error;
    });
  }

  /**
   * The name index where it is open and at most a few cases' entries are to be read again; else null, and
   * nothing is opened: for a reader that can do without it (a list's rows open their cases instead) and should
   * not wait for the whole index to be read (the first page after sign-in, the first after an import).
   */
  openNames(): Promise<NameIndex> | null {
    return this.dataKey && this.namesOpen && this.renamed !== 'all' ? this.names() : null;
  }

  private track(index: Promise<NameIndex>): void {
    this.nameIndex = index;
    this.namesOpen = false;
    index.then(
      () => {
        if (this.nameIndex === index) this.namesOpen = true;
      },
      () => undefined,
    );
  }

  private dropNames(): void {
    Dexie.on('storagemutated').unsubscribe(this.noteWrites);
    this.nameIndex = null;
    this.namesOpen = false;
  }

  /** The cases a committed transaction wrote or deleted, from Dexie's record of the parts it changed. */
  private readonly noteWrites = (parts: ObservabilitySet): void => {
    if (this.renamed === 'all') return;
    const table = `idb://${this.db.name}/cases/`;
    for (const [part, tree] of Object.entries(parts)) {
      const ofCases = part === table || part === `${table}:dels`;
      if (part === 'all' || (ofCases && !addKeys(tree, this.renamed)) || this.renamed.size > REREAD_AT_MOST) {
        this.renamed = 'all';
        return;
      }
    }
  };

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
    const cipher = new Uint8Array(await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: this.contextOf(context) }, key, data));
    const envelope = new Uint8Array(IV_BYTES + cipher.length);
    envelope.set(iv);
    envelope.set(cipher, IV_BYTES);
    return toBase64(envelope);
  }

  /** Decrypts what `seal` made under the same context; a changed envelope or context fails (OperationError). */
  async open<T>(context: string, sealed: string): Promise<T> {
    return JSON.parse(this.decoder.decode(await this.decrypt(this.key(), context, sealed))) as T;
  }

  /**
   * Decrypts many envelopes, each as `open` would under its own context. Their plain texts are joined into JSON
   * arrays of up to PARSED_AT_ONCE, each decoded and parsed at once: a decode and a parse a record cost as much
   * again as the decryption (a protected CSV export of 10,000 cases). Each text is what `seal` made of one JSON
   * value, authenticated under this key, so an array holds one value an envelope; the count is checked all the same.
   */
  async openMany<T>(envelopes: readonly (readonly [context: string, sealed: string])[]): Promise<T[]> {
    if (envelopes.length === 0) return [];
    const key = this.key();
    const plains = await Promise.all(envelopes.map(([context, sealed]) => this.decrypt(key, context, sealed)));
    const values: T[] = [];
    for (let start = 0; start < plains.length; start += PARSED_AT_ONCE) values.push(...this.parsedTogether<T>(plains.slice(start, start + PARSED_AT_ONCE)));
    if (values.length !== envelopes.length) throw new Error(`Opened ${values.length} values from ${envelopes.length} envelopes`);
    return values;
  }

  /** Plain texts of one JSON value each, as one JSON array decoded and parsed. */
  private parsedTogether<T>(plains: readonly ArrayBuffer[]): T[] {
    const joined = new Uint8Array(plains.reduce((bytes, plain) => bytes + plain.byteLength + 1, 1));
    let at = 0;
    plains.forEach((plain, i) => {
      joined[at++] = i === 0 ? OPEN_BRACKET : COMMA;
      joined.set(new Uint8Array(plain), at);
      at += plain.byteLength;
    });
    joined[at] = CLOSE_BRACKET;
    return JSON.parse(this.decoder.decode(joined)) as T[];
  }

  /** An envelope's plain text; a changed envelope or context fails (OperationError). */
  private decrypt(key: CryptoKey, context: string, sealed: string): Promise<ArrayBuffer> {
    const envelope = fromBase64(sealed);
    return globalThis.crypto.subtle.decrypt({ name: 'AES-GCM', iv: envelope.subarray(0, IV_BYTES), additionalData: this.contextOf(context) }, key, envelope.subarray(IV_BYTES));
  }

  /** The context's UTF-8 bytes, valid until the next call. */
  private contextOf(context: string): Uint8Array<ArrayBuffer> {
    // Three bytes a UTF-16 unit at most: a context that might not fit gets a buffer that does.
    if (context.length * 3 > this.contextBytes.length) this.contextBytes = new Uint8Array(new ArrayBuffer(context.length * 3));
    return this.contextBytes.subarray(0, this.encoder.encodeInto(context, this.contextBytes).written);
  }

  /**
   * A keyed hash (HMAC-SHA-256 under a key derived from the data key,
   * truncated to 96 bits) of a normalised token: equal tokens give equal
   * hashes in every session, and the disk shows neither. `kind` keeps tokens
   * of different meanings apart (a name prefix, a passport, a match key).
   */
  hash(kind: string, token: string): string {
    if (!this.keyedHmac) throw new LockedError();
    const input = `${kind}:${token}`;
    let hash = this.hashes.get(input);
    if (hash === undefined) {
      hash = toBase64(this.keyedHmac.clone().update(this.encoder.encode(input)).digest().subarray(0, HASH_BYTES));
      if (this.hashes.size >= HASHES_KEPT) this.hashes.clear();
      this.hashes.set(input, hash);
    }
    return hash;
  }
}

/** Adds the single keys of an interval tree (a RangeSet, or its copy from another window) to `ids`; false when it holds a range (a table cleared, many deleted): then every name is read again. */
function addKeys(tree: IntervalTree, ids: Set<string>): boolean {
  const stack: (IntervalTree | null | undefined)[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || !('from' in node)) continue;
    if (node.from !== node.to || typeof node.from !== 'string') return false;
    ids.add(node.from);
    stack.push(node.l, node.r);
  }
  return true;
}

const vaults = new WeakMap<HomewardDb, Vault>();

/** The one vault of a database in this window: every repository and the exchange share its key. */
export function vaultOf(db: HomewardDb): Vault {
  let vault = vaults.get(db);
  if (!vault) vaults.set(db, (vault = new Vault(db)));
  return vault;
}
