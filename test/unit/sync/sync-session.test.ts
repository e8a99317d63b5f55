/**
 * Sync as the screens use it (data/sync-session) against the test server:
 * the connection test says what went wrong, a server sign-in is kept sealed
 * and resumes after a restart, only a supervisor sets the workstation up,
 * and a new server starts the workstation's bookkeeping afresh.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSyncSession } from '../../../renderer/src/data/sync-session';
import { SyncSession, type FirstPull } from '../../../renderer/src/data/sync-session/sync-session';
import { Authorizer } from '../../../renderer/src/data/authorization';
import { Recorder } from '../../../renderer/src/data/recorder/recorder';
import { ConflictRepository } from '../../../renderer/src/data/sync/conflicts';
import { CHECKPOINT_KEY } from '../../../renderer/src/data/sync/state';
import { vaultOf } from '../../../renderer/src/data/vault/vault';
import { postDatabase } from '../../../shared/sync/documents';
import { startSyncServer, TEST_ACCOUNT_PASSWORD, type SyncTestServer } from '../../support/sync-server';
import { caseInput, setUpWorkstation } from '../data/fixtures';
import { firstStation, POST } from './stations';

let server: SyncTestServer;
beforeAll(async () => {
  server = await startSyncServer();
  await server.setUpPost(POST);
  await server.setUpPost('KRK');
  await server.addUser(POST, 'naledi', 'supervisor');
  await server.addUser(POST, 'thandi', 'officer');
  await server.addUser('KRK', 'marek', 'officer');
}, 120_000);
afterAll(() => server?.stop());

async function until<T>(what: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await what();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function setUp() {
  const station = await firstStation();
  const sync = createSyncSession(station.db, station.clock);
  await sync.saveSetup({ server: server.url, database: postDatabase(POST) }, station.supervisor.id);
  return { ...station, sync };
}

describe('the connection test', () => {
  it('names what happened: connected (and as what), wrong password, not a member of the post, no such database, unreachable', async () => {
    const { sync, supervisor, db, clock } = await setUp();
    expect(await sync.test('naledi', TEST_ACCOUNT_PASSWORD, POST)).toEqual({ outcome: 'ok', account: 'naledi', supervisor: true, documents: expect.any(Number) });
    expect(await sync.test('thandi', TEST_ACCOUNT_PASSWORD, POST)).toMatchObject({ outcome: 'ok', supervisor: false });
    expect(await sync.test('naledi', 'not the password', POST)).toEqual({ outcome: 'wrongPassword' });
    expect(await sync.test('marek', TEST_ACCOUNT_PASSWORD, POST)).toEqual({ outcome: 'notMember' });

    await sync.saveSetup({ server: server.url, database: 'homeward-post-nowhere' }, supervisor.id);
    expect(await sync.test('naledi', TEST_ACCOUNT_PASSWORD, POST)).toEqual({ outcome: 'noDatabase' });

    // A port nothing listens on.
    const closed = createSyncSession(db, clock);
    await closed.saveSetup({ server: 'http://127.0.0.1:9', database: postDatabase(POST) }, supervisor.id);
    expect(await closed.test('naledi', TEST_ACCOUNT_PASSWORD, POST)).toEqual({ outcome: 'unreachable' });
  });
});

describe('signing in to the server', () => {
  it('keeps the password sealed under the data key, never in the clear, and resumes after a restart', async () => {
    const { sync, supervisor, db, clock, repos, officer } = await setUp();
    await sync.begin(supervisor.id);
    expect(sync.current.account).toBeNull();
    expect(await sync.signIn(supervisor.id, 'naledi', 'not the password', POST)).toEqual({ outcome: 'wrongPassword' });
    expect(sync.current.account).toBeNull();
    expect((await sync.signIn(supervisor.id, 'naledi', TEST_ACCOUNT_PASSWORD, POST)).outcome).toBe('ok');
    expect(sync.current.account).toBe('naledi');

    const stored = await db.syncState.toArray();
    expect(JSON.stringify(stored)).not.toContain(TEST_ACCOUNT_PASSWORD);
    const signIn = stored.find((row) => row.key === `signIn:${supervisor.id}`)!.value as { account: string; sealed: string };
    expect(signIn.account).toBe('naledi');
    expect(await vaultOf(db).open(`sync-sign-in:${supervisor.id}`, signIn.sealed)).toBe(TEST_ACCOUNT_PASSWORD);

    // Started: the replicator runs for the signed-in profile and catches up.
    await sync.start(supervisor.id);
    await until(() => (sync.current.status.state === 'upToDate' ? true : undefined));
    await repos.cases.create(caseInput(), officer.id);
    await until(async () => ((await sync.counts()).waiting === 0 && sync.current.status.state === 'upToDate' ? true : undefined));
    await sync.end();
    expect(sync.current.status).toEqual({ state: 'stopped' });

    // A restart: a new session over the same database, the data key in memory again after sign-in.
    const again = createSyncSession(db, clock);
    await again.begin(supervisor.id);
    expect(again.current.account).toBe('naledi');
    await until(() => (again.current.status.state === 'upToDate' ? true : undefined));
    // Another profile signed in to this window has no server sign-in of its own.
    await again.begin(officer.id);
    expect(again.current.account).toBeNull();
    expect(again.current.status).toEqual({ state: 'stopped' });
    await again.signOut(officer.id);
    await again.end();
  });

  it('without the data key in memory (locked), the stored sign-in is not opened and nothing runs', async () => {
    const { sync, supervisor, db } = await setUp();
    await sync.begin(supervisor.id);
    await sync.signIn(supervisor.id, 'naledi', TEST_ACCOUNT_PASSWORD, POST);
    await sync.start(supervisor.id);
    await sync.end();
    vaultOf(db).forget();
    await sync.begin(supervisor.id);
    expect(sync.current.status).toEqual({ state: 'stopped' });
    await sync.end();
  });
});

describe('the workstation set-up', () => {
  it('only a supervisor saves, starts or stops it', async () => {
    const { sync, officer } = await setUp();
    await expect(sync.saveSetup({ server: server.url, database: postDatabase(POST) }, officer.id)).rejects.toThrow();
    await expect(sync.start(officer.id)).rejects.toThrow();
    await expect(sync.stop(officer.id)).rejects.toThrow();
  });

  it('another server or database stops sync and forgets the old checkpoint; saving the same one keeps it', async () => {
    const { sync, supervisor, db } = await setUp();
    await sync.start(supervisor.id);
    await db.syncState.put({ key: CHECKPOINT_KEY, value: '42-abc' });
    await sync.saveSetup({ server: server.url, database: postDatabase(POST) }, supervisor.id);
    expect(sync.current.setup).toMatchObject({ enabled: true });
    expect(await db.syncState.get(CHECKPOINT_KEY)).toBeDefined();
    await sync.saveSetup({ server: server.url, database: postDatabase('KRK') }, supervisor.id);
    expect(sync.current.setup).toEqual({ server: server.url, database: postDatabase('KRK'), enabled: false });
    expect(await db.syncState.get(CHECKPOINT_KEY)).toBeUndefined();
  });
});

describe('the first pull', () => {
  it('shows its progress against the server’s count, and ends once caught up', async () => {
    const a = await setUp();
    await a.sync.begin(a.supervisor.id);
    await a.sync.signIn(a.supervisor.id, 'naledi', TEST_ACCOUNT_PASSWORD, POST);
    for (let i = 0; i < 60; i++) await a.repos.cases.create(caseInput({ fullName: `Person ${i}` }), a.officer.id);
    await a.sync.start(a.supervisor.id);
    await until(async () => ((await a.sync.counts()).waiting === 0 && a.sync.current.status.state === 'upToDate' ? true : undefined), 60_000);
    await a.sync.end();

    const b = await setUpWorkstation();
    const recorder = new Recorder(b.db, b.clock);
    const authorizer = new Authorizer(b.db, recorder);
    const sync = new SyncSession(b.db, recorder, b.clock, authorizer, vaultOf(b.db), new ConflictRepository(b.db, recorder, authorizer), { replicator: { batchSize: 20 } });
    await sync.saveSetup({ server: server.url, database: postDatabase(POST) }, b.supervisor.id);
    await sync.begin(b.supervisor.id);
    const seen: FirstPull[] = [];
    sync.subscribe(() => {
      if (sync.current.firstPull) seen.push(sync.current.firstPull);
    });
    await sync.signIn(b.supervisor.id, 'naledi', TEST_ACCOUNT_PASSWORD, POST);
    await sync.start(b.supervisor.id);
    await until(() => (sync.current.status.state === 'upToDate' ? true : undefined), 60_000);
    expect(sync.current.firstPull).toBeNull();
    // The server is shared by this file's tests: other cases may be there too.
    expect(await b.db.cases.count()).toBeGreaterThanOrEqual(60);
    const counted = seen.filter((p) => p.total !== null);
    expect(counted.length).toBeGreaterThan(2);
    // The pulled count only grows. The total is the server's document count when the pull began (PouchDB Server gives no
    // `pending`; CouchDB's makes it exact): the feed also carries what this workstation pushed meanwhile, so the screens
    // cap the share at all.
    const pulled = counted.map((p) => p.pulled);
    expect(pulled).toEqual([...pulled].sort((x, y) => x - y));
    expect(Math.max(...pulled)).toBeGreaterThan(60);
    expect(counted[0]!.total).toBeGreaterThanOrEqual(60);
    await sync.end();
  }, 120_000);
});
