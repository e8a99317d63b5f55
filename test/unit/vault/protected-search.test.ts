/**
 * Search and name order on a protected workstation (DESIGN.md §8) as the
 * benchmark tuned them: passport beginnings hashed up to six characters (and
 * older workstations re-hashed at sign-in), names found in the opened name
 * index, search hits opened only when shown, the name index following writes
 * of other windows, records opened without touching what was read.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import type { Case } from '../../../shared/schemas/case';
import { HomewardDb } from '../../../renderer/src/data/db';
import { createRepositories } from '../../../renderer/src/data/repositories';
import { CaseListRepository } from '../../../renderer/src/data/repositories/case-list';
import { SEARCH_HASHES_KEY } from '../../../renderer/src/data/vault/migration';
import { isSealed, openedAll, openRecord, PASSPORT_PREFIX_HASHED, sealRecord, SEARCH_HASHES } from '../../../renderer/src/data/vault/sealed-record';
import { caseInput, logCaseReads, testClock, TEST_KDF_ITERATIONS, TEST_PASSPHRASE, type CaseReads } from '../data/fixtures';

const CONTEXT = { now: '2026-03-01T12:00:00.000Z', today: '2026-03-01', contactLostDays: 14 };
const passphrase = { passphrase: TEST_PASSPHRASE, confirmation: TEST_PASSPHRASE };

/** A protected workstation on its own IndexedDB, so that a second window can open the same database; `reads` logs the reads of its cases. */
async function workstation(reads?: CaseReads[]) {
  const factory = new IDBFactory();
  const name = `test-${crypto.randomUUID()}`;
  const clock = testClock();
  const db = new HomewardDb(name, { indexedDB: factory, IDBKeyRange });
  if (reads) logCaseReads(db, reads);
  const repos = createRepositories(db, clock, { kdfIterations: TEST_KDF_ITERATIONS });
  const supervisor = await repos.staff.setUpWorkstation({ profile: { name: 'Naledi Mokoena' }, workstation: { issuingCountry: 'ZA', postCode: 'MOW' }, passphrase });
  /** Another window of the app on the same database, signed in as the supervisor. */
  const otherWindow = async () => {
    const other = createRepositories(new HomewardDb(name, { indexedDB: factory, IDBKeyRange }), clock, { kdfIterations: TEST_KDF_ITERATIONS });
    expect((await other.staff.signIn(supervisor.id, TEST_PASSPHRASE)).outcome).toBe('signed-in');
    return other;
  };
  return { db, repos, supervisor, clock, otherWindow };
}

/** The passport numbers of the cases a search finds (a row of the list shows none: they are read whole). */
async function searched(list: CaseListRepository, search: string, db: HomewardDb): Promise<string[]> {
  const page = await list.page({ filter: { search }, sort: 'updatedAt', descending: true, offset: 0, limit: 50 }, CONTEXT);
  const found = await openedAll(db, 'cases', (await db.cases.bulkGet(page.rows.map((r) => r.id))) as Case[]);
  return found.map((c) => c.person.passportNumber).sort();
}

