/**
 * The index paths of the cases table that the list, search, scan, dashboard
 * and duplicate lookup read, and the limits of their terms, named once.
 * db.ts declares the same paths in its schema strings, which stay as each
 * version wrote them (an upgrade must never change).
 */
import type { CaseFilter } from '../../../shared/domain/case-list';

/** Closure requests by state and time of asking: the ones waiting for a supervisor. */
export const PENDING_CLOSURES_INDEX = '[state+createdAt]';

export const CASE_INDEX = {
  id: 'id',
  reference: 'reference',
  passportNumber: 'person.passportNumber',
  nationality: 'person.nationality',
  nameTokens: 'derived.nameTokens',
  matchKeys: 'derived.matchKeys',
  sortName: 'derived.sortName',
  statusRank: 'derived.statusRank',
  contactBasis: 'derived.contactBasis',
  nextFollowUpDue: 'derived.nextFollowUpDue',
  priority: 'priority',
  updatedAt: 'updatedAt',
  methods: 'recruitment.methods',
  groups: 'groupIds',
  openedOn: 'openedOn',
  closedAt: 'closedAt',
  /** Open cases (1) by the time of their last activity: open and stale cases. */
  openByActivity: '[derived.open+derived.activityAt]',
  /** Cases by contact basis and last successful contact: In contact and Contact lost. */
  contactByLast: '[derived.contactBasis+derived.lastContactAt]',
  statusByUpdate: '[status+updatedAt]',
  /** One filter's cases by status, then update time: with the status filter one range; alone, a range per status merged. */
  nationalityByStatus: '[person.nationality+status+updatedAt]',
  situationByStatus: '[whereabouts.situation+status+updatedAt]',
  assigneeByStatus: '[assigneeId+status+updatedAt]',
  priorityByStatus: '[priority+status+updatedAt]',
  /** Cases by update time with a value that moves with the clock, tested on index keys alone (no case read) on the walk. */
  updateByDue: '[updatedAt+derived.nextFollowUpDue]',
  updateByContact: '[updatedAt+derived.contactBasis+derived.lastContactAt]',
} as const;

/** The filters a compound index orders by status and update time (FILTER_INDEX). */
export const BY_STATUS_INDEX = {
  nationality: CASE_INDEX.nationalityByStatus,
  situation: CASE_INDEX.situationByStatus,
  assignee: CASE_INDEX.assigneeByStatus,
  priority: CASE_INDEX.priorityByStatus,
} as const;

/**
 * Which index serves each filter of the case list (shared/domain/case-list.ts),
 * and how, for the list's default order (newest update first; any other sort
 * walks that sort's own index and tests each case, or reads a small range
 * whole). Where one range keeps to the whole filter (none, the status, the
 * status with one of the compounds' fields), the page's first cases are one
 * getAll request, not a walk (case-list.ts, firstRows). The unit test checks
 * every filter has an entry and every index named is declared.
 */
export const FILTER_INDEX = {
  status: { index: CASE_INDEX.statusByUpdate, plan: 'one range, in update order' },
  nationality: { index: CASE_INDEX.nationalityByStatus, plan: 'with status: one range in update order, and the count of that range alone; alone: the first page of each status range, merged by update time' },
  situation: { index: CASE_INDEX.situationByStatus, plan: 'as nationality' },
  assignee: { index: CASE_INDEX.assigneeByStatus, plan: 'as nationality; "unassigned" (no key) walks the update-time index and tests each case' },
  priority: { index: CASE_INDEX.priorityByStatus, plan: 'as nationality' },
  method: { index: CASE_INDEX.methods, plan: 'a multi-entry index cannot be part of a compound one: walks the update-time index and tests each case, or reads a small range whole' },
  groupId: { index: CASE_INDEX.groups, plan: 'as method' },
  overdueFollowUps: { index: CASE_INDEX.updateByDue, plan: "walks the index keys in update order, keeps due dates before today, reads the matches of the page's last update time from one key range (ties by id), reads only the page" },
  contactStatus: {
    index: CASE_INDEX.updateByContact,
    plan: 'In contact and Contact lost: walks the index keys in update order, splits at the "Contact lost" time, reads the matches of the page\'s last update time from one key range (ties by id), reads only the page; the other statuses: the contactBasis range',
  },
  open: { index: CASE_INDEX.openByActivity, plan: 'one range, tested on the walk' },
  stale: { index: CASE_INDEX.openByActivity, plan: 'one range up to the "Contact lost" time' },
  closureRequested: { index: PENDING_CLOSURES_INDEX, plan: 'the few case ids of waiting requests, read whole' },
  openedMonth: { index: CASE_INDEX.openedOn, plan: 'one range' },
  closedMonth: { index: CASE_INDEX.closedAt, plan: 'one range' },
  search: { index: CASE_INDEX.nameTokens, plan: "the ids of every hit from index keys (search.ts): few read whole and sorted; more narrowed by the other filters' keys and picked out of the sort's index keys" },
} as const satisfies Record<keyof CaseFilter, { index: string; plan: string }>;


/** A reference is searched for from this many characters on, a passport number from PASSPORT_PREFIX_MIN. */
export const REFERENCE_PREFIX_MIN = 2;
export const PASSPORT_PREFIX_MIN = 3;

/** A name shared by very many cases is not worth comparing beyond this many candidates a person. */
export const NAME_CANDIDATES_PER_PROBE = 500;
/** Keys looked up in one `anyOf` query of a batch. */
export const KEYS_PER_QUERY = 500;

/**
 * Cases read at a time by a scan: one getAll each, so 100,000 cases never sit in memory at once. Kept small:
 * Chromium answers a getAll of more than about 300 KB of records far slower per record (10,000 cases of the
 * seed read raw in Chromium 150, median of 5: 50 at a time 0.6 s, 100 at a time (some 290 KB) 0.7 s, 1,000 at a
 * time 1.8 s, all at once 1.5 s; sealed, a third bigger: 50 at a time 1.1 s, 100 at a time (some 350 KB) 1.5 s,
 * all at once 1.8 s).
 */
export const SCAN_CHUNK = 50;
