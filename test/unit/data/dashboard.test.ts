/**
 * The supervisor dashboard's figures against a seeded set whose every number
 * is known, and each figure against the case list filtered the way the
 * dashboard links it: following a bar lists exactly the cases it counted.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Repositories } from '../../../renderer/src/data/repositories';
import type { CaseFilter, ListContext } from '../../../shared/domain/case-list';
import type { DashboardFigures } from '../../../renderer/src/data/repositories/dashboard';
import { DASHBOARD_FILTERS } from '../../../renderer/src/features/dashboard/dashboard-filters';
import type { NewCaseInput } from '../../../shared/domain/new-case';
import type { CurrentSituationCode, RecruitmentMethodCode } from '../../../shared/taxonomy';
import { caseInput, contactInput, setUpWorkstation, testClock, type TestClock } from './fixtures';

let repos: Repositories;
let clock: TestClock;
let context: ListContext;
let figures: DashboardFigures;
const profile = { supervisor: '', officer: '', other: '' };
const ids = new Map<string, string>();

async function open(name: string, nationality: string, situation: NewCaseInput['situation'], actorId: string): Promise<string> {
  const input = caseInput({ fullName: name, otherNames: [], nationality, passportNumber: '' });
  const created = await repos.cases.create({ ...input, situation, reportedBy: { ...input.reportedBy, reportedOn: clock.today() } }, actorId);
  ids.set(name, created.id);
  return created.id;
}

async function setMethods(name: string, methods: RecruitmentMethodCode[]) {
  const current = (await repos.cases.get(ids.get(name)!))!;
  await repos.cases.updateSection(current.id, current.version, 'recruitment', { ...current.recruitment, methods }, profile.supervisor);
}

beforeAll(async () => {
  // Mid-December 2025 to 10 March 2026: cases opened in three months, one closed in February.
  const setup = await setUpWorkstation(testClock(Date.parse('2025-12-15T09:00:00Z')));
  repos = setup.repos;
  clock = setup.clock;
  profile.supervisor = setup.supervisor.id;
  profile.officer = setup.officer.id;
  const passphrase = { passphrase: 'another long passphrase', confirmation: 'another long passphrase' };
  profile.other = (await repos.staff.create({ name: 'Pieter Botha', role: 'officer', passphrase }, profile.supervisor)).id;

  await open('Sipho Dlamini', 'ZA', 'deployed', profile.officer);
  await open('Bongani Zulu', 'ZA', 'injured', profile.officer);

  clock.advanceDays(36); // 2026-01-20
  const ramesh = await open('Ramesh Thapa', 'NP', 'deployed', profile.officer);
  const gurpreet = await open('Gurpreet Singh', 'IN', 'prisoner_of_war', profile.officer);
  await repos.cases.reassign([ramesh], profile.other, 'Speaks Nepali', profile.supervisor);

  clock.advanceDays(36); // 2026-02-25
  const brian = await open('Brian Otieno', 'KE', 'escaped', profile.officer);
  const lindiwe = await open('Lindiwe Khumalo', 'ZA', 'unknown', profile.supervisor);
  await repos.cases.reassign([brian], null, 'Back to the pool', profile.supervisor);
  await repos.cases.changeStatus(gurpreet, 1, { status: 'closed', closureReason: 'duplicate' }, profile.supervisor);

  clock.advanceDays(13); // 2026-03-10
  const sipho = ids.get('Sipho Dlamini')!;
  const bongani = ids.get('Bongani Zulu')!;
  await setMethods('Sipho Dlamini', ['false_job_offer']);
  await setMethods('Ramesh Thapa', ['false_job_offer', 'cash_inducement']);
  await setMethods('Gurpreet Singh', ['recruitment_debt']);
  // Sipho: proof of life long ago (contact lost, stale); Bongani: reached five days ago; Brian: attempts only.
  await repos.contactLog.add(sipho, contactInput('2026-01-01T10:00:00.000Z', 'proof_of_life'), profile.officer);
  await repos.contactLog.add(bongani, contactInput('2026-03-05T10:00:00.000Z', 'reached'), profile.officer);
  await repos.cases.changeStatus(bongani, (await repos.cases.get(bongani))!.version, { status: 'in_contact', closureReason: null }, profile.officer);
  await repos.contactLog.add(brian, contactInput('2026-03-09T10:00:00.000Z', 'no_answer'), profile.officer);
  // Lindiwe's follow-up is overdue; Brian's is not yet due; a done one never counts.
  await repos.followUps.add(lindiwe, { title: 'Call the family', dueOn: '2026-03-01', assigneeId: profile.supervisor, done: false }, profile.supervisor);
  await repos.followUps.add(brian, { title: 'Call again', dueOn: '2026-03-20', assigneeId: profile.officer, done: false }, profile.officer);
  await repos.followUps.add(bongani, { title: 'Ask the hospital', dueOn: '2026-03-02', assigneeId: profile.officer, done: true }, profile.officer);
  // Ramesh: a request waits; Sipho: a request was returned.
  await repos.closure.request(ramesh, { reason: 'referred_elsewhere', note: '' }, profile.other);
  const returned = await repos.closure.request(sipho, { reason: 'declined_assistance', note: '' }, profile.officer);
  await repos.closure.returnToOfficer(returned.id, returned.version, 'He asked for help again on the phone.', profile.supervisor);

  context = repos.caseList.context(14);
  figures = await repos.dashboard.figures(context, [profile.supervisor, profile.officer, profile.other]);
});

describe('dashboard figures on a seeded set', () => {
  it('counts every case, by status and by contact status in lifecycle order, zeros included', () => {
    expect(figures.total).toBe(6);
    expect(figures.byStatus).toEqual([
      { key: 'reported', count: 4 },
      { key: 'verifying', count: 0 },
      { key: 'locating', count: 0 },
      { key: 'in_contact', count: 1 },
      { key: 'repatriation', count: 0 },
      { key: 'returned', count: 0 },
      { key: 'closed', count: 1 },
    ]);
    expect(figures.byContactStatus).toEqual([
      { key: 'not_contacted', count: 3 },
      { key: 'attempting', count: 1 },
      { key: 'in_contact', count: 1 },
      { key: 'contact_lost', count: 1 },
      { key: 'declines', count: 0 },
      { key: 'deceased', count: 0 },
    ]);
  });

  it('counts by nationality, situation and recruitment method, largest first, without zeros', () => {
    expect(figures.byNationality).toEqual([
      { key: 'ZA', count: 3 },
      { key: 'IN', count: 1 },
      { key: 'KE', count: 1 },
      { key: 'NP', count: 1 },
    ]);
    expect(figures.bySituation).toEqual([
      { key: 'deployed', count: 2 },
      { key: 'escaped', count: 1 },
      { key: 'injured', count: 1 },
      { key: 'prisoner_of_war', count: 1 },
      { key: 'unknown', count: 1 },
    ]);
    expect(figures.byMethod).toEqual([
      { key: 'false_job_offer', count: 2 },
      { key: 'cash_inducement', count: 1 },
      { key: 'recruitment_debt', count: 1 },
    ]);
  });

  it('counts stale cases, overdue follow-ups and waiting closure requests', () => {
    // Stale: Sipho (last success 1 January) and Ramesh (never reached, opened 20 January); Brian and Lindiwe were opened 13 days ago.
    expect(figures.stale).toBe(2);
    expect(figures.overdueFollowUps).toBe(1);
    expect(figures.closureRequestsWaiting).toBe(1);
  });

  it('counts open cases per officer, with the unassigned ones apart', () => {
    expect(figures.openPerOfficer).toEqual([
      { key: profile.supervisor, count: 1 },
      { key: profile.officer, count: 2 },
      { key: profile.other, count: 1 },
      { key: 'unassigned', count: 1 },
    ]);
  });

  it('counts cases opened and closed in each of the last twelve months', () => {
    expect(figures.perMonth.map((m) => m.month)).toEqual([
      '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03',
    ]);
    const active = figures.perMonth.filter((m) => m.opened > 0 || m.closed > 0);
    expect(active).toEqual([
      { month: '2025-12', opened: 2, closed: 0 },
      { month: '2026-01', opened: 2, closed: 0 },
      { month: '2026-02', opened: 2, closed: 1 },
    ]);
  });
});

describe('each dashboard number opens a case list with exactly those cases', () => {
  const listed = async (filter: CaseFilter) => {
    const page = await repos.caseList.page({ filter, sort: 'name', descending: false, offset: 0, limit: 50 }, context);
    const count = await repos.caseList.count(filter, context);
    expect(page.rows).toHaveLength(count);
    return page.rows.map((c) => c.person.fullName).sort();
  };

  it('tiles', async () => {
    expect(await listed(DASHBOARD_FILTERS.open())).toHaveLength(figures.total - 1);
    expect(await listed(DASHBOARD_FILTERS.stale())).toEqual(['Ramesh Thapa', 'Sipho Dlamini']);
    expect(await listed(DASHBOARD_FILTERS.overdueFollowUps())).toEqual(['Lindiwe Khumalo']);
    expect(await listed(DASHBOARD_FILTERS.closureRequestsWaiting())).toEqual(['Ramesh Thapa']);
  });

  it('every bar of every chart', async () => {
    const bars: [string, number, CaseFilter][] = [
      ...figures.byStatus.map((c): [string, number, CaseFilter] => [`status ${c.key}`, c.count, DASHBOARD_FILTERS.status(c.key)]),
      ...figures.byContactStatus.map((c): [string, number, CaseFilter] => [`contact ${c.key}`, c.count, DASHBOARD_FILTERS.contactStatus(c.key)]),
      ...figures.byNationality.map((c): [string, number, CaseFilter] => [`nationality ${c.key}`, c.count, DASHBOARD_FILTERS.nationality(c.key)]),
      ...figures.bySituation.map((c): [string, number, CaseFilter] => [`situation ${c.key}`, c.count, DASHBOARD_FILTERS.situation(c.key as CurrentSituationCode)]),
      ...figures.byMethod.map((c): [string, number, CaseFilter] => [`method ${c.key}`, c.count, DASHBOARD_FILTERS.method(c.key as RecruitmentMethodCode)]),
      ...figures.openPerOfficer.map((c): [string, number, CaseFilter] => [`officer ${c.key}`, c.count, DASHBOARD_FILTERS.officer(c.key)]),
      ...figures.perMonth.flatMap((m): [string, number, CaseFilter][] => [
        [`opened ${m.month}`, m.opened, DASHBOARD_FILTERS.openedIn(m.month)],
        [`closed ${m.month}`, m.closed, DASHBOARD_FILTERS.closedIn(m.month)],
      ]),
    ];
    const mismatches: string[] = [];
    for (const [name, count, filter] of bars) {
      const found = (await listed(filter)).length;
      if (found !== count) mismatches.push(`${name}: dashboard ${count}, list ${found}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('month filters find what was opened and closed in that month', async () => {
    expect(await listed(DASHBOARD_FILTERS.openedIn('2026-01'))).toEqual(['Gurpreet Singh', 'Ramesh Thapa']);
    expect(await listed(DASHBOARD_FILTERS.closedIn('2026-02'))).toEqual(['Gurpreet Singh']);
    expect(await listed(DASHBOARD_FILTERS.officer('unassigned'))).toEqual(['Brian Otieno']);
  });

  it('a filter combined with the closure filter narrows it', async () => {
    expect(await listed({ closureRequested: true, nationality: 'ZA' })).toEqual([]);
    expect(await listed({ closureRequested: true, nationality: 'NP' })).toEqual(['Ramesh Thapa']);
    expect(await listed({ stale: true, nationality: 'ZA' })).toEqual(['Sipho Dlamini']);
  });

  it('the CSV export matcher sees pending closure requests too', async () => {
    const matches = await repos.caseList.matcherFor({ closureRequested: true }, context);
    const all = await repos.cases.getMany([...ids.values()]);
    expect(all.filter(matches).map((c) => c.person.fullName)).toEqual(['Ramesh Thapa']);
  });
});
