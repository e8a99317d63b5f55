/**
 * Two workstations of one post through a real CouchDB-compatible server over
 * HTTP (PouchDB Server here; COUCHDB_URL for Apache CouchDB 3.x).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueUnsynced } from '../../../renderer/src/data/sync/outbox';
import { CHECKPOINT_KEY } from '../../../renderer/src/data/sync/state';
import { postDatabase } from '../../../shared/sync/documents';
import { caseInput, contactInput, historyOf } from '../data/fixtures';
import { startSyncServer, type SyncTestServer } from '../../support/sync-server';
import { firstStation, joiningStation, POST, replicatorFor, sharedWithB } from './stations';

let server: SyncTestServer;
beforeAll(async () => {
  server = await startSyncServer();
  await server.addUser(POST, 'naledi', 'supervisor');
  await server.addUser(POST, 'thandi', 'officer');
}, 120_000);
afterAll(() => server?.stop());

/** Each test starts from an empty post database, so tests do not see each other's documents. */
async function freshPost(): Promise<void> {
  const database = `${server.url}/${postDatabase(POST)}`;
  const auth = { authorization: `Basic ${btoa(`${server.admin.user}:${server.admin.password}`)}` };
  await fetch(database, { method: 'DELETE', headers: auth });
  await server.setUpPost(POST);
}

async function serverDocCount(): Promise<number> {
  const auth = { authorization: `Basic ${btoa(`${server.admin.user}:${server.admin.password}`)}` };
  const info = await (await fetch(`${server.url}/${postDatabase(POST)}`, { headers: auth })).json();
  return info.doc_count as number;
}

