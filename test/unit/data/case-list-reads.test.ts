/**
 * What a page of the case list reads, as Dexie's core asks IndexedDB for it
 * (in Chromium a request costs a round trip, a cursor one a case): a filter
 * the caseload counters show to be common is not probed for being small, and
 * a walk in the sort's order reads as many cases as the counters say hold the
 * page in one request before it walks on case by case.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CaseListRepository } from '../../../renderer/src/data/repositories/case-list';
import type { HomewardDb } from '../../../renderer/src/data/db';
import type { Repositories } from '../../../renderer/src/data/repositories';
import { caseInput, setUpWorkstation, type CaseReads } from './fixtures';

const CONTEXT = { now: '2026-03-01T12:00:00.000Z', today: '2026-03-01', contactLostDays: 14 };
const reads: CaseReads[] = [];
let db: HomewardDb;
let repos: Repositories;
let list: CaseListRepository;
/** References of the cases, in the order they were made (the reference order). */
const made = new Map<string, string>();

beforeAll(async () => {
  const workstation = await setUpWorkstation(undefined, reads);
  ({ db, repos } = workstation);
  // 80 cases in reference order: every fourth of the first 40 is from TJ, then 20 from UZ after 20 from KG.
  for (let i = 1; i <= 80; i += 1) {
    const nationality = i <= 40 ? (i % 4 === 0 ? 'TJ' : 'KG') : i <= 60 ? 'KG' : 'UZ';
    const created = await repos.cases.create(caseInput({ fullName: `Person ${i}`, nationality, passportNumber: '' }), workstation.supervisor.id);
    made.set(created.reference, `Person ${i}`);
  }
  list = new CaseListRepository(db, workstation.clock, { smallRange: 3, walkProbe: 100, walkMore: 1000 });
});

async function pageOf(nationality: string, limit: number, { descending = false, offset = 0 } = {}): Promise<string[]> {
  reads.length = 0;
  const page = await list.page({ filter: { nationality }, sort: 'reference', descending, offset, limit }, CONTEXT);
  return page.rows.map((r) => made.get(r.reference)!);
}

describe('the reads of a page in the order of its sort', () => {
  it('reads the cases the counters say hold the page in one request: no cursor, no index keys of the filter', async () => {
    // 10 of 80 from TJ: 8 matches lie within the first 8 ÷ (10/80) × 1.25 = 80 cases.
    expect(await pageOf('TJ', 8)).toEqual([4, 8, 12, 16, 20, 24, 28, 32].map((i) => `Person ${i}`));
    expect(reads).toEqual([{ by: 'request', index: 'reference' }]);
  });

  it('walks on from there where the first cases hold fewer matches than the counters promise', async () => {
    // 20 of 80 from UZ, all after the 60th: the first 4 ÷ (20/80) × 1.25 = 20 cases hold none.
    expect(await pageOf('UZ', 4)).toEqual([61, 62, 63, 64].map((i) => `Person ${i}`));
    expect(reads).toEqual([
      { by: 'request', index: 'reference' },
      { by: 'cursor', index: 'reference' },
    ]);
  });

  it('walks on in descending order past a page that begins further along', async () => {
    // Newest reference first, the third to sixth TJ cases: the first 6 ÷ (10/80) × 1.25 = 60 cases (80 down to 21) hold five.
    expect(await pageOf('TJ', 4, { descending: true, offset: 2 })).toEqual([32, 28, 24, 20].map((i) => `Person ${i}`));
    expect(reads).toEqual([
      { by: 'request', index: 'reference' },
      { by: 'cursor', index: 'reference' },
    ]);
  });

  it('probes a filter its counter does not show to be common, and reads it whole when small', async () => {
    await repos.cases.create(caseInput({ fullName: 'Person 81', nationality: 'KE', passportNumber: '' }), (await db.staff.toCollection().first())!.id);
    reads.length = 0;
    const page = await list.page({ filter: { nationality: 'KE' }, sort: 'reference', descending: false, offset: 0, limit: 8 }, CONTEXT);
    expect(page.rows.map((r) => r.person.fullName)).toEqual(['Person 81']);
    expect(reads).toContainEqual({ by: 'request', index: '[person.nationality+status+updatedAt]' });
    expect(reads).not.toContainEqual({ by: 'cursor', index: 'reference' });
  });
});
