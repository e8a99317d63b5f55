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

  /** One record per changed field; returns how many fields changed. */
  async updated(subject: ChangeSubject, actorId: string, before: object, after: object): Promise<number> {
    const changes = fieldChanges(before as Record<string, unknown>, after as Record<string, unknown>, BOOKKEEPING);
    await this.append(changes.map((c) => this.record(subject, actorId, 'update', c.field, c.oldValue, c.newValue)));
    return changes.length;
  }

  private record(
    subject: ChangeSubject,
    actorId: string,
    action: HistoryRecord['action'],
    field: string | null,
    oldValue: JsonValue,
    newValue: JsonValue,
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
    });
  }

  private async append(records: HistoryRecord[]): Promise<void> {
    if (records.length > 0) await this.db.history.bulkAdd(records);
  }
}