describe('two workstations of one post', () => {
  it('a case created on A appears on B with its contact log, steps, profiles and history; derived values recomputed on B', async () => {
    await freshPost();
    const a = await firstStation();
    const created = await a.repos.cases.create(caseInput(), a.officer.id);
    await a.repos.contactLog.add(created.id, contactInput('2026-03-01T10:00:00Z', 'reached'), a.officer.id);
    const withStep = await a.repos.cases.updateStep(created.id, 1, { step: 'identity_verified', state: 'done', date: '2026-02-28', reference: '', note: '' }, a.officer.id);
    expect(created.reference).toBe('ZA-MOW-2026-A-0001');
    await queueUnsynced(a.db);
    await replicatorFor(a, server, 'naledi').syncOnce();
    expect(await a.db.syncOutbox.count()).toBe(0);

    const b = await joiningStation('B');
    await replicatorFor(b, server, 'thandi').syncOnce();
    const onB = await b.repos.cases.get(created.id);
    const onA = await a.repos.cases.get(created.id);
    expect(onB).toEqual(onA);
    expect(onB!.steps.find((s) => s.step === 'identity_verified')).toMatchObject({ state: 'done', date: '2026-02-28' });
    expect(withStep.version).toBe(onB!.version);
    expect(await b.db.contactLog.where('caseId').equals(created.id).count()).toBe(1);
    expect(onB!.derived.lastContactAt).not.toBeNull();
    const profiles = await b.db.staff.toArray();
    expect(profiles.map((p) => p.name).sort()).toEqual(['Naledi Mokoena', 'Thandi Nkosi']);
    // Local credentials never leave: the profile arrives without a passphrase verifier.
    expect(profiles.every((p) => p.passphrase === null)).toBe(true);
    expect(await historyOf(b.repos, created.id)).toHaveLength((await historyOf(a.repos, created.id)).length);
    // Workstation settings are not synced: B keeps its own station code.
    expect((await b.repos.settings.workstation())!.stationCode).toBe('B');
  }, 60_000);

  it('both offline, then reconnected, converge; references made offline on each do not meet', async () => {
    await freshPost();
    const a = await firstStation();
    await queueUnsynced(a.db);
    await replicatorFor(a, server, 'naledi').syncOnce();
    const b = await joiningStation('B');
    await replicatorFor(b, server, 'thandi').syncOnce();
    const officer = a.officer.id;

    // Offline: each opens cases and logs contacts.
    const onA = [await a.repos.cases.create(caseInput({ fullName: 'Amina Yusuf' }), officer), await a.repos.cases.create(caseInput({ fullName: 'Ravi Kumar' }), officer)];
    const onB = [await b.repos.cases.create(caseInput({ fullName: 'Bilal Khan' }), officer)];
    await b.repos.contactLog.add(onB[0]!.id, contactInput('2026-03-01T11:00:00Z', 'no_answer'), officer);
    expect(onA[0]!.reference).toBe('ZA-MOW-2026-A-0001');
    expect(onB[0]!.reference).toBe('ZA-MOW-2026-B-0001');

    const ra = replicatorFor(a, server, 'naledi');
    const rb = replicatorFor(b, server, 'thandi');
    await ra.syncOnce();
    await rb.syncOnce();
    await ra.syncOnce();
    const ids = async (station: typeof a | typeof b) => (await station.db.cases.toCollection().primaryKeys()).sort();
    expect(await ids(a)).toEqual(await ids(b));
    expect(await ids(a)).toHaveLength(3);
    expect(await a.db.contactLog.count()).toBe(await b.db.contactLog.count());
    expect(await a.db.history.count()).toBe(await b.db.history.count());
    // Pulling again brings nothing new and duplicates nothing.
    const before = await a.db.history.count();
    await ra.syncOnce();
    expect(await a.db.history.count()).toBe(before);
  }, 60_000);

  it('edits of different fields on two workstations merge, and History says so', async () => {
    await freshPost();
    const a = await firstStation();
    const created = await a.repos.cases.create(caseInput(), a.officer.id);
    const { ra, b, rb } = await sharedWithB(server, a);

    await a.repos.cases.updateSection(created.id, 1, 'person', { ...created.person, homeTown: 'Durban' }, a.officer.id);
    await b.repos.cases.updateSection(created.id, 1, 'overview', { priority: 'critical', flags: [], notes: 'Mother called' }, a.officer.id);
    await ra.syncOnce();
    await rb.syncOnce();
    await ra.syncOnce();

    for (const station of [a, b]) {
      const record = (await station.repos.cases.get(created.id))!;
      expect(record.person.homeTown).toBe('Durban');
      expect(record.notes).toBe('Mother called');
      expect(record.priority).toBe('critical');
      expect(await station.db.syncConflicts.count()).toBe(0);
    }
    const merges = (await historyOf(b.repos, created.id)).filter((h) => h.field === 'sync.merge');
    expect(merges).toHaveLength(1);
    expect(merges[0]!.newValue).toMatchObject({ fromOther: ['person.homeTown'], conflicting: [] });
    expect((await a.repos.cases.get(created.id))!.version).toBe((await b.repos.cases.get(created.id))!.version);
  }, 60_000);

  it('the same field changed on both becomes one conflict to review, and no value is lost', async () => {
    await freshPost();
    const a = await firstStation();
    const created = await a.repos.cases.create(caseInput(), a.officer.id);
    const { ra, b, rb } = await sharedWithB(server, a);

    await a.repos.cases.updateSection(created.id, 1, 'person', { ...created.person, homeTown: 'Durban' }, a.officer.id);
    await b.repos.cases.updateSection(created.id, 1, 'person', { ...created.person, homeTown: 'Pretoria' }, a.supervisor.id);
    await ra.syncOnce();
    await rb.syncOnce();
    await ra.syncOnce();

    const conflicts = await b.repos.conflicts.list();
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ caseId: created.id, fields: [{ field: 'person.homeTown', local: 'Pretoria', remote: 'Durban' }], local: { by: a.supervisor.id }, remote: { by: a.officer.id } });
    // Both workstations hold the same record again (B's value until someone chooses), and both values are in History.
    expect((await a.repos.cases.get(created.id))!.person.homeTown).toBe('Pretoria');
    const values = (await historyOf(a.repos, created.id)).filter((h) => h.field === 'person.homeTown').map((h) => h.newValue);
    expect(values.sort()).toEqual(['Durban', 'Pretoria']);
  }, 60_000);

  it('a write the server refuses (validate_doc_update) is listed with its reason, and the record stays', async () => {
    await freshPost();
    const a = await firstStation();
    const created = await a.repos.cases.create(caseInput(), a.officer.id);
    await queueUnsynced(a.db);
    await replicatorFor(a, server, 'naledi').syncOnce();
    const b = await joiningStation('B');
    const rb = replicatorFor(b, server, 'thandi');
    await rb.syncOnce();
    // On B, signed in to the server as an officer, the supervisor's profile reassigns the case: allowed here, refused there.
    await b.repos.cases.reassign([created.id], a.supervisor.id, 'Covering leave', a.supervisor.id);
    await rb.syncOnce();
    const refused = await b.db.syncRejections.toArray();
    expect(refused).toEqual([expect.objectContaining({ docId: `case:${created.id}`, reason: 'Only a supervisor may reassign a case.' })]);
    expect((await b.repos.cases.get(created.id))!.assigneeId).toBe(a.supervisor.id);
  }, 60_000);

  it('the server killed in the middle of a push and restarted: no duplicate, no loss, the pull resumes from its checkpoint', async ({ skip }) => {
    if (!server.standIn) skip('kills the server process: only the PouchDB Server the tests start');
    await freshPost();
    const a = await firstStation();
    for (let i = 0; i < 25; i += 1) await a.repos.cases.create(caseInput({ fullName: `Person ${i}` }), a.officer.id);
    await queueUnsynced(a.db);
    const queued = await a.db.syncOutbox.count();
    let bulkCalls = 0;
    // The second _bulk_docs reaches the server, which stores it; then the server dies before the answer arrives.
    const dying: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (String(input).includes('_bulk_docs') && ++bulkCalls === 2) {
        await server.kill();
        throw new TypeError('fetch failed');
      }
      return response;
    };
    await expect(replicatorFor(a, server, 'naledi', { fetcher: dying, batchSize: 20 }).syncOnce()).rejects.toThrow(/cannot be reached/);
    expect(await a.db.syncOutbox.count()).toBeLessThan(queued);
    expect(await a.db.syncOutbox.count()).toBeGreaterThan(0);
    await server.restart();
    await replicatorFor(a, server, 'naledi', { batchSize: 20 }).syncOnce();
    expect(await a.db.syncOutbox.count()).toBe(0);
    const onA = (await a.db.cases.count()) + (await a.db.staff.count()) + (await a.db.history.count()) + (await a.db.accessLog.count());
    expect(await serverDocCount()).toBe(onA + 1); // and the design document

    // B pulls a batch, the server dies, B resumes after the restart from the checkpoint it stored.
    const b = await joiningStation('B');
    let pulls = 0;
    const dyingPull: typeof fetch = async (input, init) => {
      if (String(input).includes('_changes') && ++pulls === 2) {
        await server.kill();
      }
      return fetch(input, init);
    };
    await expect(replicatorFor(b, server, 'thandi', { fetcher: dyingPull, batchSize: 20 }).syncOnce()).rejects.toThrow(/cannot be reached/);
    const checkpoint = (await b.db.syncState.get(CHECKPOINT_KEY))!.value;
    expect(checkpoint).not.toBe(0);
    const afterFirstBatch = await b.db.history.count();
    await server.restart();
    const requests: string[] = [];
    const watching: typeof fetch = (input, init) => {
      requests.push(String(input));
      return fetch(input, init);
    };
    await replicatorFor(b, server, 'thandi', { fetcher: watching, batchSize: 20 }).syncOnce();
    expect(requests.find((r) => r.includes('_changes'))).toContain(`since=${encodeURIComponent(JSON.stringify(checkpoint))}`);
    expect(afterFirstBatch).toBeGreaterThan(0);
    expect(await b.db.cases.count()).toBe(25);
    expect(await b.db.history.count()).toBe(await a.db.history.count());
  }, 120_000);
});

