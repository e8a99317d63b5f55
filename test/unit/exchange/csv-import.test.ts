import { beforeEach, describe, expect, it } from 'vitest';
import { createExchange, type Exchange } from '../../../renderer/src/data/exchange';
import { ExchangeCancelledError } from '../../../renderer/src/data/exchange/errors';
import type { HomewardDb } from '../../../renderer/src/data/db';
import type { ImportProgress } from '../../../renderer/src/data/repositories/case-import';
import { en } from '../../../renderer/src/i18n/en';
import { INTAKE_HEADERS } from '../../../shared/domain/intake-csv';
import { BAD_FILES, goodRow } from '../../fixtures/intake-csv';
import { setUpWorkstation, testClock } from '../data/fixtures';
import { allTables, csvOf, encode, makeCase, withRows } from './fixtures';
import { openedAll } from '../../../renderer/src/data/vault/sealed-record';

type Previewed = Awaited<ReturnType<typeof withRows>>;

/** A complete, valid row; `n` makes the person and passport unique. */
function row(n: number, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    full_name: `Person${n} Testcase${n}`,
    other_names: '',
    date_of_birth: `19${70 + (n % 30)}-0${1 + (n % 9)}-1${n % 10}`,
    sex: n % 2 ? 'male' : 'Female',
    nationality: n % 3 ? 'ZA' : 'South Africa',
    passport_number: `P${String(n).padStart(7, '0')}`,
    phone: '082 123 4567',
    reported_by_name: 'Nomsa Dlamini',
    reported_by_relationship: 'Sister',
    reported_by_phone: '',
    reported_on: '2026-02-27',
    current_situation: 'Deployed at the front',
    location_country: 'UA',
    location_place: 'Donetsk',
    recruitment_methods: 'false_job_offer;Documents withheld',
    recruitment_channel: 'messenger_channel',
    platform: 'Telegram',
    promised_job: 'Driver',
    status: 'reported',
    notes: 'From the hotline',
    ...overrides,
  };
}

function catalogued(key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en);
}

/** Every problem of the preview, as [row, column, key]; each key must have an English text. */
function problemsOf(preview: Previewed): [number | null, string | null, string][] {
  const all = [...preview.fileErrors, ...preview.rows.flatMap((r) => r.errors)];
  for (const p of all) expect(typeof catalogued(p.messageKey), p.messageKey).toBe('string');
  return all.map((p) => [p.rowNumber, p.column, p.messageKey]);
}

let db: HomewardDb;
let exchange: Exchange;
let officerId: string;
let before: Record<string, unknown[]>;

beforeEach(async () => {
  const ws = await setUpWorkstation(testClock(Date.parse('2026-03-01T09:00:00Z')));
  db = ws.db;
  officerId = ws.officer.id;
  exchange = createExchange(ws.db, ws.repos, ws.clock);
  before = await allTables(db);
});

/** The preview, with all its rows to look at. */
async function previewOf(bytes: Uint8Array): Promise<Previewed> {
  return withRows(await exchange.intakeImport.preview(bytes));
}

async function previewWritesNothing(bytes: Uint8Array): Promise<Previewed> {
  const preview = await previewOf(bytes);
  expect(await allTables(db)).toEqual(before);
  return preview;
}

/** A file no row of which can be imported: refused, and the database is as it was. */
async function refusedWhole(bytes: Uint8Array): Promise<Previewed> {
  const preview = await previewWritesNothing(bytes);
  expect(preview.counts.importable).toBe(0);
  await expect(exchange.intakeImport.commit(preview, officerId)).rejects.toMatchObject({ messageKey: 'csv.nothingToImport' });
  expect(await allTables(db)).toEqual(before);
  return preview;
}

