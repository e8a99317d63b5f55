/** Dates of things that have happened are refused in the future, by the day the workstation's Clock says (issue 10). */
import { afterEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../../renderer/src/data/errors';
import { localIsoDate, setWorkstationToday } from '../../../shared/domain/partial-date';
import { SECTION_SCHEMAS } from '../../../shared/schemas/case-edits';
import { caseInput, setUpWorkstation, testClock } from './fixtures';

// The test clock starts on 1 March 2026.
const TOMORROW = '2026-03-02';

afterEach(() => setWorkstationToday(() => localIsoDate(new Date())));

async function refusal(edit: Promise<unknown>) {
  const error = await edit.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).problems;
}

describe('dates in the future', () => {
  it('each section refuses its dates after the clock’s today, and takes today itself', async () => {
    const { repos, officer } = await setUpWorkstation(testClock(Date.parse('2026-03-01T09:00:00Z')));
    const c = await repos.cases.create(caseInput(), officer.id);

    expect(await refusal(repos.cases.updateSection(c.id, c.version, 'reportedBy', { ...c.reportedBy, reportedOn: TOMORROW }, officer.id))).toEqual([
      { path: 'reportedOn', messageKey: 'validation.dateInFuture' },
    ]);
    const whereabouts = { ...c.whereabouts, lastKnownOn: TOMORROW };
    expect(await refusal(repos.cases.updateSection(c.id, c.version, 'whereabouts', whereabouts, officer.id))).toEqual([{ path: 'lastKnownOn', messageKey: 'validation.dateInFuture' }]);
    const recruitment = { ...c.recruitment, leftHomeOn: '2031-01-01', contractSignedOn: TOMORROW };
    expect(await refusal(repos.cases.updateSection(c.id, c.version, 'recruitment', recruitment, officer.id))).toEqual([
      { path: 'leftHomeOn', messageKey: 'validation.dateInFuture' },
      { path: 'contractSignedOn', messageKey: 'validation.dateInFuture' },
    ]);

    const saved = await repos.cases.updateSection(c.id, c.version, 'whereabouts', { ...c.whereabouts, lastKnownOn: '2026-03-01' }, officer.id);
    expect(saved.whereabouts.lastKnownOn).toBe('2026-03-01');
  });

  it('a date already stored in the future does not block an edit of another section', async () => {
    const { db, repos, officer } = await setUpWorkstation(testClock(Date.parse('2026-03-01T09:00:00Z')));
    const c = await repos.cases.create(caseInput(), officer.id);
    // Stored before the rule existed (or with a wrong clock): only its own section must correct it.
    await db.cases.update(c.id, { reportedBy: { ...c.reportedBy, reportedOn: TOMORROW } });
    const saved = await repos.cases.updateSection(c.id, c.version, 'overview', { priority: 'high', flags: [], notes: '' }, officer.id);
    expect(saved.priority).toBe('high');
    expect(await refusal(repos.cases.updateSection(c.id, saved.version, 'reportedBy', { ...c.reportedBy, reportedOn: TOMORROW }, officer.id))).toEqual([
      { path: 'reportedOn', messageKey: 'validation.dateInFuture' },
    ]);
  });

  it('the forms’ schemas judge by the same clock', async () => {
    await setUpWorkstation(testClock(Date.parse('2031-06-01T09:00:00Z')));
    // On the workstation's 1 June 2031, a report of May 2031 is in the past.
    expect(SECTION_SCHEMAS.reportedBy.shape.reportedOn.safeParse('2031-05-01').success).toBe(true);
    expect(SECTION_SCHEMAS.reportedBy.shape.reportedOn.safeParse('2031-06-02').error?.issues[0]?.message).toBe('validation.dateInFuture');
    expect(SECTION_SCHEMAS.person.shape.dateOfBirth.safeParse('2031-07').error?.issues[0]?.message).toBe('validation.dateInFuture');
  });
});
