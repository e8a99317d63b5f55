/** How a date of birth known only in part reads: "1994", "March 1994" or the full date. */
import { useTranslation } from 'react-i18next';
import { parsePartialDate } from '../../../../shared/domain/partial-date';
import { useFormatters } from '../../i18n/format';

export function usePartialDateText(): (value: string | null) => string | null {
  const { i18n } = useTranslation();
  const format = useFormatters();
  return (value) => {
    if (value === null) return null;
    const parts = parsePartialDate(value);
    if (!parts || parts.day !== null) return parts ? format.date(value) : value;
    if (parts.month === null) return String(parts.year);
    return new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(parts.year, parts.month - 1, 1)),
    );
  };
}
