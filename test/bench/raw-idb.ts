/** The baselines: the same reads and writes done with the raw IndexedDB API, no data layer in between. */

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/** Opens an existing database at its current version. */
export function openRaw(name: string): Promise<IDBDatabase> {
  return request(indexedDB.open(name));
}

/**
 * Puts the records of each store (by its name) in relaxed transactions of at most `chunk` records of each store,
 * one after the other, as the import commits its chunks.
 */
export async function putEvery(db: IDBDatabase, records: ReadonlyMap<string, readonly unknown[]>, chunk: number): Promise<void> {
  const longest = Math.max(0, ...[...records.values()].map((values) => values.length));
  for (let start = 0; start < longest; start += chunk) {
    const stores = [...records].filter(([, values]) => values.length > start);
    const tx = db.transaction(stores.map(([store]) => store), 'readwrite', { durability: 'relaxed' });
    for (const [store, values] of stores) {
      const target = tx.objectStore(store);
      for (const value of values.slice(start, start + chunk)) target.put(value);
    }
    await done(tx);
  }
}

/** The primary keys of every store (as JSON), to tell afterwards which records a write added. */
export async function keysByStore(db: IDBDatabase): Promise<Map<string, Set<string>>> {
  const stores = [...db.objectStoreNames];
  const tx = db.transaction(stores, 'readonly');
  const keys = await Promise.all(stores.map((store) => request(tx.objectStore(store).getAllKeys())));
  return new Map(stores.map((store, i) => [store, new Set(keys[i]!.map((key) => JSON.stringify(key)))]));
}

/** The records of each store whose keys `before` (keysByStore) did not hold: what a write added, as stored. */
export async function addedRecords(db: IDBDatabase, before: ReadonlyMap<string, ReadonlySet<string>>): Promise<Map<string, unknown[]>> {
  const stores = [...db.objectStoreNames];
  const tx = db.transaction(stores, 'readonly');
  const read = await Promise.all(stores.map((store) => Promise.all([request(tx.objectStore(store).getAllKeys()), request(tx.objectStore(store).getAll())])));
  const added = new Map<string, unknown[]>();
  stores.forEach((store, i) => {
    const [keys, values] = read[i]!;
    const fresh = values.filter((_, j) => !before.get(store)?.has(JSON.stringify(keys[j])));
    if (fresh.length > 0) added.set(store, fresh);
  });
  return added;
}

export function getAll<T>(db: IDBDatabase, store: string): Promise<T[]> {
  return request(db.transaction(store, 'readonly').objectStore(store).getAll() as IDBRequest<T[]>);
}

/**
 * The first `limit` records of a range of an index (or of the store), walked
 * with a cursor; with `keep`, only the records it keeps count (a filter no
 * index orders in the walk's order, tested on each record read).
 */
export function cursorRows<T>(
  db: IDBDatabase,
  store: string,
  index: string | null,
  range: IDBKeyRange | null,
  direction: IDBCursorDirection,
  limit: number,
  keep: (value: T) => boolean = () => true,
): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const source = db.transaction(store, 'readonly').objectStore(store);
    const req = (index ? source.index(index) : source).openCursor(range, direction);
    const rows: unknown[] = [];
    req.onsuccess = () => {
      const cursor = req.result;
      if (cursor && rows.length < limit) {
        if (keep(cursor.value as T)) rows.push(cursor.value);
        cursor.continue();
      } else resolve(rows);
    };
    req.onerror = () => reject(req.error);
  });
}

/** True where getAll takes a count and a direction (IndexedDB 3, Chromium 141 on): one request reads a range's first records either way. */
const GET_ALL_WITH_DIRECTION = typeof IDBObjectStore !== 'undefined' && 'getAllRecords' in IDBObjectStore.prototype;

/**
 * The first `limit` records of a range of an index (or of the store) in one request where IndexedDB can: getAll with
 * a count (and a direction, from IndexedDB 3 on). In this Chromium a cursor takes 3-5 times as long for the same 50
 * records, a round trip each; a cursor still where getAll cannot go backwards.
 */
export function firstRows(db: IDBDatabase, store: string, index: string | null, range: IDBKeyRange | null, direction: IDBCursorDirection, limit: number): Promise<unknown[]> {
  if (!GET_ALL_WITH_DIRECTION && direction !== 'next') return cursorRows(db, store, index, range, direction, limit);
  const objects = db.transaction(store, 'readonly').objectStore(store);
  const source = index ? objects.index(index) : objects;
  // TypeScript's DOM types do not know getAll's options form yet.
  const options = { query: range, count: limit, direction } as unknown as IDBKeyRange;
  return request(GET_ALL_WITH_DIRECTION ? source.getAll(options) : source.getAll(range, limit));
}

