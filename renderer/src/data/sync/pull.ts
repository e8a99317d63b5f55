/**
 * Writes one pulled `_changes` batch through the recorder: records are
 * checked with their shared schema (prepare), then stored in one transaction
 * with each document's revision, any merge or conflict, the derived values of
 * the cases they touch, and the checkpoint — so the checkpoint never moves
 * past a batch that is not stored, and a batch pulled twice changes nothing
 * (a revision already known is skipped).
 */
import { type z } from 'zod';
import { withoutFutureLimit } from '../../../../shared/domain/partial-date';
import { AccessRecordSchema } from '../../../../shared/schemas/access-log';
import { CaseSchema, type Case } from '../../../../shared/schemas/case';
import { ClosureRequestSchema } from '../../../../shared/schemas/closure-request';
import { ContactEntrySchema } from '../../../../shared/schemas/contact';
import { FollowUpSchema } from '../../../../shared/schemas/follow-up';
import { GroupSchema } from '../../../../shared/schemas/group';
import { HistoryRecordSchema, type HistoryEntity, type HistoryRecord } from '../../../../shared/schemas/history';
import { StaffSchema, type Staff } from '../../../../shared/schemas/staff';
import { APPEND_ONLY_TABLES, type SyncedTable } from '../../../../shared/sync/documents';
import type { Clock } from '../clock';
import type { HomewardDb } from '../db';
import type { Change, Recorder, RecordTable } from '../recorder/recorder';
import { withDerived } from '../recompute-derived';
import { isSealedTable, openRecord } from '../vault/sealed-record';
import type { Vault } from '../vault/vault';
import type { ChangesRow } from './couch-client';
import { fromDocument, syncedFields, type CouchDoc } from './documents';
import { sameFacts, threeWayMerge } from './merge';
import { outboxRows } from './outbox';
import { openDocState, sealConflict, sealDocState, sealingCopies } from './sealed-copies';
import { CHECKPOINT_KEY } from './state';
import { BASE_IS_RECORD, SYNC_BOOKKEEPING_TABLES, type SyncConflict, type SyncDocState, type SyncRejection } from './tables';

/** Each synced table's record schema: pulled records are checked with it, and so are conflict resolutions. */
export const SCHEMAS: Record<SyncedTable, z.ZodType> = {
  cases: CaseSchema,
  contactLog: ContactEntrySchema,
  followUps: FollowUpSchema,
  groups: GroupSchema,
  closureRequests: ClosureRequestSchema,
  staff: StaffSchema,
  history: HistoryRecordSchema,
  accessLog: AccessRecordSchema,
};

const HISTORY_ENTITY: Partial<Record<SyncedTable, HistoryEntity>> = { cases: 'case', contactLog: 'contact', followUps: 'followUp', groups: 'group', staff: 'staff', closureRequests: 'case' };


/** A local change (an edit saved while the batch was prepared) moved a record: the batch is prepared again. */
export class BatchMovedError extends Error {}

export interface PullOutcome {
  stored: number;
  merged: number;
  conflicts: number;
}

interface Planned {
  docId: string;
  table: SyncedTable;
  key: string;
  change: Change | null;
  doc: SyncDocState;
  /** What prepare saw locally: the commit refuses the batch if it moved. */
  seenVersion: number | null;
  seenPending: boolean;
  dropOutbox: boolean;
  /** The change stores the server's document as it came: the stored record is the merge base. */
  baseIsStored: boolean;
  conflict: SyncConflict | null;
  rejection: SyncRejection | null;
}

