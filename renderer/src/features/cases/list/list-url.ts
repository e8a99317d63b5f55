/**
 * The case list's filters, sort and page as a URL query string, so that a
 * filtered list can be linked to (from a group, from a dashboard) and
 * survives a reload. Values that are not valid codes are ignored rather than
 * refused: a stale link still opens a list.
 */
import { COUNTRY_CODES } from '../../../../../shared/countries';
import { CaseStatus, ContactStatus, CurrentSituation, Priority, RecruitmentMethod } from '../../../../../shared/taxonomy';
import type { CaseFilter, CaseSortField } from '../../../../../shared/domain/case-list';

/** The query parameter of each filter. */
export const FILTER_PARAMS = {
  search: 'q',
  status: 'status',
  contactStatus: 'contact',
  nationality: 'nationality',
  situation: 'situation',
  method: 'method',
  assignee: 'officer',
  groupId: 'group',
  priority: 'priority',
  overdueFollowUps: 'overdue',
  open: 'open',
  stale: 'stale',
  closureRequested: 'closure',
  openedMonth: 'opened',
  closedMonth: 'closed',
} as const satisfies Record<keyof CaseFilter, string>;

export const SORT_FIELDS: readonly CaseSortField[] = ['reference', 'name', 'nationality', 'status', 'contactStatus', 'priority', 'updatedAt'];

const DEFAULT_SORT: CaseSortField = 'updatedAt';

export interface ListState {
  filter: CaseFilter;
  sort: CaseSortField;
  descending: boolean;
  /** Zero-based page number. */
  page: number;
}

function oneOf<T extends string>(codes: readonly T[], value: string | null): T | undefined {
  return value !== null && (codes as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** `YYYY-MM`, a real month. */
function month(value: string | null): string | undefined {
  return value !== null && /^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? value : undefined;
}

function flag(value: string | null): true | undefined {
  return value === '1' ? true : undefined;
}

function nonEmpty(value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

export function parseFilter(params: URLSearchParams): CaseFilter {
  const filter: CaseFilter = {
    search: nonEmpty(params.get(FILTER_PARAMS.search)),
    status: oneOf(CaseStatus.codes, params.get(FILTER_PARAMS.status)),
    contactStatus: oneOf(ContactStatus.codes, params.get(FILTER_PARAMS.contactStatus)),
    nationality: oneOf(COUNTRY_CODES, params.get(FILTER_PARAMS.nationality)),
    situation: oneOf(CurrentSituation.codes, params.get(FILTER_PARAMS.situation)),
    method: oneOf(RecruitmentMethod.codes, params.get(FILTER_PARAMS.method)),
    assignee: nonEmpty(params.get(FILTER_PARAMS.assignee)),
    groupId: nonEmpty(params.get(FILTER_PARAMS.groupId)),
    priority: oneOf(Priority.codes, params.get(FILTER_PARAMS.priority)),
    overdueFollowUps: flag(params.get(FILTER_PARAMS.overdueFollowUps)),
    open: flag(params.get(FILTER_PARAMS.open)),
    stale: flag(params.get(FILTER_PARAMS.stale)),
    closureRequested: flag(params.get(FILTER_PARAMS.closureRequested)),
    openedMonth: month(params.get(FILTER_PARAMS.openedMonth)),
    closedMonth: month(params.get(FILTER_PARAMS.closedMonth)),
  };
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as CaseFilter;
}

export function parseListState(params: URLSearchParams): ListState {
  const sort = oneOf(SORT_FIELDS, params.get('sort')) ?? DEFAULT_SORT;
  const order = params.get('order');
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    filter: parseFilter(params),
    sort,
    // The most recently updated cases first unless asked otherwise; any other column starts ascending.
    descending: order === 'desc' || (order === null && sort === DEFAULT_SORT),
    page: Number.isInteger(page) && page > 1 ? page - 1 : 0,
  };
}

export function listSearchParams(state: ListState): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, param] of Object.entries(FILTER_PARAMS) as [keyof CaseFilter, string][]) {
    const value = state.filter[key];
    if (value === true) params.set(param, '1');
    else if (typeof value === 'string' && value !== '') params.set(param, value);
  }
  if (state.sort !== DEFAULT_SORT || !state.descending) {
    params.set('sort', state.sort);
    params.set('order', state.descending ? 'desc' : 'asc');
  }
  if (state.page > 0) params.set('page', String(state.page + 1));
  return params;
}

/** A link to the case list showing the cases of a filter, e.g. `/?group=…`. */
export function caseListHref(filter: CaseFilter): string {
  const query = listSearchParams({ filter, sort: DEFAULT_SORT, descending: true, page: 0 }).toString();
  return query ? `/?${query}` : '/';
}

export function hasFilters(filter: CaseFilter): boolean {
  return Object.keys(filter).length > 0;
}
