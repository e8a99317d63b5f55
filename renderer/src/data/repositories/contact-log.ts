/**
 * The contact log of a case. Entries are added and edited with versions; a
 * removal is a recorded tombstone, never a silent delete. Each change
 * re-derives the case's contact status in the same transaction.
 */
import { ContactEntryFieldsSchema, ContactEntrySchema, type ContactEntry, type ContactEntryFields } from '../../../../shared/schemas/contact';
import type { z } from 'zod';
import { refreshCaseActivity } from '../activity';
import type { Clock } from '../clock';
import type { HomewardDb } from '../db';
import type { Authorizer } from '../authorization';
import type { HistoryWriter } from '../history-writer';
import { validate } from '../validate';
import { checkVersion, newMeta, nextMeta } from './versioned';

type ContactInput = z.input<typeof ContactEntryFieldsSchema>;

function summaryOf(entry: ContactEntryFields) {
  return { at: entry.at, channel: entry.channel, with: entry.with, outcome: entry.outcome };
}

export class ContactLogRepository {
  constructor(
    private readonly db: HomewardDb,
    private readonly clock: Clock,
    private readonly history: HistoryWriter,
    private readonly authorizer: Authorizer,
  ) {}

  /** Live entries of a case, newest first. */
  async forCase(caseId: string): Promise<ContactEntry[]> {
    const entries = await this.db.contactLog.where('[caseId+at]').between([caseId, ''], [caseId, '\uffff']).reverse().toArray();
    return entries.filter((e) => e.deletedAt === null);
  }

  async add(caseId: string, input: ContactInput, actorId: string): Promise<ContactEntry> {
    const fields = validate(ContactEntryFieldsSchema, input);
    return this.db.transaction('rw', [this.db.cases, this.db.contactLog, this.db.followUps, this.db.history, this.db.staff, this.db.accessLog], async () => {
      await this.authorizer.requireOnCase(actorId, caseId);
      const entry = validate(ContactEntrySchema, { ...newMeta(this.clock, actorId), caseId, ...fields });
      await this.db.contactLog.add(entry);
      await this.history.created({ entity: 'contact', entityId: entry.id, caseId }, actorId, summaryOf(fields));
      await refreshCaseActivity(this.db, this.clock, caseId);
      return entry;
    });
  }

  async update(id: string, expectedVersion: number, input: ContactInput, actorId: string): Promise<ContactEntry> {
    const fields = validate(ContactEntryFieldsSchema, input);
    return this.db.transaction('rw', [this.db.cases, this.db.contactLog, this.db.followUps, this.db.history, this.db.staff, this.db.accessLog], async () => {
      const current = checkVersion('contact entry', await this.db.contactLog.get(id), expectedVersion);
      await this.authorizer.requireOnCase(actorId, current.caseId);
      const next = validate(ContactEntrySchema, { ...current, ...fields, ...nextMeta(current, this.clock, actorId) });
      const changed = await this.history.updated({ entity: 'contact', entityId: id, caseId: current.caseId }, actorId, current, next);
      if (changed === 0) return current;
      await this.db.contactLog.put(next);
      await refreshCaseActivity(this.db, this.clock, current.caseId);
      return next;
    });
  }

  /** Removes an entry: kept as a tombstone and recorded in history. */
  async remove(id: string, expectedVersion: number, actorId: string): Promise<void> {
    await this.db.transaction('rw', [this.db.cases, this.db.contactLog, this.db.followUps, this.db.history, this.db.staff, this.db.accessLog], async () => {
      const current = checkVersion('contact entry', await this.db.contactLog.get(id), expectedVersion);
      await this.authorizer.requireOnCase(actorId, current.caseId);
      const now = this.clock.now();
      await this.db.contactLog.put({ ...current, ...nextMeta(current, this.clock, actorId), deletedAt: now });
      await this.history.deleted({ entity: 'contact', entityId: id, caseId: current.caseId }, actorId, summaryOf(current));
      await refreshCaseActivity(this.db, this.clock, current.caseId);
    });
  }
}
