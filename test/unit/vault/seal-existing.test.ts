/**
 * A workstation upgraded from before protection: a version 3 database of
 * 10,000 cases in the clear, sealed from the first sign-in after the upgrade (an
 * officer's), the run killed halfway and resumed at the next sign-in.
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { hashPassphrase } from '../../../renderer/src/data/auth/passphrase';
import { HomewardDb, SCHEMA_V3 } from '../../../renderer/src/data/db';
import { countCases, COUNTER } from '../../../renderer/src/data/counters';
import { createRepositories } from '../../../renderer/src/data/repositories';
import { isSealed } from '../../../renderer/src/data/vault/sealed-record';
import { testClock, TEST_KDF_ITERATIONS, TEST_PASSPHRASE } from '../data/fixtures';
import { ACTOR, caseFacts, derivedOpenCase, META } from '../data/upgrade-fixtures';

const CASES = 10_000;
const BATCH = 500;
const OFFICER = '0b7c6a3e-1d2f-4a5b-8c9d-0e1f2a3b4c5e';

const idOf = (i: number) => `6f1c2d3e-4a5b-4c6d-8e7f-${String(i).padStart(12, '0')}`;
const nameOf = (i: number) => `Person${i} Familyname${i % 97}`;

async function versionThreeWorkstation(): Promise<{ name: string; indexedDB: IDBFactory }> {
  const indexedDB = new IDBFactory();
  const name = `seal-${crypto.randomUUID()}`;
  const old = new Dexie(name, { indexedDB, IDBKeyRange });
  old.version(3).stores(SCHEMA_V3);
  const passphrase = await hashPassphrase(TEST_PASSPHRASE, TEST_KDF_ITERATIONS);
  await old.table('staff').bulkAdd([
    { id: ACTOR, name: 'Naledi Mokoena', role: 'supervisor', active: true, passphrase, ...META },
    { id: OFFICER, name: 'Thandi Nkosi', role: 'officer', active: true, passphrase, ...META },
  ]);
  await old.table('settings').add({ key: 'workstation', value: { issuingCountry: 'ZA', postCode: 'MOW', locale: 'en', contactLostDays: 30, idleLockMinutes: 10 } });
  const cases = Array.from({ length: CASES }, (_, i) => ({
    ...caseFacts(idOf(i), `ZA-MOW-2026-${String(i + 1).padStart(5, '0')}`, nameOf(i), []),
    person: { ...caseFacts(idOf(i), '', nameOf(i), []).person, passportNumber: `P${String(i).padStart(7, '0')}` },
    closedAt: null,
    derived: derivedOpenCase([], [], ''),
  }));
  await old.table('cases').bulkAdd(cases);
  await old.table('contactLog').bulkAdd(
    Array.from({ length: 200 }, (_, i) => ({ id: idOf(100_000 + i), caseId: idOf(i), at: '2026-01-12T10:00:00.000Z', direction: 'outgoing', channel: 'phone', with: 'family', outcome: 'reached', summary: `Spoke with the mother of Person${i}`, followUpDue: null, ...META })),
  );
  old.close();
  return { name, indexedDB };
}

describe('sealing the records of an upgraded workstation', () => {
  it('seals 10,000 cases in batches from the first sign-in after the upgrade; killed halfway, the next sign-in finishes; nothing lost', { timeout: 240_000 }, async () => {
    const { name, indexedDB } = await versionThreeWorkstation();
    const db = new HomewardDb(name, { indexedDB, IDBKeyRange });
    await db.open();
    // Counted by the upgrade from the clear records; sealing keeps the counted fields in the clear and writes no counter.
    const countedAtUpgrade = await db.counters.toArray();
    expect(countedAtUpgrade.find((r) => r.key === COUNTER.status('reported'))?.count).toBe(CASES);

    // The first sign-in since the upgrade, an officer's, makes the data key; sealing starts and is killed halfway.
    const first = createRepositories(db, testClock(), { kdfIterations: TEST_KDF_ITERATIONS });
    expect((await first.staff.signIn(OFFICER, TEST_PASSPHRASE)).outcome).toBe('signed-in');
    expect(await first.sealer.pending()).toBe(true);
    const progress: number[] = [];
    const crash = new Error('killed');
    await expect(
      first.sealer.sealAll({
        batchSize: BATCH,
        onProgress: ({ done }) => progress.push(done),
        afterBatch: (n) => {
          if (n === CASES / BATCH / 2) throw crash;
        },
      }),
    ).rejects.toBe(crash);
    const half = await db.cases.toArray();
    expect(half).toHaveLength(CASES);
    expect(half.filter(isSealed)).toHaveLength(CASES / 2);
    expect(progress.at(-1)).toBe(CASES / 2);
    first.staff.forgetKey();

    // The next sign-in (a new window), the supervisor's: admitted by the officer, it carries on.
    const second = createRepositories(db, testClock(), { kdfIterations: TEST_KDF_ITERATIONS });
    const signedIn = await second.staff.signIn(ACTOR, TEST_PASSPHRASE);
    if (signedIn.outcome !== 'needs-admission') throw new Error(signedIn.outcome);
    expect((await second.staff.admit(signedIn.ticket, OFFICER, TEST_PASSPHRASE)).outcome).toBe('admitted');
    expect(await second.sealer.pending()).toBe(true);
    await second.sealer.sealAll({ batchSize: BATCH });
    expect(await second.sealer.pending()).toBe(false);

    const stored = await db.cases.toArray();
    expect(stored).toHaveLength(CASES);
    expect(stored.every(isSealed)).toBe(true);
    expect(await db.counters.toArray()).toEqual(countedAtUpgrade);
    expect(new Map(countedAtUpgrade.map((r) => [r.key, r.count]))).toEqual(countCases(stored));
    const dump = JSON.stringify([stored, await db.contactLog.toArray(), await db.history.toArray()]);
    expect(dump).not.toMatch(/Person\d|Familyname|Nomsa|Soweto|P0000123|Spoke with/);

    const opened = await second.cases.getMany(stored.map((c) => c.id));
    expect(opened).toHaveLength(CASES);
    opened.sort((a, b) => a.reference.localeCompare(b.reference));
    opened.forEach((c, i) => {
      expect(c.person.fullName).toBe(nameOf(i));
      expect(c.person.passportNumber).toBe(`P${String(i).padStart(7, '0')}`);
      expect(c.reportedBy.name).toBe('Nomsa Dlamini');
    });
    expect((await second.contactLog.forCase(idOf(7)))[0]?.summary).toBe('Spoke with the mother of Person7');
    const hits = await second.caseList.page(
      { filter: { search: 'person1234' }, sort: 'updated', direction: 'desc', offset: 0, limit: 50 } as never,
      { now: '2026-03-01T12:00:00.000Z', today: '2026-03-01', contactLostDays: 30, profileId: ACTOR } as never,
    );
    expect(hits.rows.map((c) => c.person.fullName)).toEqual([nameOf(1234)]);

    db.close();
  });
});
