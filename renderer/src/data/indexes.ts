/**
 * The index paths of the cases table that the list, search, scan, dashboard
 * and duplicate lookup read, and the limits of their terms, named once.
 * db.ts declares the same paths in its schema strings, which stay as each
 * version wrote them (an upgrade must never change).
 */
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
  status: 'status',
  priority: 'priority',
  updatedAt: 'updatedAt',
  situation: 'whereabouts.situation',
  methods: 'recruitment.methods',
  assignee: 'assigneeId',
  groups: 'groupIds',
  openedOn: 'openedOn',
  closedAt: 'closedAt',
  /** Open cases (1) by the time of their last activity: open and stale cases. */
  openByActivity: '[derived.open+derived.activityAt]',
  /** Cases by contact basis and last successful contact: In contact and Contact lost. */
  contactByLast: '[derived.contactBasis+derived.lastContactAt]',
  nationalityByUpdate: '[person.nationality+updatedAt]',
  statusByUpdate: '[status+updatedAt]',
  priorityByUpdate: '[priority+updatedAt]',
  assigneeOpen: '[assigneeId+derived.open]',
} as const;

/** Closure requests by state and time of asking: the ones waiting for a supervisor. */
export const PENDING_CLOSURES_INDEX = '[state+createdAt]';

/** At most this many search hits of each kind are read; a person narrows a broader search by typing more. */
export const SEARCH_LIMIT = 1000;
/** A reference is searched for from this many characters on, a passport number from PASSPORT_PREFIX_MIN. */
export const REFERENCE_PREFIX_MIN = 2;
export const PASSPORT_PREFIX_MIN = 3;

/** A name shared by very many cases is not worth comparing beyond this many candidates a person. */
export const NAME_CANDIDATES_PER_PROBE = 500;
/** Keys looked up in one `anyOf` query of a batch. */
export const KEYS_PER_QUERY = 500;

/** Cases read at a time by a scan: one index getAll each, so 100,000 cases never sit in memory at once. */
export const SCAN_CHUNK = 1000;
