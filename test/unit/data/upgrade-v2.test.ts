import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { SCHEMA_V1, SCHEMA_V2 } from '../../../renderer/src/data/db';
import { upgradeToV2 } from '../../../renderer/src/data/upgrades/v2';
import { buildNewCase } from '../../../shared/domain/new-case';
import { caseInput } from './fixtures';

const ACTOR = '0b7c6a3e-1d2f-4a5b-8c9d-0e1f2a3b4c5d';

/** A case as version 1 stored it: derived values at the top level. */
function v1Case() {
  const { derived, ...core } = buildNewCase(caseInput({ fullName: 'Sergei Ivanov', otherNames: ['Сергей Иванов'], nationality: 'KZ' }), {
    id: crypto.randomUUID(),
    reference: 'ZA-MOW-2026-0001',
    actorId: ACTOR,
    now: '2026-01-10T09:00:00.000Z',
    today: '2026-01-10',
  });
  return { ...core, nameTokens: derived.nameTokens, lastContactAt: null };
}

describe('database upgrade 1 → 2', () => {
  it('moves derived values into `derived` and computes them from the contact log and follow-ups', async () => {
    const indexedDB = new IDBFactory();
    const name = `upgrade-${crypto.randomUUID()}`;
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    old.version(1).stores(SCHEMA_V1);
    const record = v1Case();
    await old.table('cases').add(record);
    const meta = { createdAt: '2026-01-11T09:00:00.000Z', createdBy: ACTOR, updatedAt: '2026-01-11T09:00:00.000Z', updatedBy: ACTOR, version: 1, deletedAt: null };
    await old.table('contactLog').bulkAdd([
      { ...meta, id: crypto.randomUUID(), caseId: record.id, at: '2026-01-11T08:00:00.000Z', direction: 'outgoing', channel: 'phone', with: 'citizen', outcome: 'no_answer', summary: '', followUpDue: null },
      { ...meta, id: crypto.randomUUID(), caseId: record.id, at: '2026-01-12T08:00:00.000Z', direction: 'incoming', channel: 'telegram', with: 'citizen', outcome: 'reached', summary: '', followUpDue: null },
    ]);
    await old.table('followUps').bulkAdd([
      { ...meta, id: crypto.randomUUID(), caseId: record.id, title: 'Ask for proof of life', dueOn: '2026-01-20', assigneeId: ACTOR, done: false, doneAt: null },
      { ...meta, id: crypto.randomUUID(), caseId: record.id, title: 'Inform family', dueOn: '2026-01-15', assigneeId: ACTOR, done: true, doneAt: meta.createdAt },
    ]);
    old.close();

    const db = new Dexie(name, { indexedDB, IDBKeyRange });
    db.version(1).stores(SCHEMA_V1);
    db.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    const cases = db.table('cases');
    const upgraded = await cases.get(record.id);
    expect(db.verno).toBe(2);
    expect(upgraded).not.toHaveProperty('nameTokens');
    expect(upgraded).not.toHaveProperty('lastContactAt');
    expect(upgraded?.derived).toMatchObject({
      // Folding drops the breve: й is searched as и, like é as e.
      nameTokens: expect.arrayContaining(['sergei', 'ivanov', 'сергеи', 'иванов']),
      sortName: 'sergei ivanov',
      statusRank: 0,
      nextStep: 'identity_verified',
      contactBasis: 'in_contact',
      lastContactAt: '2026-01-12T08:00:00.000Z',
      lastAttemptAt: '2026-01-12T08:00:00.000Z',
      nextFollowUpDue: '2026-01-20',
    });
    expect(upgraded?.derived.matchKeys.length).toBeGreaterThan(0);
    // The record keeps everything else, and the new indexes answer queries.
    expect(upgraded).toMatchObject({ reference: 'ZA-MOW-2026-0001', version: 1, person: { fullName: 'Sergei Ivanov' } });
    expect(await cases.where('derived.nameTokens').startsWith('иван').count()).toBe(1);
    expect(await cases.where('[derived.contactBasis+derived.lastContactAt]').between(['in_contact', ''], ['in_contact', '\uffff']).count()).toBe(1);
    db.close();
  });
});
