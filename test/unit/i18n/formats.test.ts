/**
 * Dates, times and numbers follow the person's language and the post's
 * region, on the 24-hour clock unless a supervisor chose 12-hour; a date
 * known only in part reads as what is known.
 */
import { describe, expect, it } from 'vitest';
import { createFormatters, formatLocale, formattersFor } from '../../../renderer/src/i18n/format';

const AT = '2026-11-30T16:25:00Z';
// Times are shown in the workstation's time zone; the tests run in UTC (vitest.config.ts), so 16:25 stays 16:25.

describe('the locale of a language at a post', () => {
  it.each([
    ['en', 'ZA', 'en-ZA'],
    ['en', 'RU', 'en-001'],
    ['en', 'NP', 'en-001'],
    ['en', 'US', 'en-US'],
    ['fr', 'SN', 'fr-SN'],
    ['ar', 'JO', 'ar-JO'],
    ['ru', 'KZ', 'ru-KZ'],
    ['es', 'CU', 'es-CU'],
  ])('%s at a post in %s formats as %s', (language, region, locale) => {
    expect(formatLocale(language, region)).toBe(locale);
  });
});

describe('dates per region', () => {
  it.each([
    // English at a post in South Africa, Russia or Kenya: day first, not the US "Nov 30, 2026".
    ['en', 'ZA', '30 Nov 2026'],
    ['en', 'RU', '30 Nov 2026'],
    ['en', 'KE', '30 Nov 2026'],
    ['en', 'US', 'Nov 30, 2026'],
    ['ru', 'RU', '30 нояб. 2026 г.'],
    ['fr', 'SN', '30 nov. 2026'],
    ['es', 'CU', '30 nov 2026'],
  ])('%s at a post in %s: %s', (language, region, expected) => {
    expect(createFormatters(language, { region, clock: '24h' }).date('2026-11-30')).toBe(expected);
  });

  it('Arabic follows the region: Arabic-Indic digits in Jordan, Latin digits in Morocco, day first in both', () => {
    // Intl marks each separator right-to-left (U+200F), so the date reads day, month, year from the right.
    expect(createFormatters('ar', { region: 'JO', clock: '24h' }).date('2026-11-30')).toBe('٣٠\u200f/١١\u200f/٢٠٢٦');
    expect(createFormatters('ar', { region: 'MA', clock: '24h' }).date('2026-11-30')).toBe('30\u200f/11\u200f/2026');
  });
});

describe('times', () => {
  it('use the 24-hour clock by default, in every language', () => {
    expect(createFormatters('en', { region: 'ZA', clock: '24h' }).dateTime(AT)).toBe('30 Nov 2026, 16:25');
    expect(createFormatters('en', { region: 'US', clock: '24h' }).dateTime(AT)).toBe('Nov 30, 2026, 16:25');
    expect(createFormatters('ru', { region: 'RU', clock: '24h' }).dateTime(AT)).toBe('30 нояб. 2026 г., 16:25');
    expect(createFormatters('fr', { region: 'FR', clock: '24h' }).dateTime(AT)).toBe('30 nov. 2026, 16:25');
  });

  it('use the 12-hour clock when the workstation is set to it', () => {
    expect(createFormatters('en', { region: 'ZA', clock: '12h' }).dateTime(AT)).toMatch(/^30 Nov 2026, 0?4:25\s?pm$/i);
  });
});

describe('numbers and partial dates', () => {
  it('numbers use the region’s separators', () => {
    expect(createFormatters('ru', { region: 'RU', clock: '24h' }).number(12345)).toBe('12\u00a0345');
    expect(createFormatters('en', { region: 'GB', clock: '24h' }).number(12345)).toBe('12,345');
    expect(createFormatters('es', { region: 'ES', clock: '24h' }).number(12345)).toBe('12.345');
  });

  it('a partial date reads as what is known, in the language', () => {
    const en = createFormatters('en', { region: 'GB', clock: '24h' });
    expect([en.partialDate('1994'), en.partialDate('1994-03'), en.partialDate('1994-03-07')]).toEqual(['1994', 'March 1994', '7 Mar 1994']);
    const ru = createFormatters('ru', { region: 'RU', clock: '24h' });
    expect([ru.partialDate('1994'), ru.partialDate('1994-03')]).toEqual(['1994', 'март 1994 г.']);
    const fr = createFormatters('fr', { region: 'FR', clock: '24h' });
    expect(fr.partialDate('1994-03')).toBe('mars 1994');
    const es = createFormatters('es', { region: 'ES', clock: '24h' });
    expect(es.partialDate('1994-03')).toBe('marzo de 1994');
    // A value that is not a date is shown as stored, never hidden.
    expect(en.partialDate('unknown')).toBe('unknown');
  });

  it('without a region (a form before set-up), the language alone decides', () => {
    expect(createFormatters('en').date('2026-02-14')).toBe('Feb 14, 2026');
  });
});

describe('formatters shared across a screen', () => {
  it('are made once per language, region and clock, and differ where any of them does', () => {
    const first = formattersFor('en', { region: 'ZA', clock: '24h' });
    expect(formattersFor('en', { region: 'ZA', clock: '24h' })).toBe(first);
    const others = [formattersFor('en', { region: 'US', clock: '24h' }), formattersFor('en', { region: 'ZA', clock: '12h' }), formattersFor('fr', { region: 'ZA', clock: '24h' }), formattersFor('en', { clock: '24h' })];
    expect(new Set([first, ...others]).size).toBe(5);
    expect(others[0]!.dateTime(AT)).toBe('Nov 30, 2026, 16:25');
    expect(first.dateTime(AT)).toBe('30 Nov 2026, 16:25');
  });
});
