import { describe, expect, it } from 'vitest';
import { addDays, DUE_SOON_DAYS, followUpUrgency } from '../../../../shared/domain/follow-up-urgency';

describe('addDays', () => {
  it.each([
    ['2026-03-07', 0, '2026-03-07'],
    ['2026-03-07', 3, '2026-03-10'],
    ['2026-03-07', -7, '2026-02-28'],
    ['2026-02-27', 2, '2026-03-01'],
    ['2028-02-27', 2, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2026-12-30', 3, '2027-01-02'],
    ['2027-01-02', -3, '2026-12-30'],
    // Daylight-saving changes (Europe: 29 March, 25 October 2026) never shift the date.
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-24', 2, '2026-10-26'],
    ['2026-01-01', 365, '2027-01-01'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each(['2026-02-30', '2026-13-01', '2026-3-7', '07/03/2026', '2026-03-07T10:00:00Z', ''])('rejects %j', (date) => {
    expect(() => addDays(date, 1)).toThrow(RangeError);
  });

  it('rejects a fraction of a day', () => {
    expect(() => addDays('2026-03-07', 1.5)).toThrow(RangeError);
  });
});

describe('followUpUrgency', () => {
  const today = '2026-03-07';

  it('uses a three-day window', () => {
    expect(DUE_SOON_DAYS).toBe(3);
  });

  it.each([
    ['2025-12-31', 'overdue'],
    ['2026-03-06', 'overdue'],
    ['2026-03-07', 'due_soon'],
    ['2026-03-08', 'due_soon'],
    ['2026-03-10', 'due_soon'],
    ['2026-03-11', 'later'],
    ['2027-01-01', 'later'],
  ] as const)('an open follow-up due on %s is %s', (dueOn, expected) => {
    expect(followUpUrgency({ dueOn, done: false }, today)).toBe(expected);
  });

  it.each(['2026-03-01', '2026-03-07', '2026-03-09', '2026-06-01'])('a done follow-up due on %s is done', (dueOn) => {
    expect(followUpUrgency({ dueOn, done: true }, today)).toBe('done');
  });

  it('counts the window across a month and a year end', () => {
    expect(followUpUrgency({ dueOn: '2026-03-02', done: false }, '2026-02-27')).toBe('due_soon');
    expect(followUpUrgency({ dueOn: '2026-03-03', done: false }, '2026-02-27')).toBe('later');
    expect(followUpUrgency({ dueOn: '2027-01-02', done: false }, '2026-12-30')).toBe('due_soon');
    expect(followUpUrgency({ dueOn: '2027-01-03', done: false }, '2026-12-30')).toBe('later');
    expect(followUpUrgency({ dueOn: '2026-12-31', done: false }, '2027-01-01')).toBe('overdue');
  });

  it('rejects unreadable dates', () => {
    expect(() => followUpUrgency({ dueOn: '2026-03-40', done: false }, today)).toThrow(RangeError);
    expect(() => followUpUrgency({ dueOn: '2026-03-08', done: false }, 'today')).toThrow(RangeError);
  });
});
