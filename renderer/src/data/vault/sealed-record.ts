/**
 * Which fields of which table are sealed (DESIGN.md §8), and how a record is
 * sealed and opened: its identifying and free-text fields (shared/fields.ts)
 * move into one AES-GCM envelope, `sealed`, bound to the table and record id;
 * codes, dates, ids, versions, assignee, status and derived flags stay in the
 * clear for the indexes. A case's names are found through its sealed name
 * entry (vault/name-index.ts), its passport number and duplicate match keys
 * through keyed hashes; the clear values are computed again from the opened
 * names.
 *
 * A record without `sealed` is one stored before the workstation had a data
 * key: it opens as it is (vault/migration.ts seals it at the next sign-in).
 */
import { CASE_FIELDS, STEP_FIELDS } from '../../../../shared/fields';
import { nameMatchKeys } from '../../../../shared/domain/duplicates';
import { foldText, nameTokensOf, normalisePassport } from '../../../../shared/domain/name-tokens';
import { deriveCaseFields, type CaseActivity, type CaseCore } from '../../../../shared/domain/case-derived';
import type { Case, CaseDerived } from '../../../../shared/schemas/case';
import type { HistoryRecord } from '../../../../shared/schemas/history';
import type { RecordTable, StoredRecords } from '../recorder/recorder';
import type { HomewardDb } from '../db';
import { PASSPORT_PREFIX_MIN } from '../indexes';
import { sealedNameEntry } from './name-index';
import { vaultOf, type Vault } from './vault';

/** The sealed fields of each table's records (dotted paths); tables not named hold none. */
const CASE_PATHS: readonly string[] = CASE_FIELDS.filter((f) => f.protection !== 'code').map((f) => f.path);
const STEP_PARTS: readonly string[] = STEP_FIELDS.filter((f) => f.protection !== 'code').map((f) => f.part);

export const SEALED_PATHS = {
  cases: CASE_PATHS,
  contactLog: ['summary'],
  followUps: ['title'],
  groups: ['name', 'note'],
  closureRequests: ['note', 'decisionNote'],
  history: ['oldValue', 'newValue', 'note'],
  accessLog: ['detail'],
} as const satisfies Partial<Record<RecordTable, readonly string[]>>;

export type SealedTable = keyof typeof SEALED_PATHS;

/** The sealed paths split once (records are sealed and opened by the thousand). */
const SPLIT_PATHS = Object.fromEntries(
  Object.entries(SEALED_PATHS).map(([table, paths]) => [table, paths.map((path: string) => ({ path, keys: path.split('.') }))]),
) as unknown as Record<SealedTable, readonly { path: string; keys: readonly string[] }[]>;
const SPLIT_STEP_PARTS: readonly (readonly string[])[] = STEP_PARTS.map((part) => part.split('.'));

/** A table's sealed paths as a tree of their keys: opening puts the secrets back copying each object on the way once. */
interface PathTree {
  /** Keys here holding a sealed value, with its path. */
  readonly leaves: readonly (readonly [key: string, path: string])[];
  /** Keys here holding an object with sealed values inside. */
  readonly branches: readonly (readonly [key: string, tree: PathTree])[];
  /** Every path of the tree. */
  readonly paths: readonly string[];
}

