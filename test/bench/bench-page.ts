/**
 * The benchmark page: served from the same origin as the built app, it fills
 * the app's own IndexedDB database through the real repositories and times
 * them against raw IndexedDB baselines. `npm run bench` drives it, one page
 * per mode: without protection at rest, or protected (the data key made by
 * the supervisor's first sign-in, every record sealed as it is stored).
 */
import Dexie from 'dexie';
import { verifyPassphrase } from '../../renderer/src/data/auth/passphrase';
import { createExchange } from '../../renderer/src/data/exchange';
import { casesToCsv } from '../../renderer/src/data/exchange/csv-export';
import { DATABASE_NAME, HomewardDb } from '../../renderer/src/data/db';
import type { CaseFilter, CaseSortField } from '../../shared/domain/case-list';
import { createRepositories, type Repositories } from '../../renderer/src/data/repositories';
import { SeedGenerator, type SeedCase, type SeedWorkstation } from '../../scripts/seed/generate';
import { foldText, nameTokensOf, normalisePassport } from '../../shared/domain/name-tokens';
import type { Case } from '../../shared/schemas/case';
import { intakeFiles } from './intake-files';
import type { BenchApi, Budget, FillSummary, Measurement, Mode, PreviewSummary } from './protocol';
import { openedRaw } from './raw-open';
import { caseWithRecords, firstRows, getAll, keyWalkRows, mergedRows, openRaw, primaryKeysInOrder, putEvery, keysByStore, addedRecords, rangeSorted, reachedRows, recordsAndCounts, rowsByKey, searchRows, type SearchRanges } from './raw-idb';
import { DEFAULT_PLAN_LIMITS } from '../../renderer/src/data/repositories/case-list';
import { DEFAULT_CHUNK } from '../../renderer/src/data/repositories/case-import';
import { PASSPORT_PREFIX_MIN, REFERENCE_PREFIX_MIN } from '../../renderer/src/data/indexes';
import { contactLostBefore } from '../../shared/domain/contact-status';
import { CaseStatus } from '../../shared/taxonomy';
import { passportLookup } from '../../renderer/src/data/vault/sealed-record';
import { toBase64 } from '../../renderer/src/data/vault/data-key';
import { vaultOf } from '../../renderer/src/data/vault/vault';

const IMPORT_DB = 'bench-import';
const RAW_DB = 'bench-raw';
const PREVIEW_DB = 'bench-preview';
/** The responsiveness probe's timer: the page answers input at least this often when nothing blocks it. */
const PROBE_INTERVAL = 10;
/** Rows of the import preview's table on one page (features/exchange/PreviewRows.tsx). */
const PREVIEW_PAGE = 100;
/** The idle page's pause is watched as long as the preview ran, up to this. */
const IDLE_PROBE_MAX = 30_000;
const PAGE = 51; // the case list asks for one row more than a page, to know whether there is a next one
const ROWS = 50;
const CONTACT_LOST_DAYS = 14;
const FILL_BATCH = 5000;
/** The officer's passphrase in the benchmark's profile, typed by the runner at sign-in. */
const PASSPHRASE = 'benchmark passphrase';
/** DESIGN.md §7: a list's first page, a search, a case opened and the dashboard within twice the raw read of the same rows. */
const LIST_BUDGET: Budget = { kind: 'ratio', limit: 2 };
const IO_BUDGET: Budget = { kind: 'ratio', limit: 1.3 };

interface Operation {
  budget: Budget;
  run: () => Promise<number>;
  baseline: (() => Promise<unknown>) | null;
  /** Rows the operation must return for the harness to be working. */
  expectsRows: boolean;
  note?: string;
}

/** What the last import run added to its database, by store (raw-idb.ts, addedRecords). */
let imported: Map<string, unknown[]> | null = null;
let generated: { workstation: SeedWorkstation; cases: SeedCase[]; longLog: SeedCase } | null = null;
let operations = new Map<string, Operation>();