/** The records of these keys in one transaction, a get each, all at once: the raw read of rows that no index orders. */
export function rowsByKey(db: IDBDatabase, store: string, keys: readonly IDBValidKey[]): Promise<unknown[]> {
  const source = db.transaction(store, 'readonly').objectStore(store);
  return Promise.all(keys.map((key) => request(source.get(key))));
}

/** The primary keys of an index in its order, walked `direction` by a key cursor: read once, untimed, to find how far a baseline must read. */
export function primaryKeysInOrder(db: IDBDatabase, store: string, index: string, direction: IDBCursorDirection): Promise<IDBValidKey[]> {
  return new Promise((resolve, reject) => {
    const req = db.transaction(store, 'readonly').objectStore(store).index(index).openKeyCursor(null, direction);
    const keys: IDBValidKey[] = [];
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor) return resolve(keys);
      keys.push(cursor.primaryKey);
      cursor.continue();
    };
    req.onerror = () => reject(req.error);
  });
}

/**
 * The first `limit` records `keep` keeps of an index walked in `direction`, read with the least work: the `reach`
 * first records (as far as the last of them lies, counted beforehand) in one request where IndexedDB can, tested.
 */
export async function reachedRows<T>(db: IDBDatabase, store: string, index: string, direction: IDBCursorDirection, reach: number, limit: number, keep: (value: T) => boolean): Promise<unknown[]> {
  return ((await firstRows(db, store, index, null, direction, reach)) as T[]).filter(keep).slice(0, limit);
}

/** The records of one index range, read whole in one request and sorted; the first `limit`. */
export async function rangeSorted<T>(db: IDBDatabase, store: string, index: string, range: IDBKeyRange, compare: (a: T, b: T) => number, limit: number): Promise<unknown[]> {
  const records = (await request(db.transaction(store, 'readonly').objectStore(store).index(index).getAll(range))) as T[];
  return records.sort(compare).slice(0, limit);
}

/** Up to `limit` [index key, primary key] pairs of a range, walked with a key cursor (no record read) and kept by `keep`. */
function keyWalk(index: IDBIndex, range: IDBKeyRange | null, direction: IDBCursorDirection, limit: number, keep: (key: IDBValidKey[]) => boolean): Promise<[IDBValidKey[], IDBValidKey][]> {
  return new Promise((resolve, reject) => {
    const req = index.openKeyCursor(range, direction);
    const found: [IDBValidKey[], IDBValidKey][] = [];
    req.onsuccess = () => {
      const cursor = req.result;
      if (cursor && found.length < limit) {
        if (keep(cursor.key as IDBValidKey[])) found.push([cursor.key as IDBValidKey[], cursor.primaryKey]);
        cursor.continue();
      } else resolve(found);
    };
    req.onerror = () => reject(req.error);
  });
}

/**
 * The first `limit` records of a walk over a compound index's keys alone
 * (a value that moves with the clock tested on the key), then the records
 * of the keys kept, by primary key: one transaction.
 */
export async function keyWalkRows(db: IDBDatabase, store: string, index: string, direction: IDBCursorDirection, limit: number, keep: (key: IDBValidKey[]) => boolean): Promise<unknown[]> {
  const source = db.transaction(store, 'readonly').objectStore(store);
  const found = await keyWalk(source.index(index), null, direction, limit, keep);
  return Promise.all(found.map(([, key]) => request(source.get(key))));
}

/**
 * The first `limit` records, newest first, of several ranges of one compound
 * index whose last part is the update time (one value of a filter, each
 * status): the first `limit` keys of each range, merged, then those records.
 */
export async function mergedRows(db: IDBDatabase, store: string, index: string, prefixes: readonly IDBValidKey[][], limit: number): Promise<unknown[]> {
  const source = db.transaction(store, 'readonly').objectStore(store);
  const heads = await Promise.all(prefixes.map((p) => keyWalk(source.index(index), IDBKeyRange.bound(p, [...p, []]), 'prev', limit, () => true)));
  const newest = heads
    .flat()
    .map(([key, id]) => [String(key.at(-1)), String(id)] as const)
    .sort(([a, x], [b, y]) => (a < b ? 1 : a > b ? -1 : x < y ? 1 : -1))
    .slice(0, limit);
  return Promise.all(newest.map(([, id]) => request(source.get(id))));
}

interface IndexRange {
  store: string;
  index: string;
  range: IDBKeyRange;
}

