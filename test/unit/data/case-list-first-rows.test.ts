/**
 * A list whose source keeps to the whole filter reads its page's first cases
 * in one request (case-list.ts, firstRows); a tombstone among them sends the
 * page back to the walk case by case. Either way the page is what reading
 * every live case and sorting them gives.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseListRepository } from '../../../renderer/src/data/repositories/case-list';
import { recordCaseChanges } from '../../../renderer/src/data/counters';
import { openedAll } from '../../../renderer/src/data/vault/sealed-record';
import { generateDataset } from '../../../scripts/seed/generate';
import { type CaseFilter, type CaseSortField, type ListContext } from '../../../shared/domain/case-list';
import type { Case } from '../../../shared/schemas/case';
import { inListOrder, LIST_SORTS, setUpWorkstation } from './fixtures';

let live: Case[];
let list: CaseListRepository;
let context: ListContext;

beforeAll(async () => {
  const { db, repos, officer, clock } = await setUpWorkstation();
  const data = generateDataset({ seed: 5, today: clock.today(), cases: 60 });
  await repos.caseImport.commit(data.cases, officer.id);
  const stored = await db.cases.orderBy('updatedAt').reverse().toArray();
  // The newest case and one further along, removed as sync stores a pulled removal: the case and its counters in one transaction.
  const removed = [stored[0]!, stored[17]!];
  await db.transaction('rw', db.cases, db.counters, async () => {
    for (const before of removed) {
      const gone = { ...before, deletedAt: clock.now(), version: before.version + 1 };
      await db.cases.put(gone);
      await recordCaseChanges(db.counters, [{ before, after: gone }]);
    }
  });
  live = (await openedAll(db, 'cases', await db.cases.toArray())).filter((c) => c.deletedAt === null);
  expect(live).toHaveLength(58);
  list = repos.caseList;
  context = list.context(14);
});

function sorted(cases: readonly Case[], sort: CaseSortField, descending: boolean): string[] {
  return inListOrder(cases, sort, descending).map((c) => c.id);
}

describe('the first rows of a list read in one request', () => {
  it('give every sort its page, with tombstones among the first rows and without', async () => {
    const status = live[0]!.status;
    const filters: [CaseFilter, Case[]][] = [
      [{}, live],
      [{ status }, live.filter((c) => c.status === status)],
    ];
    for (const [filter, cases] of filters) {
      for (const sort of LIST_SORTS) {
        for (const descending of [false, true]) {
          const want = sorted(cases, sort, descending);
          for (const offset of [0, 10]) {
            const page = await list.page({ filter, sort, descending, offset, limit: 10 }, context);
            expect(page.rows.map((c) => c.id), `${JSON.stringify(filter)} ${sort} ${descending ? 'desc' : 'asc'} from ${offset}`).toEqual(want.slice(offset, offset + 10));
          }
        }
      }
    }
  });

  it('reads a source with fewer cases than the page whole', async () => {
    const rare = live.find((c) => live.filter((o) => o.status === c.status).length < 10)!;
    const want = sorted(live.filter((c) => c.status === rare.status), 'updatedAt', true);
    const page = await list.page({ filter: { status: rare.status }, sort: 'updatedAt', descending: true, offset: 0, limit: 10 }, context);
    expect(page.rows.map((c) => c.id)).toEqual(want);
  });
});
