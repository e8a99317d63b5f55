import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExchangeCancelledError } from '../../../renderer/src/data/exchange/errors';
import { createExchange, type Exchange } from '../../../renderer/src/data/exchange';
import { csvLines, type CsvFile, type ExportProgress } from '../../../renderer/src/data/exchange/csv-export';
import { SCAN_CHUNK } from '../../../renderer/src/data/indexes';
import { recordCaseChanges } from '../../../renderer/src/data/counters';
import type { HomewardDb } from '../../../renderer/src/data/db';
import { INTAKE_HEADERS } from '../../../shared/domain/intake-csv';
import type { Case } from '../../../shared/schemas/case';
import { setUpWorkstation, testClock } from '../data/fixtures';
import { allTables, intakeFields, makeCase, withRows } from './fixtures';
import { openedAll } from '../../../renderer/src/data/vault/sealed-record';

async function workstation() {
  const ws = await setUpWorkstation(testClock(Date.parse('2026-03-01T09:00:00Z')));
  return { ...ws, exchange: createExchange(ws.db, ws.repos, ws.clock) };
}

const byReference = (cases: Case[]) => new Map(cases.map((c) => [c.reference, intakeFields(c)]));

describe('CSV export → import round trip', () => {
  let source: Awaited<ReturnType<typeof workstation>>;
  let cases: Case[];
  let file: CsvFile;

  beforeAll(async () => {
    source = await workstation();
    const { repos, officer } = source;
    cases = [
      await makeCase(repos, officer.id, { fullName: 'Sipho Dlamini', otherNames: ['Sipho Dhlamini', 'Сипо Дламини'], passportNumber: 'A1234567', status: 'locating' }),
      await makeCase(repos, officer.id, { fullName: 'Ntombi Khumalo', dateOfBirth: '1999', phone: '', place: '  ' }),
      await makeCase(repos, officer.id, { fullName: 'محمد عبد الله', nationality: 'EG', phone: '+201001234567', dateOfBirth: '1990-01-15', status: 'in_contact' }),
      // Formula-like text: kept as text, neutralised in the file, given back unchanged.
      await makeCase(repos, officer.id, { fullName: '=HYPERLINK("http://evil.example","Sipho")', otherNames: ["'=already quoted"], notes: '@SUM(1+1)', place: '-Kherson' }),
      await makeCase(repos, officer.id, { fullName: 'Thabo "TJ" Mokoena, Jr.', passportNumber: 'M99887766', notes: '', status: 'repatriation' }),
    ];
    cases = await Promise.all(cases.map(async (c) => (await repos.cases.get(c.id))!));
    file = await source.exchange.csvExport.export({ filter: {}, contactLostDays: 14 }, officer.id);
  });

  it('writes UTF-8 with a byte-order mark, the §4 headers in order, CRLF line ends', () => {
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(file.bytes);
    // TextDecoder drops the byte-order mark.
    expect(text.slice(0, text.indexOf('\r\n'))).toBe(INTAKE_HEADERS.join(','));
    expect(file.count).toBe(5);
    expect(file.suggestedName).toMatch(/^homeward-cases-\d{4}-\d{2}-\d{2}\.csv$/);
  });

  it('writes codes, joins multi-valued cells with ";" and neutralises formula cells', () => {
    const rows = Papa.parse<Record<string, string>>(new TextDecoder().decode(file.bytes), { header: true, delimiter: ',' }).data;
    const sipho = rows.find((r) => r['full_name'] === 'Sipho Dlamini')!;
    expect(sipho).toMatchObject({
      other_names: 'Sipho Dhlamini;Сипо Дламини',
      sex: 'male',
      nationality: 'ZA',
      current_situation: 'deployed',
      recruitment_methods: 'false_job_offer;documents_withheld',
      recruitment_channel: 'messenger_channel',
      platform: 'telegram',
      status: 'locating',
      // E.164 begins with "+", which a spreadsheet would read as a formula.
      phone: "'+27821234567",
    });
    const formula = rows.find((r) => r['full_name']?.includes('HYPERLINK'))!;
    expect(formula['full_name']).toBe('\'=HYPERLINK("http://evil.example","Sipho")');
    expect(formula['other_names']).toBe("''=already quoted");
    expect(formula['notes']).toBe("'@SUM(1+1)");
    expect(formula['location_place']).toBe("'-Kherson");
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('imported into an empty workstation gives back the same cases, references included', async () => {
    const target = await workstation();
    const preview = await withRows(await target.exchange.intakeImport.preview(file.bytes));
    expect(preview.fileErrors).toEqual([]);
    expect(preview.unknownHeaders).toEqual([]);
    expect(preview.rows.flatMap((r) => r.errors)).toEqual([]);
    expect(preview.counts.importable).toBe(5);
    const result = await target.exchange.intakeImport.commit(preview, target.officer.id);
    expect(result.imported.map((r) => r.reference).sort()).toEqual(cases.map((c) => c.reference).sort());

    const imported = await openedAll(target.db, 'cases', await target.db.cases.toArray());
    expect(byReference(imported)).toEqual(byReference(cases));
    // And the exported lists are the same file, byte for byte.
    const again = await target.exchange.csvExport.export({ filter: {}, contactLostDays: 14 }, target.officer.id);
    expect(new TextDecoder().decode(again.bytes)).toBe(new TextDecoder().decode(file.bytes));
    // The next case opened here does not clash with an imported reference.
    const next = await makeCase(target.repos, target.officer.id, { fullName: 'Lerato Molefe' });
    expect(next.reference).toBe('ZA-MOW-2026-0006');
  });

  it('imported again into the same workstation: every row is already here, nothing is written', async () => {
    const before = await allTables(source.db);
    const preview = await withRows(await source.exchange.intakeImport.preview(file.bytes));
    expect(preview.counts.importable).toBe(0);
    expect(preview.counts.alreadyPresent).toBe(5);
    for (const row of preview.rows) expect(row.duplicates).toEqual([{ kind: 'reference', caseId: expect.any(String), reference: row.input!.reference }]);
    await expect(source.exchange.intakeImport.commit(preview, source.officer.id)).rejects.toMatchObject({ messageKey: 'csv.nothingToImport' });
    expect(await allTables(source.db)).toEqual(before);
  });

  it('exports a filtered list, or the cases picked, and records who exported what', async () => {
    const locating = await source.exchange.csvExport.export({ filter: { status: 'locating' }, contactLostDays: 14 }, source.officer.id);
    expect(locating.count).toBe(1);
    const searched = await source.exchange.csvExport.export({ filter: { search: 'dlamini', nationality: 'ZA' }, contactLostDays: 14 }, source.officer.id);
    expect(searched.count).toBe(1);
    const picked = await source.exchange.csvExport.export({ ids: [cases[2]!.id, cases[0]!.id, 'not-an-id'] }, source.officer.id);
    expect(picked.count).toBe(2);
    const text = new TextDecoder().decode(picked.bytes);
    expect(text.indexOf('محمد')).toBeLessThan(text.indexOf('Sipho Dlamini'));

    const records = await openedAll(source.db, 'history', await source.db.history.where('[entity+entityId]').equals(['export', 'csvExport']).toArray());
    expect(records.map((r) => r.newValue)).toEqual(
      expect.arrayContaining([
        { kind: 'csvExport', cases: 1, filter: { status: 'locating' }, searched: false },
        // The search text may be a name: only the fact of a search is recorded.
        { kind: 'csvExport', cases: 1, filter: { nationality: 'ZA' }, searched: true },
        { kind: 'csvExport', cases: 2, selectedCases: 2 },
      ]),
    );
    expect(records.every((r) => r.actorId === source.officer.id && r.caseId === null)).toBe(true);
  });

  it('reads the whole list in chunks as stored, and writes the file in reference order', async () => {
    const many = await workstation();
    const { generateDataset } = await import('../../../scripts/seed/generate');
    const dataset = generateDataset({ seed: 3, today: '2026-03-01', cases: 2500 });
    await many.repos.caseImport.commit(dataset.cases.map((c) => ({ case: c.case })), many.officer.id);
    const chunks: number[] = [];
    const references: string[] = [];
    for await (const chunk of many.exchange.csvExport.chunks({ filter: {}, contactLostDays: 14 })) {
      chunks.push(chunk.length);
      references.push(...chunk.map((c) => c.reference));
    }
    expect(chunks).toEqual(Array.from({ length: 2500 / SCAN_CHUNK }, () => SCAN_CHUNK));
    const whole = new TextDecoder().decode((await many.exchange.csvExport.export({ filter: {}, contactLostDays: 14 }, many.officer.id)).bytes);
    // Every case on a line of its own, in reference order, every line ended with CRLF: no empty row between chunks.
    expect(whole).not.toContain('\r\n\r\n');
    const written = csvLines(whole.slice(1).replace(/\r\n$/, ''))
      .slice(1)
      .map((line) => line.slice(0, line.indexOf(',')));
    expect(written).toEqual([...references].sort());
    const progress: ExportProgress[] = [];
    const exported = await many.exchange.csvExport.export({ filter: {}, contactLostDays: 14 }, many.officer.id, { onProgress: (p) => progress.push(p) });
    expect(exported.count).toBe(2500);
    expect(progress).toEqual(Array.from({ length: 2500 / SCAN_CHUNK }, (_, i) => ({ done: (i + 1) * SCAN_CHUNK, total: 2500 })));
  }, 60_000);

  it("the whole list's progress counts live cases only: a tombstone (a removal pulled by sync) is neither exported nor in the total", async () => {
    const ws = await workstation();
    const kept = await makeCase(ws.repos, ws.officer.id, { fullName: 'Sipho Dlamini' });
    const made = await makeCase(ws.repos, ws.officer.id, { fullName: 'Bongani Zulu' });
    const before = (await ws.db.cases.get(made.id))!;
    const gone = { ...before, deletedAt: '2026-03-02T00:00:00.000Z', version: before.version + 1 };
    // As sync stores a pulled removal: the case and its counters in one transaction.
    await ws.db.transaction('rw', ws.db.cases, ws.db.counters, async () => {
      await ws.db.cases.put(gone);
      await recordCaseChanges(ws.db.counters, [{ before, after: gone }]);
    });
    const progress: ExportProgress[] = [];
    const exported = await ws.exchange.csvExport.export({ filter: {}, contactLostDays: 14 }, ws.officer.id, { onProgress: (p) => progress.push(p) });
    expect(exported.count).toBe(1);
    expect(new TextDecoder().decode(exported.bytes)).toContain(kept.reference);
    expect(progress).toEqual([{ done: 1, total: 1 }]);
  });

  it('a cancelled export gives no file and records nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    const historyBefore = await source.db.history.count();
    await expect(source.exchange.csvExport.export({ filter: {}, contactLostDays: 14 }, source.officer.id, { signal: controller.signal })).rejects.toBeInstanceOf(
      ExchangeCancelledError,
    );
    expect(await source.db.history.count()).toBe(historyBefore);
  });
});

describe('CSV export: the lines of the file', () => {
  it('are told apart at line ends outside quotes only', () => {
    expect(csvLines('a,"two\r\nlines",b\r\n"say ""hi""\r\n",c\r\nlast')).toEqual(['a,"two\r\nlines",b', '"say ""hi""\r\n",c', 'last']);
    expect(csvLines('')).toEqual([]);
  });

  it('in reference order whatever order the cases are stored in, a line each even with a note of several lines', async () => {
    const ws = await workstation();
    const made = [];
    for (const fullName of ['Sipho Dlamini', 'Ntombi Khumalo', 'Thabo Mbeki', 'Lindiwe Sisulu']) {
      made.push(await makeCase(ws.repos, ws.officer.id, { fullName, notes: 'First line.\nSecond line, "quoted".' }));
    }
    const file = await ws.exchange.csvExport.export({ filter: {}, contactLostDays: 14 }, ws.officer.id);
    const lines = csvLines(new TextDecoder().decode(file.bytes).slice(1));
    expect(lines.slice(1, -1).map((l) => l.slice(0, l.indexOf(',')))).toEqual(made.map((c) => c.reference).sort());
    expect(lines.at(-1)).toBe('');
  });

  it('the header on line 1, the first case on line 2, every line ended with CRLF', async () => {
    const ws = await workstation();
    const first = await makeCase(ws.repos, ws.officer.id, { fullName: 'Sipho Dlamini', notes: 'One line.' });
    const second = await makeCase(ws.repos, ws.officer.id, { fullName: 'Ntombi Khumalo', notes: 'One line.' });
    const file = await ws.exchange.csvExport.export({ filter: {}, contactLostDays: 14 }, ws.officer.id);
    const lines = new TextDecoder().decode(file.bytes).split('\r\n');
    expect(lines[0]).toBe(INTAKE_HEADERS.join(','));
    expect(lines[1]).toMatch(new RegExp(`^${first.reference},Sipho Dlamini,`));
    expect(lines[2]).toMatch(new RegExp(`^${second.reference},Ntombi Khumalo,`));
    expect(lines.slice(3)).toEqual(['']);
  });

  it('a list of no cases is the header line alone', async () => {
    const ws = await workstation();
    const file = await ws.exchange.csvExport.export({ filter: {}, contactLostDays: 14 }, ws.officer.id);
    expect(file.count).toBe(0);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.bytes)).toBe(`\uFEFF${INTAKE_HEADERS.join(',')}\r\n`);
  });
});

