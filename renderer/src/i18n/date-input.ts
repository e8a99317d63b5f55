/**
 * Dates as people at the post type and read them — "07/03/1994" is 7 March in
 * Amman and Moscow, 3 July in Manila — and the ISO forms the data keeps
 * (`1994-03-07`, `1994-03` or `1994` for a date known in part, and
 * `1994-03-07T14:30` for a wall-clock date and time). The order of day and
 * month, the separators and the digits come from Intl for the formatting
 * locale (./format.ts); month names are read in the locale's language and in
 * English; Arabic-Indic and Persian digits are read as digits; ISO is always
 * understood. A reading says why it failed (unreadable, or no such day), so
 * the field can say so.
 */
import { parsePartialDate, workstationToday } from '../../../shared/domain/partial-date';
import type { Clock } from '../../../shared/schemas/settings';

const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
/** Direction marks Intl puts between Arabic date parts; a date field is laid out left to right without them. */
const BIDI_MARKS = /[\u200e\u200f\u061c\u2066-\u2069]/g;
const SEPARATORS = /[\s./\-,،]+/;
/** Words that may stand between the parts of a written date: "5 de marzo de 2026", "5 марта 2026 г.". */
const FILLER_WORDS = new Set(['de', 'del', 'г', 'года', 'the', 'of']);

export type DateReading =
  | { kind: 'empty' }
  | { kind: 'date'; iso: string }
  /** Read as a day, month and year that the calendar does not have (31/02/2026). */
  | { kind: 'impossible' }
  | { kind: 'unreadable' };

export type DateTimeReading =
  | { kind: 'empty' }
  /** `YYYY-MM-DDTHH:mm`, the workstation's wall-clock time. */
  | { kind: 'dateTime'; value: string }
  | { kind: 'impossible' }
  | { kind: 'unreadable' };

export interface DateReadOptions {
  /** Accept a year (`1994`) or a month and year (`03/1994`) alone, as a date of birth does. */
  partial?: boolean;
  /** Today as `YYYY-MM-DD`, which places a two-digit year in its century. */
  today?: string;
}

function plainText(typed: string): string {
  return typed
    .replace(EASTERN_DIGITS, (d) => String(d.charCodeAt(0) & 0xf))
    .replace(BIDI_MARKS, '')
    .normalize('NFC')
    .trim();
}

/** Lower case without accents or dots, so "Févr." and "fevr" are the same word. */
function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\./g, '')
    .toLocaleLowerCase();
}

/** "dmy", "mdy" or "ymd": the order in which the locale writes a short numeric date. */
export function dateOrder(locale: string): 'dmy' | 'mdy' | 'ymd' {
  const parts = numericDateFormat(locale).formatToParts(new Date(Date.UTC(2001, 1, 3)));
  const order = parts.flatMap((p) => (p.type === 'day' ? ['d'] : p.type === 'month' ? ['m'] : p.type === 'year' ? ['y'] : [])).join('');
  return order === 'mdy' || order === 'ymd' ? order : 'dmy';
}

const numericFormatCache = new Map<string, Intl.DateTimeFormat>();

/** Every field reads and shows dates through these on each render: built once per locale. */
function numericDateFormat(locale: string, parts: 'dmy' | 'my' | 'y' = 'dmy'): Intl.DateTimeFormat {
  const key = `${locale}|${parts}`;
  let format = numericFormatCache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      ...(parts === 'dmy' ? { day: '2-digit' } : {}),
      ...(parts === 'y' ? {} : { month: '2-digit' }),
      year: 'numeric',
      timeZone: 'UTC',
      calendar: 'gregory',
    });
    numericFormatCache.set(key, format);
  }
  return format;
}

const monthNameCache = new Map<string, Map<string, number>>();

/** Every spelling of each month in `locale`, its language and English (long, short, standalone and in a date), folded. */
function monthNames(locale: string): Map<string, number> {
  const cached = monthNameCache.get(locale);
  if (cached) return cached;
  const names = new Map<string, number>();
  const styles: Intl.DateTimeFormatOptions[] = [{ month: 'long' }, { month: 'short' }, { month: 'long', day: 'numeric' }, { month: 'short', day: 'numeric' }];
  for (const language of new Set([locale, new Intl.Locale(locale).language, 'en'])) {
    for (const style of styles) {
      const format = new Intl.DateTimeFormat(language, { ...style, timeZone: 'UTC', calendar: 'gregory', numberingSystem: 'latn' });
      for (let month = 1; month <= 12; month += 1) {
        const name = format.formatToParts(new Date(Date.UTC(2001, month - 1, 15))).find((p) => p.type === 'month')?.value;
        if (name) names.set(foldWord(name), month);
      }
    }
  }
  monthNameCache.set(locale, names);
  return names;
}

