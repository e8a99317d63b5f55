/**
 * Sync's own copies of record content, at rest (DESIGN.md §8): a document's
 * merge base (syncDocs) is sealed by the same field table, and under the same
 * associated data (`<table>:<id>`), as the record it copies — so the copy
 * a change made here takes of a pulled record (BASE_IS_RECORD) needs no
 * second encryption — and a conflict's two values (syncConflicts) are sealed whole,
 * as a field in conflict may be any field. Like the records, they stay in the
 * clear only on a workstation that holds no data key yet (vault/migration.ts
 * seals the records then; the bookkeeping is rewritten by the next sync).
 * The outbox holds ids only and a refused write its server's reason: neither
 * copies a record's content.
 *
 * WebCrypto, not IndexedDB: seal before the read-write transaction opens,
 * open after a read.
 */
import { parseDocId } from '../../../../shared/sync/documents';
import type { JsonValue } from '../../../../shared/schemas/history';
import type { HomewardDb } from '../db';
import { LockedError } from '../errors';
import { isSealedTable, openFields, sealContext, sealFields, type SealedTable } from '../vault/sealed-record';
import type { Vault } from '../vault/vault';
import type { SyncConflict, SyncDocState } from './tables';

const conflictContext = (docId: string) => `syncConflicts:${docId}`;

/** Whether copies are to be sealed: with the key in memory yes; without it, LockedError on a protected workstation. */
export async function sealingCopies(vault: Vault): Promise<boolean> {
  if (vault.unlocked) return true;
  if (await vault.protectedDb()) throw new LockedError();
  return false;
}

/** The sync state of a document as stored: its base sealed when the workstation is protected. */
export async function sealDocState(vault: Vault, state: SyncDocState, seal: boolean): Promise<SyncDocState> {
  const table = sealedTableOf(state.docId);
  if (!seal || typeof state.base !== 'object' || state.base === null || !table) return state;
  return { ...state, base: await sealFields(vault, table, sealContext(table, String(state.base.id)), state.base) };
}

export async function openDocState(vault: Vault, state: SyncDocState | undefined): Promise<SyncDocState | undefined> {
  const table = state && sealedTableOf(state.docId);
  if (typeof state?.base !== 'object' || state.base === null || !table) return state;
  return { ...state, base: await openFields(vault, table, sealContext(table, String(state.base.id)), state.base) };
}

/** A conflict as stored: the field names in the clear, both values of each in one envelope. */
export async function sealConflict(vault: Vault, conflict: SyncConflict, seal: boolean): Promise<SyncConflict> {
  if (!seal) return conflict;
  const values = conflict.fields.map((f) => [f.local, f.remote]);
  return { ...conflict, fields: conflict.fields.map((f) => ({ field: f.field, local: null, remote: null })), sealed: await vault.seal(conflictContext(conflict.docId), values) };
}

export async function openConflict(vault: Vault, stored: SyncConflict): Promise<SyncConflict> {
  if (stored.sealed === undefined) return stored;
  const values = await vault.open<[JsonValue, JsonValue][]>(conflictContext(stored.docId), stored.sealed);
  const { sealed: _sealed, ...rest } = stored;
  return { ...rest, fields: stored.fields.map((f, i) => ({ field: f.field, local: values[i]![0], remote: values[i]![1] })) };
}

/** The sealed table whose field table applies to a document's copy; null when its records hold no sealed field. */
function sealedTableOf(docId: string): SealedTable | null {
  const table = parseDocId(docId)?.table;
  return table && isSealedTable(table) ? table : null;
}

/**
 * Seals the merge bases and conflicts stored while the workstation had no
 * data key: sealed outside any transaction, then written in one that keeps
 * only copies nobody changed meanwhile (the next run takes the others).
 */
export async function sealClearCopies(db: HomewardDb, vault: Vault): Promise<void> {
  const [states, conflicts] = await Promise.all([
    db.syncDocs.filter((s) => typeof s.base === 'object' && s.base !== null && typeof s.base.sealed !== 'string' && sealedTableOf(s.docId) !== null).toArray(),
    db.syncConflicts.filter((c) => c.sealed === undefined).toArray(),
  ]);
  if (states.length === 0 && conflicts.length === 0) return;
  const [sealedStates, sealedConflicts] = await Promise.all([
    Promise.all(states.map((s) => sealDocState(vault, s, true))),
    Promise.all(conflicts.map((c) => sealConflict(vault, c, true))),
  ]);
  await db.transaction('rw', db.syncDocs, db.syncConflicts, async () => {
    const [nowStates, nowConflicts] = await Promise.all([db.syncDocs.bulkGet(states.map((s) => s.docId)), db.syncConflicts.bulkGet(conflicts.map((c) => c.docId))]);
    await db.syncDocs.bulkPut(sealedStates.filter((_, i) => nowStates[i]?.rev === states[i]!.rev && typeof nowStates[i]?.base === 'object' && typeof (nowStates[i]!.base as { sealed?: unknown } | null)?.sealed !== 'string'));
    await db.syncConflicts.bulkPut(sealedConflicts.filter((_, i) => nowConflicts[i] !== undefined && nowConflicts[i]!.sealed === undefined && nowConflicts[i]!.at === conflicts[i]!.at));
  });
}
