import { describe, expect, it } from 'vitest';
import type { AutomaticBackupHost, QuitBackupOutcome } from '../../../shared/bridge';
import { PermissionDeniedError } from '../../../renderer/src/data/errors';
import { createExchange } from '../../../renderer/src/data/exchange';
import { installAutomaticBackup, writeAutomaticBackup } from '../../../renderer/src/data/exchange/auto-backup';
import { BACKUP_PASSPHRASE_KEY } from '../../../renderer/src/data/exchange/backup-keyring';
import { openTestDb, setUpWorkstation, TEST_PASSPHRASE } from '../data/fixtures';
import { makeCase } from './fixtures';
import { openedAll } from '../../../renderer/src/data/vault/sealed-record';

const BACKUP_PASSPHRASE = 'a long backup passphrase';

class FakeHost implements AutomaticBackupHost {
  written: Uint8Array[] = [];
  handler: (() => Promise<QuitBackupOutcome>) | null = null;
  constructor(private readonly supported = true) {}
  async writeAutomatic(bytes: Uint8Array) {
    if (!this.supported) return { written: false as const, reason: 'unsupported' as const };
    this.written.push(bytes);
    return { written: true as const, fileName: `homeward-auto-${this.written.length}.hwbackup` };
  }
  async listAutomatic() {
    return [];
  }
  onQuitRequest(handler: () => Promise<QuitBackupOutcome>) {
    this.handler = handler;
    return () => {
      this.handler = null;
    };
  }
}

async function workstation() {
  const ws = await setUpWorkstation();
  await makeCase(ws.repos, ws.officer.id, { fullName: 'Sipho Dlamini' });
  return { ...ws, exchange: createExchange(ws.db, ws.repos, ws.clock) };
}

