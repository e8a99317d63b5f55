/**
 * Every plan of the case list (a small range read whole, a walk in the sort's
 * order, intersected keys found through the sort's index, search) returns
 * what reading every case and sorting them would. Small plan limits let a
 * few hundred generated cases reach each plan.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CaseListRepository } from '../../../renderer/src/data/repositories/case-list';
import { generateDataset } from '../../../scripts/seed/generate';
import { contactStatusOf, type CaseFilter, type CaseSortField, type ListContext } from '../../../shared/domain/case-list';
import { foldText, normalisePassport } from '../../../shared/domain/name-tokens';
import type { Case } from '../../../shared/schemas/case';
import { inListOrder, LIST_SORTS, setUpWorkstation } from './fixtures';
import { openedAll } from '../../../renderer/src/data/vault/sealed-record';

let all: Case[];
let list: CaseListRepository;
let context: ListContext;
let officerId: string;
let groupId: string;
let commonWord: string;
let twoWords: string;

beforeAll(async () => {
  const { db, repos, officer, clock } = await setUpWorkstation();
  const data = generateDataset({ seed: 21, today: clock.today(), cases: 400 });
  await repos.caseImport.commit(data.cases, officer.id);
  await db.groups.bulkPut(data.groups);
  all = await openedAll(db, 'cases', await db.cases.toArray());
  list = new CaseListRepository(db, clock, { smallRange: 15, wholeMatches: 25, walkProbe: 10, walkMore: 30 });
  context = list.context(14);
  officerId = data.staff[0]!.id;
  groupId = data.groups.map((g) => g.id).sort((a, b) => all.filter((c) => c.groupIds.includes(b)).length - all.filter((c) => c.groupIds.includes(a)).length)[0]!;
  // The commonest two-letter beginning of a family name: more hits than a page reads whole.
  const beginnings = all.map((c) => foldText(c.person.fullName.split(' ').at(-1)!).slice(0, 2));
  commonWord = beginnings.sort((a, b) => beginnings.filter((x) => x === b).length - beginnings.filter((x) => x === a).length)[0]!;
  const named = all.find((c) => foldText(c.person.fullName.split(' ').at(-1)!).startsWith(commonWord))!;
  twoWords = `${foldText(named.person.fullName.split(' ')[0]!).slice(0, 2)} ${commonWord}`;
});

function matchesSearch(c: Case, text: string): boolean {
  const tokens = foldText(text).split(' ').filter(Boolean);
  const byName = tokens.length > 0 && tokens.every((t) => c.derived.nameTokens.some((n) => n.startsWith(t)));
  const upper = text.trim().toUpperCase();
  const passport = normalisePassport(text);
  return byName || (upper.length >= 2 && c.reference.startsWith(upper)) || (passport.length >= 3 && c.person.passportNumber.startsWith(passport));
}

async function expected(filter: CaseFilter, sort: CaseSortField, descending: boolean): Promise<Case[]> {
  const matches = await list.matcherFor(filter, context);
  return inListOrder(
    all.filter((c) => matches(c) && (!filter.search || matchesSearch(c, filter.search))),
    sort,
    descending,
  );
}

/** Each filter is made when its test runs, from the data set imported then. */
const FILTERS: [string, () => CaseFilter][] = [
  ['no filter', () => ({})],
  ['status', () => ({ status: 'locating' })],
  ['nationality', () => ({ nationality: 'NP' })],
  ['nationality + status', () => ({ nationality: 'TJ', status: 'in_contact' })],
  ['recruitment method', () => ({ method: 'false_job_offer' })],
  ['status + method', () => ({ status: 'reported', method: 'false_job_offer' })],
  ['overdue follow-ups', () => ({ overdueFollowUps: true })],
  ['contact lost', () => ({ contactStatus: 'contact_lost' })],
  ['in contact', () => ({ contactStatus: 'in_contact' })],
  ['situation', () => ({ situation: 'deployed' })],
  ['situation + status', () => ({ situation: 'deployed', status: 'locating' })],
  ['officer', () => ({ assignee: officerId })],
  ['officer + status', () => ({ assignee: officerId, status: 'in_contact' })],
  ['priority', () => ({ priority: 'high' })],
  ['unassigned', () => ({ assignee: 'unassigned' })],
  ['unassigned + status', () => ({ assignee: 'unassigned', status: 'locating' })],
  ['group', () => ({ groupId })],
  ['priority + nationality', () => ({ priority: 'high', nationality: 'CU' })],
  ['priority + nationality + status', () => ({ priority: 'high', nationality: 'NP', status: 'locating' })],
  ['a rare combination', () => ({ nationality: 'KE', situation: 'injured', priority: 'critical' })],
  ['open + nationality', () => ({ open: true, nationality: 'NP' })],
  ['stale', () => ({ stale: true })],
  ['opened in a month', () => ({ openedMonth: all.at(-1)!.openedOn.slice(0, 7) })],
  ['closed in a month', () => ({ closedMonth: all.find((c) => c.closedAt !== null)!.closedAt!.slice(0, 7) })],
];

