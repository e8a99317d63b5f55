/**
 * Follow-ups of a case. Each change re-derives the case's earliest open due
 * date in the same transaction, so overdue markers and filters stay exact.
 */
import type { z } from 'zod';
import { FollowUpFieldsSchema, FollowUpSchema, type FollowUp } from '../../../../shared/schemas/follow-up';
import { refreshCaseActivity } from '../activity';
import type { Clock } from '../clock';
import type { HomewardDb } from '../db';
import type { Authorizer } from '../authorization';
import type { HistoryWriter } from '../history-writer';
import { validate } from '../validate';
import { checkVersion, newMeta, nextMeta } from './versioned';

type FollowUpInput = z.input<typeof FollowUpFieldsSchema>;

export class FollowUpRepository {
  constructor(
    private readonly db: HomewardDb,
    private readonly clock: Clock,
    private readonly history: HistoryWriter,
    private readonly authorizer: Authorizer,
  ) {}

  /** Live follow-ups of a case: open ones first, by due date. */
  async forCase(caseId: string): Promise<FollowUp[]> {
    const all = await this.db.followUps.where('caseId').equals(caseId).toArray();
    return all
      .filter((f) => f.deletedAt === null)
      .sort((a, b) => Number(a.done) - Number(b.done) || a.dueOn.localeCompare(b.dueOn));
  }

  /** Open follow-ups assigned to a person, by due date ("My follow-ups"). */
  async openFor(assigneeId: string, limit = 500): Promise<FollowUp[]> {
    return this.db.followUps
      .where('[assigneeId+dueOn]')
      .between([assigneeId, ''], [assigneeId, '\uffff'])
      .filter((f) => !f.done && f.deletedAt === null)
      .limit(limit)
      .toArray();
  }

  async add(caseId: string, input: FollowUpInput, actorId: string): Promise<FollowUp> {
    const fields = validate(FollowUpFieldsSchema, input);
    return this.db.transaction('rw', [this.db.cases, this.db.contactLog, this.db.followUps, this.db.history, this.db.staff, this.db.accessLog], async () => {
      await this.authorizer.requireOnCase(actorId, caseId);
      const record = validate(FollowUpSchema, {
        ...newMeta(this.clock, actorId),
        caseId,
        ...fields,
        doneAt: fields.done ? this.clock.now() : null,
      });
      await this.db.followUps.add(record);
      await this.history.created({ entity: 'followUp', entityId: record.id, caseId }, actorId, { title: record.title, dueOn: record.dueOn });
      await refreshCaseActivity(this.db, this.clock, caseId);
      return record;
    });
  }

  async update(id: string, expectedVersion: number, input: FollowUpInput, actorId: string): Promise<FollowUp> {
    const fields = validate(FollowUpFieldsSchema, input);
    return this.db.transaction('rw', [this.db.cases, this.db.contactLog, this.db.followUps, this.db.history, this.db.staff, this.db.accessLog], async () => {
      const current = checkVersion('follow-up', await this.db.followUps.get(id), expectedVersion);
      await this.authorizer.requireOnCase(actorId, current.caseId);
      const doneAt = fields.done ? (current.doneAt ?? this.clock.now()) : null;
      const next = validate(FollowUpSchema, { ...current, ...fields, doneAt, ...nextMeta(current, this.clock, actorId) });
      const changed = await this.history.updated({ entity: 'followUp', entityId: id, caseId: current.caseId }, actorId, current, next);
      if (changed === 0) return current;
      await this.db.followUps.put(next);
      await refreshCaseActivity(this.db, this.clock, current.caseId);
      return next;
    });
  }

  async remove(id: string, expectedVersion: number, actorId: string): Promise<void> {
    await this.db.transaction('rw', [this.db.cases, this.db.contactLog, this.db.followUps, this.db.history, this.db.staff, this.db.accessLog], async () => {
      const current = checkVersion('follow-up', await this.db.followUps.get(id), expectedVersion);
      await this.authorizer.requireOnCase(actorId, current.caseId);
      await this.db.followUps.put({ ...current, ...nextMeta(current, this.clock, actorId), deletedAt: this.clock.now() });
      await this.history.deleted({ entity: 'followUp', entityId: id, caseId: current.caseId }, actorId, { title: current.title, dueOn: current.dueOn });
      await refreshCaseActivity(this.db, this.clock, current.caseId);
    });
  }
}
