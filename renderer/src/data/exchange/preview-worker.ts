/**
 * The import preview run off the page (DESIGN.md §7: the page answers input
 * throughout): a worker reads, checks and matches the file
 * (intake-preview.worker.ts is its shell, servePreview its work) a batch at
 * a time, and keeps the rows (preview-rows.ts). The page gets the counts
 * after each batch, asks for the page of rows it shows, and, to import, for
 * the importable rows in chunks; Cancel, or leaving the preview, ends the
 * worker. Where there are no workers (Node, the unit tests) the same steps
 * run in place, yielding between batches.
 */
import type { HomewardDb } from '../db';
import { ExchangeCancelledError } from './errors';
import { PREVIEW_BATCH, PreviewMatcher, readIntakeFile } from './intake-preview';
import { PreviewRowStore, type ImportableRow, type PreviewPage, type PreviewPageQuery, type PreviewSummary } from './preview-rows';

/** Importable rows sent to the page in one message when it imports: small enough that taking one in does not pause the page. */
const IMPORTABLE_CHUNK = 2000;

export type PreviewRequest =
  /** The file's bytes, transferred to the worker, and the database whose stored cases the rows are matched against (opened read only). */
  | { type: 'preview'; bytes: Uint8Array; databaseName: string }
  | { type: 'page'; id: number; query: PreviewPageQuery }
  | { type: 'importable'; id: number; exclude: number[]; from: number; limit: number };

export type PreviewMessage =
  /** After the file is read, then after each batch of rows. */
  | { type: 'progress'; summary: PreviewSummary }
  | { type: 'done'; summary: PreviewSummary }
  | { type: 'failed'; message: string }
  | { type: 'page'; id: number; page: PreviewPage }
  | { type: 'importable'; id: number; rows: ImportableRow[]; next: number | null };

/** The rows of a preview, asked for a page at a time. */
export interface PreviewRowSource {
  page(query: PreviewPageQuery): Promise<PreviewPage>;
}

/** A checked file: its counts, its rows a page at a time, and the rows a commit imports. */
export interface ImportPreview extends PreviewSummary, PreviewRowSource {
  /** The importable rows but those left out (by row number), in file order, a chunk at a time. */
  importable(exclude: ReadonlySet<number>): AsyncIterable<ImportableRow[]>;
  /** Lets go of the rows (ends the worker); the preview answers nothing more. */
  close(): void;
}

export interface PreviewOptions {
  /** What is known so far, after the file is read and after each batch; `rows` answers for the rows checked so far. */
  onProgress?: (summary: PreviewSummary, rows: PreviewRowSource) => void;
  signal?: AbortSignal;
}

/** Reads, checks and matches the file a batch at a time into a store, telling `progress` after the head and each batch. */
async function checkRows(db: HomewardDb, bytes: Uint8Array, began: (store: PreviewRowStore) => void, progress: (summary: PreviewSummary) => void, signal?: AbortSignal): Promise<PreviewRowStore> {
  const { head, rows, probes } = readIntakeFile(bytes);
  const store = new PreviewRowStore(head);
  began(store);
  progress(store.summary());
  const matcher = new PreviewMatcher(db);
  for (let i = 0; i < rows.length; i += PREVIEW_BATCH) {
    if (signal?.aborted) throw new ExchangeCancelledError();
    const batch = rows.slice(i, i + PREVIEW_BATCH);
    store.add(batch, await matcher.match(batch, probes.slice(i, i + PREVIEW_BATCH)));
    progress(store.summary());
  }
  return store;
}

/**
 * The worker's work: answers each request with messages. A preview request
 * ends with `done` or `failed` and closes the database it opened; page and
 * importable requests are answered from the rows checked so far, also while
 * the preview runs (between batches).
 */
export function servePreview(post: (message: PreviewMessage) => void, openDb: (name: string) => HomewardDb): (request: PreviewRequest) => Promise<void> {
  let store: PreviewRowStore | null = null;
  return async (request) => {
    if (request.type === 'page') {
      post({ type: 'page', id: request.id, page: store?.page(request.query) ?? { rows: [], total: 0 } });
    } else if (request.type === 'importable') {
      const chunk = store?.importable(new Set(request.exclude), request.from, request.limit) ?? { rows: [], next: null };
      post({ type: 'importable', id: request.id, ...chunk });
    } else {
      const db = openDb(request.databaseName);
      try {
        const checked = await checkRows(db, request.bytes, (s) => (store = s), (summary) => post({ type: 'progress', summary }));
        post({ type: 'done', summary: checked.summary() });
      } catch (error) {
        post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
      } finally {
        db.close();
      }
    }
  };
}

