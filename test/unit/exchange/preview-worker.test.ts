/** The import preview's worker: its message protocol, driven directly, and Cancel ending it. */
import { IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HomewardDb } from '../../../renderer/src/data/db';
import { createExchange, type Exchange } from '../../../renderer/src/data/exchange';
import { ExchangeCancelledError } from '../../../renderer/src/data/exchange/errors';
import { PREVIEW_BATCH } from '../../../renderer/src/data/exchange/intake-preview';
import { handlePreviewRequest, previewInPlace, type PreviewMessage, type PreviewRequest } from '../../../renderer/src/data/exchange/preview-worker';
import { setUpWorkstation, testClock } from '../data/fixtures';
import { csvOf } from './fixtures';

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

/** The same database as another connection, as the worker opens it. */
const sameDatabase = (name: string) => new HomewardDb(name, { indexedDB: (db as unknown as { _deps: { indexedDB: IDBFactory } })._deps.indexedDB, IDBKeyRange });

beforeEach(async () => {
  const ws = await setUpWorkstation(testClock(Date.parse('2026-03-01T09:00:00Z')));
  db = ws.db;
  exchange = createExchange(ws.db, ws.repos, ws.clock);
});

afterEach(() => vi.unstubAllGlobals());

describe('the preview worker’s messages', () => {
  it('the file head, then the rows a batch at a time in file order, then done; rows match earlier batches', async () => {
    const messages: PreviewMessage[] = [];
    const request: PreviewRequest = { type: 'preview', bytes: csvOf(ROWS), databaseName: db.name };
    await handlePreviewRequest(request, (m) => messages.push(m), sameDatabase);

    expect(messages.map((m) => m.type)).toEqual(['head', 'rows', 'rows', 'rows', 'done']);
    expect(messages[0]).toMatchObject({ type: 'head', head: { rowCount: 1200, fileErrors: [], unknownHeaders: [] } });
    const batches = messages.flatMap((m) => (m.type === 'rows' ? [m.rows] : []));
    expect(batches.map((b) => b.length)).toEqual([PREVIEW_BATCH, PREVIEW_BATCH, 1200 - 2 * PREVIEW_BATCH]);
    expect(batches.flat().map((r) => r.rowNumber)).toEqual(ROWS.map((_, i) => i + 2));
    expect(batches[2]!.at(-1)!.duplicates).toEqual([{ kind: 'inFile', rowNumber: 2, reason: 'passport' }]);
    // Structured clone is what crosses to the page: the messages must survive it.
    expect(structuredClone(messages)).toEqual(messages);
  });

  it('names the earlier row of a pair found batches later, after it, and the collected preview shows it on both rows', async () => {
    const messages: PreviewMessage[] = [];
    await handlePreviewRequest({ type: 'preview', bytes: csvOf(ROWS), databaseName: db.name }, (m) => messages.push(m), sameDatabase);
    const later = messages.flatMap((m) => (m.type === 'rows' ? m.later : []));
    expect(later).toEqual([{ rowNumber: 2, match: { kind: 'inFile', rowNumber: 1201, reason: 'passport' } }]);

    const preview = await previewInPlace(db, csvOf(ROWS));
    expect(preview.rows[0]!.duplicates).toEqual([{ kind: 'inFile', rowNumber: 1201, reason: 'passport' }]);
    expect(preview.rows.at(-1)!.duplicates).toEqual([{ kind: 'inFile', rowNumber: 2, reason: 'passport' }]);
  });

  it('says why it failed, as its last message', async () => {
    const messages: PreviewMessage[] = [];
    const broken = (name: string) => {
      const other = sameDatabase(name);
      vi.spyOn(other.cases, 'where').mockImplementation(() => {
        throw new Error('database gone');
      });
      return other;
    };
    await handlePreviewRequest({ type: 'preview', bytes: csvOf(ROWS.slice(0, 3)), databaseName: db.name }, (m) => messages.push(m), broken);
    expect(messages.at(-1)).toEqual({ type: 'failed', message: 'database gone' });
  });
});

describe('Cancel', () => {
  it('ends the worker at once; the preview is refused as cancelled', async () => {
    const workers: FakeWorker[] = [];
    class FakeWorker {
      onmessage: ((event: { data: PreviewMessage }) => void) | null = null;
      onerror = null;
      terminated = false;
      constructor() {
        workers.push(this);
      }
      postMessage(request: PreviewRequest) {
        void handlePreviewRequest(request, (data) => (this.terminated ? undefined : this.onmessage?.({ data })), sameDatabase);
      }
      terminate() {
        this.terminated = true;
      }
    }
    vi.stubGlobal('Worker', FakeWorker);
    const controller = new AbortController();
    const progress: number[] = [];
    const preview = exchange.intakeImport.preview(csvOf(ROWS), {
      signal: controller.signal,
      onProgress: (sofar, head) => {
        progress.push(sofar.rows.length, head.rowCount);
        controller.abort();
      },
    });
    await expect(preview).rejects.toBeInstanceOf(ExchangeCancelledError);
    expect(progress).toEqual([PREVIEW_BATCH, 1200]);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(true);
  });

  it('stops the preview run in place at the next batch', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const run = previewInPlace(db, csvOf(ROWS), {
      signal: controller.signal,
      onProgress: (sofar) => {
        seen.push(sofar.rows.length);
        controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(ExchangeCancelledError);
    expect(seen).toEqual([PREVIEW_BATCH]);
  });
});

describe('a name shared by hundreds of rows', () => {
  it('a row is still compared with the earlier rows that can match it, however many share its name', async () => {
    const common = (n: number, nationality: string, year: string) => row(n, { full_name: 'Ali Hassan', nationality, date_of_birth: year });
    const rows = [...Array.from({ length: 520 }, (_, i) => common(i + 1, 'PK', '1980')), common(521, 'AF', '1990'), common(522, 'AF', '1990')];
    const preview = await previewInPlace(db, csvOf(rows));
    expect(preview.rows.at(-1)!.duplicates).toEqual([{ kind: 'inFile', rowNumber: 522, reason: 'name' }]);
    expect(Math.max(...preview.rows.map((r) => r.duplicates.length))).toBeLessThanOrEqual(500);
  });
});
