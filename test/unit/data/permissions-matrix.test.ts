/**
 * The permission matrix: every repository action that writes (and the
 * access-log reads), run as an officer on their own case, on someone else's
 * case and on an unassigned case, and as a supervisor. A refusal must raise
 * PermissionDeniedError, write nothing, and leave one "denied" record in the
 * access log; an allowed action must succeed. Each test's name is one cell:
 * the vitest listing reads as the matrix.
 */
import { describe, expect, it } from 'vitest';
import type { Action } from '../../../shared/domain/permissions';
import type { ContactEntry } from '../../../shared/schemas/contact';
import type { FollowUp } from '../../../shared/schemas/follow-up';
import type { HomewardDb } from '../../../renderer/src/data/db';
import { PermissionDeniedError } from '../../../renderer/src/data/errors';
import type { Repositories } from '../../../renderer/src/data/repositories';
import { generateDataset } from '../../../scripts/seed/generate';
import { caseInput, contactInput, setUpWorkstation, TEST_PASSPHRASE } from './fixtures';
import { openedAll } from '../../../renderer/src/data/vault/sealed-record';

/** One generated case as an import brings it, without a reference of its own. */
const importedCase = () => ({ case: { ...generateDataset({ seed: 3, today: '2026-03-01', cases: 1 }).cases[0]!.case, reference: '' } });

type Outcome = 'allowed' | 'refused';

const COLUMNS = ['officer · own case', 'officer · someone else’s case', 'officer · unassigned case', 'supervisor'] as const;
type Column = (typeof COLUMNS)[number];

/** A workstation with a supervisor, the acting officer, a second officer, and a case of each kind with its records. */
interface World {
  db: HomewardDb;
  repos: Repositories;
  supervisor: string;
  officer: string;
  otherOfficer: string;
  /** The case each column acts on. */
  target: string;
  /** An unassigned case anyone may edit: the other half of a possible-duplicate link. */
  spare: string;
  contact: ContactEntry;
  followUp: FollowUp;
  groupId: string;
  groupVersion: number;
}

interface Cell {
  actor: string;
  world: World;
}

interface Row {
  action: string;
  /** The permission the data layer checks, as recorded in the access log when refused. */
  permission: Action;
  expected: Record<Column, Outcome>;
  /** Reads write nothing when allowed either. */
  read?: boolean;
  /** Puts what the action needs in place (as the supervisor), before the "nothing written" snapshot. */
  prepare?: (world: World) => Promise<unknown>;
  run: (cell: Cell, prepared: unknown) => Promise<unknown>;
}

const EDIT: Record<Column, Outcome> = {
  'officer · own case': 'allowed',
  'officer · someone else’s case': 'refused',
  'officer · unassigned case': 'allowed',
  supervisor: 'allowed',
};
const SUPERVISOR_ONLY: Record<Column, Outcome> = {
  'officer · own case': 'refused',
  'officer · someone else’s case': 'refused',
  'officer · unassigned case': 'refused',
  supervisor: 'allowed',
};
const EVERYONE: Record<Column, Outcome> = {
  'officer · own case': 'allowed',
  'officer · someone else’s case': 'allowed',
  'officer · unassigned case': 'allowed',
  supervisor: 'allowed',
};

const passphrase = { passphrase: 'a brand new passphrase', confirmation: 'a brand new passphrase' };

