/**
 * The case list: filters, sorts and search on indexes. A page never needs
 * every case in memory: either one selective index range is small enough to
 * read and sort, or the sort index is walked and filtered until the page is
 * full (DESIGN.md §7).
 */
import type { IndexableType } from 'dexie';
import { contactLostBefore, contactStatusAt, type ContactStatusCode } from '../../../../shared/domain/contact-status';
import { foldText, normalisePassport } from '../../../../shared/domain/name-tokens';
import type { Case } from '../../../../shared/schemas/case';
import type { CaseStatus, CurrentSituation, Priority, RecruitmentMethod } from '../../../../shared/taxonomy';
import type { Clock } from '../clock';
import type { HomewardDb } from '../db';

export interface CaseFilter {
  status?: (typeof CaseStatus.codes)[number];
  contactStatus?: ContactStatusCode;
  nationality?: string;
  situation?: (typeof CurrentSituation.codes)[number];
  method?: (typeof RecruitmentMethod.codes)[number];
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

export interface CaseListQuery {
  filter: CaseFilter;
  sort: CaseSortField;
  descending: boolean;
  offset: number;
  limit: number;
}

export interface CaseListPage {
  rows: Case[];
  /** Matching cases in all; null when counting would mean reading every case (the UI counts separately). */
  total: number | null;
}

export interface ListContext {
  now: string;
  today: string;
  contactLostDays: number;
}

const SORT_INDEX: Record<CaseSortField, string> = {
  reference: 'reference',
  name: 'derived.sortName',
  nationality: 'person.nationality',
  status: 'derived.statusRank',
  contactStatus: 'derived.contactBasis',
  priority: 'priority',
  updatedAt: 'updatedAt',
};

/** Below this many candidates a filter's index range is read whole and sorted in memory. */
const SMALL_RANGE = 2000;
/** At most this many search hits are considered; a person narrows a broader search by typing more. */
const SEARCH_LIMIT = 1000;

type Predicate = (c: Case) => boolean;

/** Values from other tables that some filters test against. */
interface Lookups {
  pendingClosureCaseIds: ReadonlySet<string>;
}

interface Range {
  /** The cases of one filter, read through its index. */
  collection: () => ReturnType<HomewardDb['cases']['toCollection']>;
  count: () => Promise<number>;
}

export class CaseListRepository {
  constructor(
    private readonly db: HomewardDb,
    private readonly clock: Clock,
  ) {}

  context(contactLostDays: number): ListContext {
    return { now: this.clock.now(), today: this.clock.today(), contactLostDays };
  }

  async page(query: CaseListQuery, context: ListContext): Promise<CaseListPage> {
    const lookups = await this.lookups(query.filter);
    const predicate = this.predicate(query.filter, context, lookups);
    if (query.filter.search?.trim()) {
      const hits = (await this.search(query.filter.search)).filter(predicate);
      return { rows: sortAndSlice(hits, query), total: hits.length };
    }
    const ranges = this.ranges(query.filter, context, lookups);
    if (ranges.length === 0) {
      const unfiltered = Object.keys(activeFilters(query.filter)).length === 0;
      const rows = await this.walkSortIndex(query, predicate);
      // Cases are closed, never deleted, so without a filter every stored case counts; a filter no index serves (unassigned) is counted separately.
      return { rows, total: unfiltered ? await this.db.cases.count() : null };
    }
    const counts = await Promise.all(ranges.map((r) => r.count()));
    const smallest = counts.indexOf(Math.min(...counts));
    const driver = ranges[smallest]!;
    const onlyOneFilter = ranges.length === 1 && Object.keys(activeFilters(query.filter)).length === 1;
    if (counts[smallest]! <= SMALL_RANGE) {
      const candidates = (await driver.collection().toArray()).filter(predicate);
      return { rows: sortAndSlice(candidates, query), total: candidates.length };
    }
    const rows = await this.walkSortIndex(query, predicate);
    return { rows, total: onlyOneFilter ? counts[smallest]! : null };
  }

  /** The exact number of matching cases, reading through the most selective index. */
  async count(filter: CaseFilter, context: ListContext): Promise<number> {
    const lookups = await this.lookups(filter);
    const predicate = this.predicate(filter, context, lookups);
    if (filter.search?.trim()) return (await this.search(filter.search)).filter(predicate).length;
    const ranges = this.ranges(filter, context, lookups);
    if (ranges.length === 0) return this.db.cases.filter(predicate).count();
    const counts = await Promise.all(ranges.map((r) => r.count()));
    const driver = ranges[counts.indexOf(Math.min(...counts))]!;
    return driver.collection().filter(predicate).count();
  }

