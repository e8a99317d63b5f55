import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseListQuery } from '../../../renderer/src/data/repositories/case-list';
import type { CaseFilter, CaseSortField } from '../../../shared/domain/case-list';
import type { Repositories } from '../../../renderer/src/data/repositories';
import type { NewCaseInput } from '../../../shared/domain/new-case';
import { caseInput, contactInput as entry, setUpWorkstation, type TestClock } from './fixtures';
import { recordCaseChanges } from '../../../renderer/src/data/counters';

interface Seed {
  fullName: string;
  otherNames?: string[];
  nationality: string;
  passportNumber?: string;
  priority: NewCaseInput['priority'];
  situation: NewCaseInput['situation'];
}

const SEEDS: Seed[] = [
  { fullName: 'Sipho Dlamini', nationality: 'ZA', passportNumber: 'A10001', priority: 'high', situation: 'deployed' },
  { fullName: 'Bongani Zulu', nationality: 'ZA', passportNumber: 'A10002', priority: 'critical', situation: 'injured' },
  { fullName: 'Ramesh Thapa', otherNames: ['Ramesh Thappa'], nationality: 'NP', passportNumber: 'N55501', priority: 'high', situation: 'deployed' },
  { fullName: 'Gurpreet Singh', nationality: 'IN', passportNumber: 'Z9000001', priority: 'normal', situation: 'prisoner_of_war' },
  { fullName: 'Amit Kumar', nationality: 'IN', passportNumber: 'Z9000002', priority: 'high', situation: 'in_training' },
  { fullName: 'Brian Otieno', otherNames: ['Брайан Отиено'], nationality: 'KE', passportNumber: 'AK77', priority: 'normal', situation: 'escaped' },
  { fullName: 'Émile Ngoma', nationality: 'CM', priority: 'critical', situation: 'unknown' },
];

let repos: Repositories;
let clock: TestClock;
let officerId: string;
let otherOfficerId: string;
const ids = new Map<string, string>();

beforeAll(async () => {
  const setup = await setUpWorkstation();
  repos = setup.repos;
  clock = setup.clock as TestClock;
  officerId = setup.officer.id;
  const supervisorId = setup.supervisor.id;
  const passphrase = { passphrase: 'another long passphrase', confirmation: 'another long passphrase' };
  otherOfficerId = (await repos.staff.create({ name: 'Pieter Botha', role: 'officer', passphrase }, supervisorId)).id;
  for (const seed of SEEDS) {
    const input = caseInput({ fullName: seed.fullName, otherNames: seed.otherNames ?? [], nationality: seed.nationality, passportNumber: seed.passportNumber ?? '' });
    const created = await repos.cases.create({ ...input, priority: seed.priority, situation: seed.situation }, officerId);
    ids.set(seed.fullName, created.id);
  }
  const id = (name: string) => ids.get(name)!;
  await repos.cases.changeStatus(id('Sipho Dlamini'), 1, { status: 'in_contact', closureReason: null }, officerId);
  await repos.cases.changeStatus(id('Amit Kumar'), 1, { status: 'locating', closureReason: null }, officerId);
  const amit = await repos.cases.get(id('Amit Kumar'));
  await repos.cases.updateSection(id('Amit Kumar'), amit!.version, 'recruitment', { ...amit!.recruitment, methods: ['false_job_offer', 'documents_withheld'] }, officerId);
  await repos.cases.reassign([id('Gurpreet Singh')], otherOfficerId, 'Speaks Punjabi', supervisorId);
  await repos.cases.reassign([id('Amit Kumar'), id('Émile Ngoma')], null, 'Back to the pool', supervisorId);
  await repos.cases.updateSection(
    id('Ramesh Thapa'),
    1,
    'recruitment',
    { ...(await repos.cases.get(id('Ramesh Thapa')))!.recruitment, methods: ['false_job_offer'] },
    officerId,
  );
  // Sipho: proof of life 20 days ago (contact lost); Bongani: reached yesterday (in contact); Brian: attempts only.
  await repos.contactLog.add(id('Sipho Dlamini'), entry('2026-02-09T10:00:00.000Z', 'proof_of_life'), officerId);
  await repos.contactLog.add(id('Bongani Zulu'), entry('2026-02-28T10:00:00.000Z', 'reached'), officerId);
  await repos.contactLog.add(id('Brian Otieno'), entry('2026-02-28T10:00:00.000Z', 'no_answer'), officerId);
  await repos.followUps.add(id('Bongani Zulu'), { title: 'Call hospital', dueOn: '2026-02-25', assigneeId: officerId, done: false }, officerId);
  await repos.followUps.add(id('Brian Otieno'), { title: 'Call again', dueOn: '2026-03-20', assigneeId: officerId, done: false }, officerId);
  const group = await repos.groups.create({ name: 'Indian nationals', note: '' }, officerId);
  await repos.groups.addCases(group.id, [id('Gurpreet Singh'), id('Amit Kumar')], supervisorId);
  ids.set('group', group.id);
});