const ROWS: Row[] = [
  { action: 'cases.create', permission: 'case.create', expected: EVERYONE, run: ({ world, actor }) => world.repos.cases.create(caseInput({ fullName: 'Amit Kumar', passportNumber: '' }), actor) },
  {
    action: 'cases.updateSection (Overview)',
    permission: 'case.edit',
    expected: EDIT,
    run: async ({ world, actor }) => {
      const c = (await world.repos.cases.get(world.target))!;
      return world.repos.cases.updateSection(c.id, c.version, 'overview', { priority: 'critical', flags: [], notes: 'Call the sister.' }, actor);
    },
  },
  {
    action: 'cases.updateStep',
    permission: 'case.edit',
    expected: EDIT,
    run: async ({ world, actor }) => {
      const c = (await world.repos.cases.get(world.target))!;
      return world.repos.cases.updateStep(c.id, c.version, { step: 'identity_verified', state: 'done', date: '2026-02-28', reference: '', note: '' }, actor);
    },
  },
  {
    action: 'cases.changeStatus (to an open status)',
    permission: 'case.edit',
    expected: EDIT,
    run: async ({ world, actor }) => {
      const c = (await world.repos.cases.get(world.target))!;
      return world.repos.cases.changeStatus(c.id, c.version, { status: 'verifying', closureReason: null }, actor);
    },
  },
  {
    action: 'cases.changeStatus (close)',
    permission: 'case.close',
    expected: SUPERVISOR_ONLY,
    run: async ({ world, actor }) => {
      const c = (await world.repos.cases.get(world.target))!;
      return world.repos.cases.changeStatus(c.id, c.version, { status: 'closed', closureReason: 'duplicate' }, actor);
    },
  },
  {
    action: 'cases.reassign',
    permission: 'case.reassign',
    expected: SUPERVISOR_ONLY,
    run: ({ world, actor }) => world.repos.cases.reassign([world.target], world.supervisor, 'Officer on leave', actor),
  },
  { action: 'caseImport.commit (taken by the importer)', permission: 'case.create', expected: EVERYONE, run: ({ world, actor }) => world.repos.caseImport.commit([importedCase()], actor, { assignTo: actor }) },
  {
    action: 'caseImport.commit (given to another officer)',
    permission: 'case.reassign',
    expected: SUPERVISOR_ONLY,
    run: ({ world, actor }) => world.repos.caseImport.commit([importedCase()], actor, { assignTo: world.otherOfficer }),
  },
  { action: 'cases.setGroups', permission: 'case.edit', expected: EDIT, run: ({ world, actor }) => world.repos.cases.setGroups(world.target, [world.groupId], actor) },
  {
    action: 'cases.markPossibleDuplicate',
    permission: 'case.edit',
    expected: EDIT,
    run: ({ world, actor }) => world.repos.cases.markPossibleDuplicate(world.target, world.spare, actor),
  },
  {
    action: 'contactLog.add',
    permission: 'case.edit',
    expected: EDIT,
    run: ({ world, actor }) => world.repos.contactLog.add(world.target, contactInput('2026-02-28T12:00:00.000Z', 'reached'), actor),
  },
  {
    action: 'contactLog.update',
    permission: 'case.edit',
    expected: EDIT,
    run: ({ world, actor }) =>
      world.repos.contactLog.update(world.contact.id, world.contact.version, { ...contactInput(world.contact.at, 'message_left'), summary: 'Left a voice message.' }, actor),
  },
  { action: 'contactLog.remove', permission: 'case.edit', expected: EDIT, run: ({ world, actor }) => world.repos.contactLog.remove(world.contact.id, world.contact.version, actor) },
  {
    action: 'followUps.add',
    permission: 'case.edit',
    expected: EDIT,
    run: ({ world, actor }) => world.repos.followUps.add(world.target, { title: 'Call ICRC', dueOn: '2026-03-05', assigneeId: null, done: false }, actor),
  },
  {
    action: 'followUps.update',
    permission: 'case.edit',
    expected: EDIT,
    run: ({ world, actor }) =>
      world.repos.followUps.update(world.followUp.id, world.followUp.version, { title: world.followUp.title, dueOn: world.followUp.dueOn, assigneeId: null, done: true }, actor),
  },
  { action: 'followUps.remove', permission: 'case.edit', expected: EDIT, run: ({ world, actor }) => world.repos.followUps.remove(world.followUp.id, world.followUp.version, actor) },
  { action: 'groups.create', permission: 'group.manage', expected: EVERYONE, run: ({ world, actor }) => world.repos.groups.create({ name: 'Kenyans — fake job offers', note: '' }, actor) },
  {
    action: 'groups.update',
    permission: 'group.manage',
    expected: EVERYONE,
    run: ({ world, actor }) => world.repos.groups.update(world.groupId, world.groupVersion, { name: '17 South Africans — Donetsk', note: 'Renamed' }, actor),
  },
  { action: 'groups.addCases', permission: 'case.edit', expected: EDIT, run: ({ world, actor }) => world.repos.groups.addCases(world.groupId, [world.target], actor) },
  {
    action: 'closure.request',
    permission: 'case.requestClosure',
    expected: EDIT,
    run: ({ world, actor }) => world.repos.closure.request(world.target, { reason: 'duplicate', note: 'Same person as another case.' }, actor),
  },
  {
    action: 'closure.approve',
    permission: 'case.approveClosure',
    expected: SUPERVISOR_ONLY,
    prepare: (world) => world.repos.closure.request(world.target, { reason: 'duplicate', note: '' }, world.supervisor),
    run: ({ world, actor }, request) => {
      const { id, version } = request as { id: string; version: number };
      return world.repos.closure.approve(id, version, '', actor);
    },
  },
  {
    action: 'closure.returnToOfficer',
    permission: 'case.approveClosure',
    expected: SUPERVISOR_ONLY,
    prepare: (world) => world.repos.closure.request(world.target, { reason: 'duplicate', note: '' }, world.supervisor),
    run: ({ world, actor }, request) => {
      const { id, version } = request as { id: string; version: number };
      return world.repos.closure.returnToOfficer(id, version, 'Not the same person: check the passport.', actor);
    },
  },
  {
    action: 'staff.create',
    permission: 'staff.manage',
    expected: SUPERVISOR_ONLY,
    run: ({ world, actor }) => world.repos.staff.create({ name: 'Pieter Botha', role: 'officer', passphrase }, actor),
  },
  {
    action: 'staff.setActive',
    permission: 'staff.manage',
    expected: SUPERVISOR_ONLY,
    run: async ({ world, actor }) => {
      const other = (await world.repos.staff.get(world.otherOfficer))!;
      return world.repos.staff.setActive(other.id, other.version, false, actor);
    },
  },
  {
    action: 'staff.changeRole',
    permission: 'staff.manage',
    expected: SUPERVISOR_ONLY,
    run: async ({ world, actor }) => {
      const other = (await world.repos.staff.get(world.otherOfficer))!;
      return world.repos.staff.changeRole(other.id, other.version, 'supervisor', actor);
    },
  },
  { action: 'staff.setPassphrase (own profile)', permission: 'staff.manage', expected: EVERYONE, run: ({ world, actor }) => world.repos.staff.setPassphrase(actor, passphrase, actor) },
  {
    action: 'staff.setPassphrase (another profile)',
    permission: 'staff.manage',
    expected: SUPERVISOR_ONLY,
    run: ({ world, actor }) => world.repos.staff.setPassphrase(world.otherOfficer, passphrase, actor),
  },
  {
    action: 'settings.changeWorkstation',
    permission: 'settings.change',
    expected: SUPERVISOR_ONLY,
    run: async ({ world, actor }) => {
      const current = (await world.repos.settings.workstation())!;
      return world.repos.settings.changeWorkstation({ ...current, contactLostDays: 21 }, actor);
    },
  },
  { action: 'accessLog.forCase', permission: 'accessLog.read', expected: SUPERVISOR_ONLY, read: true, run: ({ world, actor }) => world.repos.accessLog.forCase(world.target, actor) },
  {
    action: 'accessLog.forProfile',
    permission: 'accessLog.read',
    expected: SUPERVISOR_ONLY,
    read: true,
    run: ({ world, actor }) => world.repos.accessLog.forProfile(world.otherOfficer, actor),
  },
];

