/** Index keys read through Dexie's DBCore within the caller's transaction (index-keys.ts), as the search reads them. */
// Dexie's live queries stay silent without an IndexedDB on the global object, whatever database they read.
import 'fake-indexeddb/auto';
import Dexie, { liveQuery } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { indexKeys } from '../../../renderer/src/data/index-keys';
import { CASE_INDEX } from '../../../renderer/src/data/indexes';
import { readTransaction } from '../../../renderer/src/data/read-transaction';
import { createRepositories } from '../../../renderer/src/data/repositories';
import { generateDataset } from '../../../scripts/seed/generate';
import { caseInput, openTestDb, setUpWorkstation, TEST_KDF_ITERATIONS, testClock } from './fixtures';

async function workstationWithCases() {
  const setup = await setUpWorkstation();
  const { repos, officer } = setup;
  const created = [];
  for (const [fullName, passportNumber] of [
    ['Sipho Dlamini', 'A10001'],
    ['Sibusiso Dube', 'A10002'],
    ['Ramesh Thapa', 'N55501'],
  ] as const) {
    created.push(await repos.cases.create(caseInput({ fullName, passportNumber }), officer.id));
  }
  return { ...setup, created };
}

describe('index keys', () => {
  it('gives the keys of a prefix and of one key, as Dexie\'s own queries of the same ranges', async () => {
    const { db, created } = await workstationWithCases();
    const [sipho, , ramesh] = created;
    const prefix = sipho!.reference.slice(0, -1);
    const read = await readTransaction(db, [db.cases], async () => ({
      references: await indexKeys(db.cases, CASE_INDEX.reference, { prefix }),
      one: await indexKeys(db.cases, CASE_INDEX.reference, { equals: ramesh!.reference }),
      none: await indexKeys(db.cases, CASE_INDEX.reference, { prefix: 'no such reference' }),
    }));
    expect(read.references).toEqual(new Set(await db.cases.where(CASE_INDEX.reference).startsWith(prefix).primaryKeys()));
    expect(read.references.has(sipho!.id)).toBe(true);
    expect(read.one).toEqual(new Set([ramesh!.id]));
    expect(read.none.size).toBe(0);
  });

  it('reads within the caller\'s transaction, which stays the current one after each read', async () => {
    const { db } = await workstationWithCases();
    const transaction = vi.spyOn(db.core, 'transaction');
    const same = await readTransaction(db, [db.cases], async () => {
      const before = Dexie.currentTransaction;
      await indexKeys(db.cases, CASE_INDEX.nameTokens, { prefix: 'ra' });
      return before !== null && Dexie.currentTransaction === before;
    });
    expect(same).toBe(true);
    expect(transaction).toHaveBeenCalledTimes(1);
    transaction.mockRestore();
  });

  it('is refused outside a transaction, where each read would open its own', async () => {
    const { db } = await workstationWithCases();
    await expect(indexKeys(db.cases, CASE_INDEX.reference, { prefix: 'HW' })).rejects.toThrow(/needs a transaction/);
  });

  it('names an index the table does not have', async () => {
    const { db } = await workstationWithCases();
    await expect(readTransaction(db, [db.cases], () => indexKeys(db.cases, 'person.shoeSize', { prefix: '4' }))).rejects.toThrow(/no index on person\.shoeSize/);
  });
});

describe('a search read through index keys', () => {
  it('reads its page in one transaction of the cases alone when no other filter is set', async () => {
    const { db, repos } = await workstationWithCases();
    const query = { filter: { search: 'A1000' }, sort: 'updatedAt' as const, descending: true, offset: 0, limit: 50 };
    // The first search of a window opens the name index (its own reads): the second is the search alone.
    await repos.caseList.page(query, repos.caseList.context(30));
    const transaction = vi.spyOn(db.core, 'transaction');
    const page = await repos.caseList.page(query, repos.caseList.context(30));
    expect(page.rows.map((c) => c.person.fullName).sort()).toEqual(['Sibusiso Dube', 'Sipho Dlamini']);
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(transaction.mock.calls[0]![0]).toEqual(['cases']);
    transaction.mockRestore();
  });

  it('is observed by a live query: a case stored afterwards that the search finds by index keys appears in the live page', async () => {
    // In the clear, as a workstation from before protection: every hit of a passport search comes from index keys
    // (protected, a name index in memory and hashed entries stand in for them).
    const workstation = generateDataset({ seed: 7, today: '2026-03-01', cases: 0 });
    const db = openTestDb();
    const repos = createRepositories(db, testClock(), { kdfIterations: TEST_KDF_ITERATIONS });
    await repos.settings.putWorkstation(workstation.settings);
    await db.staff.bulkPut(workstation.staff);
    const officerId = workstation.staff.find((s) => s.role === 'officer')!.id;
    await repos.cases.create(caseInput({ fullName: 'Ramesh Thapa', passportNumber: 'N55501' }), officerId);
    const query = { filter: { search: 'N5550' }, sort: 'updatedAt' as const, descending: true, offset: 0, limit: 50 };
    const pages: string[][] = [];
    const subscription = liveQuery(async () => (await repos.caseList.page(query, repos.caseList.context(30))).rows.map((c) => c.person.fullName)).subscribe({
      next: (names) => pages.push([...names].sort()),
    });
    await vi.waitFor(() => expect(pages.at(-1)).toEqual(['Ramesh Thapa']));
    await repos.cases.create(caseInput({ fullName: 'Maya Gurung', passportNumber: 'N55502' }), officerId);
    await vi.waitFor(() => expect(pages.at(-1)).toEqual(['Maya Gurung', 'Ramesh Thapa']));
    subscription.unsubscribe();
  });
});