describe('CSV export → import of full-width formula characters (＝ ＋ － ＠)', () => {
  it('neutralised like their ASCII twins, and given back unchanged', async () => {
    const source = await workstation();
    const values = { fullName: '＝HYPERLINK("http://evil.example")', otherNames: ["'＋already quoted"], place: '－Kherson', notes: '＠SUM(1+1)' };
    const made = await makeCase(source.repos, source.officer.id, values);
    const file = await source.exchange.csvExport.export({ filter: {}, contactLostDays: 14 }, source.officer.id);
    const [row] = Papa.parse<Record<string, string>>(new TextDecoder().decode(file.bytes), { header: true, delimiter: ',', skipEmptyLines: true }).data;
    expect(row).toMatchObject({ full_name: "'＝HYPERLINK(\"http://evil.example\")", other_names: "''＋already quoted", location_place: "'－Kherson", notes: "'＠SUM(1+1)" });

    const target = await workstation();
    const preview = await withRows(await target.exchange.intakeImport.preview(file.bytes));
    expect(preview.rows.flatMap((r) => r.errors)).toEqual([]);
    await target.exchange.intakeImport.commit(preview, target.officer.id);
    expect(byReference(await openedAll(target.db, 'cases', await target.db.cases.toArray()))).toEqual(byReference([(await source.repos.cases.get(made.id))!]));
  });
});