function treeOf(paths: readonly { path: string; keys: readonly string[] }[], depth = 0): PathTree {
  const groups = new Map<string, { path: string; keys: readonly string[] }[]>();
  const leaves: [string, string][] = [];
  for (const entry of paths) {
    const key = entry.keys[depth]!;
    if (entry.keys.length === depth + 1) leaves.push([key, entry.path]);
    else groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return { leaves, branches: [...groups].map(([key, group]) => [key, treeOf(group, depth + 1)] as const), paths: paths.map((p) => p.path) };
}

const PATH_TREES = Object.fromEntries(Object.entries(SPLIT_PATHS).map(([table, paths]) => [table, treeOf(paths)])) as Record<SealedTable, PathTree>;

export function isSealedTable(table: string): table is SealedTable {
  return table in SEALED_PATHS;
}

/**
 * A passport number's beginnings of PASSPORT_PREFIX_MIN (indexes.ts) to this many characters are hashed: the
 * first three are shared by a whole nationality's numbers (letters and a digit), six by a handful of cases.
 */
export const PASSPORT_PREFIX_HASHED = 6;
/**
 * The scheme of the hashed search entries of sealed cases: 1 hashed a passport number's first three characters
 * only, 2 its first three to six, 3 as 2 without an entry for each whole name token longer than the hashed
 * prefix (no search or duplicate check looked them up, and every index entry costs each write of the case), 4 as
 * 3 without the hashes of name beginnings (some 17 a case, most of what sealing cost the case's writes): names
 * are found in the opened name entries instead, which since 4 hold each case's name tokens beside its sort name;
 * 5 as 4 with the full name as written in the name entry too, so that a row of the list shows its name without
 * its case being decrypted (hashes unchanged: only the name entries are sealed again).
 * A workstation records the scheme its cases hold (vault/migration.ts brings older ones up to date at sign-in);
 * until then a passport search reads the scheme-1 entries, and a name search opens the cases whose entry lacks
 * their tokens.
 */
export const SEARCH_HASHES = 5;
const SCHEME_1_PASSPORT_PREFIX = 3;

type Secrets = Record<string, unknown>;

function idOf(record: object): string {
  return (record as { id: string }).id;
}

export function sealContext(table: SealedTable, id: string): string {
  return `${table}:${id}`;
}

/**
 * Records left in the clear: a new case's "create" history row holds only
 * its reference, which the commit writes in (a code); the record of a
 * restore (codes and counts, exchange/audit.ts) is written by a window that
 * may not hold the restored data key.
 */
export function staysClear(table: SealedTable, record: object): boolean {
  if (table === 'accessLog') return (record as { kind?: string }).kind === 'restore';
  if (table !== 'history') return false;
  const row = record as HistoryRecord;
  if (row.entity === 'export') return (row.newValue as { kind?: unknown } | null)?.kind === 'restore';
  return row.entity === 'case' && row.action === 'create' && row.field === null;
}

export interface SealingOptions {
  /**
   * False: a case's hashed search entries are left out (empty, never the clear tokens), to be made by
   * `withSearchHashes` inside the write's transaction (the import: hashing is synchronous, so it may run
   * there while the chunk before is written).
   */
  searchEntries?: boolean;
}

/** The record as stored: sealed fields in the envelope, the rest in the clear. */
export async function sealRecord<T extends SealedTable>(vault: Vault, table: T, record: StoredRecords[T], { searchEntries = true }: SealingOptions = {}): Promise<StoredRecords[T]> {
  if ('sealed' in record || staysClear(table, record)) return record;
  // Copied only where secrets are taken out (a whole copy of each record costs much of an import's sealing); the rest is shared with the record given, which stays as it was.
  const clear = { ...record } as Record<string, unknown>;
  const secrets = takeSecrets(table, clear, new WeakSet<object>([clear]));
  const nameEntry = table === 'cases' ? sealedNameEntry(vault, record as Case) : null;
  const [sealed, sortName] = await Promise.all([vault.seal(sealContext(table, idOf(record)), secrets), nameEntry]);
  if (sortName !== null) {
    const { derived } = record as Case;
    const entries = searchEntries ? searchHashes(vault, record as Case) : { nameTokens: [], matchKeys: [] };
    (clear as unknown as Case).derived = { ...derived, ...entries, sortName };
  }
  clear.sealed = sealed;
  return clear as StoredRecords[T];
}

/** The record as the app knows it; LockedError when it is sealed and the key is not in memory. */
export async function openRecord<T extends SealedTable>(vault: Vault, table: T, stored: StoredRecords[T]): Promise<StoredRecords[T]> {
  const envelope = (stored as { sealed?: string }).sealed;
  if (envelope === undefined) return stored;
  return withSecrets(table, stored, await vault.open<Secrets>(sealContext(table, idOf(stored)), envelope));
}

/** A sealed record with its opened secrets put back where they were taken from. */
function withSecrets<T extends SealedTable>(table: T, stored: StoredRecords[T], secrets: Secrets): StoredRecords[T] {
  const { sealed: _sealed, ...rest } = stored as StoredRecords[T] & { sealed: string };
  // Copied only where the secrets go (a whole copy of every record opened costs more than its decryption); the
  // rest is shared with the stored record, which callers read from the database and do not keep.
  const record = rest as Record<string, unknown>;
  putSecrets(table, record, secrets, new WeakSet<object>([record]));
  if (table === 'cases') {
    const opened = record as unknown as Case;
    opened.derived = openedNameFields(opened.derived, opened.person);
  }
  return record as StoredRecords[T];
}

/**
 * A sealed case's derived name fields, computed again from its opened names
 * (stored, they are hashes and a sealed sort name) when first read: a page
 * of the list shows none of them, and computing them for every case opened
 * cost some 10 µs a case.
 */
function openedNameFields(stored: CaseDerived, person: Case['person']): CaseDerived {
  const derived = { ...stored };
  const names = () => [person.fullName, ...person.otherNames];
  computedOnRead(derived, 'nameTokens', () => nameTokensOf(names()));
  computedOnRead(derived, 'matchKeys', () => nameMatchKeys(names()));
  computedOnRead(derived, 'sortName', () => foldText(person.fullName));
  return derived;
}

/** An enumerable property computed at its first read and kept (a copy, a spread or structured cloning reads it as a plain value); it may be set like any other. */
function computedOnRead<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  let value: { current: T[K] } | null = null;
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => (value ??= { current: compute() }).current,
    set: (next: T[K]) => {
      value = { current: next };
    },
  });
}