describe('intake CSV: files refused whole', () => {
  it('a file that is not UTF-8', async () => {
    const latin1 = new Uint8Array([...encode('full_name,nationality\r\nJos'), 0xe9, ...encode(' Garc'), 0xed, ...encode('a,ES\r\n')]);
    expect(problemsOf(await refusedWhole(latin1))).toEqual([[null, null, 'csv.notUtf8']]);
  });

  it('a UTF-16 file, named as such with or without a byte-order mark', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'full_name'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(problemsOf(await refusedWhole(utf16))).toEqual([[null, null, 'csv.utf16']]);
    for (const order of ['LE', 'BE'] as const) {
      for (const withBom of [true, false]) {
        expect(problemsOf(await refusedWhole(BAD_FILES.utf16(order, withBom))), `${order}, byte-order mark: ${withBom}`).toEqual([[null, null, 'csv.utf16']]);
      }
    }
  });

  it('an empty file, with or without a byte-order mark', async () => {
    expect(problemsOf(await refusedWhole(new Uint8Array()))).toEqual([[null, null, 'csv.empty']]);
    expect(problemsOf(await refusedWhole(new Uint8Array([0xef, 0xbb, 0xbf, 0x0d, 0x0a])))).toEqual([[null, null, 'csv.empty']]);
  });

  it('a file with only a header row', async () => {
    expect(problemsOf(await refusedWhole(csvOf([])))).toEqual([[null, null, 'csv.noDataRows']]);
  });

  it('no header row: the first row is data, and is not repeated back', async () => {
    const preview = await refusedWhole(encode('Sipho Dlamini,ZA,1994\r\nNtombi Khumalo,ZA,1999\r\n'));
    expect(problemsOf(preview)).toEqual([[null, null, 'csv.noHeaderRow']]);
    expect(preview.unknownHeaders).toEqual([]);
  });

  it('semicolons as separators', async () => {
    expect(problemsOf(await refusedWhole(encode('full_name;nationality\r\nSipho;ZA\r\n')))).toEqual([[null, null, 'csv.semicolonSeparated']]);
  });

  it('tabs as separators', async () => {
    expect(problemsOf(await refusedWhole(BAD_FILES.tabSeparated()))).toEqual([[null, null, 'csv.tabSeparated']]);
  });

  it('required columns missing', async () => {
    const preview = await refusedWhole(encode('reference,other_names,Full Name\r\n,,Sipho\r\n'));
    expect(preview.missingHeaders).toEqual(['full_name', 'nationality']);
    expect(preview.unknownHeaders).toEqual(['Full Name']);
    expect(problemsOf(preview)).toEqual([
      [null, null, 'csv.missingHeader'],
      [null, null, 'csv.missingHeader'],
    ]);
    expect(preview.fileErrors.map((p) => p.params)).toEqual([{ column: 'full_name' }, { column: 'nationality' }]);
  });

  it('a column named twice', async () => {
    expect(problemsOf(await refusedWhole(encode('full_name,nationality,Full_Name\r\nA,ZA,B\r\n')))).toEqual([[1, 'full_name', 'csv.duplicateHeader']]);
  });
});

