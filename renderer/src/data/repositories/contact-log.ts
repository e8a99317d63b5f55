/**
 * The contact log of a case. Entries are added and edited with versions; a
 * removal is a recorded tombstone, never a silent delete. Each change
 * re-derives the case's contact status in the same transaction.
 */
import { ContactEntryFieldsSchema, ContactEntrySchema, type ContactEntry, type ContactEntryFields } from '../../../../shared/schemas/contact';
import type { z } from 'zod';
import { compareLogOrder } from '../../../../shared/domain/contact-status';
import type { HomewardDb } from '../db';
import type { Authorizer } from '../authorization';
import type { Recorder } from '../recorder/recorder';
import { validate } from '../validate';
import { checkVersion } from './versioned';
import { opened, openedAll } from '../vault/sealed-record';

type ContactInput = z.input<typeof ContactEntryFieldsSchema>;

/** A case's stored contact entries, tombstones included (a range of [caseId+at]). */
export function storedContactLog(db: HomewardDb, caseId: string): Promise<ContactEntry[]> {
  return db.contactLog.where('[caseId+at]').between([caseId, ''], [caseId, '\uffff']).toArray();
}

/** The live entries of those, newest first; tombstones are left out before anything is opened (their fields are in the clear). */
export function liveContactLog(stored: readonly ContactEntry[]): ContactEntry[] {
  // The index orders by minute only; entries of one minute keep the order they were logged in.
  return stored.filter((e) => e.deletedAt === null).sort((a, b) => compareLogOrder(b, a));
}

function summaryOf(entry: ContactEntryFields) {
  return { at: entry.at, channel: entry.channel, with: entry.with, outcome: entry.outcome };
}

export class ContactLogRepository {
  constructor(
    private readonly db: HomewardDb,
    private readonly recorder: Recorder,
    private readonly authorizer: Authorizer,
  ) {}

  /** Live entries of a case, newest first. */
  async forCase(caseId: string): Promise<ContactEntry[]> {
    return openedAll(this.db, 'contactLog', liveContactLog(await storedContactLog(this.db, caseId)));
  }

  async add(caseId: string, input: ContactInput, actorId: string): Promise<ContactEntry> {
    const fields = validate(ContactEntryFieldsSchema, input);
    await this.authorizer.requireOnCase(actorId, caseId);
    const change = this.recorder.create('contactLog', ContactEntrySchema, { caseId, ...fields }, actorId, {
      subject: { entity: 'contact', caseId },
      value: summaryOf(fields),
    });
    await this.recorder.commit([change], { refresh: [caseId] });
    return change.record!;
  }

  async update(id: string, expectedVersion: number, input: ContactInput, actorId: string): Promise<ContactEntry> {
    const fields = validate(ContactEntryFieldsSchema, input);
    const current = checkVersion('contact entry', await opened(this.db, 'contactLog', await this.db.contactLog.get(id)), expectedVersion);
    await this.authorizer.requireOnCase(actorId, current.caseId);
    const change = this.recorder.edit('contactLog', ContactEntrySchema, current, { ...current, ...fields }, actorId, {
      subject: { entity: 'contact', entityId: id, caseId: current.caseId },
    });
    if (!change) return current;
    await this.recorder.commit([change], { refresh: [current.caseId] });
    return change.record!;
  }

  /** Removes an entry: kept as a tombstone and recorded in history. */
  async remove(id: string, expectedVersion: number, actorId: string): Promise<void> {
    const current = checkVersion('contact entry', await opened(this.db, 'contactLog', await this.db.contactLog.get(id)), expectedVersion);
    await this.authorizer.requireOnCase(actorId, current.caseId);
    const change = this.recorder.remove('contactLog', current, actorId, { entity: 'contact', entityId: id, caseId: current.caseId }, summaryOf(current));
    await this.recorder.commit([change], { refresh: [current.caseId] });
  }
}