describe('case list plans agree with reading every case', () => {
  it('has filters that reach every plan', async () => {
    const sizes = await Promise.all(FILTERS.map(async ([, f]) => (await expected(f(), 'updatedAt', true)).length));
    expect(Math.min(...sizes)).toBeLessThan(15);
    expect(Math.max(...sizes)).toBeGreaterThan(100);
  });

  it.each(FILTERS)('pages and counts: %s', async (_label, makeFilter) => {
    const filter = makeFilter();
    for (const sort of LIST_SORTS) {
      for (const descending of [false, true]) {
        const want = await expected(filter, sort, descending);
        for (const offset of [0, 7]) {
          const page = await list.page({ filter, sort, descending, offset, limit: 10 }, context);
          expect(page.rows.map((c) => c.id), `${sort} ${descending ? 'desc' : 'asc'} from ${offset}`).toEqual(want.slice(offset, offset + 10).map((c) => c.id));
          if (page.total !== null) expect(page.total).toBe(want.length);
        }
      }
    }
    expect(await list.count(filter, context)).toBe((await expected(filter, 'updatedAt', true)).length);
  });

  it('searches by one word, two words, with filters and a reference: the page in every sort order, counting every hit', async () => {
    const searches: CaseFilter[] = [
      { search: commonWord },
      { search: twoWords },
      { search: commonWord, status: 'locating' },
      { search: commonWord, assignee: 'unassigned' },
      { search: commonWord, groupId },
      { search: all[3]!.reference },
    ];
    for (const filter of searches) {
      const hits = await expected(filter, 'updatedAt', true);
      expect(hits.length, JSON.stringify(filter)).toBeGreaterThan(0);
      for (const sort of LIST_SORTS) {
        for (const descending of [false, true]) {
          const want = await expected(filter, sort, descending);
          for (const offset of [0, 7]) {
            const page = await list.page({ filter, sort, descending, offset, limit: 10 }, context);
            expect(page.rows.map((c) => c.id), `${JSON.stringify(filter)} ${sort} ${descending ? 'desc' : 'asc'} from ${offset}`).toEqual(want.slice(offset, offset + 10).map((c) => c.id));
            if (page.total !== null) expect(page.total).toBe(want.length);
          }
        }
      }
      expect(await list.count(filter, context)).toBe(hits.length);
    }
    // More hits than a page reads whole (smallRange 15): the page is picked out of the sort's index keys.
    expect((await expected({ search: commonWord }, 'updatedAt', true)).length).toBeGreaterThan(15);
  });

  it('finds the nationalities present from the caseload counters', async () => {
    expect(await list.nationalities()).toEqual([...new Set(all.map((c) => c.person.nationality))].sort());
  });

  it('reads the contact status at the time asked', () => {
    expect(all.some((c) => contactStatusOf(c, context) === 'contact_lost')).toBe(true);
  });
});