/**
 * A copy of a record's fields kept beside the record (sync's merge base,
 * sync/sealed-copies.ts), sealed by the same field table: no derived values,
 * no hashes, `context` naming where the copy lives.
 */
export async function sealFields(vault: Vault, table: SealedTable, context: string, fields: Record<string, unknown>): Promise<Record<string, unknown>> {
  const clear = { ...fields };
  const secrets = takeSecrets(table, clear, new WeakSet<object>([clear]));
  return { ...clear, sealed: await vault.seal(context, secrets) };
}

/** What `sealFields` sealed, opened (a copy without an envelope is returned as it is). */
export async function openFields(vault: Vault, table: SealedTable, context: string, stored: Record<string, unknown>): Promise<Record<string, unknown>> {
  if (typeof stored.sealed !== 'string') return stored;
  const { sealed, ...rest } = stored;
  const fields: Record<string, unknown> = rest;
  putSecrets(table, fields, await vault.open<Secrets>(context, sealed), new WeakSet<object>([fields]));
  return fields;
}

/** Moves the sealed fields (and a case's sealed step parts) out of `clear` into the secrets an envelope holds, copying only what it changes. */
function takeSecrets(table: SealedTable, clear: Record<string, unknown>, fresh: WeakSet<object>): Secrets {
  const secrets: Secrets = {};
  for (const { path, keys } of SPLIT_PATHS[table]) secrets[path] = takeAt(clear, keys, fresh);
  if (table === 'cases' && Array.isArray(clear.steps)) {
    const steps = (clear.steps as Record<string, unknown>[]).map((step) => ({ ...step }));
    secrets.steps = steps.map((step) => SPLIT_STEP_PARTS.map((part) => takeAt(step, part, fresh)));
    clear.steps = steps;
  }
  return secrets;
}

/** Puts the secrets back where `takeSecrets` took them, copying only what it changes. */
function putSecrets(table: SealedTable, record: Record<string, unknown>, secrets: Secrets, fresh: WeakSet<object>): void {
  putTree(record, PATH_TREES[table], secrets);
  if (table === 'cases' && Array.isArray(record.steps)) {
    const steps = (secrets.steps ?? []) as unknown[][];
    record.steps = (record.steps as Record<string, unknown>[]).map((step, i) => {
      const copy = { ...step };
      SPLIT_STEP_PARTS.forEach((part, j) => putAt(copy, part, steps[i]?.[j], fresh));
      return copy;
    });
  }
}

/** Puts the tree's secrets into `target` (an object of its own), copying each object on the way that holds one. */
function putTree(target: Record<string, unknown>, tree: PathTree, secrets: Secrets): void {
  for (const [key, path] of tree.leaves) if (secrets[path] !== undefined) target[key] = secrets[path];
  for (const [key, branch] of tree.branches) {
    if (!branch.paths.some((path) => secrets[path] !== undefined)) continue;
    const current = target[key];
    const copy = current === null || typeof current !== 'object' ? {} : Array.isArray(current) ? [...(current as unknown[])] : { ...(current as Record<string, unknown>) };
    putTree(copy as Record<string, unknown>, branch, secrets);
    target[key] = copy;
  }
}

