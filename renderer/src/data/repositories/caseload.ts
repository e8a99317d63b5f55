/**
 * The figures of a caseload report: exact counts by status, contact status,
 * nationality, recruitment method and current situation, and the first
 * cases for its table. The whole caseload is counted on the indexes alone
 * (the dashboard's counts); a filter small enough for one page of the list
 * is counted from that page; any other filter is counted in one pass of the
 * list's scan, the cases the CSV export writes, so that counts and file
 * agree and 100,000 cases never sit in memory at once.
 */
import { contactStatusOf, hasFilter, type CaseFilter, type CaseRow, type ListContext } from '../../../../shared/domain/case-list';
import { CaseStatus, ContactStatus } from '../../../../shared/taxonomy';
import type { CaseListRepository } from './case-list';
import type { Count, DashboardRepository } from './dashboard';

/** The report's table lists at most this many cases; the counts always cover all of them. */
export const TABLE_LIMIT = 500;

export interface CaseloadSummary {
  total: number;
  byStatus: Count[];
  byContactStatus: Count[];
  byNationality: Count[];
  bySituation: Count[];
  byMethod: Count[];
  /** The first cases by reference, at most TABLE_LIMIT. */
  rows: CaseRow[];
  context: ListContext;
}

class Tally {
  total = 0;
  readonly status = new Map<string, number>();
  readonly contact = new Map<string, number>();
  readonly nationality = new Map<string, number>();
  readonly situation = new Map<string, number>();
  readonly method = new Map<string, number>();
  readonly rows: CaseRow[] = [];

  constructor(private readonly context: ListContext) {}

  add(c: CaseRow): void {
    this.total += 1;
    bump(this.status, c.status);
    bump(this.contact, contactStatusOf(c, this.context));
    bump(this.nationality, c.person.nationality);
    bump(this.situation, c.whereabouts.situation);
    for (const method of c.recruitment.methods) bump(this.method, method);
    if (this.rows.length < TABLE_LIMIT) this.rows.push(c);
  }

  summary(): CaseloadSummary {
    return {
      total: this.total,
      byStatus: CaseStatus.codes.map((key) => ({ key, count: this.status.get(key) ?? 0 })),
      byContactStatus: ContactStatus.codes.map((key) => ({ key, count: this.contact.get(key) ?? 0 })),
      byNationality: largestFirst(this.nationality),
      bySituation: largestFirst(this.situation),
      byMethod: largestFirst(this.method),
      rows: this.rows,
      context: this.context,
    };
  }
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

const byCount = (a: Count, b: Count) => b.count - a.count || a.key.localeCompare(b.key);

function largestFirst(map: ReadonlyMap<string, number>): Count[] {
  return [...map].map(([key, count]) => ({ key, count })).sort(byCount);
}

export class CaseloadRepository {
  constructor(
    private readonly caseList: CaseListRepository,
    private readonly dashboard: DashboardRepository,
  ) {}

  /** The summary of a filter's cases; an aborted `signal` stops the count and rejects with its reason. */
  async summary(filter: CaseFilter, contactLostDays: number, signal?: AbortSignal): Promise<CaseloadSummary> {
    const context = this.caseList.context(contactLostDays);
    const firstRows = () => this.caseList.page({ filter, sort: 'reference', descending: false, offset: 0, limit: TABLE_LIMIT + 1 }, context);

    if (!hasFilter(filter)) {
      const [figures, page] = await Promise.all([this.dashboard.figures(context, []), firstRows()]);
      return {
        total: figures.total,
        byStatus: figures.byStatus,
        byContactStatus: figures.byContactStatus,
        byNationality: figures.byNationality,
        bySituation: figures.bySituation,
        byMethod: figures.byMethod,
        rows: page.rows.slice(0, TABLE_LIMIT),
        context,
      };
    }

    const tally = new Tally(context);
    const page = await firstRows();
    if (page.total !== null && page.total <= TABLE_LIMIT) {
      for (const c of page.rows) tally.add(c);
      return tally.summary();
    }
    for await (const chunk of this.caseList.scan(filter, context, signal)) {
      for (const c of chunk) tally.add(c);
    }
    signal?.throwIfAborted();
    return tally.summary();
  }
}