/** The preview's requests to its worker, each answered by the message with its id. */
class WorkerRows implements PreviewRowSource {
  private nextId = 0;
  private readonly waiting = new Map<number, { resolve: (message: PreviewMessage) => void; reject: (error: Error) => void }>();

  constructor(private readonly worker: Worker) {}

  page(query: PreviewPageQuery): Promise<PreviewPage> {
    return this.ask({ type: 'page', query }).then((message) => (message.type === 'page' ? message.page : { rows: [], total: 0 }));
  }

  async *importable(exclude: ReadonlySet<number>): AsyncIterable<ImportableRow[]> {
    const left = [...exclude];
    for (let from: number | null = 0; from !== null; ) {
      const message = await this.ask({ type: 'importable', exclude: left, from, limit: IMPORTABLE_CHUNK });
      if (message.type !== 'importable') return;
      yield message.rows;
      from = message.next;
    }
  }

  /** Takes a reply; false when the message answers no request. */
  answer(message: PreviewMessage): boolean {
    if (message.type !== 'page' && message.type !== 'importable') return false;
    this.waiting.get(message.id)?.resolve(message);
    this.waiting.delete(message.id);
    return true;
  }

  /** The worker stopped: no request will be answered. */
  fail(error: Error): void {
    for (const { reject } of this.waiting.values()) reject(error);
    this.waiting.clear();
  }

  private ask(request: { type: 'page'; query: PreviewPageQuery } | { type: 'importable'; exclude: number[]; from: number; limit: number }): Promise<PreviewMessage> {
    const id = (this.nextId += 1);
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id } satisfies PreviewRequest);
    });
  }
}

/** The preview in a worker, which keeps its rows until the preview is closed; rejects with ExchangeCancelledError when `signal` aborts (the worker is ended at once). */
export function previewInWorker(bytes: Uint8Array, databaseName: string, options: PreviewOptions = {}): Promise<ImportPreview> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./intake-preview.worker.ts', import.meta.url), { type: 'module' });
    const rows = new WorkerRows(worker);
    const close = () => {
      worker.terminate();
      rows.fail(new ExchangeCancelledError());
    };
    const stop = (error: Error) => {
      options.signal?.removeEventListener('abort', cancel);
      close();
      reject(error);
    };
    const cancel = () => stop(new ExchangeCancelledError());
    if (options.signal?.aborted) return cancel();
    options.signal?.addEventListener('abort', cancel, { once: true });
    worker.onmessage = ({ data }: MessageEvent<PreviewMessage>) => {
      if (rows.answer(data)) return;
      if (data.type === 'progress') options.onProgress?.(data.summary, rows);
      else if (data.type === 'failed') stop(new Error(data.message));
      else if (data.type === 'done') {
        options.signal?.removeEventListener('abort', cancel);
        resolve({ ...data.summary, page: (query) => rows.page(query), importable: (exclude) => rows.importable(exclude), close });
      }
    };
    worker.onerror = (event) => {
      const error = new Error(event.message || 'The import preview stopped');
      rows.fail(error);
      stop(error);
    };
    const request: PreviewRequest = { type: 'preview', bytes, databaseName };
    worker.postMessage(request, [bytes.buffer]);
  });
}

/** The same steps in place, yielding between batches; stops at the next batch when `signal` aborts. */
export async function previewInPlace(db: HomewardDb, bytes: Uint8Array, options: PreviewOptions = {}): Promise<ImportPreview> {
  let store: PreviewRowStore | null = null;
  const rows: PreviewRowSource = { page: async (query) => store?.page(query) ?? { rows: [], total: 0 } };
  const checked = await checkRows(db, bytes, (s) => (store = s), (summary) => options.onProgress?.(summary, rows), options.signal);
  return {
    ...checked.summary(),
    page: async (query) => checked.page(query),
    async *importable(exclude) {
      for (let from: number | null = 0; from !== null; ) {
        const chunk = checked.importable(exclude, from, IMPORTABLE_CHUNK);
        yield chunk.rows;
        from = chunk.next;
      }
    },
    close: () => undefined,
  };
}
