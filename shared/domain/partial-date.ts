/** Dates that may be known only in part: a year (`1994`), a month (`1994-03`) or a day (`1994-03-07`). */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface PartialDateParts {
  year: number;
  month: number | null;
  day: number | null;
}

export function parsePartialDate(value: string): PartialDateParts | null {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (year < 1900 || year > 2999) return null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && month !== null) {
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > lastDay) return null;
  }
  return { year, month, day };
}

export function isValidPartialDate(value: string): boolean {
  return parsePartialDate(value) !== null;
}

/** True when the earliest day the partial date can stand for is after `today` (`YYYY-MM-DD`). */
export function isPartialDateInFuture(value: string, today: string): boolean {
  const parts = parsePartialDate(value);
  if (!parts) return false;
  const earliest = [
    String(parts.year).padStart(4, '0'),
    String(parts.month ?? 1).padStart(2, '0'),
    String(parts.day ?? 1).padStart(2, '0'),
  ].join('-');
  return earliest > today;
}

/** Today's date as `YYYY-MM-DD` in the workstation's local time zone. */
export function localIsoDate(now: Date): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * Where shared rules read today's date: the data layer installs its Clock
 * (`createRepositories`), so a form, an import and a test with a fixed clock
 * all judge "in the future" by the same day. Until then, the workstation's
 * local date.
 */
let todaySource: () => string = () => localIsoDate(new Date());

export function workstationToday(): string {
  return todaySource();
}

export function setWorkstationToday(source: () => string): void {
  todaySource = source;
}

/**
 * Runs `check` with no date counted as in the future. "Not in the future" is
 * a rule for what is typed or imported; a record already stored (before the
 * rule, or on a workstation whose clock was wrong) must still restore from a
 * backup, and be corrected by a person afterwards.
 */
export function withoutFutureLimit<T>(check: () => T): T {
  const previous = todaySource;
  todaySource = () => '9999-12-31';
  try {
    return check();
  } finally {
    todaySource = previous;
  }
}
