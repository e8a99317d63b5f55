/**
 * The case list: filters, sorts and search on indexes (DESIGN.md §7: a page
 * in 50 ms at 100,000 cases, never every case in memory). IndexedDB in
 * Chromium costs some 7 µs for each index key it reads and 40 µs for each
 * case, and counts a range by reading every key of it, so a page is read
 * with work in proportion to the page, not to the cases:
 * 1. in update order, a filter that one index serves in that order (the
 *    table FILTER_INDEX in indexes.ts) is read from index keys, and only the
 *    page's cases are read whole (a filter that moves with the clock and
 *    holds few cases is read whole first, as in 2.);
 * 2. a filter whose cases are few (known from at most `smallRange` + 1 index
 *    keys; not looked for where a caseload counter says there are more) is
 *    read whole and sorted in memory;
 * 3. else the cases are walked in the sort's order until the page is full,
 *    through a compound index that orders the filters' cases by the sort
 *    where there is one ([status+updatedAt] …), else through the sort's own
 *    index (first as many cases as the counters say hold the page, in one
 *    request); a walk that finds matches too rarely gives up early, and
 * 4. the filters' index keys are intersected: few matches are read whole,
 *    more are picked out of the sort's index keys in order.
 * A search gives the ids of all its hits from index keys (search.ts), and
 * is then one more filter whose keys are known: 2. and 4.
 * The page's total is given only when it is known on the way; otherwise
 * `count` reads it from index keys, after the rows are on screen.
 */
import Dexie, { type IndexableType } from 'dexie';
import { contactStatusOf, nextMonth, SORT_VALUE, type CaseFilter, type CaseRow, type CaseSortField, type ListContext } from '../../../../shared/domain/case-list';
import { contactLostBefore, type ContactStatusCode } from '../../../../shared/domain/contact-status';
import type { Case } from '../../../../shared/schemas/case';
import type { Clock } from '../clock';
import { COUNTER } from '../counters';
import type { HomewardDb } from '../db';
import { BY_STATUS_INDEX, CASE_INDEX, PENDING_CLOSURES_INDEX, SCAN_CHUNK } from '../indexes';
import { CaseStatus } from '../../../../shared/taxonomy';
import { readTransaction } from '../read-transaction';
import { CaseSearch, intersect, keysOf, type SearchHits } from '../search';
import { contactStatusCount, caseloadCount, overdueFollowUpCount, staleCount } from './clock-counts';
import { caseRows } from '../vault/case-rows';
import { openedAll, openedChunks } from '../vault/sealed-record';
import type { NameIndex } from '../vault/name-index';
import { vaultOf, type Vault } from '../vault/vault';

export interface CaseListQuery {
  filter: CaseFilter;
  sort: CaseSortField;
  descending: boolean;
  offset: number;
  limit: number;
}

export interface CaseListPage {
  rows: CaseRow[];
  /** Matching cases in all; null when counting would mean reading every case (the UI counts separately). */
  total: number | null;
}

/** A page's cases as stored (sealed on a protected workstation), before they are made rows. */
interface StoredPage {
  rows: Case[];
  total: number | null;
}

const SORT_INDEX: Record<CaseSortField, string> = {
  reference: CASE_INDEX.reference,
  name: CASE_INDEX.sortName,
  nationality: CASE_INDEX.nationality,
  status: CASE_INDEX.statusRank,
  contactStatus: CASE_INDEX.contactBasis,
  priority: CASE_INDEX.priority,
  updatedAt: CASE_INDEX.updatedAt,
};

/**
 * Where the planner switches plans. The defaults suit 10,000 to 100,000
 * cases in Chromium, where reading 300 cases whole takes some 13 ms and
 * 1,000 some 45 ms: a range of a few hundred is read whole, a larger one is
 * walked, unless the walk finds its matches too rarely. Tests pass small
 * limits to reach every plan with a few hundred cases.
 */
export interface PlanLimits {
  /** Up to this many cases a filter's range is read whole and sorted in memory. */
  smallRange: number;
  /** Up to this many cases matching several filters together are read whole; more are picked out of the sort's index keys. */
  wholeMatches: number;
  /**
   * A walk through the sort's order reads `walkProbe` cases before judging
   * from the matches seen whether the rest of the page is near (at most
   * `walkMore` cases further) or the filters' keys should be intersected.
   */
  walkProbe: number;
  walkMore: number;
  /** Cases a scan reads at a time. */
  scanChunk: number;
}

export const DEFAULT_PLAN_LIMITS: PlanLimits = {
  smallRange: 300,
  wholeMatches: 3000,
  walkProbe: 300,
  walkMore: 1500,
  scanChunk: SCAN_CHUNK,
};

type ByStatusField = keyof typeof BY_STATUS_INDEX;
const BY_STATUS_FIELDS = Object.keys(BY_STATUS_INDEX) as ByStatusField[];

/** The filter fields set in a filter (a blank search or an unticked box is not set, as the page and the count read them). */
function setFields(filter: CaseFilter): (keyof CaseFilter)[] {
  return (Object.keys(filter) as (keyof CaseFilter)[]).filter((k) => {
    const value = filter[k];
    return typeof value === 'string' ? value.trim() !== '' : value !== undefined && value !== false;
  });
}

