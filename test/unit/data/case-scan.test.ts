/**
 * The list's scan (every case of a filter, a chunk at a time, in reference
 * order) and the caseload report's counts built on it, against reading
 * every case. Small plan limits make the report reach each of its ways of
 * counting with a hundred generated cases.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { HomewardDb } from '../../../renderer/src/data/db';
import { CaseListRepository } from '../../../renderer/src/data/repositories/case-list';
import { CaseloadRepository } from '../../../renderer/src/data/repositories/caseload';
import { DashboardRepository } from '../../../renderer/src/data/repositories/dashboard';
import type { Repositories } from '../../../renderer/src/data/repositories';
import { generateDataset } from '../../../scripts/seed/generate';
import { contactStatusOf, type CaseFilter, type ListContext } from '../../../shared/domain/case-list';
import { foldText } from '../../../shared/domain/name-tokens';
import type { Case } from '../../../shared/schemas/case';
import { setUpWorkstation } from './fixtures';
import { openedAll } from '../../../renderer/src/data/vault/sealed-record';

const CHUNK = 7;
let db: HomewardDb;
let repos: Repositories;
let all: Case[];
let list: CaseListRepository;
let context: ListContext;

beforeAll(async () => {
  const setup = await setUpWorkstation();
  ({ db, repos } = setup);
  const data = generateDataset({ seed: 9, today: setup.clock.today(), cases: 120 });
  await repos.caseImport.commit(data.cases, setup.officer.id);
  all = (await openedAll(db, 'cases', await db.cases.toArray())).sort((a, b) => (a.reference < b.reference ? -1 : 1));
  list = new CaseListRepository(db, setup.clock, { scanChunk: CHUNK, smallRange: 2, wholeMatches: 3, walkProbe: 2, walkMore: 3 });
  context = list.context(14);
});

async function scanned(filter: CaseFilter, signal?: AbortSignal): Promise<Case[][]> {
  const chunks: Case[][] = [];
  for await (const chunk of list.scan(filter, context, signal)) chunks.push(chunk);
  return chunks;
}

describe('scan', () => {
  it('gives every case in reference order, a chunk at a time', async () => {
    const chunks = await scanned({});
    expect(chunks.length).toBe(Math.ceil(all.length / CHUNK));
    expect(chunks.every((chunk) => chunk.length > 0 && chunk.length <= CHUNK)).toBe(true);
    expect(chunks.flat().map((c) => c.reference)).toEqual(all.map((c) => c.reference));
  });

  it('gives every case of a reference several cases share (made before two workstations joined one post), wherever the chunks end', async () => {
    const setup = await setUpWorkstation();
    await setup.repos.caseImport.commit(generateDataset({ seed: 4, today: setup.clock.today(), cases: 9 }).cases, setup.officer.id);
    const stored = await setup.db.cases.orderBy('reference').toArray();
    const shared = stored[2]!.reference;
    // Five cases of one reference, as a pull stores a case of another workstation: the reference index is not unique.
    await setup.db.cases.bulkPut(stored.slice(3, 7).map((c) => ({ ...c, reference: shared })));
    const ids = (await setup.db.cases.orderBy('reference').primaryKeys()) as string[];
    for (const chunk of [1, 2, 3, 4, 6]) {
      const small = new CaseListRepository(setup.db, setup.clock, { scanChunk: chunk, smallRange: 2, wholeMatches: 3, walkProbe: 2, walkMore: 3 });
      const read: string[] = [];
      for await (const part of small.scan({}, small.context(14))) read.push(...part.map((c) => c.id));
      expect(read, `chunks of ${chunk}`).toEqual(ids);
    }
  });

  it('keeps to the filter', async () => {
    const filter: CaseFilter = { status: 'locating', open: true };
    const matches = await list.matcherFor(filter, context);
    const want = all.filter(matches);
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(all.length);
    expect((await scanned(filter)).flat().map((c) => c.id)).toEqual(want.map((c) => c.id));
  });

  it('sorts a search by reference and applies the other filters to it', async () => {
    const word = foldText(all[0]!.person.fullName.split(' ').at(-1)!).slice(0, 3);
    const found = (await scanned({ search: word })).flat();
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((c) => c.derived.nameTokens.some((t) => t.startsWith(word)))).toBe(true);
    expect(found.map((c) => c.reference)).toEqual([...found.map((c) => c.reference)].sort());
    const nationality = found[0]!.person.nationality;
    expect((await scanned({ search: word, nationality })).flat().map((c) => c.id)).toEqual(found.filter((c) => c.person.nationality === nationality).map((c) => c.id));
  });

  it('finds with the same search as the list page and its count', async () => {
    const word = foldText(all[1]!.person.fullName.split(' ')[0]!).slice(0, 2);
    const passport = all.find((c) => c.person.passportNumber.length >= 4)!.person.passportNumber;
    // Typed as a person might: lower case, with a dash; stored normalised.
    const typedPassport = `${passport.slice(0, 2).toLowerCase()}-${passport.slice(2, 4)}`;
    for (const filter of [{ search: word }, { search: all[5]!.reference }, { search: typedPassport }] satisfies CaseFilter[]) {
      const ids = (await scanned(filter)).flat().map((c) => c.id);
      expect(ids.length).toBeGreaterThan(0);
      const page = await repos.caseList.page({ filter, sort: 'reference', descending: false, offset: 0, limit: all.length }, context);
      expect(page.rows.map((c) => c.id)).toEqual(ids);
      expect(await repos.caseList.count(filter, context)).toBe(ids.length);
    }
  });

  it('stops reading once aborted', async () => {
    const abort = new AbortController();
    const chunks: Case[][] = [];
    for await (const chunk of list.scan({}, context, abort.signal)) {
      chunks.push(chunk);
      if (chunks.length === 2) abort.abort();
    }
    expect(chunks.length).toBe(2);
    const aborted = new AbortController();
    aborted.abort();
    expect(await scanned({}, aborted.signal)).toEqual([]);
  });
});

describe('caseload report counts', () => {
  /** The report's figures counted from every case, as the report must show them. */
  function counted(cases: readonly Case[]) {
    const tally = (key: (c: Case) => string[]) => {
      const counts = new Map<string, number>();
      for (const c of cases) for (const k of key(c)) counts.set(k, (counts.get(k) ?? 0) + 1);
      return counts;
    };
    return {
      total: cases.length,
      status: tally((c) => [c.status]),
      contact: tally((c) => [contactStatusOf(c, context)]),
      nationality: tally((c) => [c.person.nationality]),
      situation: tally((c) => [c.whereabouts.situation]),
      method: tally((c) => c.recruitment.methods),
      rows: cases.slice(0, 500).map((c) => c.id),
    };
  }

  function figuresOf(summary: Awaited<ReturnType<CaseloadRepository['summary']>>) {
    const nonZero = (counts: { key: string; count: number }[]) => new Map(counts.filter((c) => c.count > 0).map((c) => [c.key, c.count]));
    return {
      total: summary.total,
      status: nonZero(summary.byStatus),
      contact: nonZero(summary.byContactStatus),
      nationality: nonZero(summary.byNationality),
      situation: nonZero(summary.bySituation),
      method: nonZero(summary.byMethod),
      rows: summary.rows.map((c) => c.id),
    };
  }

  it('counts the whole caseload, a small filter and a large one as reading every case would', async () => {
    // A filter whose first page tells its total is counted from that page; "unassigned" has no index, so its cases are scanned.
    const walking = new CaseloadRepository(list, new DashboardRepository(db));
    const filters: CaseFilter[] = [{}, { open: true }, { nationality: all[0]!.person.nationality }, { assignee: 'unassigned' }, { assignee: 'unassigned', open: true }];
    for (const filter of filters) {
      const matches = await list.matcherFor(filter, context);
      const want = counted(all.filter(matches));
      expect(figuresOf(await repos.caseload.summary(filter, 14))).toEqual(want);
      expect(figuresOf(await walking.summary(filter, 14))).toEqual(want);
    }
  });

  it('scans to count a filter the list cannot count on the way, and rejects when aborted', async () => {
    const abort = new AbortController();
    abort.abort();
    const walking = new CaseloadRepository(list, new DashboardRepository(db));
    await expect(walking.summary({ assignee: 'unassigned', open: true }, 14, abort.signal)).rejects.toThrow();
    expect(all.filter((c) => c.assigneeId === null).length).toBeGreaterThan(0);
  });
});
