/** Locale-aware formatting with Intl: dates, times, numbers and country names. */
import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import { parsePartialDate } from '../../../shared/domain/partial-date';

export interface Formatters {
  date(isoDate: string): string;
  /** A date known only in part (a date of birth) reads "1994", "March 1994" or the full date. */
  partialDate(value: string): string;
  dateTime(timestamp: string): string;
  number(value: number): string;
  country(code: string): string;
}

export function createFormatters(locale: string): Formatters {
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const numberFormat = new Intl.NumberFormat(locale);
  const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  // Calendar dates have no time zone: format them as the same day everywhere.
  const date = (isoDate: string) => dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
  return {
    date,
    partialDate: (value) => {
      const parts = parsePartialDate(value);
      if (!parts || parts.day !== null) return parts ? date(value) : value;
      if (parts.month === null) return String(parts.year);
      return monthFormat.format(new Date(Date.UTC(parts.year, parts.month - 1, 1)));
    },
    dateTime: (timestamp) => dateTimeFormat.format(new Date(timestamp)),
    number: (value) => numberFormat.format(value),
    country: (code) => regions.of(code) ?? code,
  };
}

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  return useMemo(() => createFormatters(i18n.language), [i18n.language]);
}
