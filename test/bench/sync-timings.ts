/** See sync-timings.mjs. */
import { parseArgs } from 'node:util';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { HomewardDb } from '../../renderer/src/data/db';
import { basicAuthorization, CouchClient } from '../../renderer/src/data/sync/couch-client';
import { fromDocument, toDocument } from '../../renderer/src/data/sync/documents';
import { queueUnsynced } from '../../renderer/src/data/sync/outbox';
import { postDatabase } from '../../shared/sync/documents';
import { withDerived } from '../../renderer/src/data/recompute-derived';
import type { Case } from '../../shared/schemas/case';
import { caseInput } from '../unit/data/fixtures';
import { firstStation, joiningStation, POST, replicatorFor } from '../unit/sync/stations';
import { startSyncServer, TEST_ACCOUNT_PASSWORD } from '../support/sync-server';

const BATCH = 500;

export async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: { cases: { type: 'string' }, edits: { type: 'string' } } });
  const cases = Number(values.cases ?? 10_000);
  const edits = Number(values.edits ?? 1_000);
  const server = await startSyncServer();
  try {
    await server.setUpPost(POST);
    await server.addUser(POST, 'thandi', 'officer');
    await server.addUser(POST, 'naledi', 'supervisor');
    const a = await firstStation();
    const template = await a.repos.cases.create(caseInput(), a.officer.id);
    // The post's profiles (and this one case) on the server, so that the joining workstation knows who edits.
    await queueUnsynced(a.db);
    await replicatorFor(a, server, 'naledi').syncOnce();
    const admin = { authorization: `Basic ${btoa(`${server.admin.user}:${server.admin.password}`)}`, 'content-type': 'application/json' };
    for (let start = 0; start < cases; start += 1000) {
      const docs = Array.from({ length: Math.min(1000, cases - start) }, (_, n) => {
        const i = start + n;
        const record = { ...template, id: crypto.randomUUID(), reference: `ZA-MOW-2026-A-${String(i + 1).padStart(6, '0')}`, person: { ...template.person, fullName: `Person ${i}` } };
        return toDocument('cases', record, 'thandi', undefined);
      });
      await fetch(`${server.url}/${postDatabase(POST)}/_bulk_docs`, { method: 'POST', headers: admin, body: JSON.stringify({ docs }) });
    }

    // Raw: the same _changes feed, and raw puts of the same records into a database of the same schema.
    const client = new CouchClient({ server: server.url, database: postDatabase(POST), account: 'thandi', authorization: basicAuthorization('thandi', TEST_ACCOUNT_PASSWORD) });
    const raw = new HomewardDb(`raw-${crypto.randomUUID()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    let t = performance.now();
    let since: unknown = 0;
    for (;;) {
      const batch = await client.changes(since, BATCH, null);
      const records = batch.results.flatMap((row) => {
        const parsed = row.doc ? fromDocument(row.doc) : null;
        return parsed?.table === 'cases' ? [parsed.fields as unknown as Case] : [];
      });
      await raw.cases.bulkPut(withDerived(records, [], []));
      since = batch.last_seq;
      if (batch.results.length < BATCH) break;
    }
    const rawMs = performance.now() - t;

    const b = await joiningStation('B');
    const replicator = replicatorFor(b, server, 'thandi', { batchSize: BATCH });
    t = performance.now();
    await replicator.syncOnce();
    const pullMs = performance.now() - t;
    if ((await b.db.cases.count()) !== cases + 1) throw new Error('the pull did not store every case');

    const some = await b.db.cases.limit(edits).toArray();
    for (const c of some) await b.repos.cases.updateSection(c.id, c.version, 'overview', { priority: 'critical', flags: [], notes: 'Edited for the benchmark' }, a.officer.id);
    t = performance.now();
    await replicator.syncOnce();
    const pushMs = performance.now() - t;

    const figures = { cases, rawMs: Math.round(rawMs), pullMs: Math.round(pullMs), ratio: Number((pullMs / rawMs).toFixed(2)), budget: 1.5, edits, pushMs: Math.round(pushMs) };
    process.stdout.write(`${JSON.stringify(figures)}\n`);
    return 0;
  } finally {
    await server.stop();
  }
}
