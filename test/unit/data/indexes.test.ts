/** The index paths the queries name are indexes that the database declares. */
import { describe, expect, it } from 'vitest';
import { CASE_INDEX, PENDING_CLOSURES_INDEX } from '../../../renderer/src/data/indexes';
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
});