/** The filter fields whose every value the caseload counters (counters.ts) count. */
const COUNTED_BY_VALUE = {
  status: COUNTER.status,
  nationality: COUNTER.nationality,
  situation: COUNTER.situation,
  method: COUNTER.method,
} as const;

/** A counter of at most a filter value's cases (`Range.counter`): those above, and an officer's open cases, fewer than their range holds. */
const COUNTED_AT_MOST: Partial<Record<keyof CaseFilter, (value: string) => string>> = { ...COUNTED_BY_VALUE, assignee: COUNTER.openAssignee };

/** A key range over the whole of a compound index's entries that begin with `prefix`. */
function within(collection: HomewardDb['cases'], index: string, prefix: IndexableType[]): CaseCollection {
  return collection.where(index).between([...prefix, Dexie.minKey], [...prefix, Dexie.maxKey]);
}

type Predicate = (c: Case) => boolean;
type CaseCollection = ReturnType<HomewardDb['cases']['toCollection']>;

/** Values from other tables that some filters test against. */
interface Lookups {
  pendingClosureCaseIds: ReadonlySet<string>;
}

interface Range {
  /** The cases of one filter, read through its index. */
  collection: () => CaseCollection;
  count: () => Promise<number>;
  /** The filter the range reads, where a compound index may order its cases. */
  field?: keyof CaseFilter;
  /**
   * A caseload counter (counters.ts) of at most the range's cases: where it counts more than `smallRange`, the
   * range is not probed for being small. A probe reads `smallRange` + 1 index keys: 16-19 ms at 100,000 cases,
   * where the counter is one small record.
   */
  counter?: string;
}

/** What the caseload counters say of some ranges (`Range.counter`; 0 for a counter not stored), and of every case. */
interface Counts {
  total: number;
  of: ReadonlyMap<Range, number>;
}

/** Cases read beyond the share of them expected to match (expectedReach): 50 matches at a quarter, 250 cases hold fewer some 3 % of the time. */
const REACH_MARGIN = 1.25;

interface OrderedSource {
  /** The cases in the order of the sort. */
  collection: () => CaseCollection;
  /** The filters the source keeps to by itself (a compound index over those filters and the sort). */
  fields?: readonly (keyof CaseFilter)[];
}

export class CaseListRepository {
  private readonly limits: PlanLimits;
  private readonly search: CaseSearch;
  private readonly vault: Vault;

  /** `limits`: the defaults, but for those given. */
  constructor(
    private readonly db: HomewardDb,
    private readonly clock: Clock,
    limits: Partial<PlanLimits> = {},
  ) {
    this.limits = { ...DEFAULT_PLAN_LIMITS, ...limits };
    this.search = new CaseSearch(db);
    this.vault = vaultOf(db);
  }

  context(contactLostDays: number): ListContext {
    return { now: this.clock.now(), today: this.clock.today(), contactLostDays };
  }

  /** A page of the list as the rows it shows (vault/case-rows.ts): no case beyond the page's is ever decrypted, and on a protected workstation with its name index open none at all. */
  async page(query: CaseListQuery, context: ListContext): Promise<CaseListPage> {
    const found = await this.storedPage(query, context);
    return { ...found, rows: await caseRows(this.db, found.rows) };
  }

  private async storedPage(query: CaseListQuery, context: ListContext): Promise<StoredPage> {
    const lookups = await this.lookups(query.filter);
    const predicate = this.predicate(query.filter, context, lookups);
    const ranges = this.ranges(query.filter, context, lookups);
    if (query.filter.search?.trim()) {
      // Protected, the search and the name order are opened first: WebCrypto would end the transaction below.
      const search = await this.search.prepare(query.filter.search);
      const names = query.sort === 'name' && this.vault.unlocked ? await this.vault.names() : null;
      // The search's keys and its page in one transaction, unless a candidate is to be confirmed on its opened case.
      // The counters only where another filter may be counted: each table more in a Dexie transaction costs a search about a tenth of a millisecond.
      const tables = ranges.length > 0 ? [this.db.cases, this.db.counters] : [this.db.cases];
      const first = await readTransaction(this.db, tables, async (): Promise<StoredPage | SearchHits> => {
        const hits = await search.indexHits();
        return hits.unconfirmed.size === 0 ? this.searchPage(query, hits.found, ranges, predicate, names) : hits;
      });
      return 'rows' in first ? first : this.searchPage(query, await search.confirmed(first), ranges, predicate, names);
    }
    if (query.sort === 'name' && this.vault.unlocked) return this.byNameOrder(query, ranges, predicate);
    const keyed = await this.keyedPage(query, context, predicate, ranges);
    if (keyed) return keyed;
    // One read transaction for every read of the page: a transaction of its own for each costs its round trips.
    return readTransaction(this.db, [this.db.cases, this.db.counters], () => this.orderedPage(query, predicate, ranges));
  }