export async function applyPulledBatch(
  db: HomewardDb,
  recorder: Recorder,
  clock: Clock,
  rows: readonly ChangesRow[],
  checkpoint: unknown,
): Promise<PullOutcome> {
  const docs = rows.flatMap((row) => {
    const parsed = row.doc && !row.doc._deleted && row.doc._rev ? fromDocument(row.doc) : null;
    return parsed ? [{ doc: row.doc!, docId: row.doc!._id, ...parsed }] : [];
  });
  const vault = recorder.vault;
  // Before any transaction (WebCrypto, §8): what this workstation holds is opened, the bookkeeping's copies sealed.
  const seal = await sealingCopies(vault);
  const seen = await openedState(vault, docs, await localState(db, docs));
  const plans: Planned[] = [];
  for (const item of docs) {
    const plan = planRow(recorder, clock, item, seen.get(item.docId)!);
    if (plan) plans.push(plan);
  }
  // A record stored as it came is its own merge base (BASE_IS_RECORD); only a merged or unreadable one's is kept apart, sealed.
  const [sealedStates, conflicts] = await Promise.all([
    Promise.all(plans.map((p) => (p.baseIsStored ? null : sealDocState(vault, p.doc, seal)))),
    Promise.all(plans.flatMap((p) => (p.conflict ? [sealConflict(vault, p.conflict, seal)] : []))),
  ]);
  const changes = plans.map((p) => p.change);
  const written = plans.map((p) => p.table);
  const outcome: PullOutcome = { stored: changes.filter(Boolean).length, merged: 0, conflicts: conflicts.length };
  await recorder.commit(changes, {
    pulled: true,
    // Derived values are recomputed here after a pull, never synced: for every case the batch touched.
    refresh: touchedCases(plans),
    reads: [...new Set<RecordTable>([...written, 'cases', 'contactLog', 'followUps', 'staff'])],
    check: async () => {
      const now = await localState(db, plans);
      for (const plan of plans) {
        const current = now.get(plan.docId)!;
        if ((current.local?.version ?? null) !== plan.seenVersion || current.pending !== plan.seenPending) throw new BatchMovedError(plan.docId);
        // A profile's passphrase verifier is this workstation's own: a pulled profile keeps it.
        if (plan.table === 'staff' && plan.change?.record) (plan.change.record as Staff).passphrase = (current.local as Staff | undefined)?.passphrase ?? null;
      }
    },
    sync: {
      tables: SYNC_BOOKKEEPING_TABLES,
      after: async () => {
        await db.syncDocs.bulkPut(plans.map((p, n) => sealedStates[n] ?? { ...p.doc, base: BASE_IS_RECORD }));
        const drop = plans.filter((p) => p.dropOutbox).map((p) => p.docId);
        if (drop.length > 0) await db.syncOutbox.where('docId').anyOf(drop).delete();
        if (conflicts.length > 0) await db.syncConflicts.bulkPut(conflicts);
        const rejections = plans.flatMap((p) => (p.rejection ? [p.rejection] : []));
        if (rejections.length > 0) await db.syncRejections.bulkPut(rejections);
        // A merge's history row is this workstation's own record: it goes up like any other.
        const mergeRows = outboxRows([], plans.flatMap((p) => p.change?.history ?? []));
        if (mergeRows.length > 0) await db.syncOutbox.bulkAdd(mergeRows);
        await db.syncState.put({ key: CHECKPOINT_KEY, value: checkpoint });
        outcome.merged = plans.filter((p) => p.change && p.change.history.length > 0 && !APPEND_ONLY_TABLES.includes(p.table)).length;
      },
    },
  });
  return outcome;
}

type LocalRecord = Record<string, unknown> & { version?: number; updatedBy?: string; updatedAt?: string };

interface LocalState {
  known: SyncDocState | undefined;
  local: LocalRecord | undefined;
  pending: boolean;
}

/** What this workstation holds of each document: a few bulk reads per batch, not one read per document. */
async function localState(db: HomewardDb, docs: readonly { docId: string; table: SyncedTable; key: string }[]): Promise<Map<string, LocalState>> {
  const ids = docs.map((d) => d.docId);
  const [known, pendingRows] = await Promise.all([db.syncDocs.bulkGet(ids), db.syncOutbox.where('docId').anyOf(ids).toArray()]);
  const pending = new Set(pendingRows.map((r) => r.docId));
  const byTable = new Map<SyncedTable, string[]>();
  for (const d of docs) byTable.set(d.table, [...(byTable.get(d.table) ?? []), d.key]);
  const locals = new Map<string, LocalRecord>();
  for (const [table, keys] of byTable) {
    const records = (await db.table(table).bulkGet(keys)) as (LocalRecord | undefined)[];
    keys.forEach((key, n) => {
      if (records[n]) locals.set(`${table}/${key}`, records[n]);
    });
  }
  return new Map(ids.map((id, n) => [id, { known: known[n], local: locals.get(`${docs[n]!.table}/${docs[n]!.key}`), pending: pending.has(id) }]));
}

/** The local records and merge bases of a batch, opened (a record sealed at rest is merged as the person sees it). */
async function openedState(vault: Vault, docs: readonly { docId: string; table: SyncedTable }[], states: Map<string, LocalState>): Promise<Map<string, LocalState>> {
  const opened = await Promise.all(
    docs.map(async ({ docId, table }) => {
      const state = states.get(docId)!;
      const local = state.local && isSealedTable(table) ? ((await openRecord(vault, table, state.local as never)) as LocalRecord) : state.local;
      const known = state.known?.base === BASE_IS_RECORD ? { ...state.known, base: local ? syncedFields(table, local) : null } : await openDocState(vault, state.known);
      return [docId, { ...state, local, known }] as const;
    }),
  );
  return new Map(opened);
}

