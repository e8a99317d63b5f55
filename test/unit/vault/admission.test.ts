/**
 * A workstation upgraded from before protection (version 5): the first
 * sign-in of any profile switches protection on; profiles that existed
 * before hold no copy of the key and are admitted by a colleague who holds
 * one; the recovery key goes to a supervisor only.
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { HomewardDb, SCHEMA_V3 } from '../../../renderer/src/data/db';
import { createRepositories, type Repositories } from '../../../renderer/src/data/repositories';
import type { SignInResult } from '../../../renderer/src/data/repositories/staff';
import { newRecoveryKey } from '../../../renderer/src/data/vault/data-key';
import { KeyExistsError, RECOVERY_KEY_ID } from '../../../renderer/src/data/vault/keyring';
import { isSealed, openedAll } from '../../../renderer/src/data/vault/sealed-record';
import { PRE_OFFICER, PRE_SECOND_OFFICER, PRE_SUPERVISOR, preProtectionRecords } from '../../fixtures/pre-protection';
import { testClock, TEST_KDF_ITERATIONS } from '../data/fixtures';

const PASSPHRASES = { [PRE_SUPERVISOR]: 'supervisor umbrella kettle', [PRE_OFFICER]: 'officer lantern river', [PRE_SECOND_OFFICER]: 'second officer harbour' };
const NAMES = ['Sipho Dlamini', 'Zanele Khumalo', 'Bongani Zulu'];

async function versionFiveWorkstation(): Promise<HomewardDb & { another: () => HomewardDb }> {
  const indexedDB = new IDBFactory();
  const name = `pre-protection-${crypto.randomUUID()}`;
  const old = new Dexie(name, { indexedDB, IDBKeyRange });
  old.version(5).stores(SCHEMA_V3);
  const { staff, settings, cases } = await preProtectionRecords({
    profiles: [
      { id: PRE_SUPERVISOR, name: 'Naledi Mokoena', role: 'supervisor', passphrase: PASSPHRASES[PRE_SUPERVISOR] },
      { id: PRE_OFFICER, name: 'Thandi Nkosi', role: 'officer', passphrase: PASSPHRASES[PRE_OFFICER] },
      { id: PRE_SECOND_OFFICER, name: 'Lerato Molefe', role: 'officer', passphrase: PASSPHRASES[PRE_SECOND_OFFICER] },
    ],
    names: NAMES,
    iterations: TEST_KDF_ITERATIONS,
  });
  await old.table('staff').bulkAdd(staff);
  await old.table('settings').bulkAdd(settings);
  await old.table('cases').bulkAdd(cases);
  old.close();
  const db = new HomewardDb(name, { indexedDB, IDBKeyRange });
  await db.open();
  // Another window's connection to the same database, with a vault of its own.
  return Object.assign(db, { another: () => new HomewardDb(name, { indexedDB, IDBKeyRange }) });
}

/** A new window on the database: nothing in memory. */
const windowOn = (db: HomewardDb) => createRepositories(db, testClock(), { kdfIterations: TEST_KDF_ITERATIONS });

function ticketOf(result: SignInResult) {
  if (result.outcome !== 'needs-admission') throw new Error(`expected needs-admission, got ${result.outcome}`);
  return result.ticket;
}

async function keyLog(db: HomewardDb, window: Repositories) {
  const rows = await openedAll(db, 'accessLog', await db.accessLog.filter((r) => r.kind === 'key').toArray());
  expect(window.keyring.vault.unlocked).toBe(true);
  return rows.map((r) => [r.actorId, r.detail]);
}