const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.();
const log = (message: string) => console.log(`[bench] ${message}`);

function data() {
  if (!generated) throw new Error('generate() first');
  return generated;
}

async function generate({ cases, seed }: { cases: number; seed: number }) {
  const started = performance.now();
  const generator = new SeedGenerator({ seed, today: new Date().toISOString().slice(0, 10) }, cases);
  const all: SeedCase[] = [];
  for (const seeded of generator.cases()) {
    all.push(seeded);
    if (all.length % 20_000 === 0) log(`generated ${all.length} cases`);
  }
  generated = { workstation: generator.workstation, cases: all, longLog: generator.extraCase(50) };
  return {
    cases: all.length,
    contacts: all.reduce((n, c) => n + c.contacts.length, 0),
    followUps: all.reduce((n, c) => n + c.followUps.length, 0),
    ms: performance.now() - started,
  };
}

/** A fresh database with the app's schema, as the given name. */
async function freshDatabase(name: string): Promise<HomewardDb> {
  await Dexie.delete(name);
  const db = new HomewardDb(name);
  await db.open();
  return db;
}

/**
 * Protection at rest (DESIGN.md §8) on a workstation set up without it: the supervisor's first sign-in makes
 * the data key (the real sign-in and key ring), and the records stored before it (groups, history) are sealed
 * by the real migration. Everything stored afterwards goes through the recorder sealed.
 */
async function protect(repositories: Repositories, workstation: SeedWorkstation): Promise<void> {
  const supervisor = workstation.staff.find((s) => s.role === 'supervisor');
  if (!supervisor) throw new Error('the data set has no supervisor');
  await repositories.staff.setPassphrase(supervisor.id, { passphrase: PASSPHRASE, confirmation: PASSPHRASE }, supervisor.id);
  const signedIn = await repositories.staff.signIn(supervisor.id, PASSPHRASE);
  if (signedIn.outcome !== 'signed-in' || !repositories.keyring.vault.unlocked) throw new Error(`the supervisor's sign-in made no data key (${signedIn.outcome})`);
  await repositories.sealer.sealAll();
}

async function timeImport(mode: Mode): Promise<number> {
  const { workstation, cases } = data();
  const db = await freshDatabase(IMPORT_DB);
  const repositories = createRepositories(db);
  await repositories.settings.putWorkstation(workstation.settings);
  await db.staff.bulkPut(workstation.staff);
  if (mode === 'protected') await protect(repositories, workstation);
  // As from an intake file: cases only, the workstation issues the references.
  const records = cases.map((c) => ({ case: { ...c.case, reference: '' } }));
  const raw = await openRaw(IMPORT_DB);
  const before = await keysByStore(raw);
  collectGarbage();
  const started = performance.now();
  await repositories.caseImport.commit(records, workstation.staff[0]!.id);
  const ms = performance.now() - started;
  imported = await addedRecords(raw, before);
  raw.close();
  repositories.staff.forgetKey();
  db.close();
  await Dexie.delete(IMPORT_DB);
  return ms;
}

async function timeRawImport(records: ReadonlyMap<string, readonly unknown[]>): Promise<number> {
  (await freshDatabase(RAW_DB)).close();
  const raw = await openRaw(RAW_DB);
  collectGarbage();
  const started = performance.now();
  await putEvery(raw, records, DEFAULT_CHUNK);
  const ms = performance.now() - started;
  raw.close();
  await Dexie.delete(RAW_DB);
  return ms;
}

/**
 * One run of the import and its baselines: raw puts of every record the import added (its cases, their History
 * rows, the caseload counters, sync's outbox: DESIGN.md §7's "the same records"), next to it in turn; then raw
 * puts of the cases alone, as the figure's second baseline (until stop 35 the only one).
 */
