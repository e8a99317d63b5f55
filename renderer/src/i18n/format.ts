/**
 * Locale-aware formatting with Intl: dates, times, numbers and country names,
 * in the person's language and the post's region (its country's conventions:
 * day-month-year or month-day-year, separators, digits), on the workstation's
 * clock (24-hour unless a supervisor chose 12-hour).
 */
import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { parsePartialDate } from '../../../shared/domain/partial-date';
import type { Clock } from '../../../shared/schemas/settings';

export interface Formatters {
  /** The locale everything is formatted in, e.g. `ar-JO`, `en-001`. */
  locale: string;
  date(isoDate: string): string;
  /** A date known only in part (a date of birth) reads "1994", "March 1994" or the full date. */
  partialDate(value: string): string;
  dateTime(timestamp: string): string;
  /** The time of day alone, on the workstation's clock ("14:05"). */
  time(timestamp: string): string;
  number(value: number): string;
  /** A share (0 to 1) as a percentage, in the locale's way ("45 %", "٤٥٪"). */
  percent(share: number): string;
  country(code: string): string;
}

/** Where dates and numbers are written for, and on which clock; settings give them (App), forms before set-up have neither. */
export interface FormatPreferences {
  /** ISO 3166-1 alpha-2 code of the post's country. */
  region?: string | undefined;
  clock: Clock;
}

export const FormatPreferencesContext = createContext<FormatPreferences>({ clock: '24h' });

/** English-speaking regions that write the month first; every other English-speaking post writes the day first. */
const MONTH_FIRST_ENGLISH = new Set(['US', 'PH', 'AS', 'GU', 'MP', 'PR', 'UM', 'VI', 'FM', 'MH', 'PW']);

/**
 * The locale for `language` at a post in `region`. Intl knows many pairs
 * (`fr-SN`, `ar-JO`, `ru-KZ`); for a pair it lacks it falls back to the bare
 * language, which for English means the US order: there, international English
 * (`en-001`, day first) is used instead, unless the region writes the month first.
 */
export function formatLocale(language: string, region?: string): string {
  if (!region) return language;
  const candidate = `${language}-${region}`;
  if (new Intl.DateTimeFormat(candidate).resolvedOptions().locale === candidate) return candidate;
  if (language === 'en') return MONTH_FIRST_ENGLISH.has(region) ? 'en-US' : 'en-001';
  return language;
}

export function createFormatters(language: string, preferences: FormatPreferences = { clock: '24h' }): Formatters {
  const locale = formatLocale(language, preferences.region);
  const hourCycle = preferences.clock === '12h' ? 'h12' : 'h23';
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', hourCycle });
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const yearFormat = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });
  const timeFormat = new Intl.DateTimeFormat(locale, { timeStyle: 'short', hourCycle });
  const numberFormat = new Intl.NumberFormat(locale);
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const regions = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
  // Calendar dates have no time zone: format them as the same day everywhere.
  const date = (isoDate: string) => dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
  return {
    locale,
    date,
    partialDate: (value) => {
      const parts = parsePartialDate(value);
      if (!parts) return value;
      if (parts.day !== null) return date(value);
      const first = new Date(Date.UTC(parts.year, (parts.month ?? 1) - 1, 1));
      return parts.month === null ? yearFormat.format(first) : monthFormat.format(first);
    },
    dateTime: (timestamp) => dateTimeFormat.format(new Date(timestamp)),
    time: (timestamp) => timeFormat.format(new Date(timestamp)),
    number: (value) => numberFormat.format(value),
    percent: (share) => percentFormat.format(share),
    country: (code) => regions.of(code) ?? code,
  };
}

/**
 * The formatters of a language, region and clock, made once and shared: every
 * row of a list formats dates, and making the Intl formatters again for each
 * row costs more than the rows' own rendering. They hold no state.
 */
const made = new Map<string, Formatters>();

export function formattersFor(language: string, { region, clock }: FormatPreferences): Formatters {
  const key = `${language}|${region ?? ''}|${clock}`;
  let formatters = made.get(key);
  if (!formatters) {
    formatters = createFormatters(language, { region, clock });
    made.set(key, formatters);
  }
  return formatters;
}

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const { region, clock } = useContext(FormatPreferencesContext);
  return formattersFor(i18n.language, { region, clock });
}