describe('backup passphrase and automatic backups', () => {
  it('stores a marker, never the passphrase, and unlocks for the session', async () => {
    const { db, exchange, supervisor } = await workstation();
    expect(await exchange.keyring.status()).toBe('notSet');
    await exchange.keyring.setPassphrase(BACKUP_PASSPHRASE, supervisor.id);
    expect(await exchange.keyring.status()).toBe('ready');

    const stored = JSON.stringify(await db.settings.get(BACKUP_PASSPHRASE_KEY));
    expect(stored).not.toContain(BACKUP_PASSPHRASE);
    const history = await db.history.where('[entity+entityId]').equals(['settings', BACKUP_PASSPHRASE_KEY]).toArray();
    expect(history).toHaveLength(1);
    expect(JSON.stringify(history)).not.toContain(BACKUP_PASSPHRASE);

    // A new session: the key is gone until the passphrase is typed again.
    const next = createExchange(db, (await import('../../../renderer/src/data/repositories')).createRepositories(db));
    expect(await next.keyring.status()).toBe('locked');
    expect(await next.keyring.unlock('not the passphrase at all', supervisor.id)).toBe(false);
    expect(await next.keyring.status()).toBe('locked');
    expect(await next.keyring.unlock(BACKUP_PASSPHRASE, supervisor.id)).toBe(true);
    expect(await next.keyring.status()).toBe('ready');
    expect(await next.keyring.holder()).toBe(supervisor.id);
  });

  it('is unlocked by supervisors only: an officer who knows the passphrase is refused and recorded', async () => {
    const { db, exchange, officer, supervisor } = await workstation();
    await exchange.keyring.setPassphrase(BACKUP_PASSPHRASE, supervisor.id);
    const next = createExchange(db, (await import('../../../renderer/src/data/repositories')).createRepositories(db));
    await expect(next.keyring.unlock(BACKUP_PASSPHRASE, officer.id)).rejects.toBeInstanceOf(PermissionDeniedError);
    expect(await next.keyring.status()).toBe('locked');
    expect(await next.keyring.holder()).toBeNull();
    const denied = await openedAll(db, 'accessLog', await db.accessLog.filter((r) => r.kind === 'denied').toArray());
    expect(denied.map((r) => [r.actorId, r.detail])).toEqual([[officer.id, 'data.backup']]);
  });

  it('is set by supervisors only, and not too short', async () => {
    const { exchange, officer, supervisor } = await workstation();
    await expect(exchange.keyring.setPassphrase(BACKUP_PASSPHRASE, officer.id)).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(exchange.keyring.setPassphrase('short', supervisor.id)).rejects.toMatchObject({ messageKey: 'backup.passphraseTooShort', params: { min: 12 } });
    expect(await exchange.keyring.status()).toBe('notSet');
  });

  it('on quit: skipped while locked; once a supervisor unlocked it, written in their name, recorded and restorable', async () => {
    const { db, exchange, supervisor } = await workstation();
    const host = new FakeHost();
    const uninstall = installAutomaticBackup({ host, backups: exchange.backups, keyring: exchange.keyring });
    expect(await host.handler?.()).toBe('skipped');
    expect(host.written).toHaveLength(0);

    // Made in the name of the supervisor who set (or typed) the passphrase, whoever is signed in when the app closes.
    await exchange.keyring.setPassphrase(BACKUP_PASSPHRASE, supervisor.id);
    expect(await host.handler?.()).toBe('written');
    expect(host.written).toHaveLength(1);
    const recorded = await openedAll(db, 'accessLog', await db.accessLog.filter((r) => r.kind === 'backup').toArray());
    expect(recorded.map((r) => [r.actorId, r.detail])).toEqual([[supervisor.id, 'backup:automatic cases=1']]);

    // The file is an ordinary backup: the passphrase restores it on a new computer.
    const target = openTestDb();
    const targetRepos = (await import('../../../renderer/src/data/repositories')).createRepositories(target);
    const restorer = createExchange(target, targetRepos).backups;
    const opened = await restorer.open(host.written[0] as Uint8Array<ArrayBuffer>, BACKUP_PASSPHRASE);
    await restorer.restore(opened, supervisor.id);
    // The restored profile's passphrase opens the restored data key.
    expect((await targetRepos.staff.signIn(supervisor.id, TEST_PASSPHRASE)).outcome).toBe('signed-in');
    expect((await openedAll(target, 'cases', await target.cases.toArray())).map((c) => c.person.fullName)).toEqual(['Sipho Dlamini']);

    uninstall();
    expect(host.handler).toBeNull();
  });

  it('skips in a browser', async () => {
    const { exchange, supervisor } = await workstation();
    await exchange.keyring.setPassphrase(BACKUP_PASSPHRASE, supervisor.id);
    expect(await writeAutomaticBackup({ backups: exchange.backups, keyring: exchange.keyring, host: new FakeHost(false) })).toBe('skipped');
  });

  it('fails, writing nothing, once the supervisor who unlocked it may no longer make backups', async () => {
    const { db, exchange, supervisor } = await workstation();
    await exchange.keyring.setPassphrase(BACKUP_PASSPHRASE, supervisor.id);
    await db.staff.update(supervisor.id, { role: 'officer' });
    const host = new FakeHost();
    installAutomaticBackup({ host, backups: exchange.backups, keyring: exchange.keyring });
    expect(await host.handler?.()).toBe('failed');
    expect(host.written).toHaveLength(0);
  });

  it('answers "failed" rather than throwing when the backup cannot be made', async () => {
    const { exchange, supervisor, db } = await workstation();
    await exchange.keyring.setPassphrase(BACKUP_PASSPHRASE, supervisor.id);
    const host = new FakeHost();
    installAutomaticBackup({ host, backups: exchange.backups, keyring: exchange.keyring });
    db.close();
    expect(await host.handler?.()).toBe('failed');
  });

  it('a restore that brings another passphrase locks the session key', async () => {
    const source = await workstation();
    await source.exchange.keyring.setPassphrase('the passphrase of the source', source.supervisor.id);
    const file = await source.exchange.backups.create({ passphrase: 'file passphrase' }, source.supervisor.id);

    const target = await workstation();
    await target.exchange.keyring.setPassphrase(BACKUP_PASSPHRASE, target.supervisor.id);
    expect(await target.exchange.keyring.status()).toBe('ready');
    await target.exchange.backups.restore(await target.exchange.backups.open(file.bytes, 'file passphrase'), target.supervisor.id);
    expect(await target.exchange.keyring.status()).toBe('locked');
    // The restored profiles are the source's: its supervisor types the source's passphrase.
    expect(await target.exchange.keyring.unlock('the passphrase of the source', source.supervisor.id)).toBe(true);
  });
});