async function importRun({ rawFirst, mode }: { rawFirst: boolean; mode: Mode }) {
  let baselineMs: number | null = null;
  if (rawFirst) baselineMs = await timeRawImport(importWrote());
  const ms = await timeImport(mode);
  baselineMs ??= await timeRawImport(importWrote());
  const casesOnlyMs = await timeRawImport(new Map([['cases', data().cases.map((c) => c.case)]]));
  return { ms, baselineMs, casesOnlyMs };
}

/** The records the last import added, by store; its first run is never preceded by its baseline. */
function importWrote(): ReadonlyMap<string, readonly unknown[]> {
  if (!imported) throw new Error('the raw puts of what the import wrote come after an import');
  return imported;
}

async function fill(mode: Mode): Promise<FillSummary> {
  const { workstation, cases, longLog } = data();
  const started = performance.now();
  const db = await freshDatabase(DATABASE_NAME);
  const repositories = createRepositories(db);
  await repositories.settings.putWorkstation(workstation.settings);
  await db.staff.bulkPut(workstation.staff);
  await db.groups.bulkPut(workstation.groups);
  if (mode === 'protected') await protect(repositories, workstation);
  const officerId = workstation.staff[0]!.id;
  const all = [...cases, longLog];
  for (let start = 0; start < all.length; start += FILL_BATCH) {
    await repositories.caseImport.commit(all.slice(start, start + FILL_BATCH), officerId);
    log(`stored ${Math.min(all.length, start + FILL_BATCH)} of ${all.length} cases with their contact logs`);
  }
  await repositories.staff.setPassphrase(officerId, { passphrase: PASSPHRASE, confirmation: PASSPHRASE }, officerId);
  operations = await defineOperations(db, repositories, officerId, mode);
  if (mode === 'protected') {
    // As the app does once the first page is on screen (App.tsx): the list's rows then take their names from it.
    const opening = performance.now();
    await repositories.keyring.vault.names();
    log(`opened the name index of ${all.length} cases in ${Math.round(performance.now() - opening)} ms`);
  }
  // The data set stays in the database; the page's copy would only burden the heap during the measurements.
  generated = null;
  collectGarbage();
  const ms = performance.now() - started;
  // For the start with a session kept (session-kept/): the benchmark's own key, of the benchmark's made-up cases.
  const dataKey = repositories.keyring.vault.unlocked ? toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', repositories.keyring.vault.key()))) : null;
  return { ms, profileId: officerId, passphrase: PASSPHRASE, dataKey };
}

interface SearchTerms {
  oneWord: string;
  twoWords: string;
  otherName: string;
  passport: string;
  reference: string;
}

/** Search texts an officer would type, taken from the data set so that they find something. */
function searchTerms(cases: readonly SeedCase[], longLog: Case): SearchTerms {
  const named = cases.map((c) => c.case).find((c) => (c.person.fullName.split(' ').at(-1) ?? '').length >= 5) ?? longLog;
  const [given = '', ...rest] = named.person.fullName.split(' ');
  const family = rest.at(-1) ?? given;
  const cyrillic = cases.map((c) => c.case.person.otherNames.find((n) => /^\p{Script=Cyrillic}{4}/u.test(n))).find((n) => n !== undefined) ?? 'Рахи';
  const passport = cases.map((c) => c.case.person.passportNumber).find((p) => p.length >= 6) ?? 'A1';
  return {
    oneWord: family.slice(0, 4),
    twoWords: `${given.slice(0, 3)} ${family.slice(0, 4)}`,
    otherName: cyrillic.slice(0, 4),
    passport: passport.slice(0, 6),
    reference: longLog.reference,
  };
}