  /** A page in the order of the sort's own index, or of a compound one that keeps to some filters (orderedSource). */
  private async orderedPage(query: CaseListQuery, predicate: Predicate, ranges: readonly Range[]): Promise<StoredPage> {
    const source = this.orderedSource(query);
    // The ordered source keeps to its own filter: only the others need testing, or may be small enough to read whole.
    const others = ranges.filter((r) => r.field === undefined || !source.fields?.includes(r.field));
    // "Unassigned" has no index (a missing key is not indexed), so no plan built on keys alone can apply it.
    const exact = query.filter.assignee !== 'unassigned';

    const counts = await this.counted(others);
    const small = await this.smallRange(others, counts);
    if (small) return this.readWhole(small, predicate, query);

    const need = query.offset + query.limit;
    // Where the source keeps to every filter set, its first cases are the page (tombstones aside): one request.
    const kept = setFields(query.filter).every((field) => source.fields?.includes(field));
    const first = kept ? await this.firstRows(source, predicate, need) : null;
    if (first) return { rows: first.slice(query.offset), total: null };
    const reach = kept || !exact ? null : this.expectedReach(others, counts, need);
    const read = reach === null ? [] : await source.collection().limit(reach).toArray();
    const matched = read.filter(predicate);
    if (matched.length >= need || (reach !== null && read.length < reach)) return { rows: matched.slice(query.offset, need), total: null };
    const walked = await this.walk(source, predicate, need, others.length > 0 && exact, { skip: read.length, found: matched });
    if (walked) return { rows: walked.slice(query.offset), total: null };

    const members = intersect(await Promise.all(others.map((r) => keysOf(r.collection()))));
    if (members.size <= this.limits.wholeMatches) return this.readWhole([...members], predicate, query);
    const ids = await this.walkKeys(source, members, need);
    const rows = (await this.db.cases.bulkGet(ids.slice(query.offset))).filter((c): c is Case => c !== undefined && predicate(c));
    return { rows, total: source.fields === undefined ? members.size : null };
  }

  /**
   * The number of matching cases: a caseload counter where one is the count,
   * or the day counters for a filter that moves with the clock
   * (clock-counts.ts), live cases only; otherwise from index keys alone, the keys of every
   * filter's range (and the search's) intersected, which still include a
   * tombstone pulled by sync.
   */
  async count(filter: CaseFilter, context: ListContext): Promise<number> {
    // IndexedDB counts a range by walking it (most of a second for 100,000 cases): a figure the caseload counters keep is read.
    const counted = this.fromCounters(filter, context);
    if (counted !== null) return counted;
    const ranges = this.ranges(filter, context, await this.lookups(filter));
    const unassigned = filter.assignee === 'unassigned';
    const searched = filter.search?.trim() ? [this.search.keys(filter.search)] : [];
    // Every set field but "Unassigned" (a missing key is not indexed) gives a range: this is that filter alone.
    if (ranges.length === 0 && searched.length === 0) return (await this.db.cases.count()) - (await this.db.cases.orderBy(CASE_INDEX.assigneeByStatus).count());
    if (ranges.length === 1 && searched.length === 0 && !unassigned) return ranges[0]!.count();
    const keys = intersect(await Promise.all([...searched, ...ranges.map((r) => keysOf(r.collection()))]));
    if (!unassigned) return keys.size;
    const assigned = await keysOf(this.db.cases.orderBy(CASE_INDEX.assigneeByStatus));
    return [...keys].filter((k) => !assigned.has(k)).length;
  }

  /** The count of a filter the caseload counters give (no filter, or one field they count), or null. */
  private fromCounters(filter: CaseFilter, context: ListContext): Promise<number> | null {
    const [field, ...others] = setFields(filter);
    if (others.length > 0) return null;
    if (field === undefined) return caseloadCount(this.db, COUNTER.total);
    if (field in COUNTED_BY_VALUE) return caseloadCount(this.db, COUNTED_BY_VALUE[field as keyof typeof COUNTED_BY_VALUE](String(filter[field])));
    // Day counters and the cut-off's day: read as one snapshot, so a write between the two cannot be counted twice.
    const snapshot = (read: () => Promise<number>) => readTransaction(this.db, [this.db.cases, this.db.counters], read);
    if (field === 'stale') return snapshot(() => staleCount(this.db, context));
    if (field === 'overdueFollowUps') return overdueFollowUpCount(this.db, context);
    if (field === 'contactStatus') return snapshot(() => contactStatusCount(this.db, filter.contactStatus!, context));
    return null;
  }

  /** The whole filter, search aside, as one test of a case, with what it needs from other tables read first. */
  async matcherFor(filter: CaseFilter, context: ListContext): Promise<(c: Case) => boolean> {
    return this.predicate(filter, context, await this.lookups(filter));
  }

