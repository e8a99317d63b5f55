/**
 * The caseload counters (DESIGN.md §7): one record per figure of the
 * supervisor's dashboard that does not depend on the moment it is read —
 * cases by status, contact basis, nationality, situation and recruitment
 * method, open cases per assignee, cases opened and closed per month — so the
 * dashboard reads small records instead of counting index ranges of 100,000
 * cases. What moves with the clock ("stale", "overdue", Contact lost split
 * from In contact) is counted per day of the date it turns on: the dashboard
 * adds up the days before the cut-off and reads only the cut-off's own day
 * from an index range (clock-counts.ts).
 *
 * Every write of a case changes the counters in the same transaction:
 * - the recorder's commit and bulk (every person's edit, the intake import)
 *   through `CounterDelta`;
 * - the restore of a backup, and the version 8 upgrade, by `recount`; the
 *   version 10 upgrade adds the day counters (`addDayCounters`);
 * - sync's pulled changes (§9): call `recordCaseChanges(db, pairs)` inside
 *   the read-write transaction that stores the pulled cases, with each
 *   case as stored before the pull (undefined for a new one) and after it
 *   (undefined if removed); the transaction must include `counters`.
 * A case with a `deletedAt` tombstone counts nowhere.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Case } from '../../../shared/schemas/case';
import { CASE_INDEX, SCAN_CHUNK } from './indexes';

export interface CounterRecord {
  key: string;
  count: number;
}

export const COUNTERS_TABLE = 'counters';

/**
 * What the keys of the day counters begin with: it sorts after every other
 * counter's key, so the others (a few dozen) read as the one range below it.
 */
export const DAY_COUNTERS = 'when:';

/** The keys of the counters, one function per figure. */
export const COUNTER = {
  total: 'total',
  status: (code: string) => `status:${code}`,
  contactBasis: (code: string) => `contactBasis:${code}`,
  nationality: (code: string) => `nationality:${code}`,
  situation: (code: string) => `situation:${code}`,
  method: (code: string) => `method:${code}`,
  /** Open cases held by a profile; the empty id: open cases nobody holds. */
  openAssignee: (id: string | null) => `openAssignee:${id ?? ''}`,
  opened: (month: string) => `opened:${month}`,
  closed: (month: string) => `closed:${month}`,
  /** Open cases by the day (`YYYY-MM-DD`, UTC) of their last activity: stale cases. */
  openActivityDay: (day: string) => `${DAY_COUNTERS}openActivity:${day}`,
  /** In-contact cases by the day of their last successful contact: Contact lost. */
  inContactDay: (day: string) => `${DAY_COUNTERS}inContact:${day}`,
  /** Cases by the due date of their earliest open follow-up: overdue follow-ups. */
  followUpDueDay: (day: string) => `${DAY_COUNTERS}followUpDue:${day}`,
} as const;

/** The day of a stored timestamp: derived timestamps are UTC ISO strings (`…Z`), so they sort as their days do. */
export const dayOf = (timestamp: string): string => timestamp.slice(0, 10);

/** The counters a stored case adds one to. */
export function caseCounterKeys(c: Case | undefined): string[] {
  if (!c || c.deletedAt !== null) return [];
  const keys = [
    COUNTER.total,
    COUNTER.status(c.status),
    COUNTER.contactBasis(c.derived.contactBasis),
    COUNTER.nationality(c.person.nationality),
    COUNTER.situation(c.whereabouts.situation),
    COUNTER.opened(c.openedOn.slice(0, 7)),
  ];
  // As the multi-entry index did: a method listed twice counts once.
  for (const method of new Set(c.recruitment.methods)) keys.push(COUNTER.method(method));
  if (c.derived.open === 1) keys.push(COUNTER.openAssignee(c.assigneeId), COUNTER.openActivityDay(dayOf(c.derived.activityAt)));
  if (c.closedAt !== null) keys.push(COUNTER.closed(c.closedAt.slice(0, 7)));
  // As the index ranges did: [contactBasis+lastContactAt] and nextFollowUpDue hold these whatever the case's status.
  if (c.derived.contactBasis === 'in_contact' && c.derived.lastContactAt !== null) keys.push(COUNTER.inContactDay(dayOf(c.derived.lastContactAt)));
  if (c.derived.nextFollowUpDue !== null) keys.push(COUNTER.followUpDueDay(c.derived.nextFollowUpDue));
  return keys;
}

type CountersTable = EntityTable<CounterRecord, 'key'>;

/** The changes to the counters of a transaction's case writes, gathered and then stored with one read and one write. */
export class CounterDelta {
  private readonly deltas = new Map<string, number>();

