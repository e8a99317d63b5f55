/**
 * A case's file read at once: the case, its contact log, follow-ups and
 * history in one read-only transaction (one snapshot, one transaction
 * instead of four), then every sealed record of them opened together.
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
import { storedHistory } from './history';

export interface CaseFile {
  case: Case;
  /** Live entries, newest first (as ContactLogRepository.forCase). */
  contactLog: ContactEntry[];
  /** Live follow-ups, open ones first, by due date (as FollowUpRepository.forCase). */
  followUps: FollowUp[];
  /** Newest first (as HistoryRepository.forCase). */
  history: HistoryRecord[];
}

export class CaseFileRepository {
  constructor(private readonly db: HomewardDb) {}

  /** The case's file, undefined when there is no live case. */
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
