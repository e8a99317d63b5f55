/**
 * Dates and times typed the way the post writes them are read as the ISO
 * values the data keeps, and shown back in the post's order, separators,
 * digits and clock. The locale is the one the app formats in (formatLocale:
 * the profile's language at the post's region).
 */
import { describe, expect, it } from 'vitest';
import {
  datePattern,
  dateOrder,
  formatRegionalDate,
  formatRegionalDateTime,
  readRegionalDate,
  readRegionalDateTime,
  timePattern,
} from '../../../renderer/src/i18n/date-input';
import { formatLocale } from '../../../renderer/src/i18n/format';

const today = '2026-12-01';
const read = (typed: string, locale: string, partial = false) => readRegionalDate(typed, locale, { today, partial });
const symbols = { day: 'dd', month: 'mm', year: 'yyyy' };

describe('the locale of each post', () => {
  it.each([
    ['en', 'ZA', 'en-ZA', 'ymd'],
    ['en', 'IN', 'en-IN', 'dmy'],
    ['en', 'US', 'en-US', 'mdy'],
    ['en', 'KE', 'en-KE', 'dmy'],
    ['ru', 'RU', 'ru-RU', 'dmy'],
    ['fr', 'FR', 'fr-FR', 'dmy'],
    ['es', 'ES', 'es-ES', 'dmy'],
    ['es', 'AR', 'es-AR', 'dmy'],
    ['ar', 'JO', 'ar-JO', 'dmy'],
    ['en', 'PH', 'en-PH', 'mdy'],
  ])('%s at a post in %s formats as %s, %s', (language, region, locale, order) => {
    expect(formatLocale(language, region)).toBe(locale);
    expect(dateOrder(locale)).toBe(order);
  });
});

describe('a date typed as the region writes it', () => {
  it.each([
    ['31.12.2026', 'ru-RU', '2026-12-31'],
    ['5.3.2026', 'ru-RU', '2026-03-05'],
    ['05.03.26', 'ru-RU', '2026-03-05'],
    ['5 марта 2026', 'ru-RU', '2026-03-05'],
    ['5 мар. 2026 г.', 'ru-RU', '2026-03-05'],
    ['31/12/2026', 'fr-FR', '2026-12-31'],
    ['5 mars 2026', 'fr-FR', '2026-03-05'],
    ['5 févr. 2026', 'fr-FR', '2026-02-05'],
    ['5 fevrier 2026', 'fr-FR', '2026-02-05'],
    ['31-12-2026', 'es-ES', '2026-12-31'],
    ['5 de marzo de 2026', 'es-ES', '2026-03-05'],
    ['31/12/2026', 'es-AR', '2026-12-31'],
    ['12/31/2026', 'en-US', '2026-12-31'],
    ['3/5/2026', 'en-US', '2026-03-05'],
    ['March 5, 2026', 'en-US', '2026-03-05'],
    ['05/03/2026', 'en-IN', '2026-03-05'],
    ['05 03 2026', 'en-IN', '2026-03-05'],
    ['5 Mar 2026', 'en-IN', '2026-03-05'],
    ['2026/03/05', 'en-ZA', '2026-03-05'],
    ['05/03/2026', 'en-ZA', '2026-03-05'],
    ['٠٥/٠٣/٢٠٢٦', 'ar-JO', '2026-03-05'],
    ['05\u200f/03\u200f/2026', 'ar-JO', '2026-03-05'],
    ['5 آذار 2026', 'ar-JO', '2026-03-05'],
    ['5 مارس 2026', 'ar-JO', '2026-03-05'],
    ['2026-03-05', 'en-US', '2026-03-05'],
    ['2026-03-05', 'ru-RU', '2026-03-05'],
  ])('"%s" at a post formatting as %s is %s', (typed, locale, iso) => {
    expect(read(typed, locale)).toEqual({ kind: 'date', iso });
  });

  it('places a two-digit year within 80 years before and 20 after today', () => {
    expect(read('07.03.94', 'ru-RU')).toEqual({ kind: 'date', iso: '1994-03-07' });
    expect(read('07.03.46', 'ru-RU')).toEqual({ kind: 'date', iso: '2046-03-07' });
    expect(read('07.03.47', 'ru-RU')).toEqual({ kind: 'date', iso: '1947-03-07' });
  });

  it('asks for the full year where a two-digit one could come first or last (a post that writes year/month/day)', () => {
    expect(read('26/03/05', 'en-ZA')).toEqual({ kind: 'unreadable' });
    expect(read('05/03/2026', 'en-ZA')).toEqual({ kind: 'date', iso: '2026-03-05' });
  });

  it.each([
    ['31/02/2026', 'fr-FR'],
    ['31.04.2026', 'ru-RU'],
    ['29.02.2027', 'ru-RU'],
    ['13/13/2026', 'fr-FR'],
    ['02/30/2026', 'en-US'],
    ['2026-02-30', 'en-US'],
    ['30 févr. 2026', 'fr-FR'],
  ])('"%s" (%s) is a day the calendar does not have', (typed, locale) => {
    expect(read(typed, locale)).toEqual({ kind: 'impossible' });
  });

  it.each([['5 ju 2026'], ['next Tuesday'], ['05/03'], ['2026'], ['03/2026'], ['5/3/20266'], ['1994-03'], ['5 марта']])('"%s" is not read as a date', (typed) => {
    expect(read(typed, 'ru-RU')).toEqual({ kind: 'unreadable' });
  });

  it('reads "jui" as no month, since June and July both begin so', () => {
    expect(read('5 jui 2026', 'fr-FR')).toEqual({ kind: 'unreadable' });
    expect(read('5 juil. 2026', 'fr-FR')).toEqual({ kind: 'date', iso: '2026-07-05' });
  });

  it('reads nothing from an empty box', () => {
    expect(read('  ', 'ru-RU')).toEqual({ kind: 'empty' });
  });
});

