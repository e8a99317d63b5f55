/**
 * The outbox (DESIGN.md §9): a row per synced change, appended by the
 * recorder in the change's own transaction, so a change is never stored
 * without its row nor queued without being stored. Workstation settings,
 * sign-in attempts, keys and derived values never get one.
 *
 * Writes queue themselves once sync is set up on the workstation (a server
 * saved). Before that nothing reads the outbox, and sync's first run queues
 * every record the server lacks (`queueUnsynced`): a workstation that never
 * syncs writes no rows, two records fewer for each imported case.
 */
import { docIdOf, isSyncedTable, SYNCED_TYPES, type SyncedTable } from '../../../../shared/sync/documents';
import type { HistoryRecord } from '../../../../shared/schemas/history';
import type { HomewardDb } from '../db';
import { CONNECTION_KEY } from './state';
import type { SyncOutboxRow } from './tables';

export const OUTBOX_TABLE = 'syncOutbox';
/** The table whose setup record says whether writes queue: in the scope of every write that may queue. */
export const SYNC_STATE_TABLE = 'syncState';

/**
 * Whether writes queue for sync: the setup is saved. Read in the write's own transaction, so a write either comes
 * before the setup's save (and the first run, which queues what it finds after that save, sends it) or queues itself.
 */
export async function queuesWrites(db: HomewardDb): Promise<boolean> {
  return (await db.syncState.get(CONNECTION_KEY)) !== undefined;
}

export function outboxRows(stored: readonly { table: string; key: string }[], history: readonly HistoryRecord[]): SyncOutboxRow[] {
  const rows: SyncOutboxRow[] = [];
  for (const { table, key } of stored) if (isSyncedTable(table)) rows.push({ docId: docIdOf(table, key), table, key });
  // A change of this workstation's settings is history of this workstation only.
  for (const row of history) if (row.entity !== 'settings') rows.push({ docId: docIdOf('history', row.id), table: 'history', key: row.id });
  return rows;
}

/**
 * Queues every synced record not yet on the server: when sync is first set
 * up, what the workstation holds from before goes up too. A chunk of keys per
 * transaction, so 100,000 cases do not make one huge transaction.
 */
export async function queueUnsynced(db: HomewardDb, chunk = 5000): Promise<number> {
  let queued = 0;
  for (const table of Object.keys(SYNCED_TYPES) as SyncedTable[]) {
    const keys = (await db.table(table).toCollection().primaryKeys()) as string[];
    for (let i = 0; i < keys.length; i += chunk) {
      const slice = keys.slice(i, i + chunk);
      await db.transaction('rw', db.syncOutbox, db.syncDocs, async () => {
        const known = await db.syncDocs.bulkGet(slice.map((k) => docIdOf(table, k)));
        const rows = slice.filter((_, n) => !known[n]).map((key) => ({ docId: docIdOf(table, key), table, key }));
        // A record queued already (edited since) needs no second row.
        const waiting = new Set((await db.syncOutbox.where('docId').anyOf(rows.map((r) => r.docId)).toArray()).map((r) => r.docId));
        const fresh = rows.filter((r) => !waiting.has(r.docId));
        await db.syncOutbox.bulkAdd(fresh);
        queued += fresh.length;
      });
    }
  }
  return queued;
}
