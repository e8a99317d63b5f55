/** The import preview's worker: its message protocol, driven directly, the page's side of it, and Cancel ending it. */
import { IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HomewardDb } from '../../../renderer/src/data/db';
import { createExchange, type Exchange } from '../../../renderer/src/data/exchange';
import { ExchangeCancelledError } from '../../../renderer/src/data/exchange/errors';
import { PREVIEW_BATCH } from '../../../renderer/src/data/exchange/intake-preview';
import { previewInPlace, servePreview, type PreviewMessage, type PreviewRequest } from '../../../renderer/src/data/exchange/preview-worker';
import { setUpWorkstation, testClock } from '../data/fixtures';
import { csvOf, withRows } from './fixtures';

function row(n: number, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    full_name: `Person${n} Testcase${n}`,
    date_of_birth: `19${70 + (n % 30)}-01-15`,
    nationality: 'ZA',
    passport_number: `P${String(n).padStart(7, '0')}`,
    reported_on: '2026-02-27',
    status: 'reported',
    ...overrides,
  };
}

/** 1,200 rows: the last repeats the first one's passport, two batches later. */
const ROWS = Array.from({ length: 1200 }, (_, i) => row(i + 1, i === 1199 ? { passport_number: 'P0000001' } : {}));

let db: HomewardDb;
let exchange: Exchange;
let officerId: string;

/** The same database as another connection, as the worker opens it. */
const sameDatabase = (name: string) => new HomewardDb(name, { indexedDB: (db as unknown as { _deps: { indexedDB: IDBFactory } })._deps.indexedDB, IDBKeyRange });

beforeEach(async () => {
  const ws = await setUpWorkstation(testClock(Date.parse('2026-03-01T09:00:00Z')));
  db = ws.db;
  officerId = ws.officer.id;
  exchange = createExchange(ws.db, ws.repos, ws.clock);
});

afterEach(() => vi.unstubAllGlobals());

/** Runs one preview through the worker's work; `during` may send more requests as messages arrive. */
async function served(rows: Record<string, string>[], during?: (message: PreviewMessage, serve: (r: PreviewRequest) => Promise<void>) => void, openDb = sameDatabase) {
  const messages: PreviewMessage[] = [];
  const serve = servePreview((m) => {
    messages.push(m);
    during?.(m, serve);
  }, openDb);
  await serve({ type: 'preview', bytes: csvOf(rows), databaseName: db.name, storedOnPage: false });
  return { messages, serve };
}

describe('the preview worker’s messages', () => {
  it('counts after the file is read and after each batch, then done: the page is sent no rows while the file is checked', async () => {
    const { messages } = await served(ROWS);
    expect(messages.map((m) => m.type)).toEqual(['progress', 'progress', 'progress', 'progress', 'done']);
    const checked = messages.map((m) => (m.type === 'progress' || m.type === 'done' ? m.summary.checked : null));
    expect(checked).toEqual([0, PREVIEW_BATCH, 2 * PREVIEW_BATCH, 1200, 1200]);
    expect(messages[0]).toMatchObject({ summary: { rowCount: 1200, fileErrors: [], unknownHeaders: [] } });
    // Counts only: a 50,000-row file held in the page's heap paused it for hundreds of milliseconds at each collection.
    for (const m of messages) expect(Object.keys(m).sort()).toEqual(['summary', 'type']);
    // The pair found two batches apart moves the earlier row's counts too.
    expect(messages.at(-1)).toMatchObject({ summary: { counts: { all: 1200, importable: 1200, errors: 0, duplicates: 2, attention: 2, alreadyPresent: 0 } } });
    // Structured clone is what crosses to the page: the messages must survive it.
    expect(structuredClone(messages)).toEqual(messages);
  });

  it('answers for a page of rows, in file order, the pair named on both rows', async () => {
    const { serve, messages } = await served(ROWS);
    await serve({ type: 'page', id: 7, query: { show: 'duplicates', offset: 0, limit: 100 } });
    await serve({ type: 'page', id: 8, query: { show: 'all', offset: 1100, limit: 100 } });
    const [duplicates, last] = messages.slice(-2) as [PreviewMessage, PreviewMessage];
    expect(duplicates).toMatchObject({ type: 'page', id: 7, page: { total: 2 } });
    const pair = duplicates.type === 'page' ? duplicates.page.rows : [];
    expect(pair.map((r) => [r.rowNumber, r.duplicates])).toEqual([
      [2, [{ kind: 'inFile', rowNumber: 1201, reason: 'passport' }]],
      [1201, [{ kind: 'inFile', rowNumber: 2, reason: 'passport' }]],
    ]);
    expect(last).toMatchObject({ type: 'page', id: 8, page: { total: 1200 } });
    expect(last.type === 'page' ? last.page.rows.map((r) => r.rowNumber) : []).toEqual(ROWS.slice(1100).map((_, i) => 1102 + i));
  });

  it('answers for a page while the file is still being checked, from the rows checked so far', async () => {
    const { messages } = await served(ROWS, (m, serve) => {
      if (m.type === 'progress' && m.summary.checked === PREVIEW_BATCH) void serve({ type: 'page', id: 1, query: { show: 'all', offset: 0, limit: 10_000 } });
    });
    const answer = messages.findIndex((m) => m.type === 'page');
    expect(answer).toBeLessThan(messages.findIndex((m) => m.type === 'done'));
    expect(messages[answer]).toMatchObject({ page: { total: PREVIEW_BATCH } });
  });

  it('hands over the importable rows but those left out, in chunks that together are every one', async () => {
    const rows = [...ROWS, row(9999, { date_of_birth: '1994-13-01' })];
    const { serve, messages } = await served(rows);
    const importable: number[] = [];
    for (let from: number | null = 0; from !== null; ) {
      await serve({ type: 'importable', id: 1, exclude: [3, 4], from, limit: 500 });
      const answer = messages.at(-1)!;
      if (answer.type !== 'importable') throw new Error(`expected an importable answer, got ${answer.type}`);
      expect(answer.rows.length).toBeLessThanOrEqual(500);
      importable.push(...answer.rows.map((r) => r.rowNumber));
      from = answer.next;
    }
    // Rows 3 and 4 left out; the last row (a bad date) is not importable.
    expect(importable).toEqual(ROWS.map((_, i) => i + 2).filter((n) => n !== 3 && n !== 4));
  });

  it('says why it failed, as its last message', async () => {
    const broken = (name: string) => {
      const other = sameDatabase(name);
      vi.spyOn(other.cases, 'where').mockImplementation(() => {
        throw new Error('database gone');
      });
      return other;
    };
    const { messages } = await served(ROWS.slice(0, 3), undefined, broken);
    expect(messages.at(-1)).toEqual({ type: 'failed', message: 'database gone' });
  });
});

