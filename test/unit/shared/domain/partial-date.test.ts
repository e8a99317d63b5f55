import { describe, expect, it } from 'vitest';
import { isPartialDateInFuture, isValidPartialDate, localIsoDate, parsePartialDate } from '../../../../shared/domain/partial-date';

describe('parsePartialDate', () => {
  it.each([
    ['1994', { year: 1994, month: null, day: null }],
    ['1994-03', { year: 1994, month: 3, day: null }],
    ['1994-03-07', { year: 1994, month: 3, day: 7 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
    ['1994-12-31', { year: 1994, month: 12, day: 31 }],
    ['1900', { year: 1900, month: null, day: null }],
  ])('parses %s', (value, parts) => {
    expect(parsePartialDate(value)).toEqual(parts);
  });

  it.each(['1994-02-30', '1900-02-29', '2023-02-29', '1994-04-31', '1994-13', '1994-00', '1994-03-00', '94', '1994-3', '1994-03-7', '1899', '', 'unknown', '1994-03-07T00:00'])(
    'returns null for %j',
    (value) => {
      expect(parsePartialDate(value)).toBeNull();
      expect(isValidPartialDate(value)).toBe(false);
    },
  );

  it.each(['1994', '1994-03', '1994-03-07'])('isValidPartialDate(%s) is true', (value) => {
    expect(isValidPartialDate(value)).toBe(true);
  });
});

describe('isPartialDateInFuture', () => {
  const today = '2026-03-07';

  it.each([
    ['2026', false], // a year equal to the current year is not in the future
    ['2025', false],
    ['2027', true],
    ['2026-03', false], // nor is the current month
    ['2026-02', false],
    ['2026-04', true],
    ['2026-03-07', false], // nor today
    ['2026-03-06', false],
    ['2026-03-08', true],
    ['1994-03-07', false],
  ])('%s with today %s → %s', (value, expected) => {
    expect(isPartialDateInFuture(value, today)).toBe(expected);
  });

  it('treats a year as in the future only from the 1st of January of the next year', () => {
    expect(isPartialDateInFuture('2027', '2026-12-31')).toBe(true);
    expect(isPartialDateInFuture('2027', '2027-01-01')).toBe(false);
  });

  it('returns false for an invalid date (reported by the validity check instead)', () => {
    expect(isPartialDateInFuture('2999-02-30', today)).toBe(false);
    expect(isPartialDateInFuture('abc', today)).toBe(false);
  });
});

describe('localIsoDate', () => {
  it('formats the local calendar date with zero padding', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 12, 0))).toBe('2026-01-05');
    expect(localIsoDate(new Date(2026, 11, 31, 12, 0))).toBe('2026-12-31');
  });

  it('uses local time, not UTC, at both ends of the day', () => {
    expect(localIsoDate(new Date(2026, 2, 7, 0, 0, 0))).toBe('2026-03-07');
    expect(localIsoDate(new Date(2026, 2, 7, 23, 59, 59))).toBe('2026-03-07');
  });

  it('gives a date that isPartialDateInFuture accepts as today', () => {
    const today = localIsoDate(new Date());
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(isPartialDateInFuture(today, today)).toBe(false);
    expect(isPartialDateInFuture(String(new Date().getFullYear()), today)).toBe(false);
    expect(isPartialDateInFuture(String(new Date().getFullYear() + 1), today)).toBe(true);
  });
});