/**
 * A stored case's derived values for new activity, computed where nothing
 * can be opened (inside a transaction, an upgrade, a restore): for a sealed
 * case the hashed search entries stay as sealed and the rest is computed
 * from the fields in the clear (status, dates, step states, situation).
 */
export function storedDerived(record: Case, activity: (core: CaseCore) => CaseActivity): CaseDerived {
  const { derived: previous, ...core } = record;
  if (!isSealed(record)) return deriveCaseFields(core, activity(core));
  const hidden = { ...core, person: { ...core.person, fullName: '', otherNames: [], passportNumber: '' } };
  return { ...deriveCaseFields(hidden, activity(hidden)), nameTokens: previous.nameTokens, matchKeys: previous.matchKeys, sortName: previous.sortName };
}

/** Records read from the database, opened together (Vault.openMany); those stored before the data key as they are. */
export async function openAll<T extends SealedTable>(vault: Vault, table: T, stored: readonly StoredRecords[T][]): Promise<StoredRecords[T][]> {
  const sealed = stored.filter(isSealed) as (StoredRecords[T] & { sealed: string })[];
  if (sealed.length === 0) return [...stored];
  const secrets = await vault.openMany<Secrets>(sealed.map((record) => [sealContext(table, idOf(record)), record.sealed]));
  let next = 0;
  return stored.map((record) => (isSealed(record) ? withSecrets(table, record, secrets[next++]!) : record));
}

/** True when a field (a schema issue's path) of a sealed record of the table lives in its envelope, not in the clear. */
export function inEnvelope(table: SealedTable, path: readonly PropertyKey[]): boolean {
  const dotted = path.map(String).join('.');
  if (SEALED_PATHS[table].some((sealed: string) => dotted === sealed || dotted.startsWith(`${sealed}.`))) return true;
  return table === 'cases' && path[0] === 'steps' && STEP_PARTS.includes(String(path[2]));
}

/** True when the stored record is sealed. */
export function isSealed(record: object): boolean {
  return 'sealed' in record;
}

/**
 * The hashed index entries of a case: the passport number's first
 * PASSPORT_PREFIX_MIN to PASSPORT_PREFIX_HASHED characters and the whole
 * number (in `nameTokens`, the index that holds the name tokens of a case in
 * the clear), and the duplicate match keys.
 */
function searchHashes(vault: Vault, record: Pick<Case, 'person' | 'derived'>): Pick<Case['derived'], 'nameTokens' | 'matchKeys'> {
  const passport = normalisePassport(record.person.passportNumber);
  const tokens = passport ? passportPrefixes(passport).map((prefix) => vault.hash('p', prefix)) : [];
  return { nameTokens: tokens, matchKeys: [...new Set(record.derived.matchKeys.map((key) => vault.hash('m', key)))] };
}

/** A case sealed without its hashed search entries (SealingOptions) with them, made from the case in the clear; a case not sealed as it is. */
export function withSearchHashes(vault: Vault, sealed: Case, clear: Pick<Case, 'person' | 'derived'>): Case {
  if (!isSealed(sealed)) return sealed;
  return { ...sealed, derived: { ...sealed.derived, ...searchHashes(vault, clear) } };
}

function passportPrefixes(passport: string): string[] {
  const prefixes = [];
  for (let n = PASSPORT_PREFIX_MIN; n <= Math.min(PASSPORT_PREFIX_HASHED, passport.length); n++) prefixes.push(passport.slice(0, n));
  // A number shorter than the shortest prefix searched for is found whole only.
  return [...prefixes, `${passport}$`];
}

/**
 * The hashed index entry that finds cases with a passport number beginning with `passport` (at least
 * PASSPORT_PREFIX_MIN characters; to be checked on the opened case when it is longer than the hashed prefix,
 * `hashedLength`), under the scheme the workstation's cases hold.
 */
export function passportLookup(vault: Vault, passport: string, scheme: number = SEARCH_HASHES): string {
  return vault.hash('p', passport.slice(0, passportHashedLength(scheme)));
}

/** Characters of a passport number's beginning a scheme hashes. */
export function passportHashedLength(scheme: number): number {
  return scheme >= 2 ? PASSPORT_PREFIX_HASHED : SCHEME_1_PASSPORT_PREFIX;
}

