/** Reading the history of a case, newest first. */
import type { HistoryRecord } from '../../../../shared/schemas/history';
import type { HomewardDb } from '../db';
import { openedAll } from '../vault/sealed-record';

/**
 * A case's stored history, newest first: read forward with one getAll and
 * turned round in memory (the same order as the index walked backwards,
 * which IndexedDB can only do with a cursor, a request for each row).
 */
async function storedHistory(db: HomewardDb, caseId: string): Promise<HistoryRecord[]> {
  return (await db.history.where('[caseId+at]').between([caseId, ''], [caseId, '\uffff']).toArray()).reverse();
}

export class HistoryRepository {
  constructor(private readonly db: HomewardDb) {}

  async forCase(caseId: string): Promise<HistoryRecord[]> {
    return openedAll(this.db, 'history', await storedHistory(this.db, caseId));
  }
}
