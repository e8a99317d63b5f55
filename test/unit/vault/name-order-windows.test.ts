/**
 * The name order opened in memory (vault/name-index.ts) follows what other
 * windows of the workstation write: two Dexie connections to one database,
 * each a window with its own vault, signed in as different profiles.
 */
import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { HomewardDb } from '../../../renderer/src/data/db';
import { createRepositories, type Repositories } from '../../../renderer/src/data/repositories';
import { caseInput, setUpWorkstation, TEST_KDF_ITERATIONS, TEST_PASSPHRASE } from '../data/fixtures';

const byName = async (window: Repositories, descending = false) =>
  (await window.caseList.page({ filter: {}, sort: 'name', descending, offset: 0, limit: 50 }, window.caseList.context(30))).rows.map((c) => c.person.fullName);

describe('the name order across windows', () => {
  it('a rename, a new case and an import in another window reorder this window’s list at its next reading', async () => {
    const setup = await setUpWorkstation();
    const { repos: first, officer, supervisor } = setup;
    const zanele = await first.cases.create(caseInput({ fullName: 'Zanele Khumalo' }), officer.id);
    await first.cases.create(caseInput({ fullName: 'Bongani Zulu', passportNumber: 'B1111111' }), officer.id);
    await first.cases.create(caseInput({ fullName: 'Mpho Sithole', passportNumber: 'M2222222' }), officer.id);
    expect(await byName(first)).toEqual(['Bongani Zulu', 'Mpho Sithole', 'Zanele Khumalo']);

    // The second window: its own connection (as another Electron window or browser tab has) and its own key in memory.
    const otherDb = new HomewardDb(setup.db.name, { indexedDB: setup.db._options.indexedDB, IDBKeyRange });
    const second = createRepositories(otherDb, setup.clock, { kdfIterations: TEST_KDF_ITERATIONS });
    expect((await second.staff.signIn(supervisor.id, TEST_PASSPHRASE)).outcome).toBe('signed-in');
    expect(second.keyring.vault).not.toBe(first.keyring.vault);
    expect(await byName(second)).toEqual(['Bongani Zulu', 'Mpho Sithole', 'Zanele Khumalo']);

    const current = (await second.cases.get(zanele.id))!;
    await second.cases.updateSection(zanele.id, current.version, 'person', { ...current.person, fullName: 'Amahle Khumalo' }, supervisor.id);
    expect(await byName(first)).toEqual(['Amahle Khumalo', 'Bongani Zulu', 'Mpho Sithole']);
    expect(await byName(first, true)).toEqual(['Mpho Sithole', 'Bongani Zulu', 'Amahle Khumalo']);

    await second.cases.create(caseInput({ fullName: 'Cebisile Ndlovu', passportNumber: 'C3333333' }), supervisor.id);
    expect(await byName(first)).toEqual(['Amahle Khumalo', 'Bongani Zulu', 'Cebisile Ndlovu', 'Mpho Sithole']);

    // And the other way: this window's rename reaches the second.
    const found = (await first.caseList.page({ filter: { search: 'mpho' }, sort: 'name', descending: false, offset: 0, limit: 5 }, first.caseList.context(30))).rows[0]!;
    const mpho = (await first.cases.get(found.id))!;
    await first.cases.updateSection(mpho.id, mpho.version, 'person', { ...mpho.person, fullName: 'Aphiwe Sithole' }, officer.id);
    expect(await byName(second)).toEqual(['Amahle Khumalo', 'Aphiwe Sithole', 'Bongani Zulu', 'Cebisile Ndlovu']);

    // A range written at once (a table cleared by a restore): the whole index is read again.
    expect((await first.keyring.vault.names()).size).toBe(4);
    await otherDb.cases.clear();
    expect((await first.keyring.vault.names()).size).toBe(0);
    otherDb.close();
    setup.db.close();
  });
});
