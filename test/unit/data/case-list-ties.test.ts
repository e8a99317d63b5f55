/**
 * Cases updated at the same moment (an import gives all its cases one update
 * time) are listed by id in update order, on every plan: the lists walked on
 * index keys that order them otherwise ("Contact lost", "In contact",
 * overdue follow-ups) read the matches of the page's last moment whole.
 */
import { describe, expect, it } from 'vitest';
import { CaseListRepository } from '../../../renderer/src/data/repositories/case-list';
import { generateDataset } from '../../../scripts/seed/generate';
import type { CaseFilter } from '../../../shared/domain/case-list';
import { openedAll } from '../../../renderer/src/data/vault/sealed-record';
import { setUpWorkstation } from './fixtures';

describe('cases updated at the same moment', () => {
  it.each<[string, CaseFilter]>([
    ['contact lost', { contactStatus: 'contact_lost' }],
    ['in contact', { contactStatus: 'in_contact' }],
    ['overdue follow-ups', { overdueFollowUps: true }],
  ])('are paged by id in the list of %s', async (_label, filter) => {
    const { db, repos, officer, clock } = await setUpWorkstation();
    const data = generateDataset({ seed: 5, today: clock.today(), cases: 120 });
    // Two moments: the newer holds most cases, so a page ends inside it either way.
    const records = data.cases.map((r, i) => ({ ...r, case: { ...r.case, updatedAt: i % 8 === 0 ? '2026-02-20T08:00:00.000Z' : '2026-02-27T08:00:00.000Z' } }));
    await repos.caseImport.commit(records, officer.id);
    const list = new CaseListRepository(db, clock, { smallRange: 0 });
    const context = list.context(14);
    const matches = await list.matcherFor(filter, context);
    const all = (await openedAll(db, 'cases', await db.cases.toArray())).filter(matches);
    expect(all.length).toBeGreaterThan(8);
    for (const descending of [true, false]) {
      const direction = descending ? -1 : 1;
      const want = all.sort((a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : a.id < b.id ? -1 : 1) * direction).map((c) => c.id);
      for (const offset of [0, 4]) {
        const page = await list.page({ filter, sort: 'updatedAt', descending, offset, limit: 4 }, context);
        expect(page.rows.map((c) => c.id), `${descending ? 'newest' : 'oldest'} first, from ${offset}`).toEqual(want.slice(offset, offset + 4));
      }
    }
  });
});