  /** A case stored as `after` where it was `before` (undefined: absent). */
  change(before: Case | undefined, after: Case | undefined): void {
    for (const key of caseCounterKeys(before)) this.deltas.set(key, (this.deltas.get(key) ?? 0) - 1);
    for (const key of caseCounterKeys(after)) this.deltas.set(key, (this.deltas.get(key) ?? 0) + 1);
  }

  /** Stores the changes; inside the caller's read-write transaction, which includes `counters`. */
  async applyTo(counters: CountersTable): Promise<void> {
    const changes = [...this.deltas].filter(([, delta]) => delta !== 0);
    this.deltas.clear();
    if (changes.length === 0) return;
    const stored = await counters.bulkGet(changes.map(([key]) => key));
    const next = changes.map(([key, delta], i) => ({ key, count: (stored[i]?.count ?? 0) + delta }));
    // A counter at zero is removed: the dashboard reads only the figures there are.
    const kept = next.filter((r) => r.count !== 0);
    const gone = next.filter((r) => r.count === 0).map((r) => r.key);
    await Promise.all([kept.length > 0 && counters.bulkPut(kept), gone.length > 0 && counters.bulkDelete(gone)]);
  }
}

/** Sync's hook for pulled changes (see the module's comment); inside a read-write transaction over `cases` and `counters`. */
export async function recordCaseChanges(counters: CountersTable, pairs: readonly { before: Case | undefined; after: Case | undefined }[]): Promise<void> {
  const delta = new CounterDelta();
  for (const { before, after } of pairs) delta.change(before, after);
  await delta.applyTo(counters);
}

/** Counters of the given cases, counted whole. */
export function countCases(cases: Iterable<Case>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of cases) for (const key of caseCounterKeys(c)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

export function counterRecords(counts: ReadonlyMap<string, number>): CounterRecord[] {
  return [...counts].map(([key, count]) => ({ key, count }));
}

/**
 * Replaces every counter by a full count of the stored cases, a scan's chunk
 * at a time (SCAN_CHUNK); inside the caller's read-write transaction over both tables (an
 * upgrade's: `scope` is its transaction, or the database).
 */
export async function recount(scope: { table(name: string): Table }): Promise<void> {
  const cases = scope.table('cases') as Table<Case, string>;
  const counters = scope.table(COUNTERS_TABLE) as Table<CounterRecord, string>;
  const counts = new Map<string, number>();
  let after: string | null = null;
  for (;;) {
    const chunk: Case[] = await (after === null ? cases.orderBy(':id') : cases.where(':id').above(after)).limit(SCAN_CHUNK).toArray();
    if (chunk.length === 0) break;
    for (const c of chunk) for (const key of caseCounterKeys(c)) counts.set(key, (counts.get(key) ?? 0) + 1);
    after = chunk[chunk.length - 1]!.id;
  }
  await counters.clear();
  await counters.bulkAdd(counterRecords(counts));
}

/**
 * The version 10 upgrade: the day counters, added to counters that are right
 * (every write has kept them since version 8), from index keys alone: a jump
 * from each day to the next and a count of the day's range, so the requests
 * grow with the days, not with the cases a recount reads one by one. Index
 * keys include tombstones, which count nowhere: where any case is one (more
 * cases stored than the total counter says), every counter is counted again.
 */
export async function addDayCounters(scope: { table(name: string): Table }): Promise<void> {
  const cases = scope.table('cases') as Table<Case, string>;
  const counters = scope.table(COUNTERS_TABLE) as Table<CounterRecord, string>;
  const [stored, total] = await Promise.all([cases.count(), counters.get(COUNTER.total)]);
  if (stored !== (total?.count ?? 0)) return recount(scope);
  const days = await Promise.all([
    countPerDay(cases, CASE_INDEX.openByActivity, [1], COUNTER.openActivityDay),
    countPerDay(cases, CASE_INDEX.contactByLast, ['in_contact'], COUNTER.inContactDay),
    countPerDay(cases, CASE_INDEX.nextFollowUpDue, [], COUNTER.followUpDueDay),
  ]);
  await counters.bulkPut(days.flat());
}

/** The counter of each day found in an index whose keys are `head` then a date or timestamp (or the date alone). */
async function countPerDay(cases: Table<Case, string>, index: string, head: readonly (string | number)[], counter: (day: string) => string): Promise<CounterRecord[]> {
  const key = (time: string | typeof Dexie.maxKey) => (head.length === 0 ? time : [...head, time]);
  const found: CounterRecord[] = [];
  for (let from = ''; ; ) {
    const [next] = await cases.where(index).between(key(from), key(Dexie.maxKey), true, true).limit(1).keys();
    if (next === undefined) return found;
    const day = dayOf(String(head.length === 0 ? next : (next as unknown[])[head.length]));
    const end = `${day}\uffff`;
    found.push({ key: counter(day), count: await cases.where(index).between(key(day), key(end), true, true).count() });
    from = end;
  }
}
