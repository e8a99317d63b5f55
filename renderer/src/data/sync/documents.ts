/**
 * A record as a CouchDB document and back (shared/sync/documents.ts). The
 * server gets the record's own fields in plain JSON (TLS on the wire): never
 * a case's derived values, never a profile's local passphrase verifier.
 */
import { docIdOf, parseDocId, type SyncedTable } from '../../../../shared/sync/documents';

export interface CouchDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  type?: string;
  author?: string;
  [field: string]: unknown;
}

/** Fields that belong to the document, not to the record. */
const DOC_FIELDS = new Set(['_id', '_rev', '_deleted', '_conflicts', '_revisions', '_attachments', 'type', 'author', 'resolvedConflict']);

/** What never leaves the workstation: recomputed locally, or a local credential. */
const LOCAL_ONLY: Partial<Record<SyncedTable, readonly string[]>> = { cases: ['derived'], staff: ['passphrase'] };

/** The record's synced fields: what the server holds and a merge compares. */
export function syncedFields(table: SyncedTable, record: object): Record<string, unknown> {
  const fields: Record<string, unknown> = { ...record };
  for (const name of LOCAL_ONLY[table] ?? []) delete fields[name];
  return fields;
}

export function toDocument(table: SyncedTable, record: { id: string }, author: string, rev: string | undefined): CouchDoc {
  const type = docIdOf(table, record.id).split(':')[0]!;
  return { _id: docIdOf(table, record.id), ...(rev ? { _rev: rev } : {}), type, author, ...syncedFields(table, record) };
}

/** The record a pulled document holds; null for a document that is not a record of ours (a design document). */
export function fromDocument(doc: CouchDoc): { table: SyncedTable; key: string; fields: Record<string, unknown> } | null {
  const parsed = parseDocId(doc._id);
  if (!parsed) return null;
  const fields: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(doc)) if (!DOC_FIELDS.has(name)) fields[name] = value;
  return { ...parsed, fields: syncedFields(parsed.table, fields) };
}
