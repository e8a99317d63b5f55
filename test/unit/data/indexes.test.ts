/** The index paths the queries name are indexes that the database declares. */
import { describe, expect, it } from 'vitest';
import { CASE_INDEX, FILTER_INDEX, PENDING_CLOSURES_INDEX } from '../../../renderer/src/data/indexes';
import { SCHEMA_V8 } from '../../../renderer/src/data/db';
import type { CaseFilter } from '../../../shared/domain/case-list';
import { openTestDb } from './fixtures';

describe('named index paths', () => {
  it('are declared by the database schema', async () => {
    const db = openTestDb();
    await db.open();
    const declared = (table: (typeof db.tables)[number]) => [table.schema.primKey.name, ...table.schema.indexes.map((i) => i.name)];
    expect(declared(db.cases)).toEqual(expect.arrayContaining(Object.values(CASE_INDEX)));
    expect(declared(db.closureRequests)).toContain(PENDING_CLOSURES_INDEX);
    db.close();
  });

  it('name an index for every filter of the case list, declared by the schema', async () => {
    // Every field of the list's filter contract, as a filter that sets it: a field added there without an entry fails here.
    const everyFilter: Required<CaseFilter> = {
      status: 'locating',
      contactStatus: 'contact_lost',
      nationality: 'NP',
      situation: 'deployed',
      method: 'false_job_offer',
      assignee: 'x',
      groupId: 'x',
      priority: 'high',
      overdueFollowUps: true,
      open: true,
      stale: true,
      closureRequested: true,
      openedMonth: '2026-01',
      closedMonth: '2026-01',
      search: 'x',
    };
    expect(Object.keys(FILTER_INDEX).sort()).toEqual(Object.keys(everyFilter).sort());
    const db = openTestDb();
    await db.open();
    const declared = new Set([...db.tables.flatMap((t) => [t.schema.primKey.name, ...t.schema.indexes.map((i) => i.name)])]);
    for (const [filter, { index }] of Object.entries(FILTER_INDEX)) expect(declared.has(index), `${filter}: ${index}`).toBe(true);
    db.close();
  });

  it('drop the indexes no query reads', () => {
    // Version 8 took them away: an import writes fewer index entries per case and history row.
    const cases = SCHEMA_V8.cases.split(', ');
    for (const dropped of ['status', 'assigneeId', 'whereabouts.situation', 'derived.lastContactAt', '[assigneeId+derived.open]', '[person.nationality+updatedAt]', '[priority+updatedAt]']) {
      expect(cases).not.toContain(dropped);
    }
    expect(SCHEMA_V8.history).toBe('id, [caseId+at], [entity+entityId]');
  });
});