  /**
   * The filter, search aside, as one test of a case: for callers that walk
   * every case anyway (CSV export). "Closure requested" is tested against
   * requests read first, so it needs `matcherFor`; here it matches nothing.
   */
  matcher(filter: CaseFilter, context: ListContext): (c: Case) => boolean {
    return this.predicate(filter, context, { pendingClosureCaseIds: new Set() });
  }

  /** `matcher` with whatever the filter needs from other tables read first. */
  async matcherFor(filter: CaseFilter, context: ListContext): Promise<(c: Case) => boolean> {
    return this.predicate(filter, context, await this.lookups(filter));
  }

  /** Ids of the cases whose closure request waits for a supervisor; a handful, read from the requests' index. */
  async pendingClosureCaseIds(): Promise<Set<string>> {
    const pending = await this.db.closureRequests.where('[state+createdAt]').between(['pending', ''], ['pending', '\uffff']).toArray();
    return new Set(pending.map((r) => r.caseId));
  }

  /** The nationalities that occur among the cases (alpha-2 codes), read from the index keys alone. */
  async nationalities(): Promise<string[]> {
    const keys = await this.db.cases.orderBy('person.nationality').uniqueKeys();
    return keys.filter((k): k is string => typeof k === 'string');
  }

  /** Cases whose name, other names, passport number or reference begin with the words typed. */
  async search(text: string): Promise<Case[]> {
    const tokens = foldText(text).split(' ').filter(Boolean);
    const upper = text.trim().toUpperCase();
    const passport = normalisePassport(text);
    const [byName, byReference, byPassport] = await Promise.all([
      tokens.length > 0
        ? this.db.cases
            .where('derived.nameTokens')
            .startsWith(longest(tokens))
            .distinct()
            .filter((c) => tokens.every((t) => c.derived.nameTokens.some((n) => n.startsWith(t))))
            .limit(SEARCH_LIMIT)
            .toArray()
        : Promise.resolve([]),
      upper.length >= 2 ? this.db.cases.where('reference').startsWith(upper).limit(SEARCH_LIMIT).toArray() : Promise.resolve([]),
      passport.length >= 3 ? this.db.cases.where('person.passportNumber').startsWith(passport).limit(SEARCH_LIMIT).toArray() : Promise.resolve([]),
    ]);
    const seen = new Set<string>();
    return [...byReference, ...byPassport, ...byName].filter((c) => c.deletedAt === null && !seen.has(c.id) && seen.add(c.id));
  }

  private async walkSortIndex(query: CaseListQuery, predicate: Predicate): Promise<Case[]> {
    let collection = this.db.cases.orderBy(SORT_INDEX[query.sort]);
    if (query.descending) collection = collection.reverse();
    return collection.filter(predicate).offset(query.offset).limit(query.limit).toArray();
  }

  /** What a filter needs from other tables before cases can be tested against it. */
  private async lookups(filter: CaseFilter): Promise<Lookups> {
    return { pendingClosureCaseIds: filter.closureRequested ? await this.pendingClosureCaseIds() : new Set() };
  }

  /** Index ranges that each filter can be read through. */
  private ranges(filter: CaseFilter, context: ListContext, lookups: Lookups): Range[] {
    const cases = this.db.cases;
    const equals = (index: string, value: IndexableType): Range => ({
      collection: () => cases.where(index).equals(value),
      count: () => cases.where(index).equals(value).count(),
    });
    const ranges: Range[] = [];
    if (filter.status) ranges.push(equals('status', filter.status));
    if (filter.nationality) ranges.push(equals('person.nationality', filter.nationality));
    if (filter.situation) ranges.push(equals('whereabouts.situation', filter.situation));
    if (filter.method) ranges.push(equals('recruitment.methods', filter.method));
    if (filter.assignee && filter.assignee !== 'unassigned') ranges.push(equals('assigneeId', filter.assignee));
    if (filter.groupId) ranges.push(equals('groupIds', filter.groupId));
    if (filter.priority) ranges.push(equals('priority', filter.priority));
    if (filter.overdueFollowUps) {
      ranges.push({
        collection: () => cases.where('derived.nextFollowUpDue').below(context.today),
        count: () => cases.where('derived.nextFollowUpDue').below(context.today).count(),
      });
    }
    const between = (index: string, lower: IndexableType, upper: IndexableType, includeUpper: boolean): Range => ({
      collection: () => cases.where(index).between(lower, upper, true, includeUpper),
      count: () => cases.where(index).between(lower, upper, true, includeUpper).count(),
    });
    const activity = '[derived.open+derived.activityAt]';
    if (filter.stale) ranges.push(between(activity, [1, ''], [1, contactLostBefore(context.now, context.contactLostDays)], true));
    else if (filter.open) ranges.push(between(activity, [1, ''], [1, '\uffff'], true));
    if (filter.closureRequested) {
      const ids = [...lookups.pendingClosureCaseIds];
      ranges.push({ collection: () => cases.where('id').anyOf(ids), count: async () => ids.length });
    }
    if (filter.openedMonth) ranges.push(between('openedOn', `${filter.openedMonth}-01`, `${nextMonth(filter.openedMonth)}-01`, false));
    if (filter.closedMonth) ranges.push(between('closedAt', `${filter.closedMonth}-01`, `${nextMonth(filter.closedMonth)}-01`, false));
    if (filter.contactStatus) {
      const lostBefore = contactLostBefore(context.now, context.contactLostDays);
      const index = '[derived.contactBasis+derived.lastContactAt]';
      if (filter.contactStatus === 'contact_lost') {
        const lost = () => cases.where(index).between(['in_contact', ''], ['in_contact', lostBefore], true, true);
        ranges.push({ collection: lost, count: () => lost().count() });
      } else if (filter.contactStatus === 'in_contact') {
        const live = () => cases.where(index).between(['in_contact', lostBefore], ['in_contact', '\uffff'], false, true);
        ranges.push({ collection: live, count: () => live().count() });
      } else {
        ranges.push(equals('derived.contactBasis', filter.contactStatus));
      }
    }
    return ranges;
  }

