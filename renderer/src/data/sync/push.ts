/**
 * Pushes the outbox with `_bulk_docs` (new_edits true), each document
 * carrying the last revision this workstation knows. Per document:
 * - accepted: its revision and body become the new base, and the outbox rows
 *   read for it go (rows added meanwhile stay for the next push);
 * - a conflict (409: another workstation wrote first, or our earlier push
 *   arrived but its answer was lost): the server's revision is fetched and
 *   written like a pulled change, which merges or finds nothing left to send;
 * - refused (validate_doc_update, permissions): kept with the server's reason
 *   for the person to see; the record stays as it is here.
 */
import { APPEND_ONLY_TABLES, docIdOf, type SyncedTable } from '../../../../shared/sync/documents';
import type { Clock } from '../clock';
import type { HomewardDb } from '../db';
import type { Recorder } from '../recorder/recorder';
import { isSealedTable, openAll } from '../vault/sealed-record';
import type { Vault } from '../vault/vault';
import type { CouchClient } from './couch-client';
import { toDocument, type CouchDoc } from './documents';
import { applyPulledBatch, BatchMovedError } from './pull';
import { sealDocState, sealingCopies } from './sealed-copies';
import { CHECKPOINT_KEY } from './state';
import type { SyncDocState, SyncOutboxRow } from './tables';

export interface PushOutcome {
  pushed: number;
  conflicts: number;
  refused: number;
}

/** The current records of the outbox's documents, opened: the server gets plain documents (TLS on the wire, §9). */
async function currentRecords(db: HomewardDb, vault: Vault, rows: readonly SyncOutboxRow[]): Promise<Map<string, { id: string }>> {
  const byTable = new Map<SyncedTable, string[]>();
  for (const row of rows) byTable.set(row.table, [...(byTable.get(row.table) ?? []), row.key]);
  const found = new Map<string, { id: string }>();
  for (const [table, keys] of byTable) {
    const stored = ((await db.table(table).bulkGet(keys)) as ({ id: string } | undefined)[]).filter((r) => r !== undefined);
    const records = isSealedTable(table) ? await openAll(vault, table, stored as never[]) : stored;
    for (const record of records as { id: string }[]) found.set(docIdOf(table, record.id), record);
  }
  return found;
}

export async function pushBatch(db: HomewardDb, recorder: Recorder, clock: Clock, client: CouchClient, limit: number, signal?: AbortSignal): Promise<PushOutcome & { more: boolean }> {
  const rows = await db.syncOutbox.orderBy('seq').limit(limit * 4).toArray();
  const latestSeq = new Map<string, number>();
  for (const row of rows) if (latestSeq.size < limit || latestSeq.has(row.docId)) latestSeq.set(row.docId, row.seq!);
  const batch = rows.filter((r) => latestSeq.has(r.docId));
  const outcome = { pushed: 0, conflicts: 0, refused: 0, more: rows.length > batch.length || rows.length === limit * 4 };
  if (batch.length === 0) return outcome;

  const seal = await sealingCopies(recorder.vault);
  const records = await currentRecords(db, recorder.vault, batch);
  const revs = await db.syncDocs.bulkGet([...latestSeq.keys()]);
  const docs: CouchDoc[] = [];
  const rowOf = new Map<string, SyncOutboxRow>();
  [...latestSeq.keys()].forEach((docId, n) => {
    const record = records.get(docId);
    const row = batch.find((r) => r.docId === docId)!;
    rowOf.set(docId, row);
    if (record) docs.push(toDocument(row.table, record, client.account, revs[n]?.rev));
  });
  const results = docs.length > 0 ? await client.bulkDocs(docs, signal) : [];
  const docById = new Map(docs.map((d) => [d._id, d]));
  // The accepted documents become the merge bases, sealed before the transaction opens (WebCrypto, §8).
  const bases = new Map<string, SyncDocState>();
  await Promise.all(
    results.map(async (result) => {
      const sent = docById.get(result.id);
      if (!sent || !result.ok || !result.rev) return;
      const { _id, _rev, type: _type, author: _author, ...body } = sent;
      const state = { docId: result.id, rev: result.rev, base: APPEND_ONLY_TABLES.includes(rowOf.get(result.id)!.table) ? null : body };
      bases.set(result.id, await sealDocState(recorder.vault, state, seal));
    }),
  );
  const conflicted: string[] = [];
  await db.transaction('rw', db.syncOutbox, db.syncDocs, db.syncRejections, async () => {
    for (const result of results) {
      const sent = docById.get(result.id);
      if (!sent) continue;
      const upTo = latestSeq.get(result.id)!;
      const clearRows = () => db.syncOutbox.where('docId').equals(result.id).and((r) => r.seq! <= upTo).delete();
      if (result.ok && result.rev) {
        await db.syncDocs.put(bases.get(result.id)!);
        await db.syncRejections.delete(result.id);
        await clearRows();
        outcome.pushed += 1;
      } else if (result.error === 'conflict') {
        conflicted.push(result.id);
      } else {
        const row = rowOf.get(result.id)!;
        await db.syncRejections.put({ docId: result.id, table: row.table, key: row.key, reason: result.reason ?? result.error ?? 'refused', at: clock.now() });
        await clearRows();
        outcome.refused += 1;
      }
    }
    // A queued record that no longer exists locally has nothing to send.
    const missing = [...latestSeq.keys()].filter((id) => !docById.has(id));
    if (missing.length > 0) await db.syncOutbox.where('docId').anyOf(missing).delete();
  });
  for (const docId of conflicted) {
    const remote = await client.getDoc(docId, signal);
    if (!remote) continue;
    outcome.conflicts += 1;
    const checkpoint = (await db.syncState.get(CHECKPOINT_KEY))?.value ?? 0;
    for (let attempt = 0; ; attempt += 1) {
      try {
        await applyPulledBatch(db, recorder, clock, [{ id: docId, seq: null, changes: [{ rev: remote._rev! }], doc: remote }], checkpoint);
        break;
      } catch (error) {
        if (!(error instanceof BatchMovedError) || attempt >= 3) throw error;
      }
    }
  }
  return outcome;
}