async function names(filter: CaseFilter, sort: CaseSortField = 'name', descending = false): Promise<string[]> {
  const query: CaseListQuery = { filter, sort, descending, offset: 0, limit: 50 };
  const context = repos.caseList.context(14);
  const page = await repos.caseList.page(query, context);
  const count = await repos.caseList.count(filter, context);
  expect(page.total === null || page.total === count).toBe(true);
  expect(count).toBe(page.rows.length);
  return page.rows.map((c) => c.person.fullName);
}

describe('case list filters', () => {
  it('lists every case, sorted by name either way', async () => {
    const all = SEEDS.map((s) => s.fullName);
    const byName = [...all].sort((a, b) => a.normalize('NFD').replace(/\p{M}/gu, '').localeCompare(b.normalize('NFD').replace(/\p{M}/gu, '')));
    expect(await names({})).toEqual(byName);
    expect(await names({}, 'name', true)).toEqual([...byName].reverse());
  });

  it.each<[string, CaseFilter, string[]]>([
    ['status', { status: 'in_contact' }, ['Sipho Dlamini']],
    ['nationality + priority', { nationality: 'IN', priority: 'high' }, ['Amit Kumar']],
    ['nationality', { nationality: 'ZA' }, ['Bongani Zulu', 'Sipho Dlamini']],
    ['current situation', { situation: 'deployed' }, ['Ramesh Thapa', 'Sipho Dlamini']],
    ['recruitment method', { method: 'false_job_offer' }, ['Amit Kumar', 'Ramesh Thapa']],
    ['unassigned', { assignee: 'unassigned' }, ['Amit Kumar', 'Émile Ngoma']],
    ['unassigned + nationality', { assignee: 'unassigned', nationality: 'IN' }, ['Amit Kumar']],
    ['group', { groupId: 'group' }, ['Amit Kumar', 'Gurpreet Singh']],
    ['overdue follow-ups', { overdueFollowUps: true }, ['Bongani Zulu']],
    ['contact lost', { contactStatus: 'contact_lost' }, ['Sipho Dlamini']],
    ['stale', { stale: true }, ['Sipho Dlamini']],
    ['in contact', { contactStatus: 'in_contact' }, ['Bongani Zulu']],
    ['attempting contact', { contactStatus: 'attempting' }, ['Brian Otieno']],
    ['not yet contacted + priority', { contactStatus: 'not_contacted', priority: 'critical' }, ['Émile Ngoma']],
  ])('filters by %s', async (_label, filter, expected) => {
    const resolved = filter.groupId ? { ...filter, groupId: ids.get('group')! } : filter;
    expect(await names(resolved)).toEqual(expected);
  });

  it('filters by a specific assigned officer', async () => {
    expect(await names({ assignee: otherOfficerId })).toEqual(['Gurpreet Singh']);
  });

  it('sorts by status in lifecycle order', async () => {
    const rows = await names({ nationality: 'IN' }, 'status');
    expect(rows).toEqual(['Gurpreet Singh', 'Amit Kumar']);
  });
});