describe('a date known in part (a date of birth)', () => {
  it.each([
    ['1994', 'ru-RU', '1994'],
    ['03.1994', 'ru-RU', '1994-03'],
    ['03/1994', 'fr-FR', '1994-03'],
    ['1994-03', 'en-US', '1994-03'],
    ['mars 1994', 'fr-FR', '1994-03'],
    ['07/03/1994', 'en-US', '1994-07-03'],
    ['07/03/1994', 'ar-JO', '1994-03-07'],
  ])('"%s" (%s) is %s', (typed, locale, iso) => {
    expect(read(typed, locale, true)).toEqual({ kind: 'date', iso });
  });

  it('refuses a thirteenth month', () => {
    expect(read('13/1994', 'fr-FR', true)).toEqual({ kind: 'impossible' });
  });
});

describe('a date shown as the region writes it', () => {
  it.each([
    ['en-ZA', '2026/03/05', '03/1994', 'yyyy/mm/dd'],
    ['en-IN', '05/03/2026', '03/1994', 'dd/mm/yyyy'],
    ['en-US', '03/05/2026', '03/1994', 'mm/dd/yyyy'],
    ['ru-RU', '05.03.2026', '03.1994', 'dd.mm.yyyy'],
    ['fr-FR', '05/03/2026', '03/1994', 'dd/mm/yyyy'],
    ['es-ES', '05/03/2026', '3/1994', 'dd/mm/yyyy'],
    ['es-AR', '05/03/2026', '3/1994', 'dd/mm/yyyy'],
    ['ar-JO', '٠٥/٠٣/٢٠٢٦', '٠٣/١٩٩٤', 'dd/mm/yyyy'],
    ['ar-MA', '05/03/2026', '03/1994', 'dd/mm/yyyy'],
  ])('%s writes 5 March 2026 as %s, March 1994 as %s, and asks for %s', (locale, day, month, pattern) => {
    expect(formatRegionalDate('2026-03-05', locale)).toBe(day);
    expect(formatRegionalDate('1994-03', locale)).toBe(month);
    expect(formatRegionalDate('1994', locale)).toBe(locale === 'ar-JO' ? '١٩٩٤' : '1994');
    expect(datePattern(locale, symbols)).toBe(pattern);
    // What is shown is read back as the same date.
    expect(read(day, locale)).toEqual({ kind: 'date', iso: '2026-03-05' });
    expect(read(month, locale, true)).toEqual({ kind: 'date', iso: '1994-03' });
  });

  it('leaves text that is not a date as it is', () => {
    expect(formatRegionalDate('31/02/2026', 'fr-FR')).toBe('31/02/2026');
  });
});

