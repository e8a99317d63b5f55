/**
 * Conversions between the date-time field's value (`2026-03-12T10:00`, the
 * workstation's wall-clock time, no zone) and the stored timestamp (ISO 8601
 * with the workstation's offset, `2026-03-12T10:00:00+03:00`), so the log keeps
 * both the instant and the local time the officer saw.
 */

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The date-time field value of an instant, in the workstation's time zone. */
export function toLocalInput(timestamp: string | Date): string {
  const d = typeof timestamp === 'string' ? new Date(timestamp) : timestamp;
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * The timestamp with offset of a date-time field value; '' when the value is
 * incomplete, which the schema then refuses. A wall-clock time skipped by a
 * daylight-saving change resolves to the instant the browser picks for it.
 */
export function fromLocalInput(value: string): string {
  const match = LOCAL_INPUT.exec(value);
  if (!match) return '';
  const [y, mo, d, h, mi, s] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi, s);
  if (Number.isNaN(date.getTime())) return '';
  const offsetMinutes = -date.getTimezoneOffset();
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  return (
    `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}
