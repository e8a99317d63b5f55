import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { HomewardDb, SCHEMA_V1, SCHEMA_V2 } from '../../../renderer/src/data/db';
import { buildNewCase } from '../../../shared/domain/new-case';
import { caseInput } from './fixtures';

const ACTOR = '0b7c6a3e-1d2f-4a5b-8c9d-0e1f2a3b4c5d';

/** A case as version 2 stored it: no closedAt, no derived `open` or `activityAt`. */
function v2Case(reference: string, status: 'closed' | 'in_contact', lastContactAt: string | null) {
  const built = buildNewCase(caseInput(), { id: crypto.randomUUID(), reference, actorId: ACTOR, now: '2026-01-10T09:00:00.000Z', today: '2026-01-10' });
  const { closedAt: _closedAt, ...core } = built;
  const { open: _open, activityAt: _activityAt, ...derived } = built.derived;
  return { ...core, status, closureReason: status === 'closed' ? 'returned_settled' : null, derived: { ...derived, lastContactAt }, updatedAt: '2026-02-01T00:00:00.000Z' };
}

describe('database upgrade 2 → 3', () => {
  it('gives profiles an empty passphrase, and cases closedAt from history and the dashboard values', async () => {
    const indexedDB = new IDBFactory();
    const name = `upgrade-${crypto.randomUUID()}`;
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    old.version(1).stores(SCHEMA_V1);
    old.version(2).stores(SCHEMA_V2);
    const closed = v2Case('ZA-MOW-2026-0001', 'closed', null);
    const open = v2Case('ZA-MOW-2026-0002', 'in_contact', '2026-01-20T10:00:00.000Z');
    await old.table('cases').bulkAdd([closed, open]);
    await old.table('staff').add({ id: ACTOR, name: 'Thandi Nkosi', role: 'supervisor', active: true, createdAt: closed.createdAt, createdBy: ACTOR, updatedAt: closed.createdAt, updatedBy: ACTOR, version: 1, deletedAt: null });
    const closing = { id: crypto.randomUUID(), caseId: closed.id, entity: 'case', entityId: closed.id, action: 'update', field: 'status', oldValue: 'returned', newValue: 'closed', actorId: ACTOR };
    await old.table('history').bulkAdd([
      { ...closing, id: crypto.randomUUID(), at: '2026-01-15T08:00:00.000Z' },
      { ...closing, at: '2026-01-25T08:00:00.000Z' },
    ]);
    old.close();

    const db = new HomewardDb(name, { indexedDB, IDBKeyRange });
    expect(db.verno).toBe(3);
    expect(await db.staff.get(ACTOR)).toMatchObject({ passphrase: null });
    expect(await db.cases.get(closed.id)).toMatchObject({ closedAt: '2026-01-25T08:00:00.000Z', derived: { open: 0, activityAt: '2026-01-10T00:00:00.000Z' } });
    expect(await db.cases.get(open.id)).toMatchObject({ closedAt: null, derived: { open: 1, activityAt: '2026-01-20T10:00:00.000Z' } });
    expect(await db.cases.where('closedAt').between('2026-01-01', '2026-02-01').count()).toBe(1);
    expect(await db.cases.where('[derived.open+derived.activityAt]').between([1, ''], [1, '\uffff']).count()).toBe(1);
    expect(await db.accessLog.count()).toBe(0);
    db.close();
  });
});