/** Every record of one store, the records of some index ranges and the counts of others, in one transaction (the dashboard's reads). */
export async function recordsAndCounts(db: IDBDatabase, store: string, reads: readonly IndexRange[], counts: readonly IndexRange[]): Promise<number> {
  const tx = db.transaction([store, ...reads.map((r) => r.store), ...counts.map((c) => c.store)], 'readonly');
  const index = (r: IndexRange) => tx.objectStore(r.store).index(r.index);
  const [records, read, numbers] = await Promise.all([
    request(tx.objectStore(store).getAll()),
    Promise.all(reads.map((r) => request(index(r).getAll(r.range)))),
    Promise.all(counts.map((c) => request(index(c).count(c.range)))),
  ]);
  return records.length + read.reduce((sum, rows) => sum + rows.length, 0) + numbers.reduce((a, b) => a + b, 0);
}

/** What the case page reads, in one transaction: the case, its contact log, follow-ups and history. */
export async function caseWithRecords(db: IDBDatabase, caseId: string): Promise<CaseRecords> {
  const tx = db.transaction(['cases', 'contactLog', 'followUps', 'history'], 'readonly');
  const between = IDBKeyRange.bound([caseId, ''], [caseId, '\uffff']);
  const [found, contactLog, followUps, history] = await Promise.all([
    request(tx.objectStore('cases').get(caseId)),
    request(tx.objectStore('contactLog').index('[caseId+at]').getAll(between)),
    request(tx.objectStore('followUps').index('caseId').getAll(caseId)),
    request(tx.objectStore('history').index('[caseId+at]').getAll(between)),
  ]);
  return { cases: found === undefined ? [] : [found], contactLog, followUps, history } as CaseRecords;
}

/** A case's records by table, as stored. */
export type CaseRecords = Record<'cases' | 'contactLog' | 'followUps' | 'history', (Record<string, unknown> & { id: string; sealed?: string })[]>;

/** The index ranges a search text can find cases in: one per name word (every word must match; the likeliest to be rare first), the reference's and the passport number's. */
export interface SearchRanges {
  names: readonly { index: string; range: IDBKeyRange }[];
  /** Instead of `names`, the keys of the cases the name words find where no index holds the names (a protected workstation finds them in memory). */
  named?: ReadonlySet<IDBValidKey>;
  others: readonly { index: string; range: IDBKeyRange }[];
}

/**
 * The first `limit` records, newest first, of a search, in one transaction:
 * the primary keys of every range the text can match (the name words' in
 * the order given, intersected, stopping at the first that leaves none, or
 * the keys given; the others added); up to `wholeAt` of them read whole and sorted by update
 * time, more picked out of the update-time index's keys newest first, then
 * only those records read.
 */
export async function searchRows(db: IDBDatabase, store: string, ranges: SearchRanges, limit: number, wholeAt: number): Promise<unknown[]> {
  const source = db.transaction(store, 'readonly').objectStore(store);
  const keysOf = ({ index, range }: { index: string; range: IDBKeyRange }) => request(source.index(index).getAllKeys(range));
  const namedKeys = async (): Promise<ReadonlySet<IDBValidKey>> => {
    if (ranges.named) return ranges.named;
    let found = null as Set<IDBValidKey> | null;
    for (const word of ranges.names) {
      const keys = new Set<IDBValidKey>(await keysOf(word));
      found = found === null ? keys : new Set([...found].filter((k) => keys.has(k)));
      if (found.size === 0) break;
    }
    return found ?? new Set<IDBValidKey>();
  };
  const [named, others] = await Promise.all([namedKeys(), Promise.all(ranges.others.map(keysOf))]);
  const hits = new Set([...named, ...others.flat()]);
  if (hits.size <= wholeAt) {
    const rows = (await Promise.all([...hits].map((key) => request(source.get(key))))) as { updatedAt: string; id: string }[];
    return rows.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id < b.id ? 1 : -1)).slice(0, limit);
  }
  const newest = await primaryKeyWalk(source.index('updatedAt'), 'prev', limit, (key) => hits.has(key));
  return Promise.all(newest.map((key) => request(source.get(key))));
}

/** Up to `limit` primary keys of an index walked with a key cursor, kept by `keep`. */
function primaryKeyWalk(index: IDBIndex, direction: IDBCursorDirection, limit: number, keep: (primaryKey: IDBValidKey) => boolean): Promise<IDBValidKey[]> {
  return new Promise((resolve, reject) => {
    const req = index.openKeyCursor(null, direction);
    const found: IDBValidKey[] = [];
    req.onsuccess = () => {
      const cursor = req.result;
      if (cursor && found.length < limit) {
        if (keep(cursor.primaryKey)) found.push(cursor.primaryKey);
        cursor.continue();
      } else resolve(found);
    };
    req.onerror = () => reject(req.error);
  });
}
