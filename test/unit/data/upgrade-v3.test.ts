import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { HomewardDb, SCHEMA_V1, SCHEMA_V2 } from '../../../renderer/src/data/db';
import { ACTOR, caseFacts, META, V5_RECRUITMENT } from './upgrade-fixtures';

const CLOSED_ID = '6f1c2d3e-4a5b-4c6d-8e7f-000000000001';
const OPEN_ID = '6f1c2d3e-4a5b-4c6d-8e7f-000000000002';

/** Derived values as version 2 stored them: no `open`, no `activityAt`. */
function derivedV2(nameTokens: string[], matchKeys: string[], sortName: string, statusRank: number, lastContactAt: string | null) {
  return {
    nameTokens,
    matchKeys,
    sortName,
    statusRank,
    nextStep: 'identity_verified',
    contactBasis: lastContactAt ? 'in_contact' : 'not_contacted',
    lastContactAt,
    lastAttemptAt: lastContactAt,
    nextFollowUpDue: null,
  };
}

const closedV2 = {
  ...caseFacts(CLOSED_ID, 'ZA-MOW-2026-0001', 'Sergei Ivanov', []),
  status: 'closed',
  closureReason: 'returned_settled',
  updatedAt: '2026-02-01T00:00:00.000Z',
  derived: derivedV2(['sergei', 'ivanov'], ['srg:ii', 'ivnv:i'], 'sergei ivanov', 6, null),
};
const openV2 = {
  ...caseFacts(OPEN_ID, 'ZA-MOW-2026-0002', 'Anna Petrova', []),
  status: 'in_contact',
  updatedAt: '2026-02-01T00:00:00.000Z',
  derived: derivedV2(['anna', 'petrova'], ['an:aa', 'ptrv:ia'], 'anna petrova', 3, '2026-01-20T10:00:00.000Z'),
};

describe('database upgrade 2 → 3', () => {
  it('gives profiles an empty passphrase, and cases closedAt from history and the dashboard values', async () => {
    const indexedDB = new IDBFactory();
    const name = `upgrade-${crypto.randomUUID()}`;
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    old.version(1).stores(SCHEMA_V1);
    old.version(2).stores(SCHEMA_V2);
    await old.table('cases').bulkAdd([closedV2, openV2]);
    await old.table('contactLog').add({
      ...META,
      id: 'c0000000-0000-4000-8000-000000000001',
      caseId: OPEN_ID,
      at: '2026-01-20T10:00:00.000Z',
      direction: 'incoming',
      channel: 'phone',
      with: 'citizen',
      outcome: 'reached',
      summary: '',
      followUpDue: null,
    });
    await old.table('staff').add({ id: ACTOR, name: 'Thandi Nkosi', role: 'supervisor', active: true, ...META });
    const closing = { caseId: CLOSED_ID, entity: 'case', entityId: CLOSED_ID, action: 'update', field: 'status', oldValue: 'returned', newValue: 'closed', actorId: ACTOR };
    await old.table('history').bulkAdd([
      { ...closing, id: 'h0000000-0000-4000-8000-000000000001', at: '2026-01-15T08:00:00.000Z' },
      { ...closing, id: 'h0000000-0000-4000-8000-000000000002', at: '2026-01-25T08:00:00.000Z' },
    ]);
    old.close();

    const db = new HomewardDb(name, { indexedDB, IDBKeyRange });
    expect(db.verno).toBe(10);
    expect(await db.staff.get(ACTOR)).toEqual({ id: ACTOR, name: 'Thandi Nkosi', role: 'supervisor', active: true, ...META, passphrase: null });
    expect(await db.cases.get(CLOSED_ID)).toEqual({
      ...closedV2,
      recruitment: { ...closedV2.recruitment, ...V5_RECRUITMENT },
      closedAt: '2026-01-25T08:00:00.000Z',
      derived: { ...closedV2.derived, open: 0, activityAt: '2026-01-10T00:00:00.000Z' },
    });
    expect(await db.cases.get(OPEN_ID)).toEqual({
      ...openV2,
      recruitment: { ...openV2.recruitment, ...V5_RECRUITMENT },
      closedAt: null,
      derived: { ...openV2.derived, open: 1, activityAt: '2026-01-20T10:00:00.000Z' },
    });
    expect(await db.cases.where('closedAt').between('2026-01-01', '2026-02-01').count()).toBe(1);
    expect(await db.cases.where('[derived.open+derived.activityAt]').between([1, ''], [1, '\uffff']).count()).toBe(1);
    expect(await db.accessLog.count()).toBe(0);
    db.close();
  });
});