function planRow(recorder: Recorder, clock: Clock, item: { doc: CouchDoc; table: SyncedTable; key: string; fields: Record<string, unknown> }, state: LocalState): Planned | null {
  const { doc, table, key, fields: remote } = item;
  const { known, local, pending: seenPending } = state;
  if (known?.rev === doc._rev) return null;
  const appendOnly = APPEND_ONLY_TABLES.includes(table);
  const plan: Planned = {
    docId: doc._id,
    table,
    key,
    change: null,
    doc: { docId: doc._id, rev: doc._rev!, base: appendOnly ? null : remote },
    seenVersion: local?.version ?? null,
    seenPending,
    dropOutbox: false,
    baseIsStored: false,
    conflict: null,
    rejection: null,
  };
  const prepare = (fields: Record<string, unknown>, history: HistoryRecord[] = []) => {
    const record = storable(table, fields, local);
    plan.baseIsStored = record.success && fields === remote && !appendOnly;
    if (record.success) plan.change = recorder.pulled(table, record.data as never, history);
    else plan.rejection = { docId: doc._id, table, key, reason: `Received a record this version cannot read: ${record.error}`, at: clock.now() };
  };
  if (appendOnly) {
    if (!local) prepare(remote);
    return plan;
  }
  const localFields = local ? syncedFields(table, local) : null;
  if (!localFields || !seenPending) {
    prepare(remote);
    return plan;
  }
  if (sameFacts(localFields, remote)) {
    // This workstation's change is already there (a push whose answer was lost): nothing left to send.
    prepare(remote);
    plan.dropOutbox = true;
    return plan;
  }
  // openedState resolved a base that is the stored record.
  const merge = threeWayMerge(typeof known?.base === 'object' ? known.base : null, localFields, remote);
  const version = Math.max(Number(local!.version ?? 0), Number(remote.version ?? 0)) + 1;
  const actor = String(local!.updatedBy);
  const merged = { ...merge.merged, version, updatedAt: clock.now(), updatedBy: actor };
  const caseId = caseIdOf(table, local!);
  const entity = HISTORY_ENTITY[table];
  const note = { otherWorkstation: { by: String(remote.updatedBy ?? ''), at: String(remote.updatedAt ?? '') }, fromOther: merge.fromRemote, conflicting: merge.conflicts.map((c) => c.field) };
  const history = entity ? [recorder.rows.event({ entity, entityId: key, caseId }, actor, 'sync.merge', null, note, null)] : [];
  prepare(merged, history);
  if (merge.conflicts.length > 0) {
    plan.conflict = {
      docId: doc._id,
      table,
      key,
      caseId,
      fields: merge.conflicts,
      local: { by: actor, at: String(local!.updatedAt ?? '') },
      remote: { by: String(remote.updatedBy ?? ''), at: String(remote.updatedAt ?? '') },
      at: clock.now(),
    };
  }
  return plan;
}

/** The pulled fields as this workstation stores them: checked by the shared schema, a case with derived values to refresh. */
function storable(table: SyncedTable, fields: Record<string, unknown>, local: Record<string, unknown> | undefined): { success: true; data: unknown } | { success: false; error: string } {
  let candidate: Record<string, unknown> = fields;
  if (table === 'cases') candidate = withDerived([{ ...fields, derived: (local as Case | undefined)?.derived } as Case], [], [])[0]!;
  if (table === 'staff') candidate = { ...fields, passphrase: (local as Staff | undefined)?.passphrase ?? null };
  const result = withoutFutureLimit(() => SCHEMAS[table].safeParse(candidate));
  if (result.success) return { success: true, data: result.data };
  return { success: false, error: result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
}

function caseIdOf(table: SyncedTable, record: Record<string, unknown>): string | null {
  if (table === 'cases') return String(record.id);
  return typeof record.caseId === 'string' ? record.caseId : null;
}

/** The cases whose derived values a batch changes: its cases, and those of its contact entries and follow-ups. */
function touchedCases(plans: readonly Planned[]): string[] {
  const caseIds = new Set<string>();
  for (const plan of plans) {
    if (!plan.change?.record) continue;
    if (plan.table === 'cases') caseIds.add(plan.key);
    else if (plan.table === 'contactLog' || plan.table === 'followUps') caseIds.add((plan.change.record as { caseId: string }).caseId);
  }
  return [...caseIds];
}
