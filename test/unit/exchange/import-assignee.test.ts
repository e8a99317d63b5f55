/**
 * Issue 10, item 9: imported cases are assigned. The importer takes them by
 * default; a supervisor may give them to any active profile; an officer who
 * names someone else is refused and nothing is written. History says who
 * took each case.
 */
import { describe, expect, it } from 'vitest';
import { createExchange } from '../../../renderer/src/data/exchange';
import { PermissionDeniedError, RecordNotFoundError } from '../../../renderer/src/data/errors';
import { setUpWorkstation, TEST_PASSPHRASE, testClock } from '../data/fixtures';
import { allTables, csvOf } from './fixtures';
import { openedAll } from '../../../renderer/src/data/vault/sealed-record';

function row(n: number): Record<string, string> {
  return {
    full_name: `Person${n} Testcase${n}`,
    date_of_birth: '1990-04-12',
    sex: 'male',
    nationality: 'ZA',
    passport_number: `P${String(n).padStart(7, '0')}`,
    reported_by_name: 'Nomsa Dlamini',
    reported_on: '2026-02-27',
    current_situation: 'Deployed at the front',
    location_country: 'UA',
    status: 'reported',
  };
}

async function world() {
  const ws = await setUpWorkstation(testClock(Date.parse('2026-03-01T09:00:00Z')));
  const exchange = createExchange(ws.db, ws.repos, ws.clock);
  const other = await ws.repos.staff.create({ name: 'Lerato Mahlangu', role: 'officer', passphrase: { passphrase: TEST_PASSPHRASE, confirmation: TEST_PASSPHRASE } }, ws.supervisor.id);
  const preview = await exchange.intakeImport.preview(csvOf([row(1), row(2)]));
  return { ...ws, exchange, other, preview };
}

async function createdRecords(ws: Awaited<ReturnType<typeof world>>) {
  return (await openedAll(ws.db, 'history', await ws.db.history.where('entity').equals('case').toArray())).filter((h) => h.action === 'create');
}

describe('who takes imported cases', () => {
  it('the importing officer, by default, and History says so', async () => {
    const ws = await world();
    await ws.exchange.intakeImport.commit(ws.preview, ws.officer.id);
    const cases = await openedAll(ws.db, 'cases', await ws.db.cases.toArray());
    expect(cases.map((c) => c.assigneeId)).toEqual([ws.officer.id, ws.officer.id]);
    const created = await createdRecords(ws);
    expect(created.map((h) => (h.newValue as { assigneeId: string }).assigneeId)).toEqual([ws.officer.id, ws.officer.id]);
  });

  it('a supervisor may give them to another officer', async () => {
    const ws = await world();
    await ws.exchange.intakeImport.commit(ws.preview, ws.supervisor.id, { assignTo: ws.other.id });
    expect((await openedAll(ws.db, 'cases', await ws.db.cases.toArray())).map((c) => c.assigneeId)).toEqual([ws.other.id, ws.other.id]);
    expect((await createdRecords(ws)).every((h) => h.actorId === ws.supervisor.id && (h.newValue as { assigneeId: string }).assigneeId === ws.other.id)).toBe(true);
  });

  it('an officer who names someone else is refused, and nothing is written but the refusal', async () => {
    const ws = await world();
    const before = await allTables(ws.db);
    await expect(ws.exchange.intakeImport.commit(ws.preview, ws.officer.id, { assignTo: ws.other.id })).rejects.toBeInstanceOf(PermissionDeniedError);
    const after = await allTables(ws.db);
    expect(after.cases).toEqual(before.cases);
    expect(after.history).toEqual(before.history);
    expect(await openedAll(ws.db, 'accessLog', await ws.db.accessLog.toArray())).toEqual([expect.objectContaining({ actorId: ws.officer.id, kind: 'denied', detail: 'case.reassign' })]);
  });

  it('a deactivated profile cannot take them', async () => {
    const ws = await world();
    await ws.repos.staff.setActive(ws.other.id, ws.other.version, false, ws.supervisor.id);
    await expect(ws.exchange.intakeImport.commit(ws.preview, ws.supervisor.id, { assignTo: ws.other.id })).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await ws.db.cases.count()).toBe(0);
  });
});