describe('switching protection on at the first sign-in after the upgrade', () => {
  it('an officer’s first sign-in makes the key and seals every record; no recovery key is issued to an officer', async () => {
    const db = await versionFiveWorkstation();
    const officer = windowOn(db);
    expect((await officer.staff.signIn(PRE_OFFICER, PASSPHRASES[PRE_OFFICER])).outcome).toBe('signed-in');
    expect(officer.keyring.vault.unlocked).toBe(true);
    expect((await db.keys.toArray()).map((k) => k.id)).toEqual([`profile:${PRE_OFFICER}`]);
    expect(await officer.keyring.recoveryKeyIssued()).toBe(false);
    expect(await officer.sealer.pending()).toBe(true);
    await officer.sealer.sealAll();
    expect((await db.cases.toArray()).every(isSealed)).toBe(true);
    expect(JSON.stringify(await db.cases.toArray())).not.toMatch(/Sipho|Zanele|Bongani|Soweto|P0000001/);
    expect(await keyLog(db, officer)).toEqual([[PRE_OFFICER, 'key:created']]);
    // The officer works on, sealed.
    expect((await officer.cases.get((await db.cases.toCollection().first())!.id))?.person.fullName).toBe(NAMES[0]);
    db.close();
  });

  it('two windows signing in at once on the upgraded workstation make one key: the second profile is asked to be admitted', async () => {
    const db = await versionFiveWorkstation();
    const other = db.another();
    const [a, b] = [windowOn(db), windowOn(other)];
    const results = await Promise.all([a.staff.signIn(PRE_OFFICER, PASSPHRASES[PRE_OFFICER]), b.staff.signIn(PRE_SUPERVISOR, PASSPHRASES[PRE_SUPERVISOR])]);
    expect(results.map((r) => r.outcome).sort()).toEqual(['needs-admission', 'signed-in']);
    expect(await db.keys.count()).toBe(1);
    expect([a, b].filter((w) => w.keyring.vault.unlocked)).toHaveLength(1);
    other.close();
    db.close();
  });
});

