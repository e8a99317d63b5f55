/**
 * The figures of a caseload report: exact counts by status, contact status,
 * nationality, recruitment method and current situation, and the first
 * cases for its table. The whole caseload is counted on the indexes alone
 * (the dashboard's counts); a filter small enough for one page of the list
 * is counted from that page; any other filter is counted in one pass over
 * the cases the CSV export would write, a chunk at a time, so that counts
 * and file agree and 100,000 cases never sit in memory at once.
 */
import { useEffect, useState } from 'react';
import { CaseStatus, ContactStatus } from '../../../../shared/taxonomy';
import type { Case } from '../../../../shared/schemas/case';
import { useSession } from '../../app/session';
import { useRepositories } from '../../data/context';
import type { Exchange } from '../../data/exchange';
import type { Repositories } from '../../data/repositories';
import { contactStatusOf, type CaseFilter, type ListContext } from '../../data/repositories/case-list';
import type { Count } from '../../data/repositories/dashboard';
import { hasFilters } from '../cases/list/list-url';
import { useExchange } from '../exchange/context';

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
  rows: Case[];
  context: ListContext;
}

class Tally {
  total = 0;
  readonly status = new Map<string, number>();
  readonly contact = new Map<string, number>();
  readonly nationality = new Map<string, number>();
  readonly situation = new Map<string, number>();
  readonly method = new Map<string, number>();
  readonly rows: Case[] = [];

  constructor(private readonly context: ListContext) {}

  add(c: Case): void {
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

export async function caseloadSummary(
  { caseList, dashboard }: Pick<Repositories, 'caseList' | 'dashboard'>,
  { csvExport }: Pick<Exchange, 'csvExport'>,
  filter: CaseFilter,
  contactLostDays: number,
  signal: AbortSignal,
): Promise<CaseloadSummary> {
  const context = caseList.context(contactLostDays);
  const firstRows = () => caseList.page({ filter, sort: 'reference', descending: false, offset: 0, limit: TABLE_LIMIT + 1 }, context);

  if (!hasFilters(filter)) {
    const [figures, page] = await Promise.all([dashboard.figures(context, []), firstRows()]);
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
  for await (const chunk of csvExport.chunks({ filter, contactLostDays }, signal)) {
    for (const c of chunk) tally.add(c);
  }
  return tally.summary();
}

/** The summary of a filter, read once when the report opens (a report is a snapshot); undefined while counting. */
export function useCaseloadSummary(filter: CaseFilter): { summary?: CaseloadSummary; failed: boolean } {
  const repositories = useRepositories();
  const exchange = useExchange();
  const { workstation } = useSession();
  const key = JSON.stringify(filter);
  const [result, setResult] = useState<{ key: string; summary?: CaseloadSummary; failed: boolean } | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    caseloadSummary(repositories, exchange, JSON.parse(key) as CaseFilter, workstation.contactLostDays, abort.signal).then(
      (summary) => {
        if (!abort.signal.aborted) setResult({ key, summary, failed: false });
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        console.error('Caseload report failed:', error instanceof Error ? error.name : typeof error);
        setResult({ key, failed: true });
      },
    );
    return () => abort.abort();
  }, [repositories, exchange, key, workstation.contactLostDays]);

  return result?.key === key ? { summary: result.summary, failed: result.failed } : { failed: false };
}
