/**
 * The import preview run off the page (DESIGN.md §7: the page answers input
 * throughout): a worker reads, checks and matches the file
 * (intake-preview.worker.ts is its shell, servePreview its work) a batch at
 * a time, and keeps the rows (preview-rows.ts). The page gets the counts
 * after each batch, asks for the page of rows it shows, and, to import, for
 * the importable rows in chunks; Cancel, or leaving the preview, ends the
 * worker. Where there are no workers (Node, the unit tests) the same steps
 * run in place, yielding between batches.
 *
 * The worker has no data key (it lives in the page's memory only, DESIGN.md
 * §8): on a protected workstation it asks the page, a batch at a time, for
 * the stored cases its rows may match (`findStored`), and the page answers
 * with their ids, references, names and reasons, found through the hashed
 * keys and opened there. The file's rows are checked, matched against each
 * other and kept in the worker all the same.
 */
import type { DuplicateProbe } from '../../../../shared/domain/duplicates';
import type { HomewardDb } from '../db';
import { vaultOf } from '../vault/vault';
import { ExchangeCancelledError } from './errors';
import { PREVIEW_BATCH, PreviewMatcher, readIntakeFile, storedLookup, type FindStored, type StoredMatch } from './intake-preview';
import { PreviewRowStore, type ImportableRow, type PreviewPage, type PreviewPageQuery, type PreviewSummary } from './preview-rows';

/** Importable rows sent to the page in one message when it imports: small enough that taking one in does not pause the page. */
const IMPORTABLE_CHUNK = 2000;

export type PreviewRequest =
  /**
   * The file's bytes, transferred to the worker, and the database whose stored cases the rows are matched against
   * (opened read only); `storedOnPage`: the page looks the stored cases up (it holds the data key).
   */
  | { type: 'preview'; bytes: Uint8Array; databaseName: string; storedOnPage: boolean }
  /** The page's answer to `findStored`. */
  | { type: 'stored'; id: number; matches: StoredMatch[][] }
  | { type: 'storedFailed'; id: number; message: string }
  | { type: 'page'; id: number; query: PreviewPageQuery }
  | { type: 'importable'; id: number; exclude: number[]; from: number; limit: number };

export type PreviewMessage =
  /** After the file is read, then after each batch of rows. */
  | { type: 'progress'; summary: PreviewSummary }
  | { type: 'done'; summary: PreviewSummary }
  | { type: 'failed'; message: string }
  | { type: 'page'; id: number; page: PreviewPage }
  | { type: 'importable'; id: number; rows: ImportableRow[]; next: number | null }
  /** The worker asks the page for the stored cases a batch's rows may match. */
  | { type: 'findStored'; id: number; probes: DuplicateProbe[] };

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
async function checkRows(
  db: HomewardDb,
  bytes: Uint8Array,
  began: (store: PreviewRowStore) => void,
  progress: (summary: PreviewSummary) => void,
  signal?: AbortSignal,
  findStored?: FindStored,
): Promise<PreviewRowStore> {
  const { head, rows, probes } = readIntakeFile(bytes);
  const store = new PreviewRowStore(head);
  began(store);
  progress(store.summary());
  const matcher = new PreviewMatcher(db, findStored);
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
  let nextId = 0;
  const asked = new Map<number, { resolve: (matches: StoredMatch[][]) => void; reject: (error: Error) => void }>();
  const askPage: FindStored = (probes) =>
    new Promise((resolve, reject) => {
      const id = (nextId += 1);
      asked.set(id, { resolve, reject });
      post({ type: 'findStored', id, probes: [...probes] });
    });
  return async (request) => {
    if (request.type === 'stored' || request.type === 'storedFailed') {
      const waiting = asked.get(request.id);
      asked.delete(request.id);
      if (request.type === 'stored') waiting?.resolve(request.matches);
      else waiting?.reject(new Error(request.message));
    } else if (request.type === 'page') {
      post({ type: 'page', id: request.id, page: store?.page(request.query) ?? { rows: [], total: 0 } });
    } else if (request.type === 'importable') {
      const chunk = store?.importable(new Set(request.exclude), request.from, request.limit) ?? { rows: [], next: null };
      post({ type: 'importable', id: request.id, ...chunk });
    } else {
      const db = openDb(request.databaseName);
      try {
        const checked = await checkRows(
          db,
          request.bytes,
          (s) => (store = s),
          (summary) => post({ type: 'progress', summary }),
          undefined,
          request.storedOnPage ? askPage : undefined,
        );
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

/**
 * The preview in a worker, which keeps its rows until the preview is closed; rejects with ExchangeCancelledError
 * when `signal` aborts (the worker is ended at once). With the data key in this page's memory, the page answers
 * the worker's lookups of stored cases.
 */
export function previewInWorker(bytes: Uint8Array, db: HomewardDb, options: PreviewOptions = {}): Promise<ImportPreview> {
  const storedOnPage = vaultOf(db).unlocked;
  const findStored = storedLookup(db);
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
      if (data.type === 'findStored') {
        findStored(data.probes).then(
          (matches) => worker.postMessage({ type: 'stored', id: data.id, matches } satisfies PreviewRequest),
          (error: unknown) => worker.postMessage({ type: 'storedFailed', id: data.id, message: error instanceof Error ? error.message : String(error) } satisfies PreviewRequest),
        );
      } else if (data.type === 'progress') options.onProgress?.(data.summary, rows);
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
    const request: PreviewRequest = { type: 'preview', bytes, databaseName: db.name, storedOnPage };
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
