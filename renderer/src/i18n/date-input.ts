/**
 * Reads a date as people at the post type it — "07/03/1994" is 7 March in
 * Amman and Moscow, 3 July in Manila — into the ISO form the data keeps
 * (`1994-03-07`, or `1994-03` for a month, `1994` for a year). The order of
 * day and month comes from Intl for the formatting locale; Arabic-Indic and
 * Persian digits are read as digits. Anything it cannot read unambiguously
 * is returned unchanged, for the schema to refuse with its message.
 */
import { isValidPartialDate } from '../../../shared/domain/partial-date';

const DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

function westernDigits(text: string): string {
  return text.replace(DIGITS, (d) => String(d.charCodeAt(0) & 0xf));
}

/** "dmy", "mdy" or "ymd": the order in which the locale writes a short numeric date. */
export function dateOrder(locale: string): 'dmy' | 'mdy' | 'ymd' {
  const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }).formatToParts(new Date(Date.UTC(2001, 1, 3)));
  const order = parts.flatMap((p) => (p.type === 'day' ? ['d'] : p.type === 'month' ? ['m'] : p.type === 'year' ? ['y'] : [])).join('');
  return order === 'mdy' || order === 'ymd' ? order : 'dmy';
}

export function regionalDateToIso(typed: string, locale: string): string {
  const text = westernDigits(typed.trim());
  if (isValidPartialDate(text)) return text;
  const numbers = text.split(/[\s./\-\u200f\u061c،]+/).filter(Boolean);
  if (numbers.length < 2 || numbers.length > 3 || !numbers.every((n) => /^\d{1,4}$/.test(n))) return typed;
  const pad = (n: string) => n.padStart(2, '0');
  let iso: string | null = null;
  if (numbers.length === 2) {
    // A month and a year, in either order the year can be told apart by its four digits.
    const [a, b] = numbers as [string, string];
    if (b.length === 4 && a.length <= 2) iso = `${b}-${pad(a)}`;
    else if (a.length === 4 && b.length <= 2) iso = `${a}-${pad(b)}`;
  } else {
    const [a, b, c] = numbers as [string, string, string];
    const order = a.length === 4 ? 'ymd' : dateOrder(locale);
    if (order === 'ymd' && a.length === 4) iso = `${a}-${pad(b)}-${pad(c)}`;
    else if (c.length === 4) iso = order === 'mdy' ? `${c}-${pad(a)}-${pad(b)}` : `${c}-${pad(b)}-${pad(a)}`;
  }
  return iso !== null && isValidPartialDate(iso) ? iso : typed;
}