describe('passport search on a protected workstation', () => {
  it('finds every beginning of three to six characters from the hashed index, and checks a longer one on the cases of its first six', async () => {
    const { db, repos, supervisor } = await workstation();
    for (const passport of ['TJ1234567', 'TJ1299999', 'TJ1234000', 'TJ5555555']) await repos.cases.create(caseInput({ passportNumber: passport, fullName: `Case ${passport}` }), supervisor.id);
    expect(PASSPORT_PREFIX_HASHED).toBe(6);
    expect(await searched(repos.caseList, 'TJ1', db)).toEqual(['TJ1234000', 'TJ1234567', 'TJ1299999']);
    expect(await searched(repos.caseList, 'tj 12', db)).toEqual(['TJ1234000', 'TJ1234567', 'TJ1299999']);
    expect(await searched(repos.caseList, 'TJ1234', db)).toEqual(['TJ1234000', 'TJ1234567']);
    expect(await searched(repos.caseList, 'TJ12345', db)).toEqual(['TJ1234567']);
    expect(await searched(repos.caseList, 'TJ1234567', db)).toEqual(['TJ1234567']);
    expect(await searched(repos.caseList, 'TJ12346', db)).toEqual([]);
    expect(await repos.caseList.count({ search: 'TJ12340' }, CONTEXT)).toBe(1);
    // More hits than a page reads whole: the page is picked out of the update-time index keys, and a longer beginning still misses none.
    const narrow = new CaseListRepository(db, testClock(), { smallRange: 1 });
    expect(await searched(narrow, 'TJ1', db)).toEqual(['TJ1234000', 'TJ1234567', 'TJ1299999']);
    expect(await searched(narrow, 'TJ123', db)).toEqual(['TJ1234000', 'TJ1234567']);
  });

  it("finds an older workstation's cases (passport beginnings of three characters hashed) as before, and re-hashes them at the next sealing run", async () => {
    const { db, repos, supervisor, otherWindow } = await workstation();
    const created = await repos.cases.create(caseInput({ passportNumber: 'TJ1234567' }), supervisor.id);
    await repos.cases.create(caseInput({ passportNumber: 'TJ1299999' }), supervisor.id);
    // As version 1 of the hashed entries stored it: no beginnings of four to six characters, no scheme recorded.
    const vault = repos.keyring.vault;
    const newer = new Set(['TJ12', 'TJ123', 'TJ1234', 'TJ12999'.slice(0, 4), 'TJ129', 'TJ1299'].map((p) => vault.hash('p', p)));
    await db.transaction('rw', db.cases, db.settings, async () => {
      await db.cases.toCollection().modify((c: Case) => {
        c.derived.nameTokens = c.derived.nameTokens.filter((t) => !newer.has(t));
      });
      await db.settings.delete(SEARCH_HASHES_KEY);
    });
    const before = (await db.cases.get(created.id)) as Case & { sealed: string };

    const older = await otherWindow();
    expect(await searched(older.caseList, 'TJ1234', db)).toEqual(['TJ1234567']);
    expect(await searched(older.caseList, 'TJ12', db)).toEqual(['TJ1234567', 'TJ1299999']);
    expect(await older.sealer.pending()).toBe(true);

    await older.sealer.sealAll();
    expect(await older.sealer.pending()).toBe(false);
    expect((await db.settings.get(SEARCH_HASHES_KEY))?.value).toBe(SEARCH_HASHES);
    const after = (await db.cases.get(created.id)) as Case & { sealed: string };
    expect(after.sealed).toBe(before.sealed);
    expect(after.version).toBe(before.version);
    expect(after.derived.nameTokens).toContain(vault.hash('p', 'TJ1234'));
    const fresh = await otherWindow();
    expect(await searched(fresh.caseList, 'TJ1234', db)).toEqual(['TJ1234567']);
    expect(await searched(fresh.caseList, 'TJ12', db)).toEqual(['TJ1234567', 'TJ1299999']);
  });

  it('reads the keys and the page of a search in one transaction, and only leaves it to confirm a candidate on its opened case', async () => {
    const { db, repos, supervisor } = await workstation();
    const created = await repos.cases.create(caseInput({ passportNumber: 'TJ1234567' }), supervisor.id);
    await repos.cases.create(caseInput({ passportNumber: 'TJ9999999' }), supervisor.id);
    const pageOf = async (search: string) => (await repos.caseList.page({ filter: { search }, sort: 'updatedAt', descending: true, offset: 0, limit: 50 }, CONTEXT)).rows.map((r) => r.id);
    // A reference is also looked for as a passport number longer than its hashed beginning: none begins so, nothing to confirm.
    expect(await pageOf(created.reference)).toEqual([created.id]);
    const transaction = vi.spyOn(db.core, 'transaction');
    expect(await pageOf(created.reference)).toEqual([created.id]);
    expect(transaction).toHaveBeenCalledTimes(1);
    transaction.mockClear();
    expect(await pageOf('TJ12345')).toEqual([created.id]);
    expect(transaction.mock.calls.length).toBeGreaterThan(1);
  });

  it('a new workstation records the current scheme with its data key: nothing to re-hash', async () => {
    const { db, repos } = await workstation();
    expect((await db.settings.get(SEARCH_HASHES_KEY))?.value).toBe(SEARCH_HASHES);
    expect(await repos.sealer.pending()).toBe(false);
  });
});