/** The month a word names, when it is a month's name or the start (three letters or more) of one month's names only. */
function monthOf(word: string, locale: string): number | null {
  const folded = foldWord(word);
  const names = monthNames(locale);
  const exact = names.get(folded);
  if (exact !== undefined) return exact;
  if (folded.length < 3) return null;
  const months = new Set([...names].filter(([name]) => name.startsWith(folded)).map(([, month]) => month));
  return months.size === 1 ? [...months][0]! : null;
}

/** The four-digit year a two-digit one means: within 80 years before and 20 after today. */
function fullYear(digits: string, today: string): number {
  if (digits.length !== 2) return Number(digits);
  const thisYear = Number(today.slice(0, 4));
  const year = Math.floor(thisYear / 100) * 100 + Number(digits);
  if (year > thisYear + 20) return year - 100;
  if (year <= thisYear - 80) return year + 100;
  return year;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function checked(year: number, month: number | null, day: number | null): DateReading {
  const iso = [pad(year, 4), ...(month === null ? [] : [pad(month)]), ...(day === null ? [] : [pad(day)])].join('-');
  return parsePartialDate(iso) ? { kind: 'date', iso } : { kind: 'impossible' };
}

export function readRegionalDate(typed: string, locale: string, options: DateReadOptions = {}): DateReading {
  const text = plainText(typed);
  if (!text) return { kind: 'empty' };
  const today = options.today ?? workstationToday();
  const iso = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), iso[2] === undefined ? null : Number(iso[2]), iso[3] === undefined ? null : Number(iso[3])];
    if (day === null && !options.partial) return { kind: 'unreadable' };
    return checked(year, month, day);
  }
  const tokens = text.split(SEPARATORS).filter(Boolean);
  const numbers: string[] = [];
  let namedMonth: number | null = null;
  for (const token of tokens) {
    if (/^\d{1,4}$/.test(token)) numbers.push(token);
    else if (FILLER_WORDS.has(foldWord(token))) continue;
    else {
      const month = /^\p{L}+$/u.test(token) ? monthOf(token, locale) : null;
      if (month === null || namedMonth !== null) return { kind: 'unreadable' };
      namedMonth = month;
    }
  }
  const isYear = (n: string) => n.length === 4;
  if (namedMonth !== null) {
    if (numbers.length === 1 && options.partial && isYear(numbers[0]!)) return checked(Number(numbers[0]), namedMonth, null);
    if (numbers.length !== 2) return { kind: 'unreadable' };
    // "5 March 2026", "March 5, 2026", "2026 March 5": the four-digit number is the year; else the day comes first.
    const [a, b] = numbers as [string, string];
    const [day, year] = isYear(a) && !isYear(b) ? [b, a] : [a, b];
    if (day.length > 2 || (year.length !== 4 && year.length !== 2)) return { kind: 'unreadable' };
    return checked(fullYear(year, today), namedMonth, Number(day));
  }
  if (numbers.length === 2 && options.partial) {
    // A month and a year, in either order; the year is told apart by its four digits.
    const [a, b] = numbers as [string, string];
    if (isYear(b) && a.length <= 2) return checked(Number(b), Number(a), null);
    if (isYear(a) && b.length <= 2) return checked(Number(a), Number(b), null);
    return { kind: 'unreadable' };
  }
  if (numbers.length !== 3) return { kind: 'unreadable' };
  const [a, b, c] = numbers as [string, string, string];
  if (isYear(a)) return b.length <= 2 && c.length <= 2 ? checked(Number(a), Number(b), Number(c)) : { kind: 'unreadable' };
  if (a.length > 2 || b.length > 2 || (c.length !== 4 && c.length !== 2)) return { kind: 'unreadable' };
  const order = dateOrder(locale);
  // Where the year comes first (South Africa), 26/03/05 may be yy/mm/dd as well as dd/mm/yy: ask for the full year.
  if (order === 'ymd' && c.length === 2) return { kind: 'unreadable' };
  const year = fullYear(c, today);
  return order === 'mdy' ? checked(year, Number(a), Number(b)) : checked(year, Number(b), Number(a));
}

/** An ISO date (or partial date) as the post writes it in a field: `05.03.2026`, `03/05/2026`, `03.1994`; anything else as it is. */
export function formatRegionalDate(iso: string, locale: string): string {
  const parts = parsePartialDate(iso);
  if (!parts) return iso;
  const format = numericDateFormat(locale, parts.day !== null ? 'dmy' : parts.month !== null ? 'my' : 'y');
  return format.format(new Date(Date.UTC(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1))).replace(BIDI_MARKS, '');
}

export interface DateSymbols {
  day: string;
  month: string;
  year: string;
}

/** How the post writes a date (or a month and year), in the language's letters: `dd/mm/yyyy`, `дд.мм.гггг`, `mm/dd/yyyy`, `mm/yyyy`. */
export function datePattern(locale: string, symbols: DateSymbols, parts: 'dmy' | 'my' = 'dmy'): string {
  return numericDateFormat(locale, parts)
    .formatToParts(new Date(Date.UTC(2001, 1, 3)))
    .map((part) => (part.type === 'day' || part.type === 'month' || part.type === 'year' ? symbols[part.type] : part.value.replace(BIDI_MARKS, '')))
    .join('');
}

