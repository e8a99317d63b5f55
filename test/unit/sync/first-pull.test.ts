/** A workstation joining a post that already holds 10,000 cases: the first pull, in batches, with progress. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toDocument } from '../../../renderer/src/data/sync/documents';
import type { SyncStatus } from '../../../renderer/src/data/sync/replicator';
import { postDatabase } from '../../../shared/sync/documents';
import type { HomewardDb } from '../../../renderer/src/data/db';
import { countCases } from '../../../renderer/src/data/counters';
import { caseInput } from '../data/fixtures';
import { startSyncServer, type SyncTestServer } from '../../support/sync-server';
import { firstStation, joiningStation, POST, replicatorFor } from './stations';

const CASES = 10_000;
let server: SyncTestServer;
beforeAll(async () => {
  server = await startSyncServer();
  await server.setUpPost(POST);
  await server.addUser(POST, 'thandi', 'officer');
}, 120_000);
afterAll(() => server?.stop());

async function countersOf(db: HomewardDb): Promise<Record<string, number>> {
  return Object.fromEntries((await db.counters.toArray()).map((c) => [c.key, c.count]));
}

describe('first pull', () => {
  it(`stores ${CASES.toLocaleString('en')} cases with their derived values, and shows progress`, async () => {
    const a = await firstStation();
    const template = await a.repos.cases.create(caseInput(), a.officer.id);
    const auth = { authorization: `Basic ${btoa(`${server.admin.user}:${server.admin.password}`)}`, 'content-type': 'application/json' };
    for (let start = 0; start < CASES; start += 1000) {
      const docs = Array.from({ length: 1000 }, (_, n) => {
        const i = start + n;
        const record = { ...template, id: crypto.randomUUID(), reference: `ZA-MOW-2026-A-${String(i + 1).padStart(5, '0')}`, person: { ...template.person, fullName: `Person ${i}` } };
        return toDocument('cases', record, 'thandi', undefined);
      });
      const response = await fetch(`${server.url}/${postDatabase(POST)}/_bulk_docs`, { method: 'POST', headers: auth, body: JSON.stringify({ docs }) });
      expect(response.status).toBe(201);
    }
    const b = await joiningStation('B');
    const replicator = replicatorFor(b, server, 'thandi', { batchSize: 1000 });
    const seen: SyncStatus[] = [];
    replicator.subscribe((status) => seen.push(status));
    const started = performance.now();
    await replicator.syncOnce();
    const seconds = (performance.now() - started) / 1000;
    expect(await b.db.cases.count()).toBe(CASES);
    const stored = (await b.db.cases.where('reference').equals('ZA-MOW-2026-A-10000').first())!;
    // Sealed on arrival (DESIGN.md §8): the name is in the envelope, not in the clear.
    expect(stored).toHaveProperty('sealed');
    expect(JSON.stringify(stored)).not.toContain('Person 9999');
    const sample = (await b.repos.cases.get(stored.id))!;
    expect(sample.person.fullName).toBe('Person 9999');
    expect(sample.derived.open).toBe(1);
    // The dashboard's counters kept in step with every pulled batch: equal to counting the cases whole.
    expect(await countersOf(b.db)).toEqual(Object.fromEntries(countCases(await b.db.cases.toArray())));
    const progress = seen.filter((s): s is Extract<SyncStatus, { state: 'syncing' }> => s.state === 'syncing').map((s) => s.pulled);
    expect(progress.length).toBeGreaterThanOrEqual(10);
    expect(progress.at(-1)).toBeGreaterThanOrEqual(CASES);
    // The pulled records are not queued back to the server.
    expect(await b.db.syncOutbox.count()).toBe(0);
    console.error(`first pull of ${CASES} cases on fake-indexeddb: ${seconds.toFixed(1)} s`);
  }, 300_000);
});
