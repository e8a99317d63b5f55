/**
 * A month as two selects, month and year, for the list's month filters.
 * Chromium's `<input type="month">` shows "--------- ----" when empty, which
 * reads as nothing at all; two named selects say what they want. The value
 * stays `YYYY-MM` (the URL's format); it changes only once both are chosen.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/format';

interface MonthPickerProps {
  legend: string;
  /** `YYYY-MM`, or '' for no month. */
  value: string;
  onChange: (value: string | undefined) => void;
  /** The latest year offered; earlier years go back `YEARS` years. */
  thisYear: number;
}

const YEARS = 15;
const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));

interface Draft {
  year: string;
  month: string;
}

function split(value: string): Draft {
  const [year = '', month = ''] = value ? value.split('-') : [];
  return { year, month };
}

function joined({ year, month }: Draft): string {
  return year && month ? `${year}-${month}` : '';
}

export function MonthPicker({ legend, value, onChange, thisYear }: MonthPickerProps) {
  const { t } = useTranslation();
  const { locale } = useFormatters();
  const id = useId();
  const [draft, setDraft] = useState(() => split(value));
  // A value set from outside (the URL, Clear filters) replaces what is being chosen; a half-chosen month is kept meanwhile.
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    if (joined(draft) !== value) setDraft(split(value));
  }

  const monthNames = useMemo(() => {
    const names = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    return MONTHS.map((m) => names.format(new Date(Date.UTC(2000, Number(m) - 1, 1))));
  }, [locale]);
  const years = useMemo(() => {
    const list = Array.from({ length: YEARS + 1 }, (_, i) => String(thisYear - i));
    if (draft.year && !list.includes(draft.year)) list.push(draft.year);
    return list.sort().reverse();
  }, [thisYear, draft.year]);

  const pick = (next: Draft) => {
    setDraft(next);
    const month = joined(next);
    if (month !== value) onChange(month || undefined);
  };

  return (
    <fieldset className="field month-picker">
      <legend>{legend}</legend>
      <label htmlFor={`${id}-month`} className="visually-hidden">
        {t('caseFilters.month')}
      </label>
      <select id={`${id}-month`} value={draft.month} onChange={(event) => pick({ ...draft, month: event.target.value })}>
        <option value="">{t('caseFilters.month')}</option>
        {MONTHS.map((m, i) => (
          <option key={m} value={m}>
            {monthNames[i]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-year`} className="visually-hidden">
        {t('caseFilters.year')}
      </label>
      <select id={`${id}-year`} value={draft.year} onChange={(event) => pick({ ...draft, year: event.target.value })}>
        <option value="">{t('caseFilters.year')}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