  /**
   * Every live case of the filter, a chunk at a time in reference order, for
   * callers that need them all (CSV export, caseload report): a chunk of the
   * reference index is read with one getAll and tested in memory, far faster
   * than a filtered cursor. A search's hits are picked out of the reference
   * index's keys, and only they are read. Stops before the next read once
   * `signal` is aborted.
   */
  async *scan(filter: CaseFilter, context: ListContext, signal?: AbortSignal): AsyncGenerator<Case[]> {
    const { scanChunk } = this.limits;
    const matches = await this.matcherFor(filter, context);
    if (filter.search?.trim()) {
      const hits = await this.search.keys(filter.search);
      const ordered = await this.walkKeys({ collection: () => this.db.cases.orderBy(CASE_INDEX.reference) }, hits, hits.size);
      for (let start = 0; start < ordered.length && !signal?.aborted; start += scanChunk) {
        const chunk = (await this.db.cases.bulkGet(ordered.slice(start, start + scanChunk))).filter((c): c is Case => c !== undefined && matches(c));
        if (chunk.length > 0) yield await openedAll(this.db, 'cases', chunk);
      }
      return;
    }
    // Keyset paging: each chunk starts at the last reference read, past the cases of it already read (cases made
    // before two workstations joined one post may share a reference, and a chunk may end between them).
    let after: string | null = null;
    let readOfAfter = 0;
    while (!signal?.aborted) {
      const from = after === null ? this.db.cases.orderBy(CASE_INDEX.reference) : this.db.cases.where(CASE_INDEX.reference).aboveOrEqual(after).offset(readOfAfter);
      const chunk: Case[] = await from.limit(scanChunk).toArray();
      if (chunk.length === 0) return;
      const matching = chunk.filter(matches);
      if (matching.length > 0) yield await openedAll(this.db, 'cases', matching);
      const last: string = chunk[chunk.length - 1]!.reference;
      const ofLast = chunk.length - chunk.findLastIndex((c) => c.reference !== last) - 1;
      readOfAfter = last === after ? readOfAfter + ofLast : ofLast;
      after = last;
    }
  }

  /**
   * Every live case of the filter as `scan` gives them, but a chunk at a
   * time in the order they are stored (one getAll by primary key each, the
   * cheapest read of IndexedDB: no index entry looked up per case), for a
   * caller that orders them itself (the CSV export). A search: as `scan`.
   */
  async *scanStored(filter: CaseFilter, context: ListContext, signal?: AbortSignal): AsyncGenerator<Case[]> {
    if (filter.search?.trim()) {
      yield* this.scan(filter, context, signal);
      return;
    }
    const { scanChunk } = this.limits;
    const matches = await this.matcherFor(filter, context);
    const read = (last: Case | null) => (last === null ? this.db.cases.toCollection() : this.db.cases.where(':id').above(last.id)).limit(scanChunk).toArray();
    // The filters test clear fields; only the matching cases are opened.
    yield* openedChunks(this.db, 'cases', read, matches, signal);
  }

  /**
   * Reads the newest cases of the list's default order and drops them: run
   * while a passphrase is checked (WebCrypto works off the page's thread), it
   * warms IndexedDB's caches for the list shown after sign-in. The records
   * are read as stored, sealed on a protected workstation, and never opened
   * (the key is not in memory yet): nothing read is kept, decrypted or
   * shown, so it is as safe before the passphrase is known as after; a
   * failure is of no consequence.
   */
  async warm(rows: number): Promise<void> {
    await this.db.cases.orderBy(CASE_INDEX.updatedAt).reverse().limit(rows).toArray();
  }

  /** Ids of the cases whose closure request waits for a supervisor; a handful, read from the requests' index. */
  async pendingClosureCaseIds(): Promise<Set<string>> {
    const pending = await this.db.closureRequests.where(PENDING_CLOSURES_INDEX).between(['pending', ''], ['pending', '\uffff']).toArray();
    return new Set(pending.map((r) => r.caseId));
  }

  /**
   * The nationalities that occur among the live cases (alpha-2 codes, in
   * order), from the caseload counters: one range of a few dozen small
   * records. (Walking the nationality index for its distinct keys reads every
   * key, seconds at 100,000 cases; looking up each country code's first key
   * kept the page's thread busy some 60 ms just as the list's first rows
   * were painted after sign-in.)
   */
  async nationalities(): Promise<string[]> {
    const prefix = COUNTER.nationality('');
    // In key order, so in code order.
    const records = await this.db.counters.where(':id').startsWith(prefix).toArray();
    return records.filter((r) => r.count > 0).map((r) => r.key.slice(prefix.length));
  }

  /**
   * Protected, sorted by name: the sort names are sealed, so the order comes
   * from the name index opened in memory (vault/name-index.ts). As the
   * unprotected list does on the name index: a filter of few cases is read
   * whole and put in name order; else the cases are read in name order a
   * part at a time and tested, until the page is full or the matches say it
   * lies too far along; then the filters' index keys give the members, and
   * only the page's cases are read.
   */
  private async byNameOrder(query: CaseListQuery, ranges: readonly Range[], predicate: Predicate): Promise<StoredPage> {
    const names = await this.vault.names();
    // Opened first (above): WebCrypto would end the transaction. Every read of the page after it in one.
    return readTransaction(this.db, [this.db.cases, this.db.counters], () => this.inNameOrder(query, ranges, predicate, names));
  }

