/** The shapes of the sync tables (database version 9). Workstation-only: none of them is ever synced. */
import type { SyncedTable } from '../../../../shared/sync/documents';
import type { JsonValue } from '../../../../shared/schemas/history';

/**
 * The sync bookkeeping tables. A backup does not hold them (it holds the
 * workstation's records): after a restore they start empty, and the next sync
 * queues every record again, which the server answers idempotently.
 */
export const SYNC_DOCS_TABLE = 'syncDocs';
export const SYNC_BOOKKEEPING_TABLES: readonly string[] = [SYNC_DOCS_TABLE, 'syncOutbox', 'syncState', 'syncConflicts', 'syncRejections'];

/** One stored change waiting to be pushed; several rows of one document push as one. */
export interface SyncOutboxRow {
  seq?: number;
  docId: string;
  table: SyncedTable;
  key: string;
}

/**
 * The base of a record stored here exactly as the server sent it: the stored
 * record itself, until a change made here copies it into `base` first
 * (recorder.ts) — a first pull stores no second copy of every record.
 */
export const BASE_IS_RECORD = 'record';

/** A document's last revision known to be on the server, and its body then: the base of a three-way merge. */
export interface SyncDocState {
  docId: string;
  rev: string;
  /** The record as last synced (null for append-only records, which never merge). */
  base: Record<string, unknown> | null | typeof BASE_IS_RECORD;
}

export interface SyncStateRecord {
  key: string;
  value: unknown;
}

/** One field changed differently on two workstations. */
export interface ConflictField {
  field: string;
  local: JsonValue;
  remote: JsonValue;
}

/** A record whose same field two workstations changed: both values kept until a person chooses. */
export interface SyncConflict {
  docId: string;
  table: SyncedTable;
  key: string;
  /** The case the record belongs to (the case itself, or a contact entry's case). */
  caseId: string | null;
  fields: ConflictField[];
  local: { by: string; at: string };
  remote: { by: string; at: string };
  at: string;
  /** At rest on a protected workstation: both values of every field, sealed (sync/sealed-copies.ts); the fields' values are then null. */
  sealed?: string;
}

/** A change the server refused (validate_doc_update, permissions): shown with its reason, never dropped. */
export interface SyncRejection {
  docId: string;
  table: SyncedTable;
  key: string;
  reason: string;
  at: string;
}