// Date and time

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;
/** A time at the end of the text: 14:30, 14.30, 14h30, 2:30 pm, 2:30 p. m., ٢:٣٠ م. */
const TRAILING_TIME = /(?:^|[\s,،T]+)(\d{1,2})\s*[:.hH]\s*(\d{2})(?:\s*:\s*\d{2})?\s*([\p{L}.\s]*)$/u;

const dayPeriodCache = new Map<string, Map<string, 'am' | 'pm'>>();

/** The words for before and after noon in `locale` and English, folded ("am", "pm", "ص", "م", "a m"). */
function dayPeriods(locale: string): Map<string, 'am' | 'pm'> {
  const cached = dayPeriodCache.get(locale);
  if (cached) return cached;
  const periods = new Map<string, 'am' | 'pm'>();
  for (const language of [locale, 'en']) {
    const format = new Intl.DateTimeFormat(language, { hour: 'numeric', hourCycle: 'h12', timeZone: 'UTC' });
    for (const [hour, period] of [
      [1, 'am'],
      [13, 'pm'],
    ] as const) {
      const word = format.formatToParts(new Date(Date.UTC(2001, 0, 1, hour))).find((p) => p.type === 'dayPeriod')?.value;
      if (word) periods.set(foldWord(word).replace(/\s/g, ''), period);
    }
  }
  periods.set('am', 'am');
  periods.set('pm', 'pm');
  dayPeriodCache.set(locale, periods);
  return periods;
}

/** A date and time as typed at the post ("05.03.2026 14:30", "3/5/2026 2:30 PM", ISO) into `YYYY-MM-DDTHH:mm`. */
export function readRegionalDateTime(typed: string, locale: string, options: Omit<DateReadOptions, 'partial'> = {}): DateTimeReading {
  const text = plainText(typed);
  if (!text) return { kind: 'empty' };
  const time = TRAILING_TIME.exec(text.replace(/^(\d{4}-\d{1,2}-\d{1,2})T/, '$1 '));
  if (!time) return { kind: 'unreadable' };
  const datePart = text.slice(0, text.length - time[0].length);
  const date = readRegionalDate(datePart, locale, options);
  if (date.kind === 'empty' || date.kind === 'unreadable') return { kind: 'unreadable' };
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  const periodWord = foldWord(time[3] ?? '').replace(/\s/g, '');
  if (periodWord) {
    const period = dayPeriods(locale).get(periodWord);
    if (!period) return { kind: 'unreadable' };
    if (hour < 1 || hour > 12) return { kind: 'impossible' };
    hour = (hour % 12) + (period === 'pm' ? 12 : 0);
  }
  if (date.kind === 'impossible' || hour > 23 || minute > 59) return { kind: 'impossible' };
  return { kind: 'dateTime', value: `${date.iso}T${pad(hour)}:${pad(minute)}` };
}

/** `YYYY-MM-DDTHH:mm` as the post writes it: `05.03.2026 14:30`, `03/05/2026 2:30 PM`; anything else as it is. */
export function formatRegionalDateTime(value: string, locale: string, clock: Clock): string {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match || !parsePartialDate(match[1]!)) return value;
  const time = new Intl.DateTimeFormat(locale, {
    hour: clock === '12h' ? 'numeric' : '2-digit',
    minute: '2-digit',
    hourCycle: clock === '12h' ? 'h12' : 'h23',
    timeZone: 'UTC',
  });
  const at = new Date(Date.UTC(2001, 0, 1, Number(match[2]), Number(match[3])));
  const date = formatRegionalDate(match[1]!, locale);
  // Arabic-Indic digits are laid out as Arabic numbers: without a LEFT-TO-RIGHT MARK the space between
  // date and time would turn right to left, and the time would show before the date in a left-to-right box.
  const separator = /^[0-9]/.test(date) ? ' ' : '\u200e ';
  return `${date}${separator}${time.format(at).replace(BIDI_MARKS, '')}`;
}

/** How the post writes a time on `clock`: `hh:mm`, or `hh:mm AM/PM` with the locale's words. */
export function timePattern(locale: string, clock: Clock, symbols: { hour: string; minute: string }): string {
  const base = `${symbols.hour}:${symbols.minute}`;
  if (clock === '24h') return base;
  const format = new Intl.DateTimeFormat(locale, { hour: 'numeric', hourCycle: 'h12', timeZone: 'UTC' });
  const period = (hour: number) => format.formatToParts(new Date(Date.UTC(2001, 0, 1, hour))).find((p) => p.type === 'dayPeriod')?.value ?? '';
  return `${base} ${period(1)}/${period(13)}`;
}
