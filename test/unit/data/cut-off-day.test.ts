/**
 * The counts that move with the clock read the cut-off's day from an index
 * range: in one request (a filtered count walks the range by cursor, a round
 * trip a case in Chromium), tombstones left out on their records; a day of
 * more cases than CUT_OFF_DAY_READ is walked instead of held in memory.
 */
import { describe, expect, it } from 'vitest';
import { CUT_OFF_DAY_READ, staleCount } from '../../../renderer/src/data/repositories/clock-counts';
import { CASE_INDEX } from '../../../renderer/src/data/indexes';
import { caseInput, setUpWorkstation, testClock, type CaseReads } from './fixtures';

// Fourteen days after the cases were opened, at noon: the cut-off is noon on the day they were opened.
const CONTEXT = { now: '2026-02-15T12:00:00.000Z', today: '2026-02-15', contactLostDays: 14 };

describe('the cut-off day of a count that moves with the clock', () => {
  it('is read in one request, a tombstone on it left out, and walked when it holds more cases than a read may hold', async () => {
    const reads: CaseReads[] = [];
    const clock = testClock(Date.parse('2026-02-01T09:00:00Z'));
    const { db, repos, officer } = await setUpWorkstation(clock, reads);
    // Never reached: its last activity is its opening day, the cut-off's day.
    const input = caseInput({ passportNumber: '' });
    const made = await repos.cases.create({ ...input, reportedBy: { ...input.reportedBy, reportedOn: clock.today() } }, officer.id);
    const stored = (await db.cases.get(made.id))!;
    expect(stored.derived.activityAt).toBe('2026-02-01T00:00:00.000Z');
    const copies = (count: number, deletedAt: string | null) => Array.from({ length: count }, () => ({ ...stored, id: crypto.randomUUID(), deletedAt }));
    await db.cases.bulkPut(copies(1, '2026-02-10T08:00:00.000Z'));

    reads.length = 0;
    expect(await staleCount(db, CONTEXT)).toBe(1);
    expect(reads).toEqual([{ by: 'request', index: CASE_INDEX.openByActivity }]);

    await db.cases.bulkPut(copies(CUT_OFF_DAY_READ, null));
    reads.length = 0;
    expect(await staleCount(db, CONTEXT)).toBe(CUT_OFF_DAY_READ + 1);
    expect(reads).toEqual([
      { by: 'request', index: CASE_INDEX.openByActivity },
      { by: 'cursor', index: CASE_INDEX.openByActivity },
    ]);
  });
});
