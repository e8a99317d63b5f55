/**
 * A case's file as the case page shows it: the case, its contact log,
 * follow-ups and History, read in one read-only transaction (one snapshot:
 * the case's derived contact status agrees with the log beside it; one
 * transaction instead of four), then every sealed record of them opened
 * together, after the transaction (WebCrypto would end it, DESIGN.md §8).
 */
import type { Case } from '../../../../shared/schemas/case';
import type { ContactEntry } from '../../../../shared/schemas/contact';
import type { FollowUp } from '../../../../shared/schemas/follow-up';
import type { HistoryRecord } from '../../../../shared/schemas/history';
import type { HomewardDb } from '../db';
import { readTransaction } from '../read-transaction';
import { opened, openedAll } from '../vault/sealed-record';
import { liveContactLog, storedContactLog } from './contact-log';
import { liveFollowUps, storedFollowUps } from './follow-ups';

export interface CaseFile {
  case: Case;
  /** Live entries, newest first (as ContactLogRepository.forCase). */
  contactLog: ContactEntry[];
  /** Live follow-ups, open ones first, by due date (as FollowUpRepository.forCase). */
  followUps: FollowUp[];
  /** Every recorded change of the case and its records, newest first. */
  history: HistoryRecord[];
}

/**
 * A case's stored history, newest first: read forward with one getAll and
 * turned round in memory (the same order as the index walked backwards,
 * which IndexedDB can only do with a cursor, a request for each row).
 */
async function storedHistory(db: HomewardDb, caseId: string): Promise<HistoryRecord[]> {
  return (await db.history.where('[caseId+at]').between([caseId, ''], [caseId, '\uffff']).toArray()).reverse();
}

export class CaseFileRepository {
  constructor(private readonly db: HomewardDb) {}

  /** The case's file; undefined when there is no live case. */
  async open(caseId: string): Promise<CaseFile | undefined> {
    const { db } = this;
    const [stored, contactLog, followUps, history] = await readTransaction(db, [db.cases, db.contactLog, db.followUps, db.history], () =>
      Promise.all([db.cases.get(caseId), storedContactLog(db, caseId), storedFollowUps(db, caseId), storedHistory(db, caseId)]),
    );
    if (!stored || stored.deletedAt !== null) return undefined;
    const [found, entries, due, rows] = await Promise.all([
      opened(db, 'cases', stored),
      openedAll(db, 'contactLog', liveContactLog(contactLog)),
      openedAll(db, 'followUps', liveFollowUps(followUps)),
      openedAll(db, 'history', history),
    ]);
    return { case: found!, contactLog: entries, followUps: due, history: rows };
  }
}