describe('a date and time', () => {
  it.each([
    ['05.03.2026 14:30', 'ru-RU', '2026-03-05T14:30'],
    ['5.3.2026, 9:05', 'ru-RU', '2026-03-05T09:05'],
    ['05/03/2026 14h30', 'fr-FR', '2026-03-05T14:30'],
    ['3/5/2026 2:30 PM', 'en-US', '2026-03-05T14:30'],
    ['3/5/2026 12:15 am', 'en-US', '2026-03-05T00:15'],
    ['05/03/2026 2:30 p. m.', 'es-ES', '2026-03-05T14:30'],
    ['05/03/2026 2:30 pm', 'en-IN', '2026-03-05T14:30'],
    ['2026/03/05 14:30', 'en-ZA', '2026-03-05T14:30'],
    ['٠٥/٠٣/٢٠٢٦ ٢:٣٠ م', 'ar-JO', '2026-03-05T14:30'],
    ['٠٥/٠٣/٢٠٢٦ ١٤:٣٠', 'ar-JO', '2026-03-05T14:30'],
    ['2026-03-05T14:30', 'ru-RU', '2026-03-05T14:30'],
  ])('"%s" (%s) is %s', (typed, locale, value) => {
    expect(readRegionalDateTime(typed, locale, { today })).toEqual({ kind: 'dateTime', value });
  });

  it.each([['31.02.2026 10:00'], ['05.03.2026 24:00'], ['05.03.2026 10:60'], ['05.03.2026 13:00 PM']])('"%s" is a time that does not exist', (typed) => {
    expect(readRegionalDateTime(typed, 'ru-RU', { today })).toEqual({ kind: 'impossible' });
  });

  it.each([['05.03.2026'], ['14:30'], ['05.03.2026 14'], ['05.03.2026 2:30 xy']])('"%s" is not read as a date and time', (typed) => {
    expect(readRegionalDateTime(typed, 'ru-RU', { today })).toEqual({ kind: 'unreadable' });
  });

  it.each([
    ['ru-RU', '24h', '05.03.2026 14:30', 'hh:mm'],
    ['ru-RU', '12h', '05.03.2026 2:30 PM', 'hh:mm AM/PM'],
    ['en-US', '24h', '03/05/2026 14:30', 'hh:mm'],
    ['en-US', '12h', '03/05/2026 2:30 PM', 'hh:mm AM/PM'],
    ['en-IN', '12h', '05/03/2026 2:30 pm', 'hh:mm am/pm'],
    ['fr-FR', '24h', '05/03/2026 14:30', 'hh:mm'],
    ['ar-JO', '24h', '٠٥/٠٣/٢٠٢٦\u200e ١٤:٣٠', 'hh:mm'],
    ['ar-JO', '12h', '٠٥/٠٣/٢٠٢٦\u200e ٢:٣٠ م', 'hh:mm ص/م'],
    ['ar-MA', '24h', '05/03/2026 14:30', 'hh:mm'],
  ] as const)('%s on a %s clock shows %s and asks for %s', (locale, clock, shown, pattern) => {
    expect(formatRegionalDateTime('2026-03-05T14:30', locale, clock)).toBe(shown);
    expect(timePattern(locale, clock, { hour: 'hh', minute: 'mm' })).toBe(pattern);
    expect(readRegionalDateTime(shown, locale, { today })).toEqual({ kind: 'dateTime', value: '2026-03-05T14:30' });
  });

  it('shows the hours before ten with two digits on a 24-hour clock', () => {
    expect(formatRegionalDateTime('2026-03-05T09:05', 'ru-RU', '24h')).toBe('05.03.2026 09:05');
  });
});