describe('name search on a protected workstation', () => {
  async function named(list: CaseListRepository, search: string): Promise<string[]> {
    const page = await list.page({ filter: { search }, sort: 'updatedAt', descending: true, offset: 0, limit: 50 }, CONTEXT);
    return page.rows.map((c) => c.person.fullName).sort();
  }

  it('finds every beginning of a name or other name from the opened name index, in the page, the count and the export', async () => {
    const { db, repos, supervisor } = await workstation();
    const people = [
      { fullName: 'Sipho Dlamini', otherNames: ['Сипхо Дламини'] },
      { fullName: 'Thabo Dlamuzi', otherNames: [] },
      { fullName: 'Zanele Dlanga', otherNames: [] },
      { fullName: 'Dlamini Ncube', otherNames: [] },
    ];
    for (const person of people) await repos.cases.create(caseInput({ ...person, passportNumber: '' }), supervisor.id);
    const all = people.map((p) => p.fullName).sort();
    const narrow = new CaseListRepository(db, testClock(), { smallRange: 1 });
    const cases: [string, string[]][] = [
      ['d', all],
      ['dla', all],
      ['dlam', ['Dlamini Ncube', 'Sipho Dlamini', 'Thabo Dlamuzi']],
      ['dlami', ['Dlamini Ncube', 'Sipho Dlamini']],
      ['dlamin', ['Dlamini Ncube', 'Sipho Dlamini']],
      ['dlamini', ['Dlamini Ncube', 'Sipho Dlamini']],
      ['dlaminx', []],
      ['dlamx', []],
      ['sip dlamin', ['Sipho Dlamini']],
      ['dlamuzi th', ['Thabo Dlamuzi']],
      ['ncube dlamini', ['Dlamini Ncube']],
      ['длам', ['Sipho Dlamini']],
      ['дламини', ['Sipho Dlamini']],
    ];
    for (const [search, expected] of cases) {
      expect(await named(repos.caseList, search), search).toEqual(expected);
      expect(await named(narrow, search), `${search}, more hits than a page reads whole`).toEqual(expected);
      expect(await repos.caseList.count({ search }, CONTEXT), search).toBe(expected.length);
      const exported: string[] = [];
      for await (const chunk of repos.caseList.scan({ search }, CONTEXT)) exported.push(...chunk.map((c) => c.person.fullName));
      expect(exported.sort(), search).toEqual(expected);
    }
  });
});