/** A fresh workstation for each cell, so that no cell sees another's writes. */
async function buildWorld(column: Column): Promise<{ world: World; actor: string }> {
  const { db, repos, supervisor, officer } = await setUpWorkstation();
  const otherOfficer = (await repos.staff.create({ name: 'Lerato Mahlangu', role: 'officer', passphrase: { passphrase: TEST_PASSPHRASE, confirmation: TEST_PASSPHRASE } }, supervisor.id)).id;
  const open = async (fullName: string, creator: string, assigneeId: string | null) => {
    const created = await repos.cases.create(caseInput({ fullName, passportNumber: '', otherNames: [] }), creator);
    if (assigneeId !== created.assigneeId) await repos.cases.reassign([created.id], assigneeId, 'Set up for the test', supervisor.id);
    return created.id;
  };
  const own = await open('Sipho Dlamini', officer.id, officer.id);
  const othersCase = await open('Bongani Zulu', otherOfficer, otherOfficer);
  const unassigned = await open('Ramesh Thapa', officer.id, null);
  const spare = await open('Gurpreet Singh', officer.id, null);
  const target = column === 'officer · someone else’s case' ? othersCase : column === 'officer · unassigned case' ? unassigned : own;
  const contact = await repos.contactLog.add(target, contactInput('2026-02-27T09:00:00.000Z', 'no_answer'), supervisor.id);
  const followUp = await repos.followUps.add(target, { title: 'Call the sister', dueOn: '2026-03-03', assigneeId: null, done: false }, supervisor.id);
  const group = await repos.groups.create({ name: '17 South Africans — Donetsk distress signals', note: '' }, supervisor.id);
  const world: World = { db, repos, supervisor: supervisor.id, officer: officer.id, otherOfficer, target, spare, contact, followUp, groupId: group.id, groupVersion: group.version };
  return { world, actor: column === 'supervisor' ? supervisor.id : officer.id };
}

