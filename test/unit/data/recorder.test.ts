import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { StaleWriteError, ValidationError } from '../../../renderer/src/data/errors';
import { Recorder } from '../../../renderer/src/data/recorder/recorder';
import { createRepositories } from '../../../renderer/src/data/repositories';
import { GroupSchema, type Group } from '../../../shared/schemas/group';
import { caseInput, contactInput, setUpWorkstation, TEST_KDF_ITERATIONS } from './fixtures';
import { openedAll } from '../../../renderer/src/data/vault/sealed-record';

type Workstation = Awaited<ReturnType<typeof setUpWorkstation>>;

const GROUP = { subject: { entity: 'group' as const, caseId: null }, value: { name: 'Rostov' } };

describe('the recorder', () => {
  let ws: Workstation;
  let recorder: Recorder;

  beforeEach(async () => {
    ws = await setUpWorkstation();
    recorder = new Recorder(ws.db, ws.clock);
  });

  function newGroup(name = 'Rostov') {
    return recorder.create('groups', GroupSchema, { name, note: '' }, ws.supervisor.id, { ...GROUP, value: { name } });
  }

  async function groupHistory() {
    return openedAll(ws.db, 'history', await ws.db.history.where('[entity+entityId]').between(['group', ''], ['group', '\uffff']).toArray());
  }

  it('stores a new record with its bookkeeping and its history, and says what it stored', async () => {
    const change = newGroup();
    const stored = await recorder.commit([change]);
    const group = await ws.repos.groups.get(change.key);
    expect(group).toMatchObject({ name: 'Rostov', version: 1, createdBy: ws.supervisor.id, updatedBy: ws.supervisor.id, deletedAt: null });
    expect(await groupHistory()).toEqual([expect.objectContaining({ entityId: change.key, action: 'create', newValue: { name: 'Rostov' } })]);
    expect(stored).toEqual([{ table: 'groups', key: change.key, version: 1, kind: 'create' }]);
  });

  it('writes a change and its history together or not at all', async () => {
    const first = newGroup('Rostov');
    const clash = { ...newGroup('Belgorod'), key: first.key, record: { ...newGroup('Belgorod').record!, id: first.key } };
    await expect(recorder.commit([first, clash])).rejects.toThrow();
    expect(await ws.db.groups.count()).toBe(0);
    expect(await groupHistory()).toEqual([]);
  });

  it('refuses an edit made from a version that is no longer stored, and writes nothing', async () => {
    const created = newGroup();
    await recorder.commit([created]);
    const v1 = created.record! as Group;
    const mine = recorder.edit('groups', GroupSchema, v1, { ...v1, name: 'Mine' }, ws.officer.id, { subject: { entity: 'group', entityId: v1.id, caseId: null } });
    const theirs = recorder.edit('groups', GroupSchema, v1, { ...v1, name: 'Theirs' }, ws.supervisor.id, { subject: { entity: 'group', entityId: v1.id, caseId: null } });
    await recorder.commit([theirs]);
    const before = await groupHistory();

    const refused = recorder.commit([mine]);
    await expect(refused).rejects.toBeInstanceOf(StaleWriteError);
    await expect(refused).rejects.toMatchObject({ entity: 'group', expectedVersion: 1, actualVersion: 2 });
    expect(await ws.repos.groups.get(v1.id)).toMatchObject({ name: 'Theirs', version: 2 });
    expect(await groupHistory()).toEqual(before);
  });

  it('writes nothing when the input fails the shared schema', async () => {
    expect(() => recorder.create('groups', GroupSchema, { name: '', note: '' }, ws.supervisor.id, GROUP)).toThrow(ValidationError);
    await expect(ws.repos.contactLog.add(crypto.randomUUID(), contactInput('not a time', 'reached'), ws.officer.id)).rejects.toBeInstanceOf(ValidationError);
    expect(await ws.db.groups.count()).toBe(0);
    expect(await ws.db.contactLog.count()).toBe(0);
  });

  it('refreshes a case’s derived values after a contact without a new version, so an open form stays valid', async () => {
    const opened = await ws.repos.cases.create(caseInput(), ws.officer.id);
    const historyBefore = await ws.db.history.where('caseId').equals(opened.id).count();
    await ws.repos.contactLog.add(opened.id, contactInput('2026-03-01T08:00:00.000Z', 'reached'), ws.officer.id);

    const refreshed = await ws.repos.cases.get(opened.id);
    expect(refreshed).toMatchObject({ version: 1, updatedBy: ws.officer.id, derived: { contactBasis: 'in_contact', lastContactAt: '2026-03-01T08:00:00.000Z' } });
    // The contact's own history record only; the refresh is not an edit of the case.
    expect(await ws.db.history.where('caseId').equals(opened.id).count()).toBe(historyBefore + 1);
    // A section form opened before the contact saves without a stale refusal.
    const saved = await ws.repos.cases.updateSection(opened.id, opened.version, 'overview', { priority: 'normal', flags: [], notes: '' }, ws.officer.id);
    expect(saved).toMatchObject({ version: 2, priority: 'normal', derived: { lastContactAt: '2026-03-01T08:00:00.000Z' } });
  });

  it('writes N records of a bulk write with one history record each', async () => {
    const groups = Array.from({ length: 250 }, (_, i) => newGroup(`Group ${i}`).record! as Group);
    await recorder.bulk(['groups'], async (writer) => {
      for (let start = 0; start < groups.length; start += 100) {
        await writer.add('groups', groups.slice(start, start + 100), {
          actorId: ws.supervisor.id,
          subject: (g) => ({ entity: 'group', entityId: g.id, caseId: null }),
          summary: (g) => ({ name: g.name }),
        });
      }
    });
    expect(await ws.db.groups.count()).toBe(250);
    const history = await groupHistory();
    expect(history).toHaveLength(250);
    expect(new Set(history.map((h) => h.entityId))).toEqual(new Set(groups.map((g) => g.id)));
  });

  it('writes nothing of a bulk write that fails part way', async () => {
    const groups = Array.from({ length: 10 }, (_, i) => newGroup(`Group ${i}`).record! as Group);
    const write = recorder.bulk(['groups'], async (writer) => {
      await writer.add('groups', groups.slice(0, 5));
      await writer.add('groups', groups.slice(4));
    });
    await expect(write).rejects.toThrow();
    expect(await ws.db.groups.count()).toBe(0);
  });

  it('prepares every change of a repository outside the read-write transaction', async () => {
    // Every prepared record and history row takes a new id; note whether a transaction was open then.
    const openAtNewId: (string | null)[] = [];
    const clock = { ...ws.clock, newId: () => (openAtNewId.push(Dexie.currentTransaction?.mode ?? null), crypto.randomUUID()) };
    const repos = createRepositories(ws.db, clock, { kdfIterations: TEST_KDF_ITERATIONS });
    const opened = await repos.cases.create(caseInput(), ws.officer.id);
    const entry = await repos.contactLog.add(opened.id, contactInput('2026-03-01T08:00:00.000Z', 'reached'), ws.officer.id);
    await repos.contactLog.update(entry.id, entry.version, contactInput('2026-03-01T09:00:00.000Z', 'reached'), ws.officer.id);
    await repos.followUps.add(opened.id, { title: 'Call back', dueOn: '2026-03-05', assigneeId: ws.officer.id, done: false }, ws.officer.id);
    await repos.cases.updateSection(opened.id, opened.version, 'overview', { priority: 'normal', flags: [], notes: '' }, ws.officer.id);
    expect(openAtNewId.length).toBeGreaterThanOrEqual(8);
    expect(openAtNewId.every((mode) => mode === null)).toBe(true);
  });
});
