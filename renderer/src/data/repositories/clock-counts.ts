/**
 * The counts that move with the clock — stale cases, Contact lost split from
 * In contact, overdue follow-ups — from the day counters (counters.ts): the
 * days before the cut-off's are added up, and the cut-off's own day is read
 * from an index range (one day's cases, not a walk of every case). The
 * dashboard and the case list's count read them alike, inside the caller's
 * transaction when there is one. Tombstones count nowhere, as in the counters.
 * `caseloadCount` reads one caseload counter of any kind.
 */
import type { ListContext } from '../../../../shared/domain/case-list';
import { contactLostBefore } from '../../../../shared/domain/contact-status';
import type { Case } from '../../../../shared/schemas/case';
import type { ContactStatusCode } from '../../../../shared/taxonomy';
import { COUNTER, dayOf } from '../counters';
import type { HomewardDb } from '../db';
import { CASE_INDEX } from '../indexes';

type Moment = Pick<ListContext, 'now' | 'today' | 'contactLostDays'>;

/** Open cases without activity since the "Contact lost" days before the moment. */
export async function staleCount(db: HomewardDb, context: Moment): Promise<number> {
  const lostBefore = contactLostBefore(context.now, context.contactLostDays);
  return sum(daysBefore(db, COUNTER.openActivityDay, dayOf(lostBefore)), onCutOffDay(db, CASE_INDEX.openByActivity, 1, lostBefore));
}

/** Cases with this contact status at the moment (In contact and Contact lost share a basis; the moment splits them). */
export async function contactStatusCount(db: HomewardDb, status: ContactStatusCode, context: Moment): Promise<number> {
  if (status === 'contact_lost') return contactLostCount(db, context);
  const basis = caseloadCount(db, COUNTER.contactBasis(status));
  if (status !== 'in_contact') return basis;
  const [all, lost] = await Promise.all([basis, contactLostCount(db, context)]);
  return all - lost;
}

/** Cases whose earliest open follow-up was due before today. */
export function overdueFollowUpCount(db: HomewardDb, context: Moment): Promise<number> {
  return daysBefore(db, COUNTER.followUpDueDay, context.today);
}

function contactLostCount(db: HomewardDb, context: Moment): Promise<number> {
  const lostBefore = contactLostBefore(context.now, context.contactLostDays);
  return sum(daysBefore(db, COUNTER.inContactDay, dayOf(lostBefore)), onCutOffDay(db, CASE_INDEX.contactByLast, 'in_contact', lostBefore));
}

/** One counter's count (none stored: zero, as a counter at zero is removed). */
export async function caseloadCount(db: HomewardDb, key: string): Promise<number> {
  return (await db.counters.get(key))?.count ?? 0;
}

/** A day counter added up over the days before `day` (its keys sort as their days). */
async function daysBefore(db: HomewardDb, dayCounter: (day: string) => string, day: string): Promise<number> {
  const days = await db.counters.where('key').between(dayCounter(''), dayCounter(day), true, false).toArray();
  return days.reduce((total, r) => total + r.count, 0);
}

/**
 * Cases of the cut-off's day read in one request before they are walked: a tombstone is told apart only on its
 * record, and a filtered count walks the range by cursor, a round trip a case (some 140 cases a day at 100,000
 * cases: the dashboard 2.5-2.9× its raw read). A day of more cases than this (an intake of thousands opened on one
 * day, none reached since) is walked rather than held.
 */
export const CUT_OFF_DAY_READ = 2000;

/** Live cases of a compound index [head+time] with their time on the cut-off's day, up to the cut-off (included). */
async function onCutOffDay(db: HomewardDb, index: string, head: number | string, cutOff: string): Promise<number> {
  const day = () => db.cases.where(index).between([head, dayOf(cutOff)], [head, cutOff], true, true);
  const live = (c: Case) => c.deletedAt === null;
  const read = await day().limit(CUT_OFF_DAY_READ).toArray();
  return read.length < CUT_OFF_DAY_READ ? read.filter(live).length : day().filter(live).count();
}

async function sum(...counts: Promise<number>[]): Promise<number> {
  return (await Promise.all(counts)).reduce((a, b) => a + b, 0);
}