  private async inNameOrder(query: CaseListQuery, ranges: readonly Range[], predicate: Predicate, names: NameIndex): Promise<StoredPage> {
    const ordered = names.ids(query.descending);
    const need = query.offset + query.limit;
    if (ranges.length > 0) {
      const small = await this.smallRange(ranges);
      if (small) return this.readWhole(small, predicate, query, names);
      const walked = await this.walkInOrder(ordered, predicate, need, query.filter.assignee !== 'unassigned');
      if (walked) return { rows: walked.slice(query.offset), total: null };
    }
    const members = ranges.length > 0 ? intersect(await Promise.all(ranges.map((r) => keysOf(r.collection())))) : null;
    const rows: Case[] = [];
    let matched = 0;
    // "Unassigned" has no index: its cases are tested once read, so the walk reads on until the page is full.
    for (let start = 0; start < ordered.length && rows.length < query.limit; ) {
      const ids: string[] = [];
      for (; start < ordered.length && ids.length < need - matched; start++) {
        const id = ordered[start]!;
        if (!members || members.has(id)) ids.push(id);
      }
      const read = (await this.db.cases.bulkGet(ids)).filter((c): c is Case => c !== undefined && predicate(c));
      for (const c of read) if (matched++ >= query.offset && rows.length < query.limit) rows.push(c);
      if (ids.length === 0) break;
    }
    return { rows, total: members && query.filter.assignee !== 'unassigned' ? members.size : null };
  }

  /**
   * `walk` over ids in a given order: the cases read a part at a time and
   * tested, until `need` match; with `mayGiveUp`, null once the matches seen
   * say the page lies too far along. The first part is a page's worth; each
   * next one as many as the matches so far say the page still needs (twice
   * the cases read while none matched), up to `walkProbe` before judging and
   * `walkMore` after. (Parts of a fixed 100 read a third more cases than the
   * page needed for "In contact" by name at 100,000 cases: 300 where 200 held it.)
   */
  private async walkInOrder(ordered: readonly string[], predicate: Predicate, need: number, mayGiveUp: boolean): Promise<Case[] | null> {
    const { walkProbe, walkMore } = this.limits;
    const found: Case[] = [];
    let steps = 0;
    while (steps < ordered.length && found.length < need) {
      if (mayGiveUp && this.tooFar(steps, found.length, need)) return null;
      const expected = steps === 0 ? need : found.length === 0 ? steps : Math.ceil(((need - found.length) * steps) / found.length);
      const part = Math.min(expected, mayGiveUp && steps < walkProbe ? walkProbe - steps : walkMore);
      const read = await this.db.cases.bulkGet(ordered.slice(steps, steps + part));
      steps += read.length;
      for (const c of read) if (c !== undefined && predicate(c) && found.length < need) found.push(c);
    }
    return found;
  }

  /**
   * The page of a list in update order whose filter one index serves in that
   * order (FILTER_INDEX): read from index keys, only the page's cases read
   * whole. Null for any other list.
   */
  private async keyedPage(query: CaseListQuery, context: ListContext, predicate: Predicate, ranges: readonly Range[]): Promise<StoredPage | null> {
    if (query.sort !== 'updatedAt') return null;
    const fields = setFields(query.filter);
    const need = query.offset + query.limit;
    const only = (field: keyof CaseFilter) => fields.length === 1 && fields[0] === field;
    const movesWithClock = only('overdueFollowUps') || (only('contactStatus') && (query.filter.contactStatus === 'contact_lost' || query.filter.contactStatus === 'in_contact'));
    const field = fields.length === 1 ? BY_STATUS_FIELDS.find((f) => f === fields[0]) : undefined;
    const value = field ? query.filter[field] : undefined;
    if (!movesWithClock && !(field && value && value !== 'unassigned')) return null;
    // One read transaction for every read of the page: a transaction of its own for each costs its round trips.
    return readTransaction(this.db, [this.db.cases], async () => {
      // A walk of keys finds a rare match late: a range of few cases is read whole instead.
      const small = movesWithClock ? await this.smallRange(ranges) : null;
      if (small) return this.readWhole(small, predicate, query);
      let ids: string[];
      if (only('overdueFollowUps')) {
        const index = CASE_INDEX.updateByDue;
        ids = await this.keysInUpdateOrder(index, query.descending, need, (key) => key[1]! < context.today, (at) =>
          this.db.cases.where(index).between([at, Dexie.minKey], [at, context.today], true, false),
        );
      } else if (only('contactStatus') && (query.filter.contactStatus === 'contact_lost' || query.filter.contactStatus === 'in_contact')) {
        const lostBefore = contactLostBefore(context.now, context.contactLostDays);
        const lost = query.filter.contactStatus === 'contact_lost';
        const index = CASE_INDEX.updateByContact;
        ids = await this.keysInUpdateOrder(index, query.descending, need, (key) => key[1] === 'in_contact' && (key[2]! <= lostBefore) === lost, (at) =>
          lost
            ? this.db.cases.where(index).between([at, 'in_contact', Dexie.minKey], [at, 'in_contact', lostBefore], true, true)
            : this.db.cases.where(index).between([at, 'in_contact', lostBefore], [at, 'in_contact', Dexie.maxKey], false, true),
        );
      } else ids = await this.mergeStatuses(BY_STATUS_INDEX[field!], value!, query.descending, need);
      const rows = await this.db.cases.bulkGet(ids.slice(query.offset));
      // A tombstone or a case changed since its keys were read is left out, as the predicate says.
      return { rows: rows.filter((c): c is Case => c !== undefined && predicate(c)), total: null };
    });
  }

