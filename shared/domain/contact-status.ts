/**
 * The contact status of a case (DESIGN.md §3 "Contact status"), derived from
 * the contact log and never typed in.
 *
 * It is split in two so that case lists can filter on an index:
 * - the *basis* (`deriveContactState`) depends only on the log and the
 *   current situation, and is stored on the case whenever either changes;
 * - "Contact lost" depends on the clock too, so it is computed at read time
 *   (`contactStatusAt`), or turned into an index range (`contactLostBefore`).
 *
 * Rules:
 * 1. Deleted log entries (tombstones, `deletedAt` set) are ignored.
 * 2. Situation "Confirmed dead" → Deceased, whatever the log says. "Reported
 *    dead" alone is not confirmation: the status keeps following the log.
 * 3. A successful contact is "Proof of life" (from anyone: family, ICRC, an
 *    authority…) or "Reached" with the citizen themselves. Reaching the family
 *    is not contact with the citizen.
 * 4. Declines assistance: the latest time the citizen was actually spoken to
 *    (an entry with the citizen whose outcome is Reached, Proof of life or
 *    Refused help), they refused help. Unanswered attempts after a refusal (No
 *    answer, Message left, Wrong number) do not undo it; reaching the citizen
 *    again does. Entries logged in the same minute are told apart by when they
 *    were logged (`createdAt`): the later one is the latest. If a refusal and a
 *    successful contact with the citizen still carry the same instant (no
 *    `createdAt`, or the same one), the refusal wins.
 * 5. Otherwise: no live entry → Not yet contacted; entries but no successful
 *    contact → Attempting contact; at least one → In contact.
 * 6. In contact becomes Contact lost when the last successful contact is
 *    `contactLostDays` × 24 h old or older (`now − last ≥ days`).
 *
 * Entries may arrive in any order: only their times count. Times are compared
 * as instants (offsets honoured), and the times returned are normalised to UTC
 * (`2026-03-07T08:15:00.000Z`) so that the stored values sort as strings in
 * time order and compare with `contactLostBefore` in an index range.
 */
import type { ContactEntry } from '../schemas/contact';
import type { ContactStatusCode, CurrentSituationCode } from '../taxonomy';

export type { ContactStatusCode, CurrentSituationCode } from '../taxonomy';

/** The time-independent part of the contact status, stored on the case so lists can filter on an index. */
export type ContactBasis = 'not_contacted' | 'attempting' | 'in_contact' | 'declines' | 'deceased';

export interface ContactState {
  basis: ContactBasis;
  /** Latest successful contact (rule 3), UTC ISO; null when there was none. */
  lastSuccessfulAt: string | null;
  /** Latest live log entry of any outcome, UTC ISO; null when the log is empty. */
  lastAttemptAt: string | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** `createdAt` breaks ties between entries of the same minute (the form records minutes); without it they tie. */
export type LogEntry = Pick<ContactEntry, 'at' | 'outcome' | 'with' | 'deletedAt'> & { createdAt?: string };

/**
 * Log order: by the time of the contact, then by when it was logged, so two
 * entries typed for the same minute keep the order they were logged in.
 * Negative when `a` is older than `b`.
 */
export function compareLogOrder(a: Pick<LogEntry, 'at' | 'createdAt'>, b: Pick<LogEntry, 'at' | 'createdAt'>): number {
  const byTime = instantOf(a.at) - instantOf(b.at);
  if (byTime !== 0) return byTime;
  const [x, y] = [a.createdAt ?? '', b.createdAt ?? ''];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Rule 3: proof of life from anyone, or the citizen reached in person. */
export function isSuccessfulContact(entry: Pick<ContactEntry, 'outcome' | 'with'>): boolean {
  return entry.outcome === 'proof_of_life' || (entry.outcome === 'reached' && entry.with === 'citizen');
}

/** An entry in which the citizen was actually spoken to (rule 4). */
function isConversationWithCitizen(entry: Pick<ContactEntry, 'outcome' | 'with'>): boolean {
  return entry.with === 'citizen' && (entry.outcome === 'reached' || entry.outcome === 'proof_of_life' || entry.outcome === 'refused_help');
}

function instantOf(timestamp: string): number {
  const ms = Date.parse(timestamp);
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO timestamp: ${JSON.stringify(timestamp)}`);
  return ms;
}

function utcIso(ms: number): string {
  return new Date(ms).toISOString();
}

export function deriveContactState(entries: readonly LogEntry[], situation: CurrentSituationCode): ContactState {
  let lastAttempt: number | null = null;
  let lastSuccess: number | null = null;
  let lastConversation: LogEntry | null = null;
  let lastConversationRefused = false;

  for (const entry of entries) {
    if (entry.deletedAt !== null) continue;
    const at = instantOf(entry.at);
    if (lastAttempt === null || at > lastAttempt) lastAttempt = at;
    if (isSuccessfulContact(entry) && (lastSuccess === null || at > lastSuccess)) lastSuccess = at;
    if (isConversationWithCitizen(entry)) {
      const refused = entry.outcome === 'refused_help';
      const order = lastConversation === null ? 1 : compareLogOrder(entry, lastConversation);
      if (order > 0) {
        lastConversation = entry;
        lastConversationRefused = refused;
      } else if (order === 0 && refused) {
        lastConversationRefused = true;
      }
    }
  }

  const lastSuccessfulAt = lastSuccess === null ? null : utcIso(lastSuccess);
  const lastAttemptAt = lastAttempt === null ? null : utcIso(lastAttempt);
  let basis: ContactBasis;
  if (situation === 'confirmed_dead') basis = 'deceased';
  else if (lastConversationRefused) basis = 'declines';
  else if (lastAttempt === null) basis = 'not_contacted';
  else if (lastSuccess === null) basis = 'attempting';
  else basis = 'in_contact';
  return { basis, lastSuccessfulAt, lastAttemptAt };
}

/**
 * The contact status shown at `now` (rule 6). Every basis maps to the code of
 * the same name, except In contact, which becomes Contact lost once the last
 * successful contact is `contactLostDays` days old. An In contact state without
 * a last successful time (never produced by `deriveContactState`) counts as lost.
 */
export function contactStatusAt(state: ContactState, now: string, contactLostDays: number): ContactStatusCode {
  if (state.basis !== 'in_contact') return state.basis;
  if (state.lastSuccessfulAt === null) return 'contact_lost';
  return instantOf(now) - instantOf(state.lastSuccessfulAt) >= contactLostDays * DAY_MS ? 'contact_lost' : 'in_contact';
}

/**
 * The instant before which a last successful contact counts as lost: used by index range queries.
 * Returned as UTC ISO, like the stored `lastSuccessfulAt`, so that string comparison is time
 * comparison: lost ⇔ `lastSuccessfulAt <= contactLostBefore(now, days)` (the bound is included).
 */
export function contactLostBefore(now: string, contactLostDays: number): string {
  return utcIso(instantOf(now) - contactLostDays * DAY_MS);
}
