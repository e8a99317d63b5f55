/** Shared bookkeeping for records a case owns (contact entries, follow-ups): metadata and version checks. */
import type { RecordMeta } from '../../../../shared/schemas/primitives';
import type { Clock } from '../clock';
import { RecordNotFoundError, StaleWriteError } from '../errors';

export function newMeta(clock: Clock, actorId: string): RecordMeta {
  const now = clock.now();
  return { id: clock.newId(), createdAt: now, createdBy: actorId, updatedAt: now, updatedBy: actorId, version: 1, deletedAt: null };
}

/** The current record, live, at the version the caller edited; otherwise a clear refusal. */
export function checkVersion<T extends RecordMeta>(entity: string, current: T | undefined, expectedVersion: number): T {
  if (!current || current.deletedAt !== null) throw new RecordNotFoundError(entity);
  if (current.version !== expectedVersion) throw new StaleWriteError(entity, expectedVersion, current.version);
  return current;
}

export function nextMeta<T extends RecordMeta>(current: T, clock: Clock, actorId: string): RecordMeta {
  return { ...pickMeta(current), updatedAt: clock.now(), updatedBy: actorId, version: current.version + 1 };
}

function pickMeta(record: RecordMeta): RecordMeta {
  const { id, createdAt, createdBy, updatedAt, updatedBy, version, deletedAt } = record;
  return { id, createdAt, createdBy, updatedAt, updatedBy, version, deletedAt };
}
