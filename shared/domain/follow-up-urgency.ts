/**
 * How urgent a follow-up is (DESIGN.md §3 "Follow-ups": overdue ones stand out
 * everywhere). Dates are calendar dates `YYYY-MM-DD` in the workstation's local
 * time zone; `today` comes in as a parameter.
 *
 * - done: the follow-up is done (whatever its date);
 * - overdue: due before today;
 * - due_soon: due today or within the next DUE_SOON_DAYS days (today + 3 included);
 * - later: due after that.
 */

export type FollowUpUrgency = 'done' | 'overdue' | 'due_soon' | 'later';

export const DUE_SOON_DAYS = 3;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Milliseconds of UTC midnight of a calendar date; throws on anything but a real `YYYY-MM-DD` date. */
function utcMidnight(isoDate: string): number {
  const match = ISO_DATE.exec(isoDate);
  if (match) {
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const ms = Date.UTC(y, m - 1, d);
    const date = new Date(ms);
    // Date.UTC maps years 0–99 to 1900–1999; compare the parts to reject those and 2026-02-30.
    if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) return ms;
  }
  throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(isoDate)}`);
}

/**
 * The calendar date `days` days after `isoDate` (before it when negative), as
 * `YYYY-MM-DD`. Computed in UTC, so daylight-saving changes never shift it.
 */
export function addDays(isoDate: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  const result = new Date(utcMidnight(isoDate) + days * DAY_MS).toISOString().slice(0, 10);
  utcMidnight(result); // rejects results outside years 100–9999, which are not YYYY-MM-DD dates
  return result;
}

export function followUpUrgency(f: { dueOn: string; done: boolean }, today: string): FollowUpUrgency {
  if (f.done) return 'done';
  utcMidnight(f.dueOn);
  const soonUntil = addDays(today, DUE_SOON_DAYS); // also checks `today`
  // YYYY-MM-DD dates compare as strings in calendar order.
  if (f.dueOn < today) return 'overdue';
  return f.dueOn <= soonUntil ? 'due_soon' : 'later';
}