describe('search hits and name order on a protected workstation', () => {
  it('opens the rows of the page shown, in name order too, and the export of a search', async () => {
    const { repos, supervisor } = await workstation();
    for (const fullName of ['Zola Khumalo', 'Anele Khumalo', 'Musa Khumalo']) await repos.cases.create(caseInput({ fullName, passportNumber: '' }), supervisor.id);
    const byName = await repos.caseList.page({ filter: { search: 'khum' }, sort: 'name', descending: false, offset: 0, limit: 2 }, CONTEXT);
    expect(byName.rows.map((c) => c.person.fullName)).toEqual(['Anele Khumalo', 'Musa Khumalo']);
    expect(byName.rows.some(isSealed)).toBe(false);
    const newest = await repos.caseList.page({ filter: { search: 'khum' }, sort: 'updatedAt', descending: true, offset: 0, limit: 50 }, CONTEXT);
    expect(newest.rows.map((c) => c.person.fullName)).toEqual(['Musa Khumalo', 'Anele Khumalo', 'Zola Khumalo']);
    const exported: Case[] = [];
    for await (const chunk of repos.caseList.scan({ search: 'khum' }, CONTEXT)) exported.push(...chunk);
    expect(exported.map((c) => c.person.fullName).sort()).toEqual(['Anele Khumalo', 'Musa Khumalo', 'Zola Khumalo']);
  });

  it('follows a rename and a new case made in another window in the name order', async () => {
    const { repos, supervisor, otherWindow } = await workstation();
    const anna = await repos.cases.create(caseInput({ fullName: 'Anna Petrova', passportNumber: '' }), supervisor.id);
    await repos.cases.create(caseInput({ fullName: 'Boris Ivanov', passportNumber: '' }), supervisor.id);
    const names = async () =>
      (await repos.caseList.page({ filter: {}, sort: 'name', descending: false, offset: 0, limit: 50 }, CONTEXT)).rows.map((c) => c.person.fullName);
    expect(await names()).toEqual(['Anna Petrova', 'Boris Ivanov']);

    const other = await otherWindow();
    const stored = (await other.cases.get(anna.id))!;
    await other.cases.updateSection(anna.id, stored.version, 'person', { ...stored.person, fullName: 'Zoya Petrova' }, supervisor.id);
    // As many cases as before: only the notice of the write tells this window its names changed.
    expect(await names()).toEqual(['Boris Ivanov', 'Zoya Petrova']);
    await other.cases.create(caseInput({ fullName: 'Chidi Okafor', passportNumber: '' }), supervisor.id);
    expect(await names()).toEqual(['Boris Ivanov', 'Chidi Okafor', 'Zoya Petrova']);
  });

  it('finds by name what another window renamed or made since the name index was opened, and no case gone from the table', async () => {
    const { db, repos, supervisor, otherWindow } = await workstation();
    const anna = await repos.cases.create(caseInput({ fullName: 'Anna Petrova', otherNames: [], passportNumber: '' }), supervisor.id);
    const found = async (search: string) =>
      (await repos.caseList.page({ filter: { search }, sort: 'updatedAt', descending: true, offset: 0, limit: 50 }, CONTEXT)).rows.map((c) => c.person.fullName).sort();
    expect(await found('petro')).toEqual(['Anna Petrova']);

    const other = await otherWindow();
    const stored = (await other.cases.get(anna.id))!;
    await other.cases.updateSection(anna.id, stored.version, 'person', { ...stored.person, fullName: 'Anna Sidorova', otherNames: ['Анна Петрова'] }, supervisor.id);
    const pyotr = await other.cases.create(caseInput({ fullName: 'Pyotr Petrov', otherNames: [], passportNumber: '' }), supervisor.id);
    expect(await found('petro')).toEqual(['Pyotr Petrov']);
    expect(await found('sido')).toEqual(['Anna Sidorova']);
    expect(await found('пет')).toEqual(['Anna Sidorova']);
    expect(await repos.caseList.count({ search: 'anna' }, CONTEXT)).toBe(1);
    // The app removes no case itself; a restore replaces the table. A record gone leaves the index.
    await db.cases.delete(pyotr.id);
    expect(await repos.caseList.count({ search: 'petro' }, CONTEXT)).toBe(0);
  });
});

describe('name order with a filter on a protected workstation', () => {
  it('reads a small filter whole, walks a common one in name order, and falls back on the filter keys for a rare one', async () => {
    const { db, repos, supervisor } = await workstation();
    const people: [string, string][] = [
      ['Aziz Karimov', 'TJ'], ['Bakhtiyor Saidov', 'TJ'], ['Dilshod Rahimov', 'TJ'], ['Farrukh Nazarov', 'TJ'], ['Jamshid Umarov', 'TJ'], ['Rustam Aliyev', 'TJ'],
      ['Aibek Osmonov', 'KG'], ['Nurlan Toktogulov', 'KG'],
      ['Zafar Yusupov', 'UZ'], ['Yusuf Ergashev', 'UZ'], ['Xurshid Qodirov', 'UZ'], ['Ulugbek Tursunov', 'UZ'],
    ];
    for (const [fullName, nationality] of people) await repos.cases.create(caseInput({ fullName, nationality, passportNumber: '' }), supervisor.id);
    const list = new CaseListRepository(db, testClock(), { smallRange: 3, walkProbe: 3, walkMore: 1 });
    const expected = (nationality: string, descending: boolean, offset: number, limit: number) => {
      const names = people.filter(([, n]) => n === nationality).map(([name]) => name).sort();
      return (descending ? names.reverse() : names).slice(offset, offset + limit);
    };
    for (const nationality of ['KG', 'TJ', 'UZ']) {
      for (const descending of [false, true]) {
        for (const [offset, limit] of [[0, 2], [1, 3], [0, 50]] as const) {
          const page = await list.page({ filter: { nationality }, sort: 'name', descending, offset, limit }, CONTEXT);
          expect(page.rows.map((c) => c.person.fullName), `${nationality} ${descending ? 'descending' : 'ascending'} from ${offset}`).toEqual(expected(nationality, descending, offset, limit));
        }
      }
    }
  });
});

