/**
 * How records travel to the post's CouchDB database (DESIGN.md §9): one
 * document per record, `_id` = `<type>:<record id>`, the record's own fields
 * beside `type` and `author` (the server account that wrote it), so that the
 * server's `validate_doc_update` sees type, ids, updatedBy, status and the
 * assignee. Derived values and local credentials are not part of a document.
 */

/** Tables that sync, and the document type each one's records become. */
export const SYNCED_TYPES = {
  cases: 'case',
  contactLog: 'contact',
  followUps: 'followUp',
  groups: 'group',
  closureRequests: 'closureRequest',
  staff: 'staff',
  history: 'history',
  accessLog: 'access',
} as const;
export type SyncedTable = keyof typeof SYNCED_TYPES;
export type DocType = (typeof SYNCED_TYPES)[SyncedTable];

const TABLE_OF_TYPE = new Map<string, SyncedTable>(Object.entries(SYNCED_TYPES).map(([table, type]) => [type, table as SyncedTable]));

/** Append-only records: created once, never updated, so they never conflict. */
export const APPEND_ONLY_TABLES: readonly SyncedTable[] = ['history', 'accessLog'];

export function isSyncedTable(table: string): table is SyncedTable {
  return Object.hasOwn(SYNCED_TYPES, table);
}

export function docIdOf(table: SyncedTable, key: string): string {
  return `${SYNCED_TYPES[table]}:${key}`;
}

/** The table and record key a document id names; null for a design document or a foreign id. */
export function parseDocId(docId: string): { table: SyncedTable; key: string } | null {
  const colon = docId.indexOf(':');
  if (colon < 0) return null;
  const table = TABLE_OF_TYPE.get(docId.slice(0, colon));
  return table ? { table, key: docId.slice(colon + 1) } : null;
}

/** A post's database name on the server (CouchDB names are lower case). */
export function postDatabase(postCode: string): string {
  return `homeward-post-${postCode.toLowerCase()}`;
}

/** Server roles: every staff member of a post; its supervisors too; headquarters' readers of every post. */
export const serverRoles = (postCode: string) => ({
  staff: `homeward.${postCode}.staff`,
  supervisor: `homeward.${postCode}.supervisor`,
  headquarters: 'homeward.hq.reader',
});