describe('intake CSV: rows with errors, named by row and column', () => {
  it('unbalanced quotes', async () => {
    const text = `full_name,nationality,notes\r\nSipho Dlamini,ZA,ok\r\n"Ntombi Khumalo,ZA,never closed\r\nThabo Mokoena,ZA,swallowed\r\n`;
    const preview = await previewWritesNothing(encode(text));
    expect(problemsOf(preview)).toEqual(expect.arrayContaining([[3, null, 'csv.unbalancedQuotes']]));
    // Everything after the open quotation mark is one cell of row 3.
    expect(preview.rows.map((r) => r.rowNumber)).toEqual([2, 3]);
    expect(preview.rows[1]?.input).toBeUndefined();
    expect(preview.counts.importable).toBe(1);
  });

  it('a quotation mark in the middle of a quoted cell', async () => {
    const preview = await previewWritesNothing(encode('full_name,nationality\r\n"Sipho "TJ" Dlamini",ZA\r\nNtombi Khumalo,ZA\r\n'));
    expect(problemsOf(preview)).toEqual([[2, null, 'csv.badQuotes']]);
    expect(preview.counts.importable).toBe(1);
  });

  it('a row with too many or too few cells', async () => {
    const preview = await previewWritesNothing(encode('full_name,nationality,notes\r\nSipho Dlamini,ZA,a,b\r\nNtombi Khumalo,ZA\r\nThabo Mokoena,ZA,fine\r\n'));
    expect(problemsOf(preview)).toEqual([
      [2, null, 'csv.tooManyCells'],
      [3, null, 'csv.tooFewCells'],
    ]);
    expect(preview.rows[0]?.errors[0]?.params).toEqual({ expected: 3, found: 4 });
    expect(preview.counts.importable).toBe(1);
  });

  it('bad dates, with the cell quoted', async () => {
    const preview = await previewWritesNothing(csvOf([row(1), row(2, { date_of_birth: '1994-02-30' }), row(3, { reported_on: '27/02/2026' }), row(4, { date_of_birth: '2999' })]));
    expect(problemsOf(preview)).toEqual([
      [3, 'date_of_birth', 'csv.badPartialDate'],
      [4, 'reported_on', 'csv.badDate'],
      [5, 'date_of_birth', 'csv.dateInFuture'],
    ]);
    expect(preview.rows[1]?.errors[0]?.params).toEqual({ value: '1994-02-30' });
    expect(preview).toMatchObject({ counts: { importable: 1, errors: 3 } });
  });

  it('an unknown nationality and unknown codes of closed lists; an unknown platform (an open list) is only a warning', async () => {
    const preview = await previewWritesNothing(csvOf([row(1, { nationality: 'Wakanda' }), row(2, { sex: 'M', platform: 'MySpace' })]));
    expect(problemsOf(preview)).toEqual([
      [2, 'nationality', 'csv.unknownCountry'],
      [3, 'sex', 'csv.unknownValue'],
    ]);
    expect(preview.rows[1]?.warnings).toEqual([{ rowNumber: 3, column: 'platform', messageKey: 'csv.keptAsOther', params: { value: 'MySpace' } }]);
  });

  it('10,000 rows with one bad row in the middle: exactly that row, and the others import', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => row(i, i === 5_000 ? { date_of_birth: '1994-13-01' } : {}));
    const preview = await previewWritesNothing(csvOf(rows));
    expect(problemsOf(preview)).toEqual([[5_002, 'date_of_birth', 'csv.badPartialDate']]);
    expect(preview).toMatchObject({ counts: { importable: 9_999, errors: 1 } });
    expect(preview.rows.flatMap((r) => r.duplicates)).toEqual([]);

    const progress: ImportProgress[] = [];
    const result = await exchange.intakeImport.commit(preview, officerId, { onProgress: (p) => progress.push(p) });
    expect(result.imported).toHaveLength(9_999);
    expect(await db.cases.count()).toBe(9_999);
    expect(await db.cases.where('person.passportNumber').equals('P0005000').count()).toBe(0);
    expect(progress.at(-1)).toEqual({ phase: 'writing', done: 9_999, total: 9_999 });
  }, 120_000);

  it('formula cells are kept as text', async () => {
    const preview = await previewWritesNothing(csvOf([row(1, { full_name: '=cmd|"/C calc"!A0', notes: '+SUM(A1:A2)', location_place: "'-Kherson" })]));
    expect(preview.rows[0]?.errors).toEqual([]);
    await exchange.intakeImport.commit(preview, officerId);
    const [stored] = await openedAll(db, 'cases', await db.cases.toArray());
    expect(stored?.person.fullName).toBe('=cmd|"/C calc"!A0');
    expect(stored?.notes).toBe('+SUM(A1:A2)');
    // An apostrophe before a formula character is the export's neutralisation, and only that is taken off.
    expect(stored?.whereabouts.place).toBe('-Kherson');
  });
});

describe('intake CSV: files other programs write, read right', () => {
  it('mixed line ends (CRLF, LF, a lone CR): one row each, numbered as written, a quoted line break kept', async () => {
    const file = BAD_FILES.mixedLineEnds();
    const preview = await previewWritesNothing(file.bytes);
    expect(problemsOf(preview)).toEqual([]);
    expect(preview.rows.map((r) => [r.rowNumber, r.input?.newCase.person.fullName])).toEqual([2, 3, 4, 5].map((n) => [n, goodRow(n - 1).full_name]));
    expect(preview.rows[1]?.input?.newCase.notes).toBe(file.notesOfRow3);
  });

  it('full-width formula characters: kept as text, the export’s apostrophe taken off', async () => {
    const file = BAD_FILES.fullWidthFormulas();
    const preview = await previewWritesNothing(file.bytes);
    expect(problemsOf(preview)).toEqual([]);
    await exchange.intakeImport.commit(preview, officerId);
    const [stored] = await openedAll(db, 'cases', await db.cases.toArray());
    expect({
      full_name: stored?.person.fullName,
      promised_job: stored?.recruitment.promisedJob,
      location_place: stored?.whereabouts.place,
      notes: stored?.notes,
    }).toEqual(file.expected);
  });
});

