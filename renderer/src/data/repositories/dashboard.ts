/**
 * The supervisor's caseload figures, from the caseload counters (counters.ts)
 * kept by every write: one read of small records, the figures that move with
 * the clock from the day counters and one day's cases (clock-counts.ts), and
 * the closure requests waiting. No query reads or counts every case.
 */
import { type ListContext } from '../../../../shared/domain/case-list';
import { addDays } from '../../../../shared/domain/follow-up-urgency';
import { CaseStatus, ContactStatus } from '../../../../shared/taxonomy';
import type { CaseStatusCode, ContactStatusCode } from '../../../../shared/taxonomy';
import { COUNTER, DAY_COUNTERS } from '../counters';
import type { HomewardDb } from '../db';
import { PENDING_CLOSURES_INDEX } from '../indexes';
import { contactStatusCount, overdueFollowUpCount, staleCount } from './clock-counts';

export interface Count<K extends string = string> {
  key: K;
  count: number;
}

export interface MonthCount {
  /** `YYYY-MM`. */
  month: string;
  opened: number;
  closed: number;
}

export interface DashboardFigures {
  total: number;
  byStatus: Count<CaseStatusCode>[];
  byContactStatus: Count<ContactStatusCode>[];
  byNationality: Count[];
  bySituation: Count[];
  byMethod: Count[];
  /** Open cases without a successful contact for more than the "Contact lost" days (or never reached since opening that long ago). */
  stale: number;
  /** Cases with at least one overdue follow-up. */
  overdueFollowUps: number;
  /** Open cases per assigned officer; `unassigned` counts open cases nobody holds. */
  openPerOfficer: Count[];
  perMonth: MonthCount[];
  closureRequestsWaiting: number;
}

const MONTHS = 12;

const byCount = (a: Count, b: Count) => b.count - a.count || a.key.localeCompare(b.key);

export class DashboardRepository {
  constructor(private readonly db: HomewardDb) {}

  async figures(context: ListContext, officerIds: readonly string[]): Promise<DashboardFigures> {
    const { cases, counters, closureRequests } = this.db;
    const [records, stale, overdueFollowUps, contactLost, closureRequestsWaiting] = await this.db.transaction('r', [cases, counters, closureRequests], () =>
      Promise.all([
        counters.where('key').below(DAY_COUNTERS).toArray(),
        staleCount(this.db, context),
        overdueFollowUpCount(this.db, context),
        contactStatusCount(this.db, 'contact_lost', context),
        closureRequests.where(PENDING_CLOSURES_INDEX).between(['pending', ''], ['pending', '\uffff']).count(),
      ]),
    );
    const counts = new Map(records.map((r) => [r.key, r.count]));
    const get = (key: string) => counts.get(key) ?? 0;
    const withPrefix = (prefix: string): Count[] =>
      records
        .filter((r) => r.key.startsWith(prefix) && r.count > 0)
        .map((r) => ({ key: r.key.slice(prefix.length), count: r.count }))
        .sort(byCount);
    // In contact and Contact lost share a basis; which of the two a case is depends on the moment.
    const contactCount = (key: ContactStatusCode) => {
      if (key === 'contact_lost') return contactLost;
      if (key === 'in_contact') return get(COUNTER.contactBasis(key)) - contactLost;
      return get(COUNTER.contactBasis(key));
    };
    return {
      total: get(COUNTER.total),
      byStatus: CaseStatus.codes.map((key) => ({ key, count: get(COUNTER.status(key)) })),
      byContactStatus: ContactStatus.codes.map((key) => ({ key, count: contactCount(key) })),
      byNationality: withPrefix(COUNTER.nationality('')),
      bySituation: withPrefix(COUNTER.situation('')),
      byMethod: withPrefix(COUNTER.method('')),
      stale,
      overdueFollowUps,
      openPerOfficer: [...officerIds.map((key) => ({ key, count: get(COUNTER.openAssignee(key)) })), { key: 'unassigned', count: get(COUNTER.openAssignee(null)) }],
      perMonth: lastMonths(context.today).map((month) => ({ month, opened: get(COUNTER.opened(month)), closed: get(COUNTER.closed(month)) })),
      closureRequestsWaiting,
    };
  }
}

/** The twelve months up to today's, oldest first, as `YYYY-MM`. */
function lastMonths(today: string): string[] {
  const months: string[] = [];
  let cursor = `${today.slice(0, 7)}-01`;
  for (let i = 0; i < MONTHS; i++) {
    months.unshift(cursor.slice(0, 7));
    cursor = addDays(cursor, -1).slice(0, 7) + '-01';
  }
  return months;
}