/**
 * A sealed case with its hashed search entries and its name entry made again under the current scheme
 * (vault/migration.ts): the envelope stays as it is; null when the record is in the clear.
 */
export async function rehashed(vault: Vault, stored: Case): Promise<Case | null> {
  if (!isSealed(stored)) return null;
  const opened = await openRecord(vault, 'cases', stored);
  const sortName = await sealedNameEntry(vault, opened);
  return { ...stored, derived: { ...stored.derived, ...searchHashes(vault, opened), sortName } };
}

export function wholePassportLookup(vault: Vault, passport: string): string {
  return vault.hash('p', `${passport}$`);
}

export function matchKeyLookup(vault: Vault, key: string): string {
  return vault.hash('m', key);
}

/** Takes the value at the path out, copying on the way each object not in `fresh` (one shared with the record given). */
function takeAt(record: Record<string, unknown>, path: readonly string[], fresh: WeakSet<object>): unknown {
  const leaf = path[path.length - 1]!;
  let parent = record;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    const child = parent[key];
    if (child === null || typeof child !== 'object') return undefined;
    let next = child as Record<string, unknown>;
    if (!fresh.has(next)) {
      next = Array.isArray(child) ? ([...(child as unknown[])] as unknown as Record<string, unknown>) : { ...next };
      fresh.add(next);
      parent[key] = next;
    }
    parent = next;
  }
  if (!(leaf in parent)) return undefined;
  const value = parent[leaf];
  delete parent[leaf];
  return value;
}

/** Puts `value` at the path, copying on the way each object not in `fresh` (one shared with the stored record). */
function putAt(record: Record<string, unknown>, path: readonly string[], value: unknown, fresh: WeakSet<object>): void {
  if (value === undefined) return;
  const leaf = path[path.length - 1]!;
  let parent = record;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    const child = parent[key];
    let next: Record<string, unknown>;
    if (child === null || typeof child !== 'object') next = {};
    else if (fresh.has(child)) next = child as Record<string, unknown>;
    else next = Array.isArray(child) ? ([...(child as unknown[])] as unknown as Record<string, unknown>) : { ...(child as Record<string, unknown>) };
    fresh.add(next);
    parent[key] = next;
    parent = next;
  }
  parent[leaf] = value;
}

/** A record read from the database, opened with this window's key (undefined stays undefined). */
export async function opened<T extends SealedTable>(db: HomewardDb, table: T, stored: StoredRecords[T] | undefined): Promise<StoredRecords[T] | undefined> {
  return stored === undefined ? undefined : openRecord(vaultOf(db), table, stored);
}

/** Records read from the database, opened with this window's key. */
export async function openedAll<T extends SealedTable>(db: HomewardDb, table: T, stored: readonly StoredRecords[T][]): Promise<StoredRecords[T][]> {
  return openAll(vaultOf(db), table, stored);
}

/**
 * Every record of a table read a chunk at a time (`read` gives the chunk after the last record of the one
 * before, null for the first; an empty one ends), those `keep` passes opened, for a caller that works through
 * them all (the CSV export). Each chunk is read while the one before is opened, and opened while the caller
 * works on the one before it: IndexedDB and WebCrypto work off the page's thread, so reading, decrypting and
 * the caller's work overlap. Yields nothing more once `signal` is aborted.
 */
export async function* openedChunks<T extends SealedTable>(
  db: HomewardDb,
  table: T,
  read: (last: StoredRecords[T] | null) => Promise<StoredRecords[T][]>,
  keep: (record: StoredRecords[T]) => boolean,
  signal?: AbortSignal,
): AsyncGenerator<StoredRecords[T][]> {
  // A read or an opening left behind when the caller stops early must not surface as an unhandled rejection.
  const ahead = <R>(promise: Promise<R>): Promise<R> => (promise.catch(() => undefined), promise);
  let reading = ahead(read(null));
  let opening: Promise<StoredRecords[T][]> | null = null;
  while (!signal?.aborted) {
    const chunk = await reading;
    if (chunk.length === 0) break;
    reading = ahead(read(chunk[chunk.length - 1]!));
    const kept = chunk.filter(keep);
    const next = kept.length > 0 ? ahead(openedAll(db, table, kept)) : null;
    if (opening) yield await opening;
    opening = next;
  }
  if (opening && !signal?.aborted) yield await opening;
}