describe('intake CSV: a future date, a duplicate passport in a bad row, an unknown platform', () => {
  it('a report dated in 2031 is refused, named by row and column', async () => {
    const preview = await previewWritesNothing(BAD_FILES.futureDate());
    expect(problemsOf(preview)).toEqual([[3, 'reported_on', 'csv.dateInFuture']]);
    expect(preview.rows[1]?.errors[0]?.params).toEqual({ value: '2031-05-01' });
    expect(preview).toMatchObject({ counts: { importable: 2, errors: 1 } });
  });

  it('a passport repeated in a refused row is shown on both rows; the good row does not import unmarked', async () => {
    const preview = await previewWritesNothing(BAD_FILES.duplicatePassportInBadRow());
    expect(problemsOf(preview)).toEqual([[4, 'date_of_birth', 'csv.badPartialDate']]);
    expect(preview.rows.map((r) => r.duplicates)).toEqual([[{ kind: 'inFile', rowNumber: 4, reason: 'passport' }], [], [{ kind: 'inFile', rowNumber: 2, reason: 'passport' }]]);
    expect(preview).toMatchObject({ counts: { importable: 2, errors: 1 } });
  });

  it('a refused row is matched against stored cases too, from what its cells say', async () => {
    const ws = { repos: (await import('../../../renderer/src/data/repositories')).createRepositories(db, testClock()) };
    const stored = await makeCase(ws.repos, officerId, { fullName: 'Sipho Dlamini', passportNumber: 'A1234567', dateOfBirth: '1994' });
    const preview = await previewOf(
      csvOf([row(1, { full_name: 'Someone Else', passport_number: 'a123 4567', sex: 'robot' }), row(2, { full_name: 'Sipho Dhlamini', nationality: 'South Africa', passport_number: '', date_of_birth: '1994', reported_on: '2031-01-01' })]),
    );
    expect(problemsOf(preview)).toEqual([
      [2, 'sex', 'csv.unknownValue'],
      [3, 'reported_on', 'csv.dateInFuture'],
    ]);
    expect(preview.rows.map((r) => r.duplicates)).toEqual([
      [{ kind: 'existing', caseId: stored.id, reference: stored.reference, fullName: 'Sipho Dlamini', reason: 'passport' }],
      [{ kind: 'existing', caseId: stored.id, reference: stored.reference, fullName: 'Sipho Dlamini', reason: 'name' }],
    ]);
  });

  it('an unknown platform and channel import as Other with the text kept, and the preview warns', async () => {
    const preview = await previewWritesNothing(BAD_FILES.unknownPlatform());
    expect(problemsOf(preview)).toEqual([]);
    expect(preview.rows[1]?.warnings).toEqual([
      { rowNumber: 3, column: 'recruitment_channel', messageKey: 'csv.keptAsOther', params: { value: 'Radio advert' } },
      { rowNumber: 3, column: 'platform', messageKey: 'csv.keptAsOther', params: { value: 'YouTube' } },
    ]);
    for (const w of preview.rows[1]!.warnings) expect(typeof catalogued(w.messageKey)).toBe('string');
    expect(preview.counts.importable).toBe(3);
    await exchange.intakeImport.commit(preview, officerId);
    const stored = (await openedAll(db, 'cases', await db.cases.toArray())).find((c) => c.person.fullName === goodRow(2).full_name);
    expect(stored?.recruitment).toMatchObject({ platform: 'other', platformOther: 'YouTube', channel: 'other', channelOther: 'Radio advert' });
  });
});