async function defineOperations(db: HomewardDb, repositories: Repositories, actorId: string, mode: Mode): Promise<Map<string, Operation>> {
  const { cases, longLog, workstation } = data();
  const raw = await openRaw(DATABASE_NAME);
  const terms = searchTerms(cases, longLog.case);
  const today = new Date().toISOString().slice(0, 10);
  const { caseList } = repositories;
  const largestGroup = workstation.groups
    .map((g) => ({ id: g.id, size: cases.filter((c) => c.case.groupIds.includes(g.id)).length }))
    .sort((a, b) => b.size - a.size)[0]!.id;
  const exchange = createExchange(db, repositories);
  const officerIds = workstation.staff.filter((s) => s.role === 'officer').map((s) => s.id);

  const page = (filter: CaseFilter, sort: CaseSortField, descending: boolean) => async () =>
    (await caseList.page({ filter, sort, descending, offset: 0, limit: PAGE }, caseList.context(CONTACT_LOST_DAYS))).rows.length;
  const count = (filter: CaseFilter) => async () => caseList.count(filter, caseList.context(CONTACT_LOST_DAYS));
  const cursor = (index: string | null, range: IDBKeyRange | null, direction: IDBCursorDirection = 'next') => () => firstRows(raw, 'cases', index, range, direction, ROWS);
  const prefix = (text: string) => IDBKeyRange.bound(text, `${text}\uffff`);
  const within = (key: string) => IDBKeyRange.bound([key, ''], [key, '\uffff']);
  const list = (filter: CaseFilter, baseline: () => Promise<unknown>, sort: CaseSortField = 'updatedAt', descending = sort === 'updatedAt'): Operation => ({
    budget: LIST_BUDGET,
    run: page(filter, sort, descending),
    baseline,
    expectsRows: true,
  });
  // Protected, names are found in the opened name index in memory (vault/name-index.ts): no index read gives those
  // cases, so the raw read starts from their keys, found beforehand in the data set. Passport numbers are found by
  // keyed hashes of their beginnings: the raw read of the same cases is one key of the hashed index
  // (vault/sealed-record.ts), the hash computed beforehand.
  const vault = vaultOf(db);
  const sealed = mode === 'protected';
  /** Records a baseline read, opened as the app's answer shows them (protected: with WebCrypto alone, raw-open.ts). */
  const openedStored = async (table: string, records: readonly unknown[]) => (sealed ? openedRaw(vault.key(), table, records as Parameters<typeof openedRaw>[2]) : records);
  /** The size of the app's last export, which its baseline's must equal. */
  let exportedBytes = 0;
  const tokensOf = new Map([...cases, longLog].map(({ case: c }) => [c.id, nameTokensOf([c.person.fullName, ...c.person.otherNames])]));
  const namedKeys = (words: readonly string[]) => new Set([...tokensOf].filter(([, tokens]) => words.every((w) => tokens.some((t) => t.startsWith(w)))).map(([id]) => id));
  const passportRange = (passport: string) => (sealed ? IDBKeyRange.only(passportLookup(vault, passport)) : prefix(passport));
  const passportIndex = sealed ? 'derived.nameTokens' : 'person.passportNumber';
  // One box finds names, references and passport numbers: the raw read that gives the same rows looks in every
  // range the text can match (search.ts's rules), then reads the page as the list does (DEFAULT_PLAN_LIMITS).
  const searchRanges = (text: string): SearchRanges => {
    const reference = text.trim().toUpperCase();
    const passport = normalisePassport(text);
    const words = foldText(text)
      .split(' ')
      .filter(Boolean)
      .sort((a, b) => b.length - a.length);
    return {
      names: sealed ? [] : words.map((word) => ({ index: 'derived.nameTokens', range: prefix(word) })),
      ...(sealed ? { named: namedKeys(words) } : {}),
      others: [
        ...(reference.length >= REFERENCE_PREFIX_MIN ? [{ index: 'reference', range: prefix(reference) }] : []),
        ...(passport.length >= PASSPORT_PREFIX_MIN ? [{ index: passportIndex, range: passportRange(passport) }] : []),
      ],
    };
  };
  const search = (text: string): Operation => {
    const ranges = searchRanges(text);
    return {
      budget: LIST_BUDGET,
      run: page({ search: text }, 'updatedAt', true),
      baseline: () => searchRows(raw, 'cases', ranges, ROWS, DEFAULT_PLAN_LIMITS.smallRange),
      expectsRows: true,
    };
  };
  const counted = (filter: CaseFilter): Operation => ({
    budget: null,
    run: count(filter),
    baseline: null,
    expectsRows: true,
    note: 'read by the list after its first page when the page cannot tell the total',
  });

  const lostBefore = contactLostBefore(new Date().toISOString(), CONTACT_LOST_DAYS);
  // The best raw read of each list's rows, on the indexes the app declares (FILTER_INDEX in data/indexes.ts): one range
  // of a compound index where one orders the filter by update time; the first keys of each status's range merged where
  // the filter's index orders it by status first; a walk of index keys alone where the filter moves with the clock; and
  // where no index can order the filter in the sort's order (a multi-entry one, or a name sort), the reads below.
  const byStatus = (value: string) => CaseStatus.codes.map((status) => [value, status]);
  // Where no index orders a filter in the sort's order, the least raw work that gives its page: the records up to the
  // page's last match in that order (its reach, counted beforehand in the stored order, untimed) in one request, each
  // tested; or, where the filter's own index range holds fewer records than that, the range read whole and sorted.
  // (Until stop 34 these walked the sort's index by cursor, a round trip a record: the app, which sizes its first read
  // from the caseload counters, came out at 0.1-0.6× a baseline that was not the best raw read.)
  const stored = new Map([...cases, longLog].map(({ case: c }) => [c.id, c]));
  const reachIn = (order: readonly IDBValidKey[], keep: (c: Case) => boolean) => {
    let found = 0;
    for (let i = 0; i < order.length; i++) if (keep(stored.get(order[i] as string)!) && ++found === ROWS) return i + 1;
    return order.length;
  };
  const newestFirst = await primaryKeysInOrder(raw, 'cases', 'updatedAt', 'prev');
  const newest = (a: Case, b: Case) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id < b.id ? 1 : -1);
  const reachedTesting = (index: string, order: readonly IDBValidKey[], direction: IDBCursorDirection, keep: (c: Case) => boolean, reach = reachIn(order, keep)) =>
    () => reachedRows(raw, 'cases', index, direction, reach, ROWS, keep);
  const newestOf = (index: string, value: string, keep: (c: Case) => boolean) => {
    const members = [...stored.values()].filter(keep).length;
    const reach = reachIn(newestFirst, keep);
    return members <= reach ? () => rangeSorted(raw, 'cases', index, IDBKeyRange.only(value), newest, ROWS) : reachedTesting('updatedAt', newestFirst, 'prev', keep, reach);
  };
  // Protected, no index orders the cases by name (their sort names are sealed, and the app orders them in its opened
  // name index): the raw read of a page in name order is its cases read by key, the order found beforehand in the data
  // set, as for a name search; with a filter, read in that order and tested. (Until stop 28 it walked the sealed
  // sort-name index: other cases than the page's.)
  const inNameOrder = [...cases, longLog]
    .map(({ case: c }) => ({ id: c.id, name: foldText(c.person.fullName) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1))
    .map((c) => c.id);
  const byName = (descending: boolean) => {
    const ids = (descending ? [...inNameOrder].reverse() : inNameOrder).slice(0, ROWS);
    return () => rowsByKey(raw, 'cases', ids);
  };
  const nameSorted = (descending: boolean, unsealed: () => Promise<unknown>) => (sealed ? byName(descending) : unsealed);
  const inNameOrderTesting = (keep: (c: Case) => boolean) => {
    const ids = inNameOrder.slice(0, reachIn(inNameOrder, keep));
    return async () => ((await rowsByKey(raw, 'cases', ids)) as Case[]).filter(keep);
  };
  const inContact = (c: Case) => c.status === 'in_contact';
  const sorts: [CaseSortField, string][] = [
    ['reference', 'reference'],
    ['name', 'derived.sortName'],
    ['nationality', 'person.nationality'],
    ['status', 'derived.statusRank'],
    ['contactStatus', 'derived.contactBasis'],
    ['priority', 'priority'],
    ['updatedAt', 'updatedAt'],
  ];
  const ops: [string, Operation][] = [
    ['list: no filter (newest first)', list({}, cursor('updatedAt', null, 'prev'))],
    ['list: status In contact', list({ status: 'in_contact' }, cursor('[status+updatedAt]', within('in_contact'), 'prev'))],
    [
      'list: nationality TJ + status Locating',
      list({ nationality: 'TJ', status: 'locating' }, cursor('[person.nationality+status+updatedAt]', IDBKeyRange.bound(['TJ', 'locating'], ['TJ', 'locating', []]), 'prev')),
    ],
    ['list: recruitment method False job offer', list({ method: 'false_job_offer' }, newestOf('recruitment.methods', 'false_job_offer', (c) => c.recruitment.methods.includes('false_job_offer')))],
    ['list: overdue follow-ups', list({ overdueFollowUps: true }, () => keyWalkRows(raw, 'cases', '[updatedAt+derived.nextFollowUpDue]', 'prev', ROWS, (k) => String(k[1]) < today))],
    [
      'list: contact status Contact lost',
      list({ contactStatus: 'contact_lost' }, () =>
        keyWalkRows(raw, 'cases', '[updatedAt+derived.contactBasis+derived.lastContactAt]', 'prev', ROWS, (k) => k[1] === 'in_contact' && String(k[2]) <= lostBefore),
      ),
    ],
    ['list: current situation Prisoner of war', list({ situation: 'prisoner_of_war' }, () => mergedRows(raw, 'cases', '[whereabouts.situation+status+updatedAt]', byStatus('prisoner_of_war'), ROWS))],
    ['list: assigned officer', list({ assignee: actorId }, () => mergedRows(raw, 'cases', '[assigneeId+status+updatedAt]', byStatus(actorId), ROWS))],
    ['list: group (largest)', list({ groupId: largestGroup }, newestOf('groupIds', largestGroup, (c) => c.groupIds.includes(largestGroup)))],
    ['list: priority Critical', list({ priority: 'critical' }, () => mergedRows(raw, 'cases', '[priority+status+updatedAt]', byStatus('critical'), ROWS))],
    [
      'list: status In contact, sorted by name',
      list(
        { status: 'in_contact' },
        sealed ? inNameOrderTesting(inContact) : reachedTesting('derived.sortName', await primaryKeysInOrder(raw, 'cases', 'derived.sortName', 'next'), 'next', inContact),
        'name',
      ),
    ],
    ...sorts.map(([sort, index]): [string, Operation] => [`list: sort by ${sort} (ascending)`, list({}, sort === 'name' ? nameSorted(false, cursor(index, null)) : cursor(index, null), sort, false)]),
    ['list: sort by name (descending)', list({}, nameSorted(true, cursor('derived.sortName', null, 'prev')), 'name', true)],
    ['search: name prefix, one word', search(terms.oneWord)],
    ['search: name prefixes, two words', search(terms.twoWords)],
    ['search: other name (Cyrillic prefix)', search(terms.otherName)],
    ['search: passport number prefix', search(terms.passport)],
    ['search: reference', search(terms.reference)],
    [
      'open a case with 50 contact entries',
      {
        budget: LIST_BUDGET,
        run: async () => {
          const file = await repositories.caseFile.open(longLog.case.id);
          return file ? file.contactLog.length + file.followUps.length + file.history.length : 0;
        },
        baseline: async () => {
          const read = await caseWithRecords(raw, longLog.case.id);
          const opened = await Promise.all(Object.entries(read).map(([table, records]) => openedStored(table, records)));
          return opened.reduce((sum, records) => sum + records.length, 0);
        },
        expectsRows: true,
        note: 'the case page\'s one read of the case file (repositories/case-file.ts): the case, its contact log, follow-ups and History, opened; baseline: the same four reads raw, one transaction, and (protected) their envelopes opened with WebCrypto alone',
      },
    ],
    [
      'dashboard',
      {
        budget: LIST_BUDGET,
        run: async () => (await repositories.dashboard.figures(caseList.context(CONTACT_LOST_DAYS), officerIds)).total,
        baseline: () =>
          recordsAndCounts(
            raw,
            'counters',
            [
              { store: 'cases', index: '[derived.open+derived.activityAt]', range: IDBKeyRange.bound([1, lostBefore.slice(0, 10)], [1, lostBefore]) },
              { store: 'cases', index: '[derived.contactBasis+derived.lastContactAt]', range: IDBKeyRange.bound(['in_contact', lostBefore.slice(0, 10)], ['in_contact', lostBefore]) },
            ],
            [{ store: 'closureRequests', index: '[state+createdAt]', range: IDBKeyRange.bound(['pending', ''], ['pending', '\uffff']) }],
          ),
        expectsRows: true,
        note: "the supervisor's dashboard figures (repositories/dashboard.ts); baseline: raw getAll of the counters and of the cases of the \"Contact lost\" cut-off's day (two index ranges), and the count of waiting closure requests, one transaction",
      },
    ],
    ['count: no filter', counted({})],
    ['count: nationality TJ + status Locating', counted({ nationality: 'TJ', status: 'locating' })],
    ['count: recruitment method False job offer', counted({ method: 'false_job_offer' })],
    ['count: contact status Contact lost', counted({ contactStatus: 'contact_lost' })],
    [
      'CSV export of every case',
      {
        budget: IO_BUDGET,
        run: async () => {
          const file = await exchange.csvExport.export({ filter: {}, contactLostDays: CONTACT_LOST_DAYS }, actorId);
          exportedBytes = file.bytes.byteLength;
          return file.count;
        },
        baseline: async () => {
          const all = (await openedStored('cases', await getAll(raw, 'cases'))) as unknown as Case[];
          const bytes = new TextEncoder().encode(`\uFEFF${casesToCsv(all, true)}\r\n`).byteLength;
          // The same answer, or the ratio says nothing: a baseline that left the sealed fields out wrote a shorter file.
          if (bytes !== exportedBytes) throw new Error(`CSV export: the baseline wrote ${bytes} bytes, the export ${exportedBytes}`);
          return bytes;
        },
        expectsRows: true,
        note: 'the Reports export (exchange/csv-export.ts); baseline: raw getAll, (protected) the envelopes opened with WebCrypto alone, and the same serialisation',
      },
    ],
  ];
  return new Map(ops);
}

