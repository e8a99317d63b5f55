/**
 * Appends history records. Callers run it inside the same Dexie transaction
 * as the change itself, so a change and its history are written together or
 * not at all.
 */
import { fieldChanges } from '../../../shared/domain/field-changes';
import { HistoryRecordSchema, type HistoryEntity, type HistoryRecord, type JsonValue } from '../../../shared/schemas/history';
import type { Clock } from './clock';
import type { HomewardDb } from './db';
import { validate } from './validate';

/** Bookkeeping fields that change on every write and say nothing to the reader of History. */
const BOOKKEEPING = new Set(['version', 'updatedAt', 'updatedBy', 'derived']);

export interface ChangeSubject {
  entity: HistoryEntity;
  entityId: string;
  caseId: string | null;
}

export class HistoryWriter {
  constructor(
    private readonly db: HomewardDb,
    private readonly clock: Clock,
  ) {}

  async created(subject: ChangeSubject, actorId: string, summary: JsonValue): Promise<void> {
    await this.append([this.record(subject, actorId, 'create', null, null, summary)]);
  }

  async deleted(subject: ChangeSubject, actorId: string, summary: JsonValue): Promise<void> {
    await this.append([this.record(subject, actorId, 'delete', null, summary, null)]);
  }

  /** One change that is not a field edit of the record itself (a closure request and its decision). */
  async event(subject: ChangeSubject, actorId: string, field: string, oldValue: JsonValue, newValue: JsonValue, note: string | null): Promise<void> {
    await this.append([this.record(subject, actorId, 'update', field, oldValue, newValue, note)]);
  }

  /** One record per changed field, each carrying the reason when one was given; returns how many fields changed. */
  async updated(subject: ChangeSubject, actorId: string, before: object, after: object, note: string | null = null): Promise<number> {
    const changes = fieldChanges(before as Record<string, unknown>, after as Record<string, unknown>, BOOKKEEPING);
    await this.append(changes.map((c) => this.record(subject, actorId, 'update', c.field, c.oldValue, c.newValue, note)));
    return changes.length;
  }

  private record(
    subject: ChangeSubject,
    actorId: string,
    action: HistoryRecord['action'],
    field: string | null,
    oldValue: JsonValue,
    newValue: JsonValue,
    note: string | null = null,
  ): HistoryRecord {
    return validate(HistoryRecordSchema, {
      id: this.clock.newId(),
      ...subject,
      action,
      field,
      oldValue,
      newValue,
      at: this.clock.now(),
      actorId,
      note,
    });
  }

  private async append(records: HistoryRecord[]): Promise<void> {
    if (records.length > 0) await this.db.history.bulkAdd(records);
  }
}
