/**
 * A date, a date known in part, or a date and time, typed the way the post
 * writes them ("05.03.2026" in Moscow, "03/05/2026 2:30 PM" in Manila, ISO
 * anywhere) and shown back that way, while the form holds the ISO value the
 * data keeps (`2026-03-05`, `1994-03`, `2026-03-05T14:30`). Text that is not a
 * date is handed to the form as typed, for the schema to refuse; the field
 * then says whether it could not read it or the calendar has no such day.
 * The browser's own date inputs are not used for typing: they follow the
 * workstation's locale, not the post's. Its calendar is still offered behind
 * a button, for picking a day with the mouse or the keyboard.
 */
import { useContext, useRef, useState, type Ref } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  datePattern,
  formatRegionalDate,
  formatRegionalDateTime,
  readRegionalDate,
  readRegionalDateTime,
  timePattern,
} from '../i18n/date-input';
import { FormatPreferencesContext, useFormatters } from '../i18n/format';
import { Field, type ControlAttributes } from './Field';

export type DateFieldKind = 'date' | 'partialDate' | 'dateTime';

/** LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE: a date and its format read left to right inside Arabic text, as the field shows them. */
const isolateLtr = (text: string) => `\u2066${text}\u2069`;
const asIs = (text: string) => text;

type Reading = { kind: 'empty' | 'impossible' | 'unreadable' } | { kind: 'value'; value: string };

interface RegionalDates {
  /** Changes when the locale or clock does, so the shown text is redrawn. */
  key: string;
  /** What the field asks for: `dd.mm.yyyy`, `mm/dd/yyyy hh:mm AM/PM`. */
  pattern: string;
  read(text: string): Reading;
  display(value: string): string;
}

function useRegionalDates(kind: DateFieldKind): RegionalDates & { partialPatterns: { year: string; monthYear: string } } {
  const { t, i18n } = useTranslation();
  const { locale } = useFormatters();
  const { clock } = useContext(FormatPreferencesContext);
  // Arabic letters joined by "/" would run right to left even inside a left-to-right isolate: isolating each keeps the order of the box.
  const symbol = i18n.dir() === 'rtl' ? (text: string) => `\u2068${text}\u2069` : (text: string) => text;
  const symbols = {
    day: symbol(t('dates.symbols.day')),
    month: symbol(t('dates.symbols.month')),
    year: symbol(t('dates.symbols.year')),
    hour: symbol(t('dates.symbols.hour')),
    minute: symbol(t('dates.symbols.minute')),
  };
  const datePart = datePattern(locale, symbols);
  return {
    key: `${locale}|${clock}`,
    pattern: kind === 'dateTime' ? `${datePart} ${timePattern(locale, clock, symbols)}` : datePart,
    partialPatterns: { year: symbols.year, monthYear: datePattern(locale, symbols, 'my') },
    read: (text) => {
      const reading = kind === 'dateTime' ? readRegionalDateTime(text, locale) : readRegionalDate(text, locale, { partial: kind === 'partialDate' });
      if (reading.kind === 'date') return { kind: 'value', value: reading.iso };
      if (reading.kind === 'dateTime') return { kind: 'value', value: reading.value };
      return reading;
    },
    display: (value) => (kind === 'dateTime' ? formatRegionalDateTime(value, locale, clock) : formatRegionalDate(value, locale)),
  };
}

interface DateFieldProps<V extends FieldValues, T> {
  control: Control<V, unknown, T>;
  name: Path<V>;
  label: string;
  kind?: DateFieldKind;
  /** A message-catalogue key from the schema; a date that cannot be read is described by the field itself. */
  error?: string | undefined;
  required?: boolean;
  /** Said before the format, e.g. whose clock a time is on. */
  hint?: string;
  /** The width class of the text box. */
  className?: string;
}

