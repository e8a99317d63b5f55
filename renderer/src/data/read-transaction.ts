/**
 * A read-only Dexie transaction whose result is given as soon as its reads
 * have it. Dexie resolves an explicit transaction only once IndexedDB has
 * committed it, a round trip to the database's process after the last read
 * has answered; a read-only transaction commits nothing, so the wait adds
 * only time (Dexie gives its own implicit read-only transactions' results
 * without it too). The reads are still one consistent snapshot.
 *
 * The result is a Dexie promise: awaited, the caller goes on in its own
 * zone, not the transaction's (which a native promise settled inside it
 * would carry on to the caller's next reads), so a live query running this
 * still observes every range read, before and after.
 */
import Dexie, { type Table } from 'dexie';
import type { HomewardDb } from './db';

export function readTransaction<T>(db: HomewardDb, tables: readonly Table[], read: () => Promise<T>): Promise<T> {
  return new Dexie.Promise<T>((resolve, reject) => {
    db.transaction('r', tables, async () => resolve(await read())).catch(reject);
  });
}
