/** A date of birth typed the way the post writes dates is kept as the ISO date it means. */
import { describe, expect, it } from 'vitest';
import { dateOrder, regionalDateToIso } from '../../../renderer/src/i18n/date-input';

describe('dates typed as the region writes them', () => {
  it('know the order of day and month per locale', () => {
    expect(['en-001', 'en-ZA', 'en-US', 'ru-RU', 'fr-SN', 'ar-JO', 'es-CU', 'en-PH'].map(dateOrder)).toEqual(['dmy', 'ymd', 'mdy', 'dmy', 'dmy', 'dmy', 'dmy', 'mdy']);
  });

  it.each([
    ['07/03/1994', 'ru-RU', '1994-03-07'],
    ['7.3.1994', 'ru-RU', '1994-03-07'],
    ['07/03/1994', 'en-US', '1994-07-03'],
    ['07/03/1994', 'fr-SN', '1994-03-07'],
    ['٠٧/٠٣/١٩٩٤', 'ar-JO', '1994-03-07'],
    ['03/1994', 'fr-FR', '1994-03'],
    ['1994/03/07', 'en-ZA', '1994-03-07'],
    ['1994', 'ru-RU', '1994'],
    ['1994-03', 'en-US', '1994-03'],
    ['1994-03-07', 'ar-JO', '1994-03-07'],
  ])('%s at a post formatting as %s is %s', (typed, locale, iso) => {
    expect(regionalDateToIso(typed, locale)).toBe(iso);
  });

  it.each([['31/02/1994'], ['13/13/1994'], ['March 1994'], ['07/03/94'], ['']])('leaves "%s" as typed, for the form to refuse', (typed) => {
    expect(regionalDateToIso(typed, 'ru-RU')).toBe(typed);
  });
});