async function measure(name: string, runs: number, warm: boolean): Promise<Measurement> {
  const operation = operations.get(name);
  if (!operation) throw new Error(`no operation "${name}"`);
  // One unmeasured run of each first: compiled code and warm caches, as for a list opened a second time.
  let rows = 0;
  if (warm) {
    rows = await operation.run();
    await operation.baseline?.();
  }
  const samples: number[] = [];
  const baselineSamples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    let started = performance.now();
    rows = await operation.run();
    samples.push(performance.now() - started);
    if (operation.baseline) {
      started = performance.now();
      await operation.baseline();
      baselineSamples.push(performance.now() - started);
    }
  }
  if (operation.expectsRows && rows === 0) throw new Error(`"${name}" returned nothing: the harness or the data set is broken`);
  return { name, samples, baselineSamples: operation.baseline ? baselineSamples : null, budget: operation.budget, rows, note: operation.note };
}

/**
 * Starts timing how long the page goes without running a timer (what it
 * does while it cannot answer input); `stop` gives the longest, and the
 * longest task the page itself ran meanwhile (Long Tasks API: its own work,
 * garbage collection included, apart from the time the machine did not run it).
 */
function watchPauses(): { stop: () => { longest: number; longestTask: number } } {
  let last = performance.now();
  let longest = 0;
  let longestTask = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, PROBE_INTERVAL);
  const tasks = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestTask = Math.max(longestTask, entry.duration);
  });
  tasks.observe({ type: 'longtask' });
  return {
    stop: () => {
      clearInterval(timer);
      for (const entry of tasks.takeRecords()) longestTask = Math.max(longestTask, entry.duration);
      tasks.disconnect();
      return { longest: Math.max(longest, performance.now() - last), longestTask };
    },
  };
}

