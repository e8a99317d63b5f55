/** Reading the history of a case, newest first. */
import type { HistoryRecord } from '../../../../shared/schemas/history';
import type { HomewardDb } from '../db';
import { openedAll } from '../vault/sealed-record';

export class HistoryRepository {
  constructor(private readonly db: HomewardDb) {}

  async forCase(caseId: string): Promise<HistoryRecord[]> {
    return openedAll(this.db, 'history', await this.db.history.where('[caseId+at]').between([caseId, ''], [caseId, '\uffff']).reverse().toArray());
  }
}
