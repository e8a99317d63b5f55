/**
 * The contract of a case list, shared by the list page, the CSV export, the
 * caseload report and the dashboard: which cases (the filter), in which
 * order (the sort fields), and the moment whose contact statuses they show.
 */
import type { Case, CaseDerived } from '../schemas/case';
import type { CaseStatusCode, ContactStatusCode, CurrentSituationCode, Priority, RecruitmentMethodCode } from '../taxonomy';
import { contactStatusAt } from './contact-status';

export interface CaseFilter {
  status?: CaseStatusCode;
  contactStatus?: ContactStatusCode;
  nationality?: string;
  situation?: CurrentSituationCode;
  method?: RecruitmentMethodCode;
  /** A profile's id, or 'unassigned'. */
  assignee?: string;
  groupId?: string;
  priority?: (typeof Priority.codes)[number];
  overdueFollowUps?: boolean;
  /** Only cases not closed. */
  open?: boolean;
  /** Open cases without a successful contact for more than the "Contact lost" days (the dashboard's stale cases). */
  stale?: boolean;
  /** Cases with a closure request waiting for a supervisor. */
  closureRequested?: boolean;
  /** Cases opened in this month, `YYYY-MM`. */
  openedMonth?: string;
  /** Cases closed in this month, `YYYY-MM` (the time of closing, as stored). */
  closedMonth?: string;
  /** Name, other name, passport number or reference, or their beginnings. */
  search?: string;
}

export type CaseSortField = 'reference' | 'name' | 'nationality' | 'status' | 'contactStatus' | 'priority' | 'updatedAt';

/** The value of a case that each sort field orders by (as its index does). */
export const SORT_VALUE: Readonly<Record<CaseSortField, (c: Case) => string | number>> = {
  reference: (c) => c.reference,
  name: (c) => c.derived.sortName,
  nationality: (c) => c.person.nationality,
  status: (c) => c.derived.statusRank,
  contactStatus: (c) => c.derived.contactBasis,
  priority: (c) => c.priority,
  updatedAt: (c) => c.updatedAt,
};

/**
 * What a row of a table of cases shows (the list, the caseload report, a group's members): codes, dates and
 * derived values, and of the sealed fields (DESIGN.md §8) the full name alone. A page of the list gives rows,
 * not whole cases: on a protected workstation a row's name comes from the name index opened after sign-in
 * (vault/name-index.ts), so showing a page decrypts no case.
 */
export type CaseRow = Pick<Case, 'id' | 'reference' | 'status' | 'priority' | 'assigneeId' | 'openedOn' | 'updatedAt'> & {
  person: Pick<Case['person'], 'fullName' | 'nationality'>;
  whereabouts: Pick<Case['whereabouts'], 'situation'>;
  recruitment: Pick<Case['recruitment'], 'methods'>;
  derived: Pick<CaseDerived, 'contactBasis' | 'lastContactAt' | 'lastAttemptAt' | 'nextFollowUpDue'>;
};

/** The moment a list is read at: "Contact lost" and "overdue" depend on it. */
export interface ListContext {
  now: string;
  today: string;
  contactLostDays: number;
}

/** True when the filter narrows the cases at all (an empty search or an unticked box does not). */
export function hasFilter(filter: CaseFilter): boolean {
  return Object.values(filter).some((v) => v !== undefined && v !== '' && v !== false);
}

/** The contact status of a case at the context's moment, from its stored derived values. */
export function contactStatusOf(c: Pick<CaseRow, 'derived'>, context: Pick<ListContext, 'now' | 'contactLostDays'>): ContactStatusCode {
  return contactStatusAt(
    { basis: c.derived.contactBasis, lastSuccessfulAt: c.derived.lastContactAt, lastAttemptAt: c.derived.lastAttemptAt },
    context.now,
    context.contactLostDays,
  );
}

/** `YYYY-MM` of the month after. */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
