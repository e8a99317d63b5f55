import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { HomewardDb, SCHEMA_V1, SCHEMA_V2 } from '../../../renderer/src/data/db';
import { upgradeToV2 } from '../../../renderer/src/data/upgrades/v2';
import { ACTOR, caseFacts, META, V5_RECRUITMENT } from './upgrade-fixtures';

const CASE_ID = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

/** A version 1 database: derived values at the top level of the case, a contact log and follow-ups. */
async function versionOne(): Promise<{ name: string; indexedDB: IDBFactory }> {
  const indexedDB = new IDBFactory();
  const name = `upgrade-${crypto.randomUUID()}`;
  const old = new Dexie(name, { indexedDB, IDBKeyRange });
  old.version(1).stores(SCHEMA_V1);
  await old.table('cases').add({
    ...caseFacts(CASE_ID, 'ZA-MOW-2026-0001', 'Sergei Ivanov', ['Сергей Иванов']),
    nameTokens: ['sergei', 'ivanov', 'сергей', 'иванов'],
    lastContactAt: null,
  });
  await old.table('contactLog').bulkAdd([
    { ...META, id: 'c0000000-0000-4000-8000-000000000001', caseId: CASE_ID, at: '2026-01-11T08:00:00.000Z', direction: 'outgoing', channel: 'phone', with: 'citizen', outcome: 'no_answer', summary: '', followUpDue: null },
    { ...META, id: 'c0000000-0000-4000-8000-000000000002', caseId: CASE_ID, at: '2026-01-12T08:00:00.000Z', direction: 'incoming', channel: 'telegram', with: 'citizen', outcome: 'reached', summary: '', followUpDue: null },
  ]);
  await old.table('followUps').bulkAdd([
    { ...META, id: 'f0000000-0000-4000-8000-000000000001', caseId: CASE_ID, title: 'Ask for proof of life', dueOn: '2026-01-20', assigneeId: ACTOR, done: false, doneAt: null },
    { ...META, id: 'f0000000-0000-4000-8000-000000000002', caseId: CASE_ID, title: 'Inform family', dueOn: '2026-01-15', assigneeId: ACTOR, done: true, doneAt: META.createdAt },
  ]);
  old.close();
  return { name, indexedDB };
}

describe('database upgrade 1 → 2', () => {
  it('drops the top-level copies of derived values and changes nothing else', async () => {
    const { name, indexedDB } = await versionOne();
    const db = new Dexie(name, { indexedDB, IDBKeyRange });
    db.version(1).stores(SCHEMA_V1);
    db.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    expect(await db.table('cases').get(CASE_ID)).toEqual(caseFacts(CASE_ID, 'ZA-MOW-2026-0001', 'Sergei Ivanov', ['Сергей Иванов']));
    db.close();
  });

  it('ends with `derived` computed from the case, its contact log and follow-ups', async () => {
    const { name, indexedDB } = await versionOne();
    const db = new HomewardDb(name, { indexedDB, IDBKeyRange });
    const upgraded = await db.cases.get(CASE_ID);
    expect(db.verno).toBe(10);
    const facts = caseFacts(CASE_ID, 'ZA-MOW-2026-0001', 'Sergei Ivanov', ['Сергей Иванов']);
    expect(upgraded).toEqual({
      ...facts,
      recruitment: { ...facts.recruitment, ...V5_RECRUITMENT },
      closedAt: null,
      derived: {
        // Folding drops the breve: й is searched as и, like é as e.
        nameTokens: ['sergei', 'ivanov', 'сергеи', 'иванов'],
        matchKeys: ['srg:ii', 'ivnv:i'],
        sortName: 'sergei ivanov',
        statusRank: 0,
        nextStep: 'identity_verified',
        contactBasis: 'in_contact',
        lastContactAt: '2026-01-12T08:00:00.000Z',
        lastAttemptAt: '2026-01-12T08:00:00.000Z',
        nextFollowUpDue: '2026-01-20',
        open: 1,
        activityAt: '2026-01-12T08:00:00.000Z',
      },
    });
    // The new indexes answer queries.
    expect(await db.cases.where('derived.nameTokens').startsWith('иван').count()).toBe(1);
    expect(await db.cases.where('[derived.contactBasis+derived.lastContactAt]').between(['in_contact', ''], ['in_contact', '\uffff']).count()).toBe(1);
    db.close();
  });
});
