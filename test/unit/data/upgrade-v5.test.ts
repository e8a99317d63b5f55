import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { HomewardDb, SCHEMA_V3 } from '../../../renderer/src/data/db';
import { CaseSchema } from '../../../shared/schemas/case';
import { caseFacts, derivedOpenCase } from './upgrade-fixtures';

const CASE_ID = '6f1c2d3e-4a5b-4c6d-8e7f-000000000005';

/** Derived values as version 4 stored them for "Sipho Dlamini". */
const DERIVED_V4 = derivedOpenCase(['sipho', 'dlamini'], ['sp:iu', 'dlmn:ai'], 'sipho dlamini');

describe('database upgrade 4 → 5', () => {
  it('gives stored cases the empty text of an open list’s Other, and a case that reads whole', async () => {
    const indexedDB = new IDBFactory();
    const name = `upgrade-${crypto.randomUUID()}`;
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    old.version(4).stores(SCHEMA_V3);
    const facts = caseFacts(CASE_ID, 'ZA-MOW-2026-0005', 'Sipho Dlamini', []);
    // Version 4's recruitment, written out: a platform of "Other" with nothing to say which.
    const stored = {
      ...facts,
      recruitment: {
        methods: ['false_job_offer'],
        channel: 'other',
        platform: 'other',
        promisedJob: 'Driver',
        promisedPay: { amount: null, currency: null, perMonth: true },
        recruiterName: '',
        leftHomeOn: null,
        route: [],
        contractSignedOn: null,
        contractLanguage: '',
        contractTranslated: 'unknown',
        trainingLength: '',
      },
      closedAt: null,
      derived: DERIVED_V4,
    };
    await old.table('cases').add(stored);
    old.close();

    const db = new HomewardDb(name, { indexedDB, IDBKeyRange });
    expect(db.verno).toBe(10);
    const upgraded = await db.cases.get(CASE_ID);
    expect(upgraded?.recruitment).toEqual({ ...stored.recruitment, channelOther: '', platformOther: '' });
    expect(CaseSchema.safeParse(upgraded).success).toBe(true);
    db.close();
  });
});