let previewFiles: { key: string; files: ReturnType<typeof intakeFiles> } | null = null;

async function previewRun({ rows, seed, similarNames }: { rows: number; seed: number; similarNames: boolean }): Promise<PreviewSummary> {
  const key = `${rows}:${seed}`;
  if (previewFiles?.key !== key) previewFiles = { key, files: intakeFiles(rows, seed) };
  // A copy: the preview hands the bytes over to its worker.
  const bytes = (similarNames ? previewFiles.files.similarNames : previewFiles.files.plain).slice();
  const db = await freshDatabase(PREVIEW_DB);
  const exchange = createExchange(db, createRepositories(db));
  collectGarbage();
  const pauses = watchPauses();
  const started = performance.now();
  // As the Import page (PreviewRows.tsx): after each batch, the first page of the rows that need a look, until it is full.
  const firstPage = { show: 'attention', offset: 0, limit: PREVIEW_PAGE } as const;
  let full = false;
  const preview = await exchange.intakeImport.preview(bytes, {
    onProgress: (_, rows) => {
      if (!full) void rows.page(firstPage).then((page) => (full = page.rows.length === PREVIEW_PAGE));
    },
  });
  await preview.page(firstPage);
  const ms = performance.now() - started;
  const { longest: longestPauseMs, longestTask: longestTaskMs } = pauses.stop();
  preview.close();
  db.close();
  await Dexie.delete(PREVIEW_DB);
  return { ms, longestPauseMs, longestTaskMs, idlePauseMs: await idlePause(Math.min(ms, IDLE_PROBE_MAX)), rows: preview.counts.all };
}