  /** The whole filter as one test, applied to candidates read through an index. */
  private predicate(filter: CaseFilter, context: ListContext, lookups: Lookups): Predicate {
    const tests: Predicate[] = [(c) => c.deletedAt === null];
    if (filter.status) tests.push((c) => c.status === filter.status);
    if (filter.nationality) tests.push((c) => c.person.nationality === filter.nationality);
    if (filter.situation) tests.push((c) => c.whereabouts.situation === filter.situation);
    if (filter.method) tests.push((c) => c.recruitment.methods.includes(filter.method!));
    if (filter.assignee) tests.push((c) => (filter.assignee === 'unassigned' ? c.assigneeId === null : c.assigneeId === filter.assignee));
    if (filter.groupId) tests.push((c) => c.groupIds.includes(filter.groupId!));
    if (filter.priority) tests.push((c) => c.priority === filter.priority);
    if (filter.overdueFollowUps) tests.push((c) => c.derived.nextFollowUpDue !== null && c.derived.nextFollowUpDue < context.today);
    if (filter.contactStatus) tests.push((c) => contactStatusOf(c, context) === filter.contactStatus);
    if (filter.open || filter.stale) tests.push((c) => c.derived.open === 1);
    if (filter.stale) {
      const lostBefore = contactLostBefore(context.now, context.contactLostDays);
      tests.push((c) => c.derived.activityAt <= lostBefore);
    }
    if (filter.closureRequested) tests.push((c) => lookups.pendingClosureCaseIds.has(c.id));
    if (filter.openedMonth) tests.push((c) => c.openedOn.startsWith(`${filter.openedMonth}-`));
    if (filter.closedMonth) tests.push((c) => c.closedAt !== null && c.closedAt.startsWith(`${filter.closedMonth}-`));
    return (c) => tests.every((t) => t(c));
  }
}

export function contactStatusOf(c: Case, context: Pick<ListContext, 'now' | 'contactLostDays'>): ContactStatusCode {
  return contactStatusAt(
    { basis: c.derived.contactBasis, lastSuccessfulAt: c.derived.lastContactAt, lastAttemptAt: c.derived.lastAttemptAt },
    context.now,
    context.contactLostDays,
  );
}

function activeFilters(filter: CaseFilter): Partial<CaseFilter> {
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== '' && v !== false));
}

/** `YYYY-MM` of the month after. */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

function longest(tokens: string[]): string {
  return tokens.reduce((a, b) => (b.length > a.length ? b : a));
}

const SORT_VALUE: Record<CaseSortField, (c: Case) => string | number> = {
  reference: (c) => c.reference,
  name: (c) => c.derived.sortName,
  nationality: (c) => c.person.nationality,
  status: (c) => c.derived.statusRank,
  contactStatus: (c) => c.derived.contactBasis,
  priority: (c) => c.priority,
  updatedAt: (c) => c.updatedAt,
};

function sortAndSlice(cases: Case[], query: CaseListQuery): Case[] {
  const value = SORT_VALUE[query.sort];
  const direction = query.descending ? -1 : 1;
  return [...cases]
    .sort((a, b) => {
      const x = value(a);
      const y = value(b);
      return (x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : 1) * direction;
    })
    .slice(query.offset, query.offset + query.limit);
}
