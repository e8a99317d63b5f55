/** Workstations of one post on fake-indexeddb (a separate IDBFactory each), syncing through the test server. */
import { createRepositories } from '../../../renderer/src/data/repositories';
import { Recorder } from '../../../renderer/src/data/recorder/recorder';
import { queueUnsynced } from '../../../renderer/src/data/sync/outbox';
import { basicAuthorization, CouchClient } from '../../../renderer/src/data/sync/couch-client';
import { Replicator, type ReplicatorOptions } from '../../../renderer/src/data/sync/replicator';
import { postDatabase } from '../../../shared/sync/documents';
import { generateDataKey, newRecoveryKey, recoveryKeyEncryptionKey, wrapDataKey } from '../../../renderer/src/data/vault/data-key';
import { RECOVERY_KEY_ID } from '../../../renderer/src/data/vault/keyring';
import { vaultOf } from '../../../renderer/src/data/vault/vault';
import { CONNECTION_KEY } from '../../../renderer/src/data/sync/state';
import type { SyncSetup } from '../../../renderer/src/data/sync-session/sync-session';
import { openTestDb, setUpWorkstation, testClock, TEST_KDF_ITERATIONS } from '../data/fixtures';
import { TEST_ACCOUNT_PASSWORD, type SyncTestServer } from '../../support/sync-server';

export const POST = 'MOW';

export function replicatorFor(station: { db: ReturnType<typeof openTestDb>; clock: ReturnType<typeof testClock> }, server: SyncTestServer, account: string, options: ReplicatorOptions & { fetcher?: typeof fetch } = {}) {
  const client = new CouchClient({ server: server.url, database: postDatabase(POST), account, authorization: basicAuthorization(account, TEST_ACCOUNT_PASSWORD) }, options.fetcher);
  return new Replicator(station.db, new Recorder(station.db, station.clock), station.clock, client, { batchSize: 100, ...options });
}

/**
 * Sync set up on a workstation, as a supervisor's Settings → Sync does: from then on its writes queue themselves
 * (sync/outbox.ts). The replicators of these tests are given the test server's address themselves.
 */
async function setUpSync(db: ReturnType<typeof openTestDb>): Promise<void> {
  const setup: SyncSetup = { server: 'http://127.0.0.1:5984', database: postDatabase(POST), enabled: true };
  await db.syncState.put({ key: CONNECTION_KEY, value: setup });
}

/** The first workstation of the post: its supervisor and an officer, station code A; sync set up. */
export async function firstStation() {
  const station = await setUpWorkstation();
  const settings = (await station.repos.settings.workstation())!;
  await station.repos.settings.putWorkstation({ ...settings, stationCode: 'A' });
  await setUpSync(station.db);
  return station;
}

/**
 * Another workstation joining the post: its settings and its own data key,
 * unlocked (its copy is sealed at rest like any workstation's, DESIGN.md §8),
 * no profile of its own, sync set up; the post's profiles and cases come
 * with the first pull. (How a person first signs in there is the Settings → Sync screen's.)
 */
export async function joiningStation(stationCode: string) {
  const db = openTestDb();
  const clock = testClock();
  const repos = createRepositories(db, clock, { kdfIterations: TEST_KDF_ITERATIONS });
  const dataKey = await generateDataKey();
  const recoveryKek = (await recoveryKeyEncryptionKey(newRecoveryKey()))!;
  await db.keys.put({ id: RECOVERY_KEY_ID, wrapped: await wrapDataKey(dataKey, recoveryKek), at: clock.now() });
  await vaultOf(db).adopt(dataKey);
  await repos.settings.putWorkstation({ issuingCountry: 'ZA', postCode: POST, locale: 'en', clock: '24h', contactLostDays: 14, idleLockMinutes: 10, stationCode });
  await setUpSync(db);
  return { db, clock, repos, dataKey };
}

/** A's records queued and pushed, then pulled by a joining workstation B: where most two-station scenarios start. */
export async function sharedWithB(server: SyncTestServer, a: Awaited<ReturnType<typeof firstStation>>) {
  await queueUnsynced(a.db);
  const ra = replicatorFor(a, server, 'naledi');
  await ra.syncOnce();
  const b = await joiningStation('B');
  const rb = replicatorFor(b, server, 'thandi');
  await rb.syncOnce();
  return { ra, b, rb };
}
