/**
 * Follow-ups of a case. Each change re-derives the case's earliest open due
 * date in the same transaction, so overdue markers and filters stay exact.
 */
import type { z } from 'zod';
import { FollowUpFieldsSchema, FollowUpSchema, type FollowUp } from '../../../../shared/schemas/follow-up';
import type { Clock } from '../clock';
import type { HomewardDb } from '../db';
import type { Authorizer } from '../authorization';
import type { Recorder } from '../recorder/recorder';
import { validate } from '../validate';
import { checkVersion } from './versioned';
import { opened, openedAll } from '../vault/sealed-record';

type FollowUpInput = z.input<typeof FollowUpFieldsSchema>;

/** A case's stored follow-ups, tombstones included. */
export function storedFollowUps(db: HomewardDb, caseId: string): Promise<FollowUp[]> {
  return db.followUps.where('caseId').equals(caseId).toArray();
}

/** The live follow-ups of those, open ones first, by due date; tombstones are left out before anything is opened. */
export function liveFollowUps(stored: readonly FollowUp[]): FollowUp[] {
  return stored.filter((f) => f.deletedAt === null).sort((a, b) => Number(a.done) - Number(b.done) || a.dueOn.localeCompare(b.dueOn));
}

export class FollowUpRepository {
  constructor(
    private readonly db: HomewardDb,
    private readonly clock: Clock,
    private readonly recorder: Recorder,
    private readonly authorizer: Authorizer,
  ) {}

  /** Live follow-ups of a case: open ones first, by due date. */
  async forCase(caseId: string): Promise<FollowUp[]> {
    return openedAll(this.db, 'followUps', liveFollowUps(await storedFollowUps(this.db, caseId)));
  }

  /** Open follow-ups assigned to a person, by due date ("My follow-ups"). */
  async openFor(assigneeId: string, limit = 500): Promise<FollowUp[]> {
    const open = await this.db.followUps
      .where('[assigneeId+dueOn]')
      .between([assigneeId, ''], [assigneeId, '\uffff'])
      .filter((f) => !f.done && f.deletedAt === null)
      .limit(limit)
      .toArray();
    return openedAll(this.db, 'followUps', open);
  }

  async add(caseId: string, input: FollowUpInput, actorId: string): Promise<FollowUp> {
    const fields = validate(FollowUpFieldsSchema, input);
    await this.authorizer.requireOnCase(actorId, caseId);
    const change = this.recorder.create('followUps', FollowUpSchema, { caseId, ...fields, doneAt: fields.done ? this.clock.now() : null }, actorId, {
      subject: { entity: 'followUp', caseId },
      value: { title: fields.title, dueOn: fields.dueOn },
    });
    await this.recorder.commit([change], { refresh: [caseId] });
    return change.record!;
  }

  async update(id: string, expectedVersion: number, input: FollowUpInput, actorId: string): Promise<FollowUp> {
    const fields = validate(FollowUpFieldsSchema, input);
    const current = checkVersion('follow-up', await opened(this.db, 'followUps', await this.db.followUps.get(id)), expectedVersion);
    await this.authorizer.requireOnCase(actorId, current.caseId);
    const doneAt = fields.done ? (current.doneAt ?? this.clock.now()) : null;
    const change = this.recorder.edit('followUps', FollowUpSchema, current, { ...current, ...fields, doneAt }, actorId, {
      subject: { entity: 'followUp', entityId: id, caseId: current.caseId },
    });
    if (!change) return current;
    await this.recorder.commit([change], { refresh: [current.caseId] });
    return change.record!;
  }

  async remove(id: string, expectedVersion: number, actorId: string): Promise<void> {
    const current = checkVersion('follow-up', await opened(this.db, 'followUps', await this.db.followUps.get(id)), expectedVersion);
    await this.authorizer.requireOnCase(actorId, current.caseId);
    const change = this.recorder.remove('followUps', current, actorId, { entity: 'followUp', entityId: id, caseId: current.caseId }, {
      title: current.title,
      dueOn: current.dueOn,
    });
    await this.recorder.commit([change], { refresh: [current.caseId] });
  }
}