describe('the reads of a page in name order on a protected workstation', () => {
  it('reads a common filter in one transaction: no index keys where its counter says it is not small, the cases in parts its matches size', async () => {
    const reads: CaseReads[] = [];
    const { db, repos, supervisor } = await workstation(reads);
    // In name order every fourth case is from TJ: the 8th lies 32nd.
    for (let i = 1; i <= 40; i += 1) await repos.cases.create(caseInput({ fullName: `Person ${String(i).padStart(2, '0')}`, nationality: i % 4 === 0 ? 'TJ' : 'KG', passportNumber: '' }), supervisor.id);
    const list = new CaseListRepository(db, testClock(), { smallRange: 3, walkProbe: 100, walkMore: 1000 });
    const page = () => list.page({ filter: { nationality: 'TJ' }, sort: 'name', descending: false, offset: 0, limit: 8 }, CONTEXT);
    // The first page opens the name index.
    await page();
    reads.length = 0;
    const transaction = vi.spyOn(db.core, 'transaction');
    const rows = (await page()).rows.map((r) => r.person.fullName);
    expect(rows).toEqual(["04", "08", "12", "16", "20", "24", "28", "32"].map((i) => `Person ${i}`));
    expect(transaction).toHaveBeenCalledTimes(1);
    // A page's worth first (2 matches in 8), then the 24 more those say the page needs: no index read, no case beyond the 32nd.
    expect(reads).toEqual([
      { by: 'keys', count: 8 },
      { by: 'keys', count: 24 },
    ]);
    // A filter its counter does not put above `smallRange` is probed and, small, read whole.
    reads.length = 0;
    await repos.cases.create(caseInput({ fullName: 'Person 41', nationality: 'UZ', passportNumber: '' }), supervisor.id);
    const uz = await list.page({ filter: { nationality: 'UZ' }, sort: 'name', descending: false, offset: 0, limit: 8 }, CONTEXT);
    expect(uz.rows.map((r) => r.person.fullName)).toEqual(['Person 41']);
    expect(reads).toContainEqual({ by: 'request', index: '[person.nationality+status+updatedAt]' });
  });
});

describe('opening a record', () => {
  it('leaves the record as read untouched', async () => {
    const { db, repos, supervisor } = await workstation();
    const created = await repos.cases.create(caseInput({ fullName: 'Lerato Sithole' }), supervisor.id);
    const stored = (await db.cases.get(created.id))!;
    const copy = structuredClone(stored);
    const opened = await openRecord(repos.keyring.vault, 'cases', stored);
    expect(opened.person.fullName).toBe('Lerato Sithole');
    expect(opened.steps.length).toBe(stored.steps.length);
    expect(stored).toEqual(copy);
  });

  it('sealing leaves the record given untouched, and opens back to it', async () => {
    const { db, repos, supervisor } = await workstation();
    const created = await repos.cases.create(caseInput({ fullName: 'Lerato Sithole' }), supervisor.id);
    const vault = repos.keyring.vault;
    const record = (await openRecord(vault, 'cases', (await db.cases.get(created.id))!)) as Case;
    const copy = structuredClone(record);
    const sealed = await sealRecord(vault, 'cases', record);
    expect(record).toEqual(copy);
    expect(JSON.stringify(sealed)).not.toContain('Lerato');
    expect(await openRecord(vault, 'cases', sealed)).toEqual(copy);
  });
});