describe('CSV export → import of an open list’s Other', () => {
  it('writes the text kept with Other ("YouTube"), not "other", and reads back the same case', async () => {
    const source = await workstation();
    const made = await makeCase(source.repos, source.officer.id, { fullName: 'Kwame Mensah', platformOther: 'YouTube', channelOther: 'Radio advert' });
    const file = await source.exchange.csvExport.export({ filter: {}, contactLostDays: 14 }, source.officer.id);
    const [row] = Papa.parse<Record<string, string>>(new TextDecoder().decode(file.bytes), { header: true, delimiter: ',', skipEmptyLines: true }).data;
    expect(row).toMatchObject({ platform: 'YouTube', recruitment_channel: 'Radio advert' });
    expect(Object.keys(row!)).toEqual([...INTAKE_HEADERS]);

    const target = await workstation();
    const preview = await withRows(await target.exchange.intakeImport.preview(file.bytes));
    expect(preview.rows.flatMap((r) => r.errors)).toEqual([]);
    await target.exchange.intakeImport.commit(preview, target.officer.id);
    const [imported] = await openedAll(target.db, 'cases', await target.db.cases.toArray());
    expect(imported?.recruitment).toMatchObject({ platform: 'other', platformOther: 'YouTube', channel: 'other', channelOther: 'Radio advert' });
    expect(byReference([imported!])).toEqual(byReference([(await source.repos.cases.get(made.id))!]));
  });
});

export type { Exchange, HomewardDb };
