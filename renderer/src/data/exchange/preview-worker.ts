/**
 * The import preview run off the page (DESIGN.md §7: the page answers input
 * throughout): a worker reads, checks and matches the file
 * (intake-preview.worker.ts is its shell, handlePreviewRequest its work) and
 * sends the rows back a batch at a time; the page shows them as they come,
 * and Cancel ends the worker. Where there are no workers (Node, the unit
 * tests) the same steps run in place, yielding between batches.
 */
import type { HomewardDb } from '../db';
import { ExchangeCancelledError } from './errors';
import { PREVIEW_BATCH, PreviewMatcher, readIntakeFile, summarisePreview, type ImportPreview, type ImportPreviewRow, type LaterMatch, type PreviewHead } from './intake-preview';

export interface PreviewRequest {
  type: 'preview';
  /** The file's bytes, transferred to the worker. */
  bytes: Uint8Array;
  /** The database whose stored cases the rows are matched against (opened by the worker, read only). */
  databaseName: string;
}

export type PreviewMessage =
  | { type: 'head'; head: PreviewHead }
  /** A batch of rows, and matches found for rows of earlier batches (the other row of a pair). */
  | { type: 'rows'; rows: ImportPreviewRow[]; later: LaterMatch[] }
  | { type: 'done' }
  | { type: 'failed'; message: string };

export interface PreviewOptions {
  /** The preview so far, after each batch of rows. */
  onProgress?: (preview: ImportPreview, head: PreviewHead) => void;
  signal?: AbortSignal;
}

/** The worker's work: every message it sends for one request, `done` or `failed` last. Closes the database it opened. */
export async function handlePreviewRequest(request: PreviewRequest, post: (message: PreviewMessage) => void, openDb: (name: string) => HomewardDb): Promise<void> {
  const db = openDb(request.databaseName);
  try {
    await streamPreview(db, request.bytes, post);
    post({ type: 'done' });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  } finally {
    db.close();
  }
}

async function streamPreview(db: HomewardDb, bytes: Uint8Array, post: (message: PreviewMessage) => void, signal?: AbortSignal): Promise<void> {
  const { head, rows, probes } = readIntakeFile(bytes);
  post({ type: 'head', head });
  const matcher = new PreviewMatcher(db);
  for (let i = 0; i < rows.length; i += PREVIEW_BATCH) {
    if (signal?.aborted) throw new ExchangeCancelledError();
    const batch = rows.slice(i, i + PREVIEW_BATCH);
    const later = await matcher.match(batch, probes.slice(i, i + PREVIEW_BATCH));
    post({ type: 'rows', rows: batch, later });
  }
}

/** Collects a request's messages into the preview, telling `onProgress` after each batch. */
class PreviewCollector {
  private head: PreviewHead | null = null;
  private readonly rows: ImportPreviewRow[] = [];
  private readonly byNumber = new Map<number, ImportPreviewRow>();

  constructor(private readonly onProgress: PreviewOptions['onProgress']) {}

  take(message: PreviewMessage): void {
    if (message.type === 'head') this.head = message.head;
    if (message.type === 'rows') {
      this.rows.push(...message.rows);
      for (const row of message.rows) this.byNumber.set(row.rowNumber, row);
      for (const { rowNumber, match } of message.later) this.byNumber.get(rowNumber)?.duplicates.push(match);
      if (this.onProgress) this.onProgress(this.preview(), this.head!);
    }
  }

  preview(): ImportPreview {
    if (!this.head) throw new Error('The preview ended before the file was read');
    return summarisePreview(this.head, [...this.rows]);
  }
}

/** The preview in a worker; rejects with ExchangeCancelledError when `signal` aborts (the worker is ended at once). */
export function previewInWorker(bytes: Uint8Array, databaseName: string, options: PreviewOptions = {}): Promise<ImportPreview> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./intake-preview.worker.ts', import.meta.url), { type: 'module' });
    const collector = new PreviewCollector(options.onProgress);
    const finish = (outcome: () => void) => {
      options.signal?.removeEventListener('abort', cancel);
      worker.terminate();
      outcome();
    };
    const cancel = () => finish(() => reject(new ExchangeCancelledError()));
    if (options.signal?.aborted) return cancel();
    options.signal?.addEventListener('abort', cancel, { once: true });
    worker.onmessage = ({ data }: MessageEvent<PreviewMessage>) => {
      if (data.type === 'done') finish(() => resolve(collector.preview()));
      else if (data.type === 'failed') finish(() => reject(new Error(data.message)));
      else collector.take(data);
    };
    worker.onerror = (event) => finish(() => reject(new Error(event.message || 'The import preview stopped')));
    const request: PreviewRequest = { type: 'preview', bytes, databaseName };
    worker.postMessage(request, [bytes.buffer]);
  });
}

/** The same steps in place, yielding between batches; stops at the next batch when `signal` aborts. */
export async function previewInPlace(db: HomewardDb, bytes: Uint8Array, options: PreviewOptions = {}): Promise<ImportPreview> {
  const collector = new PreviewCollector(options.onProgress);
  await streamPreview(db, bytes, (message) => collector.take(message), options.signal);
  return collector.preview();
}
