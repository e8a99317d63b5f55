/** Locale-aware formatting with Intl: dates, times, numbers and country names. */
import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';

export interface Formatters {
  date(isoDate: string): string;
  dateTime(timestamp: string): string;
  number(value: number): string;
  country(code: string): string;
}

export function createFormatters(locale: string): Formatters {
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const numberFormat = new Intl.NumberFormat(locale);
  const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  return {
    // Calendar dates have no time zone: format them as the same day everywhere.
    date: (isoDate) => dateFormat.format(new Date(`${isoDate}T00:00:00Z`)),
    dateTime: (timestamp) => dateTimeFormat.format(new Date(timestamp)),
    number: (value) => numberFormat.format(value),
    country: (code) => regions.of(code) ?? code,
  };
}

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  return useMemo(() => createFormatters(i18n.language), [i18n.language]);
}