  /**
   * The first `need` cases of a walk over index keys in update order (the
   * key's first part) whose key passes `keep`. Cases updated at the same
   * moment are ordered by id, as the update-time index orders them, which
   * the walked index does not (its other parts come first): the walk stops
   * at the `need`th match, and the matches of that match's moment are read
   * whole from `tied`, that moment's range of the walked index holding the
   * keys `keep` passes, as primary keys in one request. (An import may give
   * thousands of cases one update time: the benchmark's first page of
   * "Contact lost" walked 1,089 keys of one moment where some 300 hold its page.)
   */
  private async keysInUpdateOrder(index: string, descending: boolean, need: number, keep: (key: string[]) => boolean, tied: (at: string) => CaseCollection): Promise<string[]> {
    const entries: [string, string][] = [];
    let boundary: string | null = null;
    const collection = this.db.cases.orderBy(index);
    await (descending ? collection.reverse() : collection)
      .until(() => boundary !== null)
      .eachKey((key, cursor) => {
        const parts = key as string[];
        if (!keep(parts)) return;
        entries.push([parts[0]!, cursor.primaryKey as string]);
        if (entries.length === need) boundary = parts[0]!;
      });
    if (boundary === null) return inUpdateOrder(entries, descending, need);
    const at: string = boundary;
    const sameMoment = (await tied(at).primaryKeys()).map((id): [string, string] => [at, id as string]);
    return inUpdateOrder([...entries.filter(([time]) => time !== at), ...sameMoment], descending, need);
  }

  /**
   * The first `need` cases of one value of an index ordered by status and
   * update time, in update order: the first `need` keys of each status's
   * range, merged by update time (ties as the index orders them, by id).
   */
  private async mergeStatuses(index: string, value: string, descending: boolean, need: number): Promise<string[]> {
    const heads = await this.db.transaction('r', this.db.cases, () =>
      Promise.all(
        CaseStatus.codes.map(async (status) => {
          const entries: [string, string][] = [];
          const range = within(this.db.cases, index, [value, status]);
          await (descending ? range.reverse() : range)
            .limit(need)
            .eachKey((key, cursor) => void entries.push([(key as string[])[2]!, cursor.primaryKey as string]));
          return entries;
        }),
      ),
    );
    return inUpdateOrder(heads.flat(), descending, need);
  }

  /**
   * Reads the cases of `ids`, keeps those that match and returns the page of
   * them in the sort's order (protected, by name: the opened name order's,
   * `names`, as the sealed sort names order nothing).
   */
  private async readWhole(ids: readonly string[], predicate: Predicate, query: CaseListQuery, names: NameIndex | null = null): Promise<StoredPage> {
    const candidates = (await this.db.cases.bulkGet([...ids])).filter((c): c is Case => c !== undefined && predicate(c));
    return { rows: sortAndSlice(candidates, query, names ? (c) => names.nameOf(c.id) : SORT_VALUE[query.sort]), total: candidates.length };
  }

  /**
   * A page of a search, from the ids of every case it finds (search.ts): few
   * are read whole and sorted; more are narrowed by the other filters' index
   * keys and picked out of the sort's index keys (or the opened name order)
   * in order, only the page's cases read.
   */
  private async searchPage(query: CaseListQuery, hits: ReadonlySet<string>, ranges: readonly Range[], predicate: Predicate, names: NameIndex | null): Promise<StoredPage> {
    const { smallRange } = this.limits;
    const found: Predicate = (c) => hits.has(c.id) && predicate(c);
    if (hits.size <= smallRange) return this.readWhole([...hits], found, query, names);
    const source = names ? null : this.orderedSource(query);
    const others = ranges.filter((r) => r.field === undefined || !source?.fields?.includes(r.field));
    const small = await this.smallRange(others);
    if (small) return this.readWhole(small, found, query, names);
    const sets = await Promise.all(others.map((r) => keysOf(r.collection())));
    // "Unassigned" has no index: the assigned cases' keys are taken away instead.
    if (query.filter.assignee === 'unassigned') {
      const assigned = await keysOf(this.db.cases.orderBy(CASE_INDEX.assigneeByStatus));
      sets.push(new Set([...hits].filter((id) => !assigned.has(id))));
    }
    const members = sets.length > 0 ? intersect([new Set(hits), ...sets]) : hits;
    if (members.size <= smallRange) return this.readWhole([...members], found, query, names);
    const need = query.offset + query.limit;
    const ids = source ? await this.walkKeys(source, members, need) : names!.ids(query.descending).filter((id) => members.has(id)).slice(0, need);
    const rows = (await this.db.cases.bulkGet(ids.slice(query.offset))).filter((c): c is Case => c !== undefined && found(c));
    // A source that keeps to a filter by itself (the status) left it out of the members: the UI counts.
    return { rows, total: source?.fields ? null : members.size };
  }

  /**
   * The source's first `need` cases read in one request (Dexie reads a
   * range's first records with one getAll: a count, and a direction where
   * IndexedDB 3 gives one): in Chromium a cursor took 3-5 times as long for
   * the same 50 cases, a round trip each. Null when one of them does not
   * match (a tombstone): the walk then goes case by case.
   */
  private async firstRows(source: OrderedSource, predicate: Predicate, need: number): Promise<Case[] | null> {
    const rows = await source.collection().limit(need).toArray();
    return rows.length < need || rows.every(predicate) ? rows.filter(predicate) : null;
  }

