/** The replicator running on its own: long-poll, a local change pushed at once, offline backoff, stop. */
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../renderer/src/data/sync/backoff';
import { queueUnsynced } from '../../../renderer/src/data/sync/outbox';
import type { SyncStatus } from '../../../renderer/src/data/sync/replicator';
import { LockedError } from '../../../renderer/src/data/errors';
import { vaultOf } from '../../../renderer/src/data/vault/vault';
import { caseInput } from '../data/fixtures';
import { startSyncServer, type SyncTestServer } from '../../support/sync-server';
import { firstStation, joiningStation, POST, replicatorFor } from './stations';

let server: SyncTestServer;
beforeAll(async () => {
  server = await startSyncServer();
  await server.setUpPost(POST);
  await server.addUser(POST, 'naledi', 'supervisor');
  await server.addUser(POST, 'thandi', 'officer');
}, 120_000);
afterAll(() => server?.stop());

async function until<T>(what: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await what();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('backoff', () => {
  it('doubles from the base up to the cap, with up to half of it random', () => {
    const policy = { baseMs: 1000, capMs: 8000 };
    expect([1, 2, 3, 4, 5, 9].map((n) => backoffDelay(n, policy, () => 1))).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
    expect(backoffDelay(3, policy, () => 0)).toBe(2000);
  });
});

describe('the running replicator', () => {
  it("a case opened on A reaches B's long-poll within seconds, and both say they are up to date", async () => {
    const a = await firstStation();
    await queueUnsynced(a.db);
    const b = await joiningStation('B');
    const ra = replicatorFor(a, server, 'naledi', { longPollMs: 5_000 });
    const rb = replicatorFor(b, server, 'thandi', { longPollMs: 5_000 });
    const statuses: SyncStatus[] = [];
    rb.subscribe((s) => statuses.push(s));
    ra.start();
    rb.start();
    try {
      await until(async () => ((await b.db.staff.count()) === 2 ? true : undefined));
      await until(async () => (rb.current.state === 'upToDate' ? true : undefined));
      const created = await a.repos.cases.create(caseInput(), a.officer.id);
      const started = Date.now();
      await until(() => b.repos.cases.get(created.id));
      // Pushed at once (a local change ends A's long-poll) and pulled by B's waiting long-poll: well within one poll.
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(statuses.some((s) => s.state === 'upToDate')).toBe(true);
    } finally {
      await Promise.all([ra.stop(), rb.stop()]);
    }
    expect(rb.current).toEqual({ state: 'stopped' });
  }, 60_000);

  it('pushes at once a change made while it was pushing, not after its next long-poll', async () => {
    const a = await firstStation();
    await queueUnsynced(a.db);
    const b = await joiningStation('B');
    let second: Promise<{ id: string }> | null = null;
    let armed = false;
    // The change is made while A's push is at the server: after A read its outbox, before A's long-poll listens for changes.
    const fetcher: typeof fetch = async (input, init) => {
      if (armed && String(input).endsWith('/_bulk_docs')) {
        armed = false;
        // Its notice of the write has gone out, too, before the push goes on.
        const noticed = new Promise<void>((resolve) => {
          const seen = () => {
            Dexie.on('storagemutated').unsubscribe(seen);
            resolve();
          };
          Dexie.on('storagemutated', seen);
        });
        second = a.repos.cases.create(caseInput({ fullName: 'Amit Kumar', passportNumber: 'Z9000002' }), a.officer.id);
        await Promise.all([second, noticed]);
      }
      return fetch(input, init);
    };
    const ra = replicatorFor(a, server, 'naledi', { longPollMs: 30_000, fetcher });
    const rb = replicatorFor(b, server, 'thandi', { longPollMs: 5_000 });
    ra.start();
    rb.start();
    try {
      await until(async () => (ra.current.state === 'upToDate' && rb.current.state === 'upToDate' ? true : undefined));
      armed = true;
      await a.repos.cases.create(caseInput(), a.officer.id);
      const made = await until(async () => (second === null ? undefined : second));
      const started = Date.now();
      await until(() => b.repos.cases.get(made.id), 25_000);
      // Well within A's 30-second long-poll: the change did not wait for it to end.
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await Promise.all([ra.stop(), rb.stop()]);
    }
  }, 90_000);

  it('waits while the workstation is locked, reads and writes nothing then, and resumes after unlock', async () => {
    const a = await firstStation();
    await queueUnsynced(a.db);
    const b = await joiningStation('B');
    const ra = replicatorFor(a, server, 'naledi', { longPollMs: 5_000 });
    const rb = replicatorFor(b, server, 'thandi', { longPollMs: 5_000 });
    ra.start();
    rb.start();
    try {
      await until(async () => (rb.current.state === 'upToDate' ? true : undefined));
      vaultOf(b.db).forget();
      await until(async () => (rb.current.state === 'locked' ? true : undefined));
      await expect(replicatorFor(b, server, 'thandi').syncOnce()).rejects.toBeInstanceOf(LockedError);
      const created = await a.repos.cases.create(caseInput(), a.officer.id);
      await until(async () => ((await a.db.syncOutbox.count()) === 0 ? true : undefined));
      // Well past a push and a pull: nothing reached the locked workstation.
      await new Promise((r) => setTimeout(r, 1_500));
      expect(await b.db.cases.get(created.id)).toBeUndefined();
      expect(rb.current.state).toBe('locked');
      await vaultOf(b.db).adopt(b.dataKey);
      await until(() => b.repos.cases.get(created.id));
    } finally {
      await Promise.all([ra.stop(), rb.stop()]);
    }
  }, 60_000);

  it('stops at once when stopped while it is still checking the lock', async () => {
    const b = await joiningStation('B');
    vaultOf(b.db).forget();
    const rb = replicatorFor(b, server, 'thandi');
    rb.start();
    // Before its first read has answered: a stop heard only once it waits would never be heard.
    await rb.stop();
    expect(rb.current).toEqual({ state: 'stopped' });
  }, 10_000);

  it('stops at once when stopped as it reports a failure, not after the wait before its retry', async () => {
    const a = await firstStation();
    const unreachable: typeof fetch = () => Promise.reject(new TypeError('fetch failed'));
    const ra = replicatorFor(a, server, 'naledi', { fetcher: unreachable, backoff: { baseMs: 60_000, capMs: 60_000 } });
    // Whoever hears "offline" stops sync there and then: the stop comes after the loop last looked, before it waits.
    let stopped: Promise<void> | undefined;
    ra.subscribe((status) => {
      if (status.state === 'offline' && !stopped) stopped = ra.stop();
    });
    ra.start();
    const heardAt = await until(async () => (stopped ? Date.now() : undefined));
    await stopped;
    expect(Date.now() - heardAt).toBeLessThan(5_000);
    expect(ra.current).toEqual({ state: 'stopped' });
  }, 20_000);

  it('says "offline" while the server cannot be reached, retries with backoff, and catches up when it is back', async ({ skip }) => {
    if (!server.standIn) skip('stops the server process: only the PouchDB Server the tests start');
    const a = await firstStation();
    await queueUnsynced(a.db);
    await server.kill();
    const ra = replicatorFor(a, server, 'naledi', { longPollMs: 2_000, backoff: { baseMs: 200, capMs: 1_000 } });
    ra.start();
    try {
      const offline = await until(async () => (ra.current.state === 'offline' ? ra.current : undefined));
      expect(offline.waiting).toBeGreaterThan(0);
      expect(offline.retryInMs).toBeLessThanOrEqual(1_000);
      await server.restart();
      await until(async () => ((await a.db.syncOutbox.count()) === 0 ? true : undefined));
    } finally {
      await ra.stop();
    }
  }, 60_000);

  it('says the session is refused in its own words when the password is wrong', async () => {
    const a = await firstStation();
    const ra = replicatorFor(a, server, 'nobody', { backoff: { baseMs: 200, capMs: 1_000 } });
    ra.start();
    try {
      const failed = await until(async () => (ra.current.state === 'error' ? ra.current : undefined));
      expect(failed.failure).toBe('unauthorized');
    } finally {
      await ra.stop();
    }
  }, 30_000);
});
