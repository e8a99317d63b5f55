import { SYNC_BOOKKEEPING_TABLES } from '../../../renderer/src/data/sync/tables';
import { beforeAll, describe, expect, it } from 'vitest';
import { COUNTERS_TABLE, countCases } from '../../../renderer/src/data/counters';
import type { HomewardDb } from '../../../renderer/src/data/db';
import { LockedError, PermissionDeniedError } from '../../../renderer/src/data/errors';
import { openedAll } from '../../../renderer/src/data/vault/sealed-record';
import { createExchange } from '../../../renderer/src/data/exchange';
import type { BackupFile } from '../../../renderer/src/data/exchange/backup';
import { BACKUP_FORMAT, BACKUP_MAGIC, readEnvelope } from '../../../renderer/src/data/exchange/backup-crypto';
import { ExchangeError } from '../../../renderer/src/data/exchange/errors';
import { TABLE_SCHEMAS } from '../../../renderer/src/data/exchange/table-schemas';
import { createRepositories } from '../../../renderer/src/data/repositories';
import { caseInput, contactInput, openTestDb, setUpWorkstation, testClock, TEST_PASSPHRASE } from '../data/fixtures';
import { allTables, makeCase } from './fixtures';

const PASSPHRASE = 'correct horse battery staple';

function backupService(db: HomewardDb) {
  const clock = testClock(Date.parse('2026-04-01T08:00:00Z'));
  return createExchange(db, createRepositories(db, clock), clock).backups;
}

/** A workstation with cases, contact entries, follow-ups, a group and their history. */
async function populated() {
  const { db, repos, officer, supervisor } = await setUpWorkstation();
  const a = await makeCase(repos, officer.id, { fullName: 'Sipho Dlamini', otherNames: ['Сипо Дламини'], passportNumber: 'A1234567', status: 'locating' });
  const b = await makeCase(repos, officer.id, { fullName: 'Ntombi Khumalo', dateOfBirth: '1999', phone: '' });
  await repos.contactLog.add(a.id, contactInput('2026-03-02T10:00:00Z', 'proof_of_life'), officer.id);
  await repos.contactLog.add(b.id, contactInput('2026-03-03T10:00:00Z', 'no_answer', 'family'), officer.id);
  await repos.followUps.add(a.id, { title: 'Call the ICRC desk', dueOn: '2026-03-10', assigneeId: officer.id, done: false }, officer.id);
  const group = await repos.groups.create({ name: '17 South Africans — Donetsk', note: 'Distress signals' }, officer.id);
  await repos.groups.addCases(group.id, [a.id, b.id], officer.id);
  return { db, repos, officer, supervisor };
}

async function refusal(promise: Promise<unknown>): Promise<ExchangeError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExchangeError);
  return error as ExchangeError;
}

