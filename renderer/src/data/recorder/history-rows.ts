/**
 * Builds history records: pure, no database. The recorder stores them in the
 * same transaction as the change they describe, so a change and its history
 * are written together or not at all.
 */
import { fieldChanges } from '../../../../shared/domain/field-changes';
import { HistoryRecordSchema, type HistoryEntity, type HistoryRecord, type JsonValue } from '../../../../shared/schemas/history';
import type { Clock } from '../clock';
import { validate } from '../validate';

/** Bookkeeping fields that change on every write and say nothing to the reader of History. */
const BOOKKEEPING = new Set(['version', 'updatedAt', 'updatedBy', 'derived']);

export interface ChangeSubject {
  entity: HistoryEntity;
  entityId: string;
  caseId: string | null;
}

export class HistoryRows {
  constructor(private readonly clock: Clock) {}

  created(subject: ChangeSubject, actorId: string, summary: JsonValue): HistoryRecord {
    return this.row(subject, actorId, 'create', null, null, summary);
  }

  deleted(subject: ChangeSubject, actorId: string, summary: JsonValue): HistoryRecord {
    return this.row(subject, actorId, 'delete', null, summary, null);
  }

  /** One change that is not a field edit of the record itself (a closure request and its decision). */
  event(subject: ChangeSubject, actorId: string, field: string, oldValue: JsonValue, newValue: JsonValue, note: string | null): HistoryRecord {
    return this.row(subject, actorId, 'update', field, oldValue, newValue, note);
  }

  /** One record per changed field, each carrying the reason when one was given; none when nothing changed. */
  updated(subject: ChangeSubject, actorId: string, before: object, after: object, note: string | null = null): HistoryRecord[] {
    const changes = fieldChanges(before as Record<string, unknown>, after as Record<string, unknown>, BOOKKEEPING);
    return changes.map((c) => this.row(subject, actorId, 'update', c.field, c.oldValue, c.newValue, note));
  }

  private row(
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
}