describe('case list search', () => {
  it.each<[string, string[]]>([
    ['sipho', ['Sipho Dlamini']],
    ['dlam sip', ['Sipho Dlamini']],
    ['thappa', ['Ramesh Thapa']],
    ['отиено', ['Brian Otieno']],
    ['emile', ['Émile Ngoma']],
    ['Z90000', ['Amit Kumar', 'Gurpreet Singh']],
    ['ak 77', ['Brian Otieno']],
    ['ZA-MOW-2026-0003', ['Ramesh Thapa']],
    ['nobody', []],
  ])('finds %s', async (text, expected) => {
    expect(await names({ search: text })).toEqual(expected);
  });

  it('combines search with filters', async () => {
    expect(await names({ search: 'z9000', priority: 'high' })).toEqual(['Amit Kumar']);
  });

  it('moves a case to "Contact lost" as time passes, without any write', async () => {
    clock.advanceDays(14);
    expect(await names({ contactStatus: 'contact_lost' })).toEqual(['Bongani Zulu', 'Sipho Dlamini']);
    clock.advanceDays(-14);
  });
});

describe('case list count', () => {
  it('agrees with the rows when a case is a tombstone (a removal pulled by sync): no filter and one status are read from the caseload counters', async () => {
    const { db, repos: own, officer } = await setUpWorkstation();
    const kept = await own.cases.create(caseInput({ fullName: 'Sipho Dlamini', nationality: 'ZA' }), officer.id);
    const made = await own.cases.create(caseInput({ fullName: 'Bongani Zulu', nationality: 'ZA' }), officer.id);
    const before = (await db.cases.get(made.id))!;
    const gone = { ...before, deletedAt: '2026-03-02T00:00:00.000Z', version: before.version + 1 };
    // As sync stores a pulled removal: the case and its counters in one transaction.
    await db.transaction('rw', db.cases, db.counters, async () => {
      await db.cases.put(gone);
      await recordCaseChanges(db.counters, [{ before, after: gone }]);
    });
    const context = own.caseList.context(14);
    for (const filter of [{}, { status: kept.status }, { nationality: 'ZA' }] satisfies CaseFilter[]) {
      const page = await own.caseList.page({ filter, sort: 'name', descending: false, offset: 0, limit: 50 }, context);
      expect(page.rows.map((c) => c.person.fullName)).toEqual(['Sipho Dlamini']);
      expect(await own.caseList.count(filter, context)).toBe(1);
    }
  });
});

describe('case list count of a blank search', () => {
  it('is the count of the whole list, as the page reads a blank search as none', async () => {
    const { repos: own, officer } = await setUpWorkstation();
    for (const fullName of ['Sipho Dlamini', 'Bongani Zulu']) await own.cases.create(caseInput({ fullName }), officer.id);
    const context = own.caseList.context(14);
    const filter: CaseFilter = { search: '   ' };
    const page = await own.caseList.page({ filter, sort: 'updatedAt', descending: true, offset: 0, limit: 50 }, context);
    expect(page.rows).toHaveLength(2);
    expect(await own.caseList.count(filter, context)).toBe(2);
  });
});

describe('nationalities of the list', () => {
  it('are those of the live cases, in order: a nationality whose only case is a tombstone (a removal pulled by sync) is not offered', async () => {
    const { db, repos: own, officer } = await setUpWorkstation();
    for (const nationality of ['ZA', 'KE', 'ZA', 'IN']) await own.cases.create(caseInput({ nationality }), officer.id);
    expect(await own.caseList.nationalities()).toEqual(['IN', 'KE', 'ZA']);
    const before = (await db.cases.where('person.nationality').equals('KE').first())!;
    const gone = { ...before, deletedAt: '2026-03-02T00:00:00.000Z', version: before.version + 1 };
    await db.transaction('rw', db.cases, db.counters, async () => {
      await db.cases.put(gone);
      await recordCaseChanges(db.counters, [{ before, after: gone }]);
    });
    expect(await own.caseList.nationalities()).toEqual(['IN', 'ZA']);
  });
});
