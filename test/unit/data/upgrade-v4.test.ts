import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { HomewardDb, SCHEMA_V3 } from '../../../renderer/src/data/db';
import { caseFacts, V5_RECRUITMENT, derivedOpenCase } from './upgrade-fixtures';

const CASE_ID = '6f1c2d3e-4a5b-4c6d-8e7f-000000000004';

/** Derived values as version 3 computed them for "Muhammad Alhassan" / "Ramesh<ZWSP> Th<ZWJ>apa". */
const DERIVED_V3 = derivedOpenCase(['muhammad', 'alhassan', 'ramesh', 'th', 'apa'], ['mhmd:u', 'alhsn:a', 'rmsh:a', 't:', 'ap:aa'], 'muhammad alhassan');

describe('database upgrade 3 → 4', () => {
  it('keys names by today’s rules: articles joined or apart, invisible characters dropped', async () => {
    const indexedDB = new IDBFactory();
    const name = `upgrade-${crypto.randomUUID()}`;
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    old.version(3).stores(SCHEMA_V3);
    const stored = { ...caseFacts(CASE_ID, 'ZA-MOW-2026-0004', 'Muhammad Alhassan', ['Ramesh\u200b Th\u200dapa']), closedAt: null, derived: DERIVED_V3 };
    await old.table('cases').add(stored);
    old.close();

    const db = new HomewardDb(name, { indexedDB, IDBKeyRange });
    expect(await db.cases.get(CASE_ID)).toEqual({
      ...stored,
      recruitment: { ...stored.recruitment, ...V5_RECRUITMENT },
      derived: { ...DERIVED_V3, nameTokens: ['muhammad', 'alhassan', 'ramesh', 'thapa'], matchKeys: ['mhmd:u', 'hsn:a', 'rmsh:a', 'tp:aa'] },
    });
    expect(await db.cases.where('derived.matchKeys').equals('hsn:a').primaryKeys()).toEqual([CASE_ID]);
    db.close();
  });
});