  /** Whether a walk that found `found` of `need` matches in `steps` cases has read enough to judge (`walkProbe`) and the page lies further than `walkMore` cases on. */
  private tooFar(steps: number, found: number, need: number): boolean {
    const { walkProbe, walkMore } = this.limits;
    return steps >= walkProbe && (found === 0 || ((need - found) * steps) / found > walkMore);
  }

  /**
   * How many of the source's first cases should hold the page's `need`
   * matches, from the counters of the filters it tests (each one's share of
   * every case, taken as independent), with a margin: read in one request
   * (a cursor pays a round trip a case: "recruitment method" walked 50 ms at
   * 100,000 cases where its raw cursor took 30). Null where a filter has no
   * counter, or the page would lie further than `walkMore` cases.
   */
  private expectedReach(others: readonly Range[], counts: Counts, need: number): number | null {
    if (others.length === 0 || counts.total === 0 || others.some((r) => !counts.of.has(r))) return null;
    const share = others.reduce((product, r) => product * (counts.of.get(r)! / counts.total), 1);
    const reach = Math.ceil((need / share) * REACH_MARGIN);
    return share > 0 && reach <= this.limits.walkMore ? reach : null;
  }

  /**
   * Walks the source in the sort's order and keeps the matching cases until
   * `need` are found, on from `from` (cases already read and their matches).
   * With `mayGiveUp`, stops once the matches seen so far say the page lies
   * too far along (`walkMore` cases or more): null then.
   */
  private async walk(source: OrderedSource, predicate: Predicate, need: number, mayGiveUp: boolean, from: { skip: number; found: readonly Case[] }): Promise<Case[] | null> {
    const found: Case[] = [...from.found];
    let steps = from.skip;
    let gaveUp = false;
    await source
      .collection()
      .offset(from.skip)
      .until(() => {
        if (found.length >= need) return true;
        gaveUp = mayGiveUp && this.tooFar(steps, found.length, need);
        return gaveUp;
      })
      .each((c) => {
        steps += 1;
        if (predicate(c)) found.push(c);
      });
    return gaveUp ? null : found;
  }

  /** The first `need` ids of `members` in the source's order, read from index keys alone. */
  private async walkKeys(source: OrderedSource, members: ReadonlySet<string>, need: number): Promise<string[]> {
    const ids: string[] = [];
    await source
      .collection()
      .until(() => ids.length >= need)
      .eachPrimaryKey((id) => {
        if (members.has(id as string)) ids.push(id as string);
      });
    return ids;
  }

  /**
   * Where the page's cases are read from in the sort's order: sorted by
   * update time with the status filter, the compound index over another
   * filter, the status and the update time (or the status's own), else the
   * sort's own index.
   */
  private orderedSource(query: CaseListQuery): OrderedSource {
    const direct = (collection: CaseCollection) => (query.descending ? collection.reverse() : collection);
    const status = query.filter.status;
    if (query.sort === 'updatedAt' && status) {
      // A filter ordered by status and update time keeps to both; the status index alone, to the status.
      const field = BY_STATUS_FIELDS.find((f) => query.filter[f] && !(f === 'assignee' && query.filter.assignee === 'unassigned'));
      if (field) return { fields: [field, 'status'], collection: () => direct(within(this.db.cases, BY_STATUS_INDEX[field], [query.filter[field]!, status])) };
      return { fields: ['status'], collection: () => direct(within(this.db.cases, CASE_INDEX.statusByUpdate, [status])) };
    }
    return { collection: () => direct(this.db.cases.orderBy(SORT_INDEX[query.sort])) };
  }

  /**
   * The keys of the smallest of the ranges if it holds at most `smallRange`
   * cases, else null; reads at most `smallRange` + 1 index keys of each range
   * its counter does not put above that.
   */
  private async smallRange(ranges: readonly Range[], known?: Counts): Promise<string[] | null> {
    const { smallRange } = this.limits;
    const counts = known ?? (await this.counted(ranges));
    const unknown = ranges.filter((r) => !((counts.of.get(r) ?? 0) > smallRange));
    if (unknown.length === 0) return null;
    const probes = await Promise.all(unknown.map((r) => r.collection().limit(smallRange + 1).primaryKeys()));
    const smallest = probes.reduce((a, b) => (b.length < a.length ? b : a));
    return smallest.length <= smallRange ? [...new Set(smallest as string[])] : null;
  }

  /** The counters of the ranges that have one, and of every case: one read. */
  private async counted(ranges: readonly Range[]): Promise<Counts> {
    const counted = ranges.filter((r) => r.counter !== undefined);
    if (counted.length === 0) return { total: 0, of: new Map() };
    const [total, ...stored] = await this.db.counters.bulkGet([COUNTER.total, ...counted.map((r) => r.counter!)]);
    return { total: total?.count ?? 0, of: new Map(counted.map((r, i) => [r, stored[i]?.count ?? 0])) };
  }

  /** What a filter needs from other tables before cases can be tested against it. */
  private async lookups(filter: CaseFilter): Promise<Lookups> {
    return { pendingClosureCaseIds: filter.closureRequested ? await this.pendingClosureCaseIds() : new Set() };
  }

