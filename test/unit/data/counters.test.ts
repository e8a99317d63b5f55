/**
 * The caseload counters (data/counters.ts) against a full recount: after
 * thousands of random operations through the repositories — the one write
 * path — every counter equals what counting every stored case gives, and the
 * dashboard's figures equal the same figures counted case by case.
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { caseCounterKeys, countCases, COUNTER, DAY_COUNTERS, recordCaseChanges, recount } from '../../../renderer/src/data/counters';
import { HomewardDb, SCHEMA_V3, SCHEMA_V6, SCHEMA_V8, SCHEMA_V9_SYNC } from '../../../renderer/src/data/db';
import type { Repositories } from '../../../renderer/src/data/repositories';
import { generateDataset } from '../../../scripts/seed/generate';
import { contactStatusOf, type ListContext } from '../../../shared/domain/case-list';
import { contactLostBefore } from '../../../shared/domain/contact-status';
import type { Case } from '../../../shared/schemas/case';
import { CaseStatus, ClosureReason, ContactOutcome, CurrentSituation, RecruitmentMethod } from '../../../shared/taxonomy';
import { caseInput, contactInput, setUpWorkstation, testClock } from './fixtures';
import { caseFacts, derivedOpenCase } from './upgrade-fixtures';

/** A small deterministic generator (mulberry32), so a failure replays. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]! };
}

async function stored(db: HomewardDb): Promise<Map<string, number>> {
  return new Map((await db.counters.toArray()).map((r) => [r.key, r.count]));
}

async function expectRecount(db: HomewardDb): Promise<void> {
  expect(await stored(db)).toEqual(countCases(await db.cases.toArray()));
}

const NATIONALITIES = ['ZA', 'NP', 'IN', 'KE', 'TJ'];

describe('caseload counters', () => {
  it('equal a full recount after thousands of random operations through the write path', { timeout: 240_000 }, async () => {
    const clock = testClock(Date.parse('2025-06-01T09:00:00Z'));
    const { db, repos, supervisor, officer } = await setUpWorkstation(clock);
    const actor = supervisor.id;
    const rng = random(13);
    const assignees = [officer.id, actor, null];
    const ids: string[] = [];
    const current = async (): Promise<Case> => (await repos.cases.get(rng.pick(ids)))!;
    let refused = 0;

    const operations: Record<string, () => Promise<unknown>> = {
      create: async () => {
        const input = caseInput({ fullName: `Person ${ids.length}`, nationality: rng.pick(NATIONALITIES), passportNumber: '' });
        const reportedBy = { ...input.reportedBy, reportedOn: clock.today() };
        ids.push((await repos.cases.create({ ...input, reportedBy, situation: rng.pick(CurrentSituation.codes) }, rng.pick([officer.id, actor]))).id);
      },
      status: async () => {
        const c = await current();
        const status = rng.pick(CaseStatus.codes);
        await repos.cases.changeStatus(c.id, c.version, { status, closureReason: status === 'closed' ? rng.pick(ClosureReason.codes) : null }, actor);
      },
      close: async () => {
        const c = await current();
        await repos.cases.changeStatus(c.id, c.version, { status: 'closed', closureReason: rng.pick(ClosureReason.codes) }, actor);
      },
      nationality: async () => {
        const c = await current();
        await repos.cases.updateSection(c.id, c.version, 'person', { ...c.person, nationality: rng.pick(NATIONALITIES) }, actor);
      },
      situation: async () => {
        const c = await current();
        await repos.cases.updateSection(c.id, c.version, 'whereabouts', { ...c.whereabouts, situation: rng.pick(CurrentSituation.codes) }, actor);
      },
      methods: async () => {
        const c = await current();
        const methods = RecruitmentMethod.codes.filter(() => rng.next() < 0.3);
        await repos.cases.updateSection(c.id, c.version, 'recruitment', { ...c.recruitment, methods }, actor);
      },
      assignee: async () => repos.cases.reassign([rng.pick(ids)], rng.pick(assignees), 'Workload', actor),
      contact: async () => {
        clock.advanceDays(rng.pick([0, 1, 5]));
        const at = new Date(Date.parse(clock.now()) - 3_600_000).toISOString();
        await repos.contactLog.add(rng.pick(ids), contactInput(at, rng.pick(ContactOutcome.codes), rng.pick(['citizen', 'family'] as const)), actor);
      },
      removeContact: async () => {
        const entries = await repos.contactLog.forCase(rng.pick(ids));
        if (entries.length > 0) {
          const entry = rng.pick(entries);
          await repos.contactLog.remove(entry.id, entry.version, actor);
        }
      },
      followUp: async () => {
        const dueOn = new Date(Date.parse(clock.now()) + (rng.next() - 0.5) * 20 * 86_400_000).toISOString().slice(0, 10);
        await repos.followUps.add(rng.pick(ids), { title: 'Call back', dueOn, assigneeId: officer.id, done: false }, actor);
      },
      followUpDone: async () => {
        const open = (await repos.followUps.forCase(rng.pick(ids))).filter((f) => !f.done);
        if (open.length > 0) {
          const f = rng.pick(open);
          await repos.followUps.update(f.id, f.version, { title: f.title, dueOn: f.dueOn, assigneeId: f.assigneeId, done: true }, actor);
        }
      },
      removeFollowUp: async () => {
        const all = await repos.followUps.forCase(rng.pick(ids));
        if (all.length > 0) {
          const f = rng.pick(all);
          await repos.followUps.remove(f.id, f.version, actor);
        }
      },
      import: async () => {
        const seeded = generateDataset({ seed: Math.floor(rng.next() * 1e9), today: clock.today(), cases: 3 }).cases;
        await repos.caseImport.commit(
          seeded.map((c) => ({ case: { ...c.case, reference: '' }, contacts: c.contacts, followUps: c.followUps })),
          actor,
        );
        ids.push(...seeded.map((c) => c.case.id));
      },
    };
    const names = Object.keys(operations);

    for (let i = 0; i < 10; i++) await operations['create']!();
    for (let step = 1; step <= 2000; step++) {
      const name = rng.next() < 0.05 ? 'create' : rng.pick(names);
      try {
        await operations[name]!();
      } catch (error) {
        // A change the rules refuse (a status the lifecycle does not allow from here…) stores nothing: still counted right.
        if (!(error instanceof Error) || error.name === 'AssertionError') throw error;
        refused += 1;
      }
      if (step % 250 === 0) await expectRecount(db);
    }
    await expectRecount(db);
    // The dashboard reads every counter but the day counters as the one range below their prefix.
    const keys = [...(await stored(db)).keys()];
    expect(keys.filter((key) => !key.startsWith(DAY_COUNTERS) && key >= DAY_COUNTERS)).toEqual([]);
    expect(keys.some((key) => key.startsWith(DAY_COUNTERS))).toBe(true);
    // The run did what it set out to: most operations stored something.
    expect(refused).toBeLessThan(400);
    expect((await db.cases.count())).toBeGreaterThan(100);

    await expectDashboardEqualsRecount(db, repos, [officer.id, actor]);
  });

  it('count a tombstoned case nowhere, and take pulled changes through the sync hook', async () => {
    const { db, repos, officer } = await setUpWorkstation();
    const made = await repos.cases.create(caseInput({ nationality: 'NP' }), officer.id);
    const before = (await db.cases.get(made.id))!;
    const gone: Case = { ...before, deletedAt: '2026-03-02T00:00:00.000Z', version: before.version + 1 };
    await db.transaction('rw', db.cases, db.counters, async () => {
      await db.cases.put(gone);
      await recordCaseChanges(db.counters, [{ before, after: gone }]);
    });
    expect(caseCounterKeys(gone)).toEqual([]);
    expect(await db.counters.count()).toBe(0);
    await expectRecount(db);
    // Never reached and opened long before: stale, had it not been removed (the cut-off's day is read from an index).
    const figures = await repos.dashboard.figures({ now: '2026-06-01T00:00:00.000Z', today: '2026-06-01', contactLostDays: 14 }, [officer.id]);
    expect([figures.total, figures.stale]).toEqual([0, 0]);
  });

  it('give stale cases and Contact lost to the moment, on the cut-off day too', async () => {
    const clock = testClock(Date.parse('2026-02-01T09:00:00Z'));
    const { db, repos, officer } = await setUpWorkstation(clock);
    const make = async (name: string) => {
      const input = caseInput({ fullName: name, passportNumber: '' });
      return (await repos.cases.create({ ...input, reportedBy: { ...input.reportedBy, reportedOn: clock.today() } }, officer.id)).id;
    };
    const reached = ['2026-03-01T06:00:00.000Z', '2026-03-01T12:00:00.000Z', '2026-03-01T23:59:00.000Z', '2026-02-28T18:00:00.000Z'];
    const reachedIds = [];
    for (const at of reached) reachedIds.push(await make(`Reached ${at}`));
    await make('Never reached');
    const dueIds = [];
    for (const dueOn of ['2026-03-14', '2026-03-15', '2026-03-16']) dueIds.push([await make(`Due ${dueOn}`), dueOn] as const);
    clock.advanceDays(30);
    // Successful contacts on 1 March at 06:00, 12:00 and 23:59, one on 28 February, one case never reached (opened 1 February).
    for (const [i, at] of reached.entries()) await repos.contactLog.add(reachedIds[i]!, contactInput(at, 'proof_of_life'), officer.id);
    for (const [id, dueOn] of dueIds) await repos.followUps.add(id, { title: 'Call back', dueOn, assigneeId: officer.id, done: false }, officer.id);
    const cases = await db.cases.toArray();
    // Fourteen days on: the cut-off crosses 1 March hour by hour.
    for (const now of ['2026-03-15T00:00:00.000Z', '2026-03-15T05:59:59.999Z', '2026-03-15T06:00:00.000Z', '2026-03-15T06:00:00.001Z', '2026-03-15T12:00:00.000Z', '2026-03-15T23:59:00.000Z', '2026-03-16T00:00:00.000Z', '2026-03-16T00:00:00.001Z']) {
      const context: ListContext = { now, today: now.slice(0, 10), contactLostDays: 14 };
      const figures = await repos.dashboard.figures(context, [officer.id]);
      const lostBefore = contactLostBefore(now, 14);
      const contact = (code: string) => cases.filter((c) => contactStatusOf(c, context) === code).length;
      expect({ now, stale: figures.stale, lost: figures.byContactStatus.find((c) => c.key === 'contact_lost')?.count, inContact: figures.byContactStatus.find((c) => c.key === 'in_contact')?.count, overdue: figures.overdueFollowUps }).toEqual({
        now,
        stale: cases.filter((c) => c.derived.open === 1 && c.derived.activityAt <= lostBefore).length,
        lost: contact('contact_lost'),
        inContact: contact('in_contact'),
        overdue: cases.filter((c) => c.derived.nextFollowUpDue !== null && c.derived.nextFollowUpDue < context.today).length,
      });
    }
    // The moments above saw every count from none to all: the test tells each day and time apart.
    const at = async (now: string) => (await repos.dashboard.figures({ now, today: now.slice(0, 10), contactLostDays: 14 }, [])).byContactStatus.find((c) => c.key === 'contact_lost')?.count;
    expect([await at('2026-03-14T12:00:00.000Z'), await at('2026-03-15T06:00:00.000Z'), await at('2026-03-15T12:00:00.000Z'), await at('2026-03-16T00:00:00.000Z')]).toEqual([0, 2, 3, 4]);
  });

  it('are built by the version 8 upgrade from the cases stored before', async () => {
    const { db, repos, officer } = await setUpWorkstation();
    await repos.cases.create(caseInput({ nationality: 'KE' }), officer.id);
    await repos.cases.create(caseInput({ nationality: 'KE', fullName: 'Brian Otieno', passportNumber: '' }), officer.id);
    const counted = await stored(db);
    expect(counted.get(COUNTER.nationality('KE'))).toBe(2);
    // What the upgrade runs: a recount over the stored cases replaces the counters.
    await db.counters.clear();
    await db.transaction('rw', db.cases, db.counters, () => recount(db));
    expect(await stored(db)).toEqual(counted);
  });

  it.each([
    ['from index keys', false],
    ['by a recount where a case is a tombstone', true],
  ])('gain the day counters in the version 10 upgrade, %s', async (_how, withTombstone) => {
    const indexedDB = new IDBFactory();
    const name = `upgrade-${crypto.randomUUID()}`;
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    old.version(4).stores(SCHEMA_V3);
    old.version(6).stores(SCHEMA_V6);
    old.version(8).stores(SCHEMA_V8);
    old.version(9).stores(SCHEMA_V9_SYNC);
    const stored9 = (id: string, reference: string, fullName: string, derived: object, deletedAt: string | null = null) => ({
      ...caseFacts(id, reference, fullName, []),
      closedAt: null,
      derived: { ...derivedOpenCase(['x'], ['x'], fullName.toLowerCase()), ...derived },
      deletedAt,
    });
    // Never reached (open since 10 January); reached on 2 March with a follow-up due on 9 March; a tombstone reached on 3 March.
    const inContact = { contactBasis: 'in_contact', lastContactAt: '2026-03-02T15:00:00.000Z', activityAt: '2026-03-02T15:00:00.000Z', nextFollowUpDue: '2026-03-09' };
    await old.table('cases').bulkAdd([
      stored9('6f1c2d3e-4a5b-4c6d-8e7f-000000000010', 'ZA-MOW-2026-0010', 'Sipho Dlamini', {}),
      stored9('6f1c2d3e-4a5b-4c6d-8e7f-000000000011', 'ZA-MOW-2026-0011', 'Bongani Zulu', inContact),
      ...(withTombstone ? [stored9('6f1c2d3e-4a5b-4c6d-8e7f-000000000012', 'ZA-MOW-2026-0012', 'Thabo Nkosi', { ...inContact, lastContactAt: '2026-03-03T09:00:00.000Z' }, '2026-03-04T00:00:00.000Z')] : []),
    ]);
    // Version 9's counters of the two live cases, written out: no day counters.
    const counted9 = { total: 2, 'status:reported': 2, 'contactBasis:not_contacted': 1, 'contactBasis:in_contact': 1, 'nationality:KZ': 2, 'situation:deployed': 2, 'opened:2026-01': 2, 'openAssignee:': 2 };
    await old.table('counters').bulkAdd(Object.entries(counted9).map(([key, count]) => ({ key, count })));
    old.close();

    const db = new HomewardDb(name, { indexedDB, IDBKeyRange });
    expect(db.verno).toBe(10);
    const counters = await stored(db);
    expect([COUNTER.openActivityDay('2026-01-10'), COUNTER.openActivityDay('2026-03-02'), COUNTER.inContactDay('2026-03-02'), COUNTER.followUpDueDay('2026-03-09')].map((key) => counters.get(key))).toEqual([1, 1, 1, 1]);
    expect(counters.has(COUNTER.inContactDay('2026-03-03'))).toBe(false);
    expect(counters).toEqual(countCases(await db.cases.toArray()));
    db.close();
  });
});

/** The dashboard's every figure, against the same figures counted case by case. */
async function expectDashboardEqualsRecount(db: HomewardDb, repos: Repositories, officerIds: string[]): Promise<void> {
  const context = repos.caseList.context(14);
  const figures = await repos.dashboard.figures(context, officerIds);
  const cases = (await db.cases.toArray()).filter((c) => c.deletedAt === null);
  const tally = (key: (c: Case) => string | null) => {
    const counts = new Map<string, number>();
    for (const c of cases) {
      const k = key(c);
      if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    return counts;
  };
  expect(figures.total).toBe(cases.length);
  const status = tally((c) => c.status);
  expect(figures.byStatus).toEqual(CaseStatus.codes.map((key) => ({ key, count: status.get(key) ?? 0 })));
  const contact = tally((c) => contactStatusOf(c, context));
  expect(figures.byContactStatus.map((c) => [c.key, c.count])).toEqual(figures.byContactStatus.map((c) => [c.key, contact.get(c.key) ?? 0]));
  expect(new Map(figures.byNationality.map((c) => [c.key, c.count]))).toEqual(tally((c) => c.person.nationality));
  expect(new Map(figures.bySituation.map((c) => [c.key, c.count]))).toEqual(tally((c) => c.whereabouts.situation));
  const open = tally((c) => (c.derived.open === 1 ? (c.assigneeId ?? 'unassigned') : null));
  expect(figures.openPerOfficer).toEqual([...officerIds, 'unassigned'].map((key) => ({ key, count: open.get(key) ?? 0 })));
  const opened = tally((c) => c.openedOn.slice(0, 7));
  const closed = tally((c) => c.closedAt?.slice(0, 7) ?? null);
  expect(figures.perMonth).toEqual(figures.perMonth.map(({ month }) => ({ month, opened: opened.get(month) ?? 0, closed: closed.get(month) ?? 0 })));
  expect(figures.perMonth.some((m) => m.opened > 0) && figures.perMonth.some((m) => m.closed > 0)).toBe(true);
  expect(figures.overdueFollowUps).toBe(cases.filter((c) => c.derived.nextFollowUpDue !== null && c.derived.nextFollowUpDue < context.today).length);
  const lostBefore = contactLostBefore(context.now, context.contactLostDays);
  expect(figures.stale).toBe(cases.filter((c) => c.derived.open === 1 && c.derived.activityAt <= lostBefore).length);
  expect(figures.stale > 0 && figures.overdueFollowUps > 0).toBe(true);
}