/** Everything stored but the access log, which a refusal is meant to write to (and the sync outbox's rows for it). */
async function contents(db: HomewardDb) {
  const tables = db.tables.filter((t) => t.name !== 'accessLog');
  const rows = async (t: (typeof tables)[number]) => {
    const all = (await t.toArray()) as { table?: string }[];
    return t.name === 'syncOutbox' ? all.filter((row) => row.table !== 'accessLog') : all;
  };
  return Object.fromEntries(await Promise.all(tables.map(async (t) => [t.name, await rows(t)] as const)));
}

const width = Math.max(...ROWS.map((r) => r.action.length));

for (const row of ROWS) {
  describe(row.action.padEnd(width), () => {
    for (const column of COLUMNS) {
      const outcome = row.expected[column];
      it(`${column.padEnd(30)} ${outcome}`, async () => {
        const { world, actor } = await buildWorld(column);
        const prepared = row.prepare ? await row.prepare(world) : undefined;
        const before = await contents(world.db);
        const loggedBefore = await world.db.accessLog.count();
        const result = await row.run({ world, actor }, prepared).then(
          () => 'allowed' as const,
          (error: unknown) => {
            if (error instanceof PermissionDeniedError) return 'refused' as const;
            throw error;
          },
        );
        expect(result).toBe(outcome);
        const after = await contents(world.db);
        const logged = await openedAll(world.db, 'accessLog', await world.db.accessLog.orderBy('at').offset(loggedBefore).toArray());
        if (outcome === 'refused') {
          expect(after).toEqual(before);
          expect(logged).toMatchObject([{ kind: 'denied', actorId: actor, detail: row.permission }]);
        } else {
          expect(logged.filter((r) => r.kind === 'denied')).toEqual([]);
          if (!row.read) expect(after).not.toEqual(before);
        }
      });
    }
  });
}
