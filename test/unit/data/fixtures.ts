/** A fresh database on fake-indexeddb per test, with a clock that ticks predictably. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { HomewardDb } from '../../../renderer/src/data/db';
import type { Clock } from '../../../renderer/src/data/clock';
import { createRepositories, type Repositories } from '../../../renderer/src/data/repositories';
import type { HistoryRecord } from '../../../shared/schemas/history';
import type { z } from 'zod';
import type { NewCaseInput } from '../../../shared/domain/new-case';
import type { ContactEntryFields, ContactEntryFieldsSchema } from '../../../shared/schemas/contact';
import { SORT_VALUE, type CaseSortField } from '../../../shared/domain/case-list';
import type { Case } from '../../../shared/schemas/case';

export interface TestClock extends Clock {
  /** Moves the clock on by whole days. */
  advanceDays(days: number): void;
}

/** A clock that starts at `start` and moves one second on at every reading, so history stays ordered. */
export function testClock(start = Date.parse('2026-03-01T09:00:00Z')): TestClock {
  let current = start;
  return {
    now: () => new Date((current += 1000)).toISOString(),
    today: () => new Date(current).toISOString().slice(0, 10),
    newId: () => crypto.randomUUID(),
    advanceDays: (days) => {
      current += days * 86_400_000;
    },
  };
}

export function openTestDb(): HomewardDb {
  return new HomewardDb(`test-${crypto.randomUUID()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}

/** PBKDF2 iterations for test passphrases: the real 600,000 would make every test slow. */
export const TEST_KDF_ITERATIONS = 1000;
export const TEST_PASSPHRASE = 'correct horse battery';

/**
 * A workstation as first run leaves it (its supervisor) plus one officer the
 * supervisor added, who does the everyday work in most tests; `reads` logs
 * the reads of its cases (logCaseReads).
 */
export async function setUpWorkstation(clock = testClock(), reads?: CaseReads[]) {
  const db = openTestDb();
  if (reads) logCaseReads(db, reads);
  const repos = createRepositories(db, clock, { kdfIterations: TEST_KDF_ITERATIONS });
  const passphrase = { passphrase: TEST_PASSPHRASE, confirmation: TEST_PASSPHRASE };
  const supervisor = await repos.staff.setUpWorkstation({
    profile: { name: 'Naledi Mokoena' },
    workstation: { issuingCountry: 'ZA', postCode: 'MOW' },
    passphrase,
  });
  const officer = await repos.staff.create({ name: 'Thandi Nkosi', role: 'officer', passphrase }, supervisor.id);
  return { db, repos, supervisor, officer, clock };
}

/** A read of the cases table: cases by key (how many), or an index's range by a request (getAll, getAllKeys, count) or a cursor. */
export type CaseReads = { by: 'keys'; count: number } | { by: 'request' | 'cursor'; index: string };

/** Logs each read of the cases table as Dexie's core gives it to IndexedDB: cases by key (how many), or a range of an index. */
export function logCaseReads(db: HomewardDb, reads: CaseReads[]): void {
  db.use({
    stack: 'dbcore',
    name: 'case-reads',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        if (tableName !== 'cases') return table;
        return {
          ...table,
          getMany: (request) => (reads.push({ by: 'keys', count: request.keys.length }), table.getMany(request)),
          query: (request) => (reads.push({ by: 'request', index: request.query.index.name || ':id' }), table.query(request)),
          openCursor: (request) => (reads.push({ by: 'cursor', index: request.query.index.name || ':id' }), table.openCursor(request)),
          count: (request) => (reads.push({ by: 'request', index: request.query.index.name || ':id' }), table.count(request)),
        };
      },
    }),
  });
}

export function caseInput(overrides: Partial<NewCaseInput['person']> = {}): NewCaseInput {
  return {
    person: {
      fullName: 'Sipho Dlamini',
      otherNames: ['Sipho Dhlamini'],
      dateOfBirth: '1994-03-07',
      sex: 'male',
      nationality: 'ZA',
      passportNumber: 'a 123 456 78',
      nationalIdNumber: '',
      homeTown: 'Soweto',
      languages: ['Zulu', 'English'],
      phone: '',
      messengerHandle: '',
      ...overrides,
    },
    priority: 'high',
    situation: 'deployed',
    reportedBy: { name: 'Nomsa Dlamini', relationship: 'Sister', phone: '', email: '', reportedOn: '2026-02-27', consentToShare: false },
    notes: '',
  };
}

export function contactInput(
  at: string,
  outcome: ContactEntryFields['outcome'],
  withWhom: ContactEntryFields['with'] = 'citizen',
): z.input<typeof ContactEntryFieldsSchema> {
  return { at, direction: 'outgoing', channel: 'whatsapp', with: withWhom, outcome, summary: '', followUpDue: '' };
}

/** A live case's History, newest first, as its case file gives it (the case page's History tab). */
export async function historyOf(repos: Repositories, caseId: string): Promise<HistoryRecord[]> {
  const file = await repos.caseFile.open(caseId);
  if (!file) throw new Error(`No live case ${caseId}`);
  return file.history;
}

/** Every sort of the case list. */
export const LIST_SORTS: readonly CaseSortField[] = ['reference', 'name', 'nationality', 'status', 'contactStatus', 'priority', 'updatedAt'];

/** Cases in a sort's order, ties by id as the indexes order them: the tests' own reading of what a list shows. */
export function inListOrder(cases: readonly Case[], sort: CaseSortField, descending: boolean): Case[] {
  const value = SORT_VALUE[sort];
  return [...cases].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    return (x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : 1) * (descending ? -1 : 1);
  });
}