  /** Index ranges that each filter can be read through. */
  private ranges(filter: CaseFilter, context: ListContext, lookups: Lookups): Range[] {
    const cases = this.db.cases;
    const equals = (index: string, value: IndexableType, counter?: string): Range => ({
      collection: () => cases.where(index).equals(value),
      count: () => cases.where(index).equals(value).count(),
      counter,
    });
    // The cases of the first values of a compound index (a filter ordered by status and update time).
    const leading = (index: string, prefix: IndexableType[], field: keyof CaseFilter, counter?: string): Range => ({
      collection: () => within(cases, index, prefix),
      count: () => within(cases, index, prefix).count(),
      field,
      counter,
    });
    const ranges: Range[] = [];
    const byStatus = BY_STATUS_FIELDS.filter((field) => filter[field] && !(field === 'assignee' && filter[field] === 'unassigned'));
    // With the status filter, such a filter reads only its cases of that status: the status range would add every case of the status.
    const counted = (field: keyof CaseFilter, value: string) => COUNTED_AT_MOST[field]?.(value);
    if (filter.status && byStatus.length === 0) ranges.push(leading(CASE_INDEX.statusByUpdate, [filter.status], 'status', counted('status', filter.status)));
    for (const field of byStatus) {
      const value = filter[field]!;
      ranges.push(filter.status ? leading(BY_STATUS_INDEX[field], [value, filter.status], field) : leading(BY_STATUS_INDEX[field], [value], field, counted(field, value)));
    }
    if (filter.method) ranges.push(equals(CASE_INDEX.methods, filter.method, counted('method', filter.method)));
    if (filter.groupId) ranges.push(equals(CASE_INDEX.groups, filter.groupId));
    if (filter.overdueFollowUps) {
      ranges.push({
        collection: () => cases.where(CASE_INDEX.nextFollowUpDue).below(context.today),
        count: () => cases.where(CASE_INDEX.nextFollowUpDue).below(context.today).count(),
      });
    }
    const between = (index: string, lower: IndexableType, upper: IndexableType, includeUpper: boolean): Range => ({
      collection: () => cases.where(index).between(lower, upper, true, includeUpper),
      count: () => cases.where(index).between(lower, upper, true, includeUpper).count(),
    });
    if (filter.stale) ranges.push({ collection: () => staleCases(cases, context), count: () => staleCases(cases, context).count() });
    else if (filter.open) ranges.push(between(CASE_INDEX.openByActivity, [1, ''], [1, '\uffff'], true));
    if (filter.closureRequested) {
      const ids = [...lookups.pendingClosureCaseIds];
      ranges.push({ collection: () => cases.where(CASE_INDEX.id).anyOf(ids), count: async () => ids.length });
    }
    if (filter.openedMonth) ranges.push(between(CASE_INDEX.openedOn, `${filter.openedMonth}-01`, `${nextMonth(filter.openedMonth)}-01`, false));
    if (filter.closedMonth) ranges.push(between(CASE_INDEX.closedAt, `${filter.closedMonth}-01`, `${nextMonth(filter.closedMonth)}-01`, false));
    if (filter.contactStatus) {
      const status = filter.contactStatus;
      ranges.push({ collection: () => casesWithContactStatus(cases, status, context), count: () => casesWithContactStatus(cases, status, context).count() });
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

/**
 * The cases whose contact status at the context's moment is `status`, as an
 * index range: In contact and Contact lost split the In contact basis at
 * `contactLostBefore`, every other status is its basis.
 */
export function casesWithContactStatus(cases: HomewardDb['cases'], status: ContactStatusCode, context: Pick<ListContext, 'now' | 'contactLostDays'>): CaseCollection {
  const lostBefore = contactLostBefore(context.now, context.contactLostDays);
  if (status === 'contact_lost') return cases.where(CASE_INDEX.contactByLast).between(['in_contact', ''], ['in_contact', lostBefore], true, true);
  if (status === 'in_contact') return cases.where(CASE_INDEX.contactByLast).between(['in_contact', lostBefore], ['in_contact', '\uffff'], false, true);
  return cases.where(CASE_INDEX.contactBasis).equals(status);
}

/** Open cases without activity since the "Contact lost" days before the context's moment (the dashboard's stale cases). */
export function staleCases(cases: HomewardDb['cases'], context: Pick<ListContext, 'now' | 'contactLostDays'>): CaseCollection {
  return cases.where(CASE_INDEX.openByActivity).between([1, ''], [1, contactLostBefore(context.now, context.contactLostDays)], true, true);
}

/** The ids of the first `need` of [update time, id] pairs in update order, ties by id. */
function inUpdateOrder(entries: [string, string][], descending: boolean, need: number): string[] {
  const direction = descending ? -1 : 1;
  return entries
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0) * direction)
    .slice(0, need)
    .map(([, id]) => id);
}

function sortAndSlice(cases: Case[], query: CaseListQuery, value: (c: Case) => string | number): Case[] {
  const direction = query.descending ? -1 : 1;
  return [...cases]
    .sort((a, b) => {
      const x = value(a);
      const y = value(b);
      return (x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : 1) * direction;
    })
    .slice(query.offset, query.offset + query.limit);
}