describe('admission by a colleague who holds the key', () => {
  it('admits the supervisor with the officer’s passphrase when no supervisor holds the key; wrong passphrases count against the admitter; the log says who admitted whom', async () => {
    const db = await versionFiveWorkstation();
    const officer = windowOn(db);
    await officer.staff.signIn(PRE_OFFICER, PASSPHRASES[PRE_OFFICER]);
    await officer.sealer.sealAll();
    officer.staff.forgetKey();

    const window = windowOn(db);
    // The supervisor's own passphrase, wrong, is refused as at any sign-in.
    expect((await window.staff.signIn(PRE_SUPERVISOR, 'not it')).outcome).toBe('wrong-passphrase');
    const ticket = ticketOf(await window.staff.signIn(PRE_SUPERVISOR, PASSPHRASES[PRE_SUPERVISOR]));
    expect(window.keyring.vault.unlocked).toBe(false);
    expect(await db.signInAttempts.get(PRE_SUPERVISOR)).toBeUndefined();
    // No supervisor holds the key yet: the officer who switched protection on may admit.
    expect((await window.staff.admitters(PRE_SUPERVISOR)).map((s) => s.id)).toEqual([PRE_OFFICER]);
    expect(await window.staff.admit(ticket, PRE_SECOND_OFFICER, PASSPHRASES[PRE_SECOND_OFFICER])).toEqual({ outcome: 'not-admitter' });

    for (let i = 0; i < 3; i++) expect((await window.staff.admit(ticket, PRE_OFFICER, 'wrong')).outcome).toBe('wrong-passphrase');
    expect(await window.staff.admit(ticket, PRE_OFFICER, PASSPHRASES[PRE_OFFICER])).toEqual({ outcome: 'locked', retryAfterSeconds: expect.any(Number) as number });
    expect((await db.signInAttempts.get(PRE_OFFICER))?.failures).toBe(3);
    expect(window.keyring.vault.unlocked).toBe(false);
    expect(await db.keys.get(`profile:${PRE_SUPERVISOR}`)).toBeUndefined();
    await db.signInAttempts.delete(PRE_OFFICER); // the wait over

    const admitted = await window.staff.admit(ticket, PRE_OFFICER, PASSPHRASES[PRE_OFFICER]);
    expect(admitted.outcome).toBe('admitted');
    expect(window.keyring.vault.unlocked).toBe(true);
    expect((await window.cases.getMany((await db.cases.toCollection().primaryKeys()) as string[])).map((c) => c.person.fullName).sort()).toEqual([...NAMES].sort());
    expect(await db.signInAttempts.get(PRE_OFFICER)).toBeUndefined();
    expect(await keyLog(db, window)).toEqual(
      expect.arrayContaining([
        [PRE_OFFICER, `key:admitted:${PRE_SUPERVISOR}`],
        [PRE_SUPERVISOR, `key:admittedBy:${PRE_OFFICER}`],
      ]),
    );
    // A ticket is used once.
    expect(await window.staff.admit(ticket, PRE_OFFICER, PASSPHRASES[PRE_OFFICER])).toEqual({ outcome: 'not-admitter' });

    // The supervisor's passphrase alone opens the key from now on, unchanged.
    window.staff.forgetKey();
    const later = windowOn(db);
    expect((await later.staff.signIn(PRE_SUPERVISOR, PASSPHRASES[PRE_SUPERVISOR])).outcome).toBe('signed-in');
    db.close();
  });

  it('once a supervisor holds the key only supervisors admit; the recovery key is issued to a supervisor once, and opens the key', async () => {
    const db = await versionFiveWorkstation();
    const supervisor = windowOn(db);
    expect((await supervisor.staff.signIn(PRE_SUPERVISOR, PASSPHRASES[PRE_SUPERVISOR])).outcome).toBe('signed-in');
    await supervisor.sealer.sealAll();
    expect(await supervisor.keyring.recoveryKeyIssued()).toBe(false);
    const recoveryKey = newRecoveryKey();
    await supervisor.keyring.issueRecoveryKey(recoveryKey, PRE_SUPERVISOR);
    // Another window's key, confirmed later, is not kept: it would open nothing anyway.
    await expect(supervisor.keyring.issueRecoveryKey(newRecoveryKey(), PRE_SUPERVISOR)).rejects.toBeInstanceOf(KeyExistsError);
    const issued = (await db.keys.get(RECOVERY_KEY_ID))!.wrapped;

    const officerWindow = windowOn(db);
    const officerTicket = ticketOf(await officerWindow.staff.signIn(PRE_OFFICER, PASSPHRASES[PRE_OFFICER]));
    expect((await officerWindow.staff.admitters(PRE_OFFICER)).map((s) => s.id)).toEqual([PRE_SUPERVISOR]);
    expect((await officerWindow.staff.admit(officerTicket, PRE_SUPERVISOR, PASSPHRASES[PRE_SUPERVISOR])).outcome).toBe('admitted');

    // The second officer: the first, now holding the key, is no admitter while a supervisor holds it.
    const secondWindow = windowOn(db);
    const secondTicket = ticketOf(await secondWindow.staff.signIn(PRE_SECOND_OFFICER, PASSPHRASES[PRE_SECOND_OFFICER]));
    expect(await secondWindow.staff.admit(secondTicket, PRE_OFFICER, PASSPHRASES[PRE_OFFICER])).toEqual({ outcome: 'not-admitter' });
    // The recovery key stays an alternative.
    expect(await secondWindow.staff.recover(PRE_SECOND_OFFICER, recoveryKey, { passphrase: 'second officer anew', confirmation: 'second officer anew' })).not.toBeNull();
    expect(secondWindow.keyring.vault.unlocked).toBe(true);
    expect((await db.keys.get(RECOVERY_KEY_ID))!.wrapped).toBe(issued);
    expect(await keyLog(db, secondWindow)).toEqual(
      expect.arrayContaining([
        [PRE_SUPERVISOR, 'key:created'],
        [PRE_SUPERVISOR, 'key:recovery'],
        [PRE_SUPERVISOR, `key:admitted:${PRE_OFFICER}`],
        [PRE_OFFICER, `key:admittedBy:${PRE_SUPERVISOR}`],
      ]),
    );
    db.close();
  });

  it('a deactivated colleague admits no one, and a supervisor setting a new passphrase still gives a copy', async () => {
    const db = await versionFiveWorkstation();
    const supervisor = windowOn(db);
    await supervisor.staff.signIn(PRE_SUPERVISOR, PASSPHRASES[PRE_SUPERVISOR]);
    const officerWindow = windowOn(db);
    const ticket = ticketOf(await officerWindow.staff.signIn(PRE_OFFICER, PASSPHRASES[PRE_OFFICER]));
    await supervisor.staff.setPassphrase(PRE_OFFICER, { passphrase: 'officer set anew', confirmation: 'officer set anew' }, PRE_SUPERVISOR);
    expect((await officerWindow.staff.signIn(PRE_OFFICER, 'officer set anew')).outcome).toBe('signed-in');
    const second = windowOn(db);
    const secondTicket = ticketOf(await second.staff.signIn(PRE_SECOND_OFFICER, PASSPHRASES[PRE_SECOND_OFFICER]));
    const current = (await db.staff.get(PRE_SUPERVISOR))!;
    await db.staff.put({ ...current, active: false });
    expect(await second.staff.admitters(PRE_SECOND_OFFICER)).toEqual([expect.objectContaining({ id: PRE_OFFICER })]);
    expect(await second.staff.admit(secondTicket, PRE_SUPERVISOR, PASSPHRASES[PRE_SUPERVISOR])).toEqual({ outcome: 'not-admitter' });
    expect(ticket).toBeDefined();
    db.close();
  });
});