describe('conflicts to review', () => {
  async function conflicted() {
    await freshPost();
    const a = await firstStation();
    const created = await a.repos.cases.create(caseInput(), a.officer.id);
    const { ra, b, rb } = await sharedWithB(server, a);
    await a.repos.cases.updateSection(created.id, 1, 'person', { ...created.person, homeTown: 'Durban' }, a.officer.id);
    await b.repos.cases.updateSection(created.id, 1, 'person', { ...created.person, homeTown: 'Pretoria' }, a.officer.id);
    await ra.syncOnce();
    await rb.syncOnce();
    return { a, b, ra, rb, created, conflict: (await b.repos.conflicts.forCase(created.id))[0]! };
  }

  it("choosing the other workstation's value resolves the conflict everywhere; this workstation's value stays in History", async () => {
    const { a, b, ra, rb, created, conflict } = await conflicted();
    const version = (await b.repos.cases.get(created.id))!.version;
    await b.repos.conflicts.resolve(conflict.docId, version, { 'person.homeTown': { keep: 'remote' } }, a.officer.id);
    expect(await b.repos.conflicts.list()).toEqual([]);
    await rb.syncOnce();
    await ra.syncOnce();
    for (const station of [a, b]) expect((await station.repos.cases.get(created.id))!.person.homeTown).toBe('Durban');
    const rows = (await historyOf(a.repos, created.id)).filter((h) => h.field === 'person.homeTown');
    expect(rows.some((h) => h.oldValue === 'Pretoria' && h.newValue === 'Durban')).toBe(true);
  }, 60_000);

  it("keeping this workstation's value records the other one in History, and a stale choice is refused", async () => {
    const { a, b, rb, created, conflict } = await conflicted();
    const version = (await b.repos.cases.get(created.id))!.version;
    await expect(b.repos.conflicts.resolve(conflict.docId, version - 1, { 'person.homeTown': { keep: 'local' } }, a.officer.id)).rejects.toThrow();
    await b.repos.conflicts.resolve(conflict.docId, version, { 'person.homeTown': { keep: 'local' } }, a.officer.id);
    await rb.syncOnce();
    expect((await b.repos.cases.get(created.id))!.person.homeTown).toBe('Pretoria');
    const resolved = (await historyOf(b.repos, created.id)).filter((h) => h.note === 'sync.conflictResolved');
    expect(resolved).toEqual([expect.objectContaining({ field: 'person.homeTown', oldValue: 'Durban' })]);
    expect(await b.db.syncOutbox.count()).toBe(0);
  }, 60_000);
});
