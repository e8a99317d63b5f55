/**
 * The supervisor's caseload figures. Every number is an index count (or a
 * walk over one small index range); no query reads every case.
 */
import { nextMonth, type ListContext } from '../../../../shared/domain/case-list';
import { addDays } from '../../../../shared/domain/follow-up-urgency';
import { CaseStatus, ContactStatus, CurrentSituation, RecruitmentMethod } from '../../../../shared/taxonomy';
import type { CaseStatusCode, ContactStatusCode } from '../../../../shared/taxonomy';
import type { HomewardDb } from '../db';
import { CASE_INDEX, PENDING_CLOSURES_INDEX } from '../indexes';
import { casesWithContactStatus, staleCases, type CaseListRepository } from './case-list';

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

export class DashboardRepository {
  constructor(
    private readonly db: HomewardDb,
    private readonly caseList: CaseListRepository,
  ) {}

  async figures(context: ListContext, officerIds: readonly string[]): Promise<DashboardFigures> {
    const cases = this.db.cases;
    const count = (index: string, value: string) => cases.where(index).equals(value).count();

    const [total, byStatus, byContactStatus, byNationality, bySituation, byMethod, stale, overdueFollowUps, openPerOfficer, perMonth, closureRequestsWaiting] =
      await Promise.all([
        cases.count(),
        Promise.all(CaseStatus.codes.map(async (key) => ({ key, count: await count(CASE_INDEX.status, key) }))),
        Promise.all(ContactStatus.codes.map(async (key) => ({ key, count: await casesWithContactStatus(cases, key, context).count() }))),
        // Not uniqueKeys() on the index: that reads every key (seconds at 100,000 cases).
        this.caseList
          .nationalities()
          .then((keys) => Promise.all(keys.map(async (key) => ({ key: String(key), count: await count(CASE_INDEX.nationality, String(key)) })))),
        Promise.all(CurrentSituation.codes.map(async (key) => ({ key, count: await count(CASE_INDEX.situation, key) }))),
        Promise.all(RecruitmentMethod.codes.map(async (key) => ({ key, count: await count(CASE_INDEX.methods, key) }))),
        staleCases(cases, context).count(),
        cases.where(CASE_INDEX.nextFollowUpDue).below(context.today).count(),
        this.openPerOfficer(officerIds),
        this.perMonth(context.today),
        this.db.closureRequests.where(PENDING_CLOSURES_INDEX).between(['pending', ''], ['pending', '\uffff']).count(),
      ]);

    const byCount = (a: Count, b: Count) => b.count - a.count || a.key.localeCompare(b.key);
    return {
      total,
      byStatus,
      byContactStatus,
      byNationality: byNationality.filter((c) => c.count > 0).sort(byCount),
      bySituation: bySituation.filter((c) => c.count > 0).sort(byCount),
      byMethod: byMethod.filter((c) => c.count > 0).sort(byCount),
      stale,
      overdueFollowUps,
      openPerOfficer,
      perMonth,
      closureRequestsWaiting,
    };
  }

  private async openPerOfficer(officerIds: readonly string[]): Promise<Count[]> {
    const index = CASE_INDEX.assigneeOpen;
    const perOfficer = await Promise.all(officerIds.map(async (key) => ({ key, count: await this.db.cases.where(index).equals([key, 1]).count() })));
    // Unassigned cases are not in a compound index on assigneeId (null is not a key): count them as the remainder.
    const openTotal = await this.db.cases.where(CASE_INDEX.openByActivity).between([1, ''], [1, '\uffff']).count();
    const assigned = perOfficer.reduce((sum, c) => sum + c.count, 0);
    const assignedToOthers = await this.openAssignedOutside(officerIds);
    return [...perOfficer, { key: 'unassigned', count: openTotal - assigned - assignedToOthers }];
  }

  /** Open cases held by profiles not in the list (deactivated ones): not unassigned, but not shown per officer either. */
  private async openAssignedOutside(officerIds: readonly string[]): Promise<number> {
    const known = new Set(officerIds);
    const keys = await this.db.cases.orderBy(CASE_INDEX.assignee).uniqueKeys();
    const others = keys.map(String).filter((k) => !known.has(k));
    const counts = await Promise.all(others.map((key) => this.db.cases.where(CASE_INDEX.assigneeOpen).equals([key, 1]).count()));
    return counts.reduce((a, b) => a + b, 0);
  }

  private async perMonth(today: string): Promise<MonthCount[]> {
    const months: string[] = [];
    let cursor = `${today.slice(0, 7)}-01`;
    for (let i = 0; i < MONTHS; i++) {
      months.unshift(cursor.slice(0, 7));
      cursor = addDays(cursor, -1).slice(0, 7) + '-01';
    }
    return Promise.all(
      months.map(async (month) => {
        const next = nextMonth(month);
        const [opened, closed] = await Promise.all([
          this.db.cases.where(CASE_INDEX.openedOn).between(`${month}-01`, `${next}-01`, true, false).count(),
          this.db.cases.where(CASE_INDEX.closedAt).between(`${month}-01`, `${next}-01`, true, false).count(),
        ]);
        return { month, opened, closed };
      }),
    );
  }
}