export function DateField<V extends FieldValues, T>({ control, name, label, kind = 'date', error, required, hint, className }: DateFieldProps<V, T>) {
  const { t, i18n } = useTranslation();
  const dates = useRegionalDates(kind);
  const ltr = i18n.dir() === 'rtl' ? isolateLtr : asIs;
  const formatHint =
    kind === 'partialDate'
      ? t('dates.partialHint', { year: ltr(dates.partialPatterns.year), monthYear: ltr(dates.partialPatterns.monthYear), full: ltr(dates.pattern) })
      : t('dates.hint', { pattern: ltr(dates.pattern) });
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => {
        const value = typeof field.value === 'string' ? field.value : '';
        const reading = dates.read(value);
        // The schema only knows the value is not ISO; the field knows what was typed.
        const described: { key?: string; values?: Record<string, string> } =
          error === undefined || reading.kind === 'value'
            ? { key: error }
            : reading.kind === 'empty'
              ? { key: 'validation.required' }
              : reading.kind === 'impossible'
                ? { key: 'dates.impossible', values: { typed: ltr(value.trim()) } }
                : { key: 'dates.unreadable', values: { pattern: ltr(dates.pattern) } };
        return (
          <Field label={label} hint={hint ? `${hint} ${formatHint}` : formatHint} error={described.key} errorValues={described.values} required={required}>
            {(attributes) => (
              <RegionalDateInput
                {...attributes}
                kind={kind}
                dates={dates}
                name={field.name}
                value={value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                inputRef={field.ref}
                className={className}
                calendarLabel={t('dates.calendar')}
              />
            )}
          </Field>
        );
      }}
    />
  );
}

interface RegionalDateInputProps extends ControlAttributes {
  kind: DateFieldKind;
  dates: RegionalDates;
  name: string;
  value: string;
  onChange(value: string): void;
  onBlur(): void;
  inputRef: Ref<HTMLInputElement>;
  className: string | undefined;
  calendarLabel: string;
}

function RegionalDateInput({ kind, dates, name, value, onChange, onBlur, inputRef, className, calendarLabel, ...attributes }: RegionalDateInputProps) {
  const key = `${dates.key}|${value}`;
  // What the box shows: the person's own typing while it is the form's value, the post's format after a reset, a pick or leaving the box.
  const [shown, setShown] = useState({ key, text: dates.display(value) });
  let text = shown.text;
  if (shown.key !== key) {
    text = dates.display(value);
    setShown({ key, text });
  }
  const native = useRef<HTMLInputElement>(null);
  const reading = dates.read(value);

  const type = (typed: string) => {
    const read = dates.read(typed);
    const next = read.kind === 'value' ? read.value : read.kind === 'empty' ? '' : typed;
    setShown({ key: `${dates.key}|${next}`, text: typed });
    onChange(next);
  };

  return (
    <span className="date-field">
      <input
        {...attributes}
        ref={inputRef}
        type="text"
        dir="ltr"
        autoComplete="off"
        spellCheck={false}
        name={name}
        className={className}
        value={text}
        onChange={(event) => type(event.target.value)}
        onBlur={() => {
          if (reading.kind === 'value') setShown({ key, text: dates.display(value) });
          onBlur();
        }}
      />
      {kind === 'partialDate' ? null : (
        <>
          <button
            type="button"
            className="button date-field__calendar"
            aria-label={calendarLabel}
            // Which date the calendar is for, told without making the field's label this button's name too.
            aria-describedby={`${attributes.id}-label`}
            title={calendarLabel}
            onClick={() => {
              try {
                native.current?.showPicker();
              } catch {
                // A browser without a picker for this input: the date is typed instead.
              }
            }}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M7 2v2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2h-2V2h-2v2H9V2H7Zm-2 8h14v10H5V10Z" fill="currentColor" />
            </svg>
          </button>
          <input
            ref={native}
            type={kind === 'dateTime' ? 'datetime-local' : 'date'}
            className="date-field__native"
            tabIndex={-1}
            aria-hidden="true"
            value={reading.kind === 'value' ? value : ''}
            onChange={(event) => {
              setShown({ key: `${dates.key}|${event.target.value}`, text: dates.display(event.target.value) });
              onChange(event.target.value);
            }}
          />
        </>
      )}
    </span>
  );
}