/** A worker that runs the worker's work in this thread, as the page's side of the protocol sees it. */
function fakeWorkers() {
  const workers: { terminated: boolean }[] = [];
  class FakeWorker {
    onmessage: ((event: { data: PreviewMessage }) => void) | null = null;
    onerror = null;
    terminated = false;
    private readonly serve = servePreview((data) => (this.terminated ? undefined : this.onmessage?.({ data: structuredClone(data) })), sameDatabase);
    constructor() {
      workers.push(this);
    }
    postMessage(request: PreviewRequest) {
      void this.serve(request);
    }
    terminate() {
      this.terminated = true;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return workers;
}

describe('the preview through its worker', () => {
  it('keeps the rows in the worker: pages and the import ask for them; closing ends the worker', async () => {
    const workers = fakeWorkers();
    const preview = await exchange.intakeImport.preview(csvOf(ROWS.slice(0, 30)));
    expect(preview).toMatchObject({ rowCount: 30, counts: { importable: 30 } });
    expect((await preview.page({ show: 'all', offset: 10, limit: 5 })).rows.map((r) => r.rowNumber)).toEqual([12, 13, 14, 15, 16]);
    const result = await exchange.intakeImport.commit(preview, officerId, { exclude: new Set([2]) });
    expect(result.imported.map((r) => r.rowNumber)).toEqual(ROWS.slice(1, 30).map((_, i) => i + 3));
    expect(await db.cases.count()).toBe(29);
    expect(workers[0]!.terminated).toBe(false);
    preview.close();
    expect(workers[0]!.terminated).toBe(true);
  });
});

describe('on a protected workstation', () => {
  it('the worker, which has no data key, asks the page for the stored cases a batch may match; the page opens them', async () => {
    const workers = fakeWorkers();
    const stored = await exchange.intakeImport.preview(csvOf([row(1)]));
    await exchange.intakeImport.commit(stored, officerId);
    stored.close();
    // Sealed at rest: the worker's own connection could not read the name or match the hashed passport.
    const [sealed] = await db.cases.toArray();
    expect(JSON.stringify(sealed)).not.toContain('Testcase1');

    const asked: number[] = [];
    const spied = vi.spyOn(Worker.prototype as unknown as { postMessage: (r: PreviewRequest) => void }, 'postMessage');
    const preview = await withRows(await exchange.intakeImport.preview(csvOf([row(1), row(2)])));
    for (const [request] of spied.mock.calls) if (request.type === 'stored') asked.push(request.matches.length);
    expect(asked).toEqual([2]);
    expect(preview.rows[0]!.duplicates).toEqual([{ kind: 'existing', caseId: sealed!.id, reference: sealed!.reference, fullName: 'Person1 Testcase1', reason: 'passport' }]);
    expect(preview.rows[1]!.duplicates).toEqual([]);
    expect(workers).toHaveLength(2);
  });
});

describe('Cancel', () => {
  it('ends the worker at once; the preview is refused as cancelled', async () => {
    const workers = fakeWorkers();
    const controller = new AbortController();
    const progress: number[] = [];
    const preview = exchange.intakeImport.preview(csvOf(ROWS), {
      signal: controller.signal,
      onProgress: (summary) => {
        progress.push(summary.checked, summary.rowCount);
        if (summary.checked > 0) controller.abort();
      },
    });
    await expect(preview).rejects.toBeInstanceOf(ExchangeCancelledError);
    expect(progress).toEqual([0, 1200, PREVIEW_BATCH, 1200]);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(true);
  });

  it('stops the preview run in place at the next batch', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const run = previewInPlace(db, csvOf(ROWS), {
      signal: controller.signal,
      onProgress: (summary) => {
        seen.push(summary.checked);
        if (summary.checked > 0) controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(ExchangeCancelledError);
    expect(seen).toEqual([0, PREVIEW_BATCH]);
  });
});

describe('a name shared by hundreds of rows', () => {
  it('a row is still compared with the earlier rows that can match it, however many share its name', async () => {
    const common = (n: number, nationality: string, year: string) => row(n, { full_name: 'Ali Hassan', nationality, date_of_birth: year });
    const rows = [...Array.from({ length: 520 }, (_, i) => common(i + 1, 'PK', '1980')), common(521, 'AF', '1990'), common(522, 'AF', '1990')];
    const preview = await withRows(await previewInPlace(db, csvOf(rows)));
    expect(preview.rows.at(-1)!.duplicates).toEqual([{ kind: 'inFile', rowNumber: 522, reason: 'name' }]);
    expect(Math.max(...preview.rows.map((r) => r.duplicates.length))).toBeLessThanOrEqual(500);
  });
});
