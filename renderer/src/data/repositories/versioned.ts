/** The version check of an edit, made when it is prepared (the recorder checks again when it stores it). */
import type { RecordMeta } from '../../../../shared/schemas/primitives';
import { RecordNotFoundError, StaleWriteError } from '../errors';

/** The current record, live, at the version the caller edited; otherwise a clear refusal. */
export function checkVersion<T extends RecordMeta>(entity: string, current: T | undefined, expectedVersion: number): T {
  if (!current || current.deletedAt !== null) throw new RecordNotFoundError(entity);
  if (current.version !== expectedVersion) throw new StaleWriteError(entity, expectedVersion, current.version);
  return current;
}
