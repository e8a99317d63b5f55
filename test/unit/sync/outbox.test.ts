/**
 * The outbox (data/sync/outbox.ts) is written once sync is set up: a
 * workstation that never syncs queues nothing, and what it stored before
 * its setup goes up with the first run all the same.
 */
import { describe, expect, it } from 'vitest';
import { createSyncSession } from '../../../renderer/src/data/sync-session';
import { queueUnsynced } from '../../../renderer/src/data/sync/outbox';
import { docIdOf, postDatabase } from '../../../shared/sync/documents';
import { caseInput, setUpWorkstation } from '../data/fixtures';

async function queued(db: Awaited<ReturnType<typeof setUpWorkstation>>['db']): Promise<string[]> {
  return (await db.syncOutbox.toArray()).map((row) => row.docId);
}

describe('the outbox', () => {
  it('stays empty until sync is set up, and counts nothing as waiting before; then each write queues itself, and the first run queues what came before', async () => {
    const { db, repos, supervisor, officer, clock } = await setUpWorkstation();
    const before = await repos.cases.create(caseInput(), officer.id);
    const imported = await repos.caseImport.commit([{ case: { ...before, id: crypto.randomUUID(), reference: '' } }], officer.id);
    expect(imported.count).toBe(1);
    expect(await db.syncOutbox.count()).toBe(0);
    // A row an earlier version queued before sync was set up: not counted as waiting until it is.
    await db.syncOutbox.add({ docId: docIdOf('cases', before.id), table: 'cases', key: before.id });
    const sync = createSyncSession(db, clock);
    expect((await sync.counts()).waiting).toBe(0);

    // Saving a server is what sets sync up; nothing is contacted.
    await sync.saveSetup({ server: 'http://127.0.0.1:5984', database: postDatabase('MOW') }, supervisor.id);
    expect((await sync.counts()).waiting).toBe(1);
    // Taken away again: what follows checks what writes queue.
    await db.syncOutbox.clear();
    const after = await repos.cases.create(caseInput({ fullName: 'Thabo Nkosi' }), officer.id);
    const afterHistory = await db.history.where('[entity+entityId]').equals(['case', after.id]).toArray();
    expect(afterHistory.length).toBeGreaterThan(0);
    expect(await queued(db)).toEqual(expect.arrayContaining([docIdOf('cases', after.id), ...afterHistory.map((h) => docIdOf('history', h.id))]));
    expect(await queued(db)).not.toContain(docIdOf('cases', before.id));

    // Sync's first run (sync-session.ts) queues every record the server lacks: the cases stored before the setup too, once each.
    await queueUnsynced(db);
    const rows = await queued(db);
    expect(rows).toEqual(expect.arrayContaining([docIdOf('cases', before.id), docIdOf('cases', after.id)]));
    expect(rows.filter((id) => id === docIdOf('cases', after.id))).toHaveLength(1);
    expect(new Set(rows).size).toBe(rows.length);
  });
});