describe('intake CSV: what a valid file gives', () => {
  it('reads headers in any order and case, reports unknown ones, skips blank rows but counts them', async () => {
    const text = 'Nationality,FULL_NAME,favourite_colour\r\nZA,Sipho Dlamini,blue\r\n,,\r\n\r\nEG,محمد عبد الله,green\r\n';
    const preview = await previewWritesNothing(encode(text));
    expect(preview.unknownHeaders).toEqual(['favourite_colour']);
    expect(preview.rows.map((r) => [r.rowNumber, r.input?.newCase.person.fullName])).toEqual([
      [2, 'Sipho Dlamini'],
      [5, 'محمد عبد الله'],
    ]);
  });

  it('reports duplicate candidates: a reference already here, a stored case, an earlier row', async () => {
    const ws = { repos: (await import('../../../renderer/src/data/repositories')).createRepositories(db, testClock()) };
    const stored = await makeCase(ws.repos, officerId, { fullName: 'Sipho Dlamini', passportNumber: 'A1234567' });
    const preview = await previewOf(
      csvOf([
        row(1, { reference: stored.reference, full_name: 'Someone Else', passport_number: '' }),
        row(2, { full_name: 'Sipho Dhlamini', passport_number: '', date_of_birth: '1994' }),
        row(3, { full_name: 'Lerato Molefe', passport_number: 'a 123 4567' }),
        row(4, { full_name: 'Thabo Mokoena', passport_number: 'X1' }),
        row(5, { full_name: 'Thabo Mokoena', passport_number: '', date_of_birth: '' }),
      ]),
    );
    expect(preview.rows.map((r) => r.duplicates)).toEqual([
      [{ kind: 'reference', caseId: stored.id, reference: stored.reference }],
      [{ kind: 'existing', caseId: stored.id, reference: stored.reference, fullName: 'Sipho Dlamini', reason: 'name' }],
      [{ kind: 'existing', caseId: stored.id, reference: stored.reference, fullName: 'Sipho Dlamini', reason: 'passport' }],
      // Both rows of a pair name each other.
      [{ kind: 'inFile', rowNumber: 6, reason: 'name' }],
      [{ kind: 'inFile', rowNumber: 5, reason: 'name' }],
    ]);
    expect(preview).toMatchObject({ counts: { importable: 4, errors: 0, alreadyPresent: 1 } });
  });

  it('a repeated reference in the file is an error on the later row', async () => {
    const preview = await previewWritesNothing(csvOf([row(1, { reference: 'ZA-MOW-2026-0042' }), row(2, { reference: 'za-mow-2026-0042' })]));
    expect(problemsOf(preview)).toEqual([[3, 'reference', 'csv.repeatedReference']]);
    expect(preview.rows[1]?.errors[0]?.params).toEqual({ value: 'ZA-MOW-2026-0042', row: 2 });
  });

  it('commits the valid rows in one go: new references issued, given ones kept, the import recorded', async () => {
    const preview = await previewOf(csvOf([row(1), row(2, { reference: 'UA-KYV-2025-0007' }), row(3, { nationality: '' })]));
    const result = await exchange.intakeImport.commit(preview, officerId);
    expect(result.imported).toEqual([
      { rowNumber: 2, reference: 'ZA-MOW-2026-0001' },
      { rowNumber: 3, reference: 'UA-KYV-2025-0007' },
    ]);
    const cases = await openedAll(db, 'cases', await db.cases.orderBy('reference').toArray());
    expect(cases.map((c) => [c.reference, c.status, c.priority, c.person.phone, c.recruitment.methods])).toEqual([
      ['UA-KYV-2025-0007', 'reported', 'normal', '+27821234567', ['false_job_offer', 'documents_withheld']],
      ['ZA-MOW-2026-0001', 'reported', 'normal', '+27821234567', ['false_job_offer', 'documents_withheld']],
    ]);
    const history = await openedAll(db, 'history', await db.history.filter((h) => h.actorId === officerId).toArray());
    expect(history.filter((h) => h.entity === 'case' && h.action === 'create')).toHaveLength(2);
    expect(history.find((h) => h.entity === 'export')?.newValue).toEqual({ kind: 'csvImport', cases: 2, rows: 3 });
  });

  it('leaves out rows the user unticked', async () => {
    const preview = await previewOf(csvOf([row(1), row(2)]));
    const result = await exchange.intakeImport.commit(preview, officerId, { exclude: new Set([2]) });
    expect(result.imported.map((r) => r.rowNumber)).toEqual([3]);
  });

  it('a cancelled commit writes nothing', async () => {
    const preview = await previewOf(csvOf(Array.from({ length: 50 }, (_, i) => row(i))));
    const controller = new AbortController();
    controller.abort();
    await expect(exchange.intakeImport.commit(preview, officerId, { signal: controller.signal })).rejects.toBeInstanceOf(ExchangeCancelledError);
    expect(await allTables(db)).toEqual(before);
  });

  it('the test rows use every column of the format', () => {
    expect(Object.keys(row(1)).sort()).toEqual(INTAKE_HEADERS.filter((h) => h !== 'reference').sort());
  });
});