/**
 * The longest pause of the page doing nothing for `ms` while a worker keeps
 * one core busy, as the preview's does: what the machine alone costs the
 * page (other work on a shared machine delays its timers too).
 */
async function idlePause(ms: number): Promise<number> {
  const spin = `const end = performance.now() + ${Math.ceil(ms)}; while (performance.now() < end) {} postMessage('done');`;
  const url = URL.createObjectURL(new Blob([spin], { type: 'text/javascript' }));
  const worker = new Worker(url);
  const pauses = watchPauses();
  await new Promise((resolve) => (worker.onmessage = resolve));
  const { longest } = pauses.stop();
  worker.terminate();
  URL.revokeObjectURL(url);
  return longest;
}

/** The key derivation of signing in, alone: the stored profile's passphrase checked as sign-in checks it. */
async function keyDerivation({ profileId, passphrase, runs }: { profileId: string; passphrase: string; runs: number }): Promise<number[]> {
  const db = new HomewardDb(DATABASE_NAME);
  const verifier = (await db.staff.get(profileId))?.passphrase;
  db.close();
  if (!verifier) throw new Error('the benchmark profile has no passphrase');
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    if (!(await verifyPassphrase(passphrase, verifier))) throw new Error('the benchmark passphrase does not verify');
    samples.push(performance.now() - started);
  }
  return samples;
}

const api: BenchApi = {
  keyDerivation,
  generate,
  importRun,
  fill,
  operations: () => [...operations.keys()],
  measure,
  previewRun,
};
window.homewardBench = api;
document.body.dataset.ready = 'true';
