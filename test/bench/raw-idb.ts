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

/** Puts every record in one relaxed transaction, as DESIGN.md §7's reference figure does. */
export async function putAll(db: IDBDatabase, store: string, records: readonly unknown[]): Promise<void> {
  const tx = db.transaction(store, 'readwrite', { durability: 'relaxed' });
  const target = tx.objectStore(store);
  for (const record of records) target.put(record);
  await done(tx);
}

export function getAll<T>(db: IDBDatabase, store: string): Promise<T[]> {
  return request(db.transaction(store, 'readonly').objectStore(store).getAll() as IDBRequest<T[]>);
}

/** The first `limit` records of a range of an index (or of the store), walked with a cursor. */
export function cursorRows(db: IDBDatabase, store: string, index: string | null, range: IDBKeyRange | null, direction: IDBCursorDirection, limit: number): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const source = db.transaction(store, 'readonly').objectStore(store);
    const req = (index ? source.index(index) : source).openCursor(range, direction);
    const rows: unknown[] = [];
    req.onsuccess = () => {
      const cursor = req.result;
      if (cursor && rows.length < limit) {
        rows.push(cursor.value);
        cursor.continue();
      } else resolve(rows);
    };
    req.onerror = () => reject(req.error);
  });
}

/** What the case page reads, in one transaction: the case, its contact log, follow-ups and history. */
export async function caseWithRecords(db: IDBDatabase, caseId: string): Promise<number> {
  const tx = db.transaction(['cases', 'contactLog', 'followUps', 'history'], 'readonly');
  const between = IDBKeyRange.bound([caseId, ''], [caseId, '\uffff']);
  const [, entries, followUps, history] = await Promise.all([
    request(tx.objectStore('cases').get(caseId)),
    request(tx.objectStore('contactLog').index('[caseId+at]').getAll(between)),
    request(tx.objectStore('followUps').index('caseId').getAll(caseId)),
    request(tx.objectStore('history').index('[caseId+at]').getAll(between)),
  ]);
  return entries.length + followUps.length + history.length;
}
