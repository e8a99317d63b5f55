/**
 * The sync figures of issue 12 (see sync-timings.mjs), in Node on
 * fake-indexeddb against the PouchDB Server stand-in on 127.0.0.1, on a
 * protected workstation (data key in memory: records sealed and hashed on
 * arrival, as in the app):
 * - the first pull of N cases by the replicator;
 * - baseline, sealed: reading the same `_changes` feed raw, sealing each case
 *   as the workstation stores it, and raw puts (one bulkPut per batch) — the
 *   least any protected pull does; the budget (1.5×) is judged against it;
 * - baseline, plain: the same feed and raw puts of the records in the clear,
 *   as the issue first defined it before protection at rest (shown, not judged);
 * - pushing M edits of pulled cases.
 * Runs alternate which side goes first, so the machine's other work weighs on both.
 */
import { parseArgs } from 'node:util';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { HomewardDb } from '../../renderer/src/data/db';
import { basicAuthorization, CouchClient } from '../../renderer/src/data/sync/couch-client';
import { fromDocument, toDocument } from '../../renderer/src/data/sync/documents';
import { queueUnsynced } from '../../renderer/src/data/sync/outbox';
import { SYNC_BATCH_SIZE } from '../../renderer/src/data/sync/replicator';
import { withDerived } from '../../renderer/src/data/recompute-derived';
import { generateDataKey } from '../../renderer/src/data/vault/data-key';
import { sealRecord } from '../../renderer/src/data/vault/sealed-record';
import { vaultOf } from '../../renderer/src/data/vault/vault';
import { postDatabase } from '../../shared/sync/documents';
import type { Case } from '../../shared/schemas/case';
import { caseInput } from '../unit/data/fixtures';
import { firstStation, joiningStation, POST, replicatorFor } from '../unit/sync/stations';
import { startSyncServer, TEST_ACCOUNT_PASSWORD, type SyncTestServer } from '../support/sync-server';


export interface SyncFigures {
  cases: number;
  edits: number;
  pull: number[];
  rawSealed: number[];
  rawPlain: number[];
  push: number[];
}

export interface SyncPlan {
  cases: number;
  edits: number;
  runs: number;
  log?: (line: string) => void;
}

export async function measureSync({ cases, edits, runs, log = () => {} }: SyncPlan): Promise<SyncFigures> {
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
    await loadCases(server, template, cases);
    const figures: SyncFigures = { cases, edits, pull: [], rawSealed: [], rawPlain: [], push: [] };
    for (let run = 0; run < runs; run += 1) {
      const sides = [
        async () => figures.rawSealed.push(await rawPull(server, true)),
        async () => figures.rawPlain.push(await rawPull(server, false)),
        async () => {
          const { pullMs, pushMs } = await replicatorPull(server, cases, edits, a.officer.id, run);
          figures.pull.push(pullMs);
          figures.push.push(pushMs);
        },
      ];
      for (const side of run % 2 === 0 ? sides : [...sides].reverse()) await side();
      log(`sync run ${run + 1}: first pull ${seconds(figures.pull.at(-1)!)} (raw feed + sealing + puts ${seconds(figures.rawSealed.at(-1)!)}, raw feed + plain puts ${seconds(figures.rawPlain.at(-1)!)}); push of ${edits} edits ${seconds(figures.push.at(-1)!)}`);
    }
    return figures;
  } finally {
    await server.stop();
  }
}

/** N cases written to the post's database as another workstation would have pushed them. */
async function loadCases(server: SyncTestServer, template: Case, cases: number): Promise<void> {
  const admin = { authorization: `Basic ${btoa(`${server.admin.user}:${server.admin.password}`)}`, 'content-type': 'application/json' };
  for (let start = 0; start < cases; start += 1000) {
    const docs = Array.from({ length: Math.min(1000, cases - start) }, (_, n) => {
      const i = start + n;
      const record = { ...template, id: crypto.randomUUID(), reference: `ZA-MOW-2026-A-${String(i + 1).padStart(6, '0')}`, person: { ...template.person, fullName: `Person ${i}` } };
      return toDocument('cases', record, 'thandi', undefined);
    });
    const response = await fetch(`${server.url}/${postDatabase(POST)}/_bulk_docs`, { method: 'POST', headers: admin, body: JSON.stringify({ docs }) });
    if (response.status !== 201) throw new Error(`loading the server's cases: HTTP ${response.status}`);
  }
}

/** The same `_changes` feed read raw, and its cases put raw into a database of the same schema (sealed first, or not). */
async function rawPull(server: SyncTestServer, sealed: boolean): Promise<number> {
  const client = new CouchClient({ server: server.url, database: postDatabase(POST), account: 'thandi', authorization: basicAuthorization('thandi', TEST_ACCOUNT_PASSWORD) });
  const raw = new HomewardDb(`raw-${crypto.randomUUID()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const vault = vaultOf(raw);
  if (sealed) await vault.adopt(await generateDataKey());
  // Opened before the clock starts, as the joining workstation's database is.
  await raw.open();
  const started = performance.now();
  let since: unknown = 0;
  for (;;) {
    const batch = await client.changes(since, SYNC_BATCH_SIZE, null);
    const records = batch.results.flatMap((row) => {
      const parsed = row.doc ? fromDocument(row.doc) : null;
      return parsed?.table === 'cases' ? [parsed.fields as unknown as Case] : [];
    });
    const plain = withDerived(records, [], []);
    await raw.cases.bulkPut(sealed ? await Promise.all(plain.map((c) => sealRecord(vault, 'cases', c))) : plain);
    since = batch.last_seq;
    if (batch.results.length < SYNC_BATCH_SIZE) break;
  }
  const ms = performance.now() - started;
  raw.close();
  return ms;
}

/** A new protected workstation's first pull by the replicator, then the push of `edits` edits made there. */
async function replicatorPull(server: SyncTestServer, cases: number, edits: number, editorId: string, run: number): Promise<{ pullMs: number; pushMs: number }> {
  const b = await joiningStation('B');
  // The app's own batch size (the tests' stations use smaller batches).
  const replicator = replicatorFor(b, server, 'thandi', { batchSize: SYNC_BATCH_SIZE });
  let started = performance.now();
  await replicator.syncOnce();
  const pullMs = performance.now() - started;
  if ((await b.db.cases.count()) !== cases + 1) throw new Error('the first pull did not store every case');
  const some = await b.db.cases.limit(edits).primaryKeys();
  for (const id of some) {
    const current = (await b.repos.cases.get(id))!;
    await b.repos.cases.updateSection(id, current.version, 'overview', { priority: 'critical', flags: [], notes: `Edited for the benchmark, run ${run + 1}` }, editorId);
  }
  started = performance.now();
  await replicator.syncOnce();
  const pushMs = performance.now() - started;
  if ((await b.db.syncOutbox.count()) !== 0) throw new Error('the push left edits waiting');
  b.db.close();
  return { pullMs, pushMs };
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** `node test/bench/sync-timings.mjs [--cases N] [--edits M] [--runs R]`: the figures alone, as JSON. */
export async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: { cases: { type: 'string' }, edits: { type: 'string' }, runs: { type: 'string' } } });
  const figures = await measureSync({ cases: Number(values.cases ?? 10_000), edits: Number(values.edits ?? 1_000), runs: Number(values.runs ?? 1), log: (line) => console.error(line) });
  process.stdout.write(`${JSON.stringify(figures)}\n`);
  return 0;
}