describe('backup and restore', () => {
  let source: Awaited<ReturnType<typeof populated>>;
  let before: Record<string, unknown[]>;
  let file: BackupFile;

  beforeAll(async () => {
    source = await populated();
    before = await allTables(source.db);
    file = await backupService(source.db).create({ passphrase: PASSPHRASE }, source.supervisor.id);
  });

  it('has a schema for every table of the database but the counters, which a restore counts again, and sync bookkeeping, which it does not hold', async () => {
    expect(source.db.tables.map((t) => t.name).filter((name) => !TABLE_SCHEMAS[name] && !SYNC_BOOKKEEPING_TABLES.includes(name))).toEqual([COUNTERS_TABLE]);
    expect(Object.keys(file.records)).not.toContain(COUNTERS_TABLE);
    const opened = await backupService(openTestDb()).open(file.bytes, PASSPHRASE);
    expect(SYNC_BOOKKEEPING_TABLES.filter((name) => opened.tables.has(name))).toEqual([]);
  });

  it('writes a plaintext header with magic, format and KDF parameters, and nothing personal in clear', () => {
    const text = new TextDecoder('utf-8').decode(file.bytes);
    expect(text.startsWith(`${BACKUP_MAGIC}\n`)).toBe(true);
    const { header } = readEnvelope(file.bytes);
    expect(header).toMatchObject({ format: BACKUP_FORMAT, kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 }, cipher: { name: 'AES-GCM' } });
    for (const secret of ['Sipho', 'Dlamini', 'A1234567', 'Donetsk', 'Thandi']) expect(text).not.toContain(secret);
    expect(file.records).toMatchObject({ cases: 2, contactLog: 2, followUps: 1, groups: 1, staff: 2 });
    expect(file.suggestedName).toMatch(/^homeward-backup-2026-04-01-08-00-\d\d\.hwbackup$/);
  });

  it('is recorded in history: who, when, what', async () => {
    const records = await openedAll(source.db, 'history', await source.db.history.where('[entity+entityId]').equals(['export', 'backup']).toArray());
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ actorId: source.supervisor.id, caseId: null, action: 'create', newValue: { kind: 'backup', automatic: false, records: { cases: 2 } } });
  });

  it('is refused to an officer, who keeps CSV export: no file, the refusal on record', async () => {
    const { db, repos, officer } = await populated();
    const exchange = createExchange(db, repos, testClock());
    await expect(exchange.backups.create({ passphrase: PASSPHRASE }, officer.id)).rejects.toBeInstanceOf(PermissionDeniedError);
    const denied = await openedAll(db, 'accessLog', await db.accessLog.filter((r) => r.kind === 'denied').toArray());
    expect(denied.map((r) => [r.actorId, r.detail])).toEqual([[officer.id, 'data.backup']]);
    expect(await db.history.where('[entity+entityId]').equals(['export', 'backup']).count()).toBe(0);
    const csv = await exchange.csvExport.export({ filter: {}, contactLostDays: 14 }, officer.id);
    expect(csv.count).toBe(2);
  });

  it('restores into an empty database table for table, record for record', async () => {
    const target = openTestDb();
    const service = backupService(target);
    const opened = await service.open(file.bytes, PASSPHRASE);
    expect(opened.records).toEqual(file.records);
    await service.restore(opened, source.supervisor.id);

    const after = await allTables(target);
    const restoreRecords = (after['history'] as { entityId: string }[]).filter((h) => h.entityId === 'restore');
    expect(restoreRecords).toHaveLength(1);
    after['history'] = (after['history'] as { entityId: string }[]).filter((h) => h.entityId !== 'restore');
    expect((after['accessLog'] as { kind: string; actorId: string }[]).map((r) => [r.kind, r.actorId])).toEqual([['restore', source.supervisor.id]]);
    after['accessLog'] = [];
    expect(after).toEqual(before);
    // The restored workstation works: the restored profiles' passphrases open the restored key, the reference sequence carries on.
    const repos = createRepositories(target, testClock());
    await expect(repos.cases.getMany([])).resolves.toEqual([]);
    expect((await repos.staff.signIn(source.officer.id, TEST_PASSPHRASE)).outcome).toBe('signed-in');
    expect((await repos.caseList.page({ filter: { search: 'ntombi' }, sort: 'name', descending: false, offset: 0, limit: 10 } as never, repos.caseList.context(30))).rows.map((c) => c.person.fullName)).toEqual(['Ntombi Khumalo']);
    const next = await repos.cases.create(caseInput({ fullName: 'Lindiwe Mokoena', passportNumber: 'B7654321' }), source.officer.id);
    expect(next.reference).toBe('ZA-MOW-2026-0003');
  });

  it('replaces what the database held before', async () => {
    const other = await setUpWorkstation();
    await makeCase(other.repos, other.officer.id, { fullName: 'Someone Else' });
    const service = backupService(other.db);
    await service.restore(await service.open(file.bytes, PASSPHRASE), other.supervisor.id);
    // Another workstation's data key came with the backup: this window's key no longer opens anything, the restored passphrases do.
    await expect(other.repos.cases.create(caseInput(), other.officer.id)).rejects.toBeInstanceOf(LockedError);
    expect((await other.repos.staff.signIn(source.officer.id, TEST_PASSPHRASE)).outcome).toBe('signed-in');
    const cases = await openedAll(other.db, 'cases', await other.db.cases.toArray());
    expect(cases.map((c) => c.person.fullName).sort()).toEqual(['Ntombi Khumalo', 'Sipho Dlamini']);
    expect((await other.db.staff.toArray()).map((s) => s.id).sort()).toEqual([source.supervisor.id, source.officer.id].sort());
    // The counters are the restored cases' alone, not the replaced ones'.
    expect(new Map((await other.db.counters.toArray()).map((r) => [r.key, r.count]))).toEqual(countCases(cases));
    // Who restored is on record in the restored access log and history.
    expect(await other.db.accessLog.filter((r) => r.kind === 'restore').count()).toBe(1);
  });

  it('into an empty workstation, only as one of the supervisors of the backup', async () => {
    const service = backupService(openTestDb());
    const opened = await service.open(file.bytes, PASSPHRASE);
    await expect(service.restore(opened, source.officer.id)).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(service.restore(opened, crypto.randomUUID())).rejects.toBeInstanceOf(PermissionDeniedError);
  });

  describe('refuses, leaving the database exactly as it was', () => {
    let target: Awaited<ReturnType<typeof setUpWorkstation>>;
    let targetBefore: Record<string, unknown[]>;

    beforeAll(async () => {
      target = await setUpWorkstation();
      await makeCase(target.repos, target.officer.id, { fullName: 'Existing Case' });
      targetBefore = await allTables(target.db);
    });

    async function expectRefused(bytes: Uint8Array<ArrayBuffer>, passphrase: string, messageKey: string): Promise<ExchangeError> {
      const service = backupService(target.db);
      const error = await refusal(service.open(bytes, passphrase).then((opened) => service.restore(opened, target.supervisor.id)));
      expect(error.messageKey).toBe(messageKey);
      expect(await allTables(target.db)).toEqual(targetBefore);
      return error;
    }

    it('a wrong passphrase', async () => {
      await expectRefused(file.bytes, 'wrong horse battery staple', 'backup.wrongPassphraseOrChanged');
    });

    it('one flipped byte in the ciphertext', async () => {
      const bytes = file.bytes.slice();
      bytes[bytes.length - 100]! ^= 0x01;
      await expectRefused(bytes, PASSPHRASE, 'backup.wrongPassphraseOrChanged');
    });

    it('a changed header (authenticated with the ciphertext)', async () => {
      const text = new TextDecoder().decode(file.bytes.subarray(0, 400));
      const at = text.indexOf('"compression":"gzip"') + '"compression":"'.length;
      expect(at).toBeGreaterThan(20);
      // Same length, still a valid header: only authentication can notice.
      const bytes = file.bytes.slice();
      bytes.set(new TextEncoder().encode('none'), at);
      await expectRefused(bytes, PASSPHRASE, 'backup.wrongPassphraseOrChanged');
    });

    it('a record that fails its schema, found before anything is written', async () => {
      const broken = await populated();
      const [victim] = await broken.db.cases.toArray();
      await broken.db.cases.put({ ...victim!, person: { ...victim!.person, nationality: 'XX' } });
      const bad = await backupService(broken.db).create({ passphrase: PASSPHRASE }, broken.supervisor.id);
      const error = await expectRefused(bad.bytes, PASSPHRASE, 'backup.invalidRecord');
      expect(error.params).toEqual({ table: 'cases', record: 1, field: 'person.nationality' });
    });

    it('an officer, who may back up but not restore', async () => {
      const service = backupService(target.db);
      const opened = await service.open(file.bytes, PASSPHRASE);
      await expect(service.restore(opened, target.officer.id)).rejects.toBeInstanceOf(PermissionDeniedError);
      const after = await allTables(target.db);
      // The refusal itself is on record; nothing else changed.
      expect((after['accessLog'] as { kind: string }[]).filter((r) => r.kind === 'denied')).toHaveLength(1);
      expect({ ...after, accessLog: [] }).toEqual({ ...targetBefore, accessLog: [] });
      targetBefore = after;
    });

    it('a truncated file, cut in the ciphertext or in the header', async () => {
      await expectRefused(file.bytes.slice(0, file.bytes.length - 1), PASSPHRASE, 'backup.truncated');
      await expectRefused(file.bytes.slice(0, Math.floor(file.bytes.length / 2)), PASSPHRASE, 'backup.truncated');
      await expectRefused(file.bytes.slice(0, 40), PASSPHRASE, 'backup.truncated');
      await expectRefused(file.bytes.slice(0, 5), PASSPHRASE, 'backup.truncated');
    });

    it('a newer format version, before asking anything of the passphrase', async () => {
      const text = new TextDecoder().decode(file.bytes);
      const future = text.replace('"format":1', '"format":2');
      const bytes = new Uint8Array([...new TextEncoder().encode(future.slice(0, future.indexOf('\n', BACKUP_MAGIC.length + 1) + 1)), ...file.bytes.subarray(text.indexOf('\n', BACKUP_MAGIC.length + 1) + 1)]);
      const error = await expectRefused(bytes, 'any passphrase at all', 'backup.tooNew');
      expect(error.params).toEqual({ format: 2, supported: 1 });
    });

    it('a file that is not a backup', async () => {
      await expectRefused(new TextEncoder().encode('reference,full_name\n'), PASSPHRASE, 'backup.notABackup');
      await expectRefused(new Uint8Array(0), PASSPHRASE, 'backup.notABackup');
    });

    it('extra bytes after the ciphertext', async () => {
      await expectRefused(new Uint8Array([...file.bytes, 0]), PASSPHRASE, 'backup.damaged');
    });
  });
});
