/**
 * Sync's copies of record content on a workstation that synced before it had
 * a data key: sealing its existing records once the key is made seals them too,
 * and they open again as they were.
 */
import { describe, expect, it } from 'vitest';
import { Recorder } from '../../../renderer/src/data/recorder/recorder';
import { openConflict, openDocState } from '../../../renderer/src/data/sync/sealed-copies';
import type { SyncConflict, SyncDocState } from '../../../renderer/src/data/sync/tables';
import { generateDataKey } from '../../../renderer/src/data/vault/data-key';
import { RecordSealer } from '../../../renderer/src/data/vault/migration';
import { vaultOf } from '../../../renderer/src/data/vault/vault';
import { openTestDb, testClock } from '../data/fixtures';

const CASE_ID = '0b8a4a52-5f0e-4d0b-9d0e-3f1c2a6b7c8d';

describe("sync's copies sealed with the existing records", () => {
  it('seals merge bases and conflicts stored in the clear, and opens them as they were', async () => {
    const db = openTestDb();
    const clock = testClock();
    const base = { id: CASE_ID, version: 2, person: { fullName: 'Zanele Khumalo', homeTown: 'Bloemfontein', nationality: 'ZA' }, steps: [{ step: 'identity_verified', state: 'done', note: 'Met at Rostov', reference: 'P-77' }] };
    const state: SyncDocState = { docId: `case:${CASE_ID}`, rev: '2-abc', base };
    const conflict: SyncConflict = {
      docId: `case:${CASE_ID}`,
      table: 'cases',
      key: CASE_ID,
      caseId: CASE_ID,
      fields: [{ field: 'person.homeTown', local: 'Polokwane', remote: 'Mangaung' }],
      local: { by: 'a', at: clock.now() },
      remote: { by: 'b', at: clock.now() },
      at: clock.now(),
    };
    await db.syncDocs.put(state);
    await db.syncConflicts.put(conflict);

    const vault = vaultOf(db);
    await db.keys.put({ id: 'recovery', wrapped: 'test', at: clock.now() });
    await vault.adopt(await generateDataKey());
    await new RecordSealer(db, new Recorder(db, clock, vault)).sealAll();

    const text = JSON.stringify([await db.syncDocs.toArray(), await db.syncConflicts.toArray()]);
    for (const secret of ['Zanele', 'Bloemfontein', 'Rostov', 'P-77', 'Polokwane', 'Mangaung']) expect(text, secret).not.toContain(secret);
    // Codes and ids stay in the clear, as in the records.
    expect(text).toContain('identity_verified');
    expect(await openDocState(vault, await db.syncDocs.get(state.docId))).toEqual(state);
    expect(await openConflict(vault, (await db.syncConflicts.get(conflict.docId))!)).toEqual(conflict);
  });
});
