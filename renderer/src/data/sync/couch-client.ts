/**
 * The few CouchDB calls the replicator makes, over `fetch`. The credentials
 * are an Authorization header held in memory only, for this session. Every
 * call has its own timeout and follows the caller's abort signal; failures
 * are classified so the status line can say what happened in plain words.
 */
import type { CouchDoc } from './documents';

export interface ServerConnection {
  /** The server's address: `https://couch.example:6984`. */
  server: string;
  database: string;
  account: string;
  /** `Basic …`: in memory only, never stored. */
  authorization: string;
}

export type SyncFailure = 'unreachable' | 'unauthorized' | 'forbidden' | 'server' | 'timeout';

export class SyncRequestError extends Error {
  constructor(
    readonly failure: SyncFailure,
    message: string,
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'SyncRequestError';
  }
}

export function basicAuthorization(account: string, password: string): string {
  const bytes = new TextEncoder().encode(`${account}:${password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

export interface BulkResult {
  id: string;
  rev?: string;
  ok?: boolean;
  error?: string;
  reason?: string;
}

export interface ChangesRow {
  id: string;
  seq: unknown;
  changes: { rev: string }[];
  doc?: CouchDoc;
  deleted?: boolean;
}

export interface ChangesBatch {
  results: ChangesRow[];
  last_seq: unknown;
  pending?: number;
}

/** The seq as `since` takes it: CouchDB 3's are opaque strings, PouchDB Server's numbers; kept as given. */
export function sinceParam(seq: unknown): string {
  return typeof seq === 'string' ? seq : JSON.stringify(seq ?? 0);
}

export class CouchClient {
  constructor(
    private readonly connection: ServerConnection,
    private readonly fetcher: typeof fetch = (...args) => fetch(...args),
  ) {}

  get account(): string {
    return this.connection.account;
  }

  /** The signed-in account and its roles: the connection test. */
  async session(signal?: AbortSignal): Promise<{ name: string | null; roles: string[] }> {
    const body = (await this.request('GET', '/_session', undefined, 15_000, signal, true)) as { userCtx: { name: string | null; roles: string[] } };
    if (!body.userCtx.name) throw new SyncRequestError('unauthorized', 'The server did not accept the account name and password.', 401);
    return body.userCtx;
  }

  async databaseInfo(signal?: AbortSignal): Promise<{ doc_count: number; update_seq: unknown }> {
    return (await this.request('GET', '', undefined, 15_000, signal)) as { doc_count: number; update_seq: unknown };
  }

  /** `_bulk_docs` with new_edits true: a document without its current `_rev` comes back as a conflict. */
  async bulkDocs(docs: readonly CouchDoc[], signal?: AbortSignal): Promise<BulkResult[]> {
    return (await this.request('POST', '/_bulk_docs', { docs, new_edits: true }, 120_000, signal)) as BulkResult[];
  }

  /** The server's current revision of a document (with its conflicts); null when it has none. */
  async getDoc(id: string, signal?: AbortSignal): Promise<CouchDoc | null> {
    try {
      return (await this.request('GET', `/${encodeURIComponent(id)}?conflicts=true`, undefined, 30_000, signal)) as CouchDoc;
    } catch (error) {
      if (error instanceof SyncRequestError && error.status === 404) return null;
      throw error;
    }
  }

  /**
   * One batch of `_changes` after `since`. With `waitMs`, a long-poll that
   * the server ends after that long; our own timeout ends it a little later
   * in any case (a server may ignore the timeout parameter).
   */
  async changes(since: unknown, limit: number, waitMs: number | null, signal?: AbortSignal): Promise<ChangesBatch> {
    const query = new URLSearchParams({ style: 'all_docs', include_docs: 'true', conflicts: 'true', limit: String(limit), since: sinceParam(since) });
    if (waitMs !== null) {
      query.set('feed', 'longpoll');
      query.set('timeout', String(waitMs));
    }
    // A long-poll gets a margin over its own wait; a server that ignores the timeout (PouchDB Server) is cut off then.
    return (await this.request('GET', `/_changes?${query}`, undefined, waitMs === null ? 120_000 : waitMs + 10_000, signal)) as ChangesBatch;
  }

  private async request(method: string, path: string, body: unknown, timeoutMs: number, signal: AbortSignal | undefined, root = false): Promise<unknown> {
    const base = this.connection.server.replace(/\/+$/, '');
    const url = root ? `${base}${path}` : `${base}/${encodeURIComponent(this.connection.database)}${path}`;
    // One controller of our own, held by its timer and by the caller's signal until the answer is read whole: a
    // composite signal (AbortSignal.any) that only the fetch listens to may be garbage-collected once the headers
    // have come, and a long-poll's body comes much later (PouchDB Server writes a newline every few seconds while
    // it waits, and ignores the timeout), so a stop or our own timeout would never reach it.
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const stop = () => controller.abort(signal?.reason);
    if (signal?.aborted) stop();
    else signal?.addEventListener('abort', stop, { once: true });
    let response: Response;
    let text: string;
    try {
      response = await this.fetcher(url, {
        method,
        headers: { authorization: this.connection.authorization, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-store',
      });
      text = await response.text();
    } catch (error) {
      if (signal?.aborted) throw signal.reason ?? error;
      if (timedOut) throw new SyncRequestError('timeout', `The server did not answer within ${Math.round(timeoutMs / 1000)} s.`);
      throw new SyncRequestError('unreachable', 'The server cannot be reached.');
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
    }
    const json = parsed(text) as { error?: string; reason?: string } | null;
    if (response.ok) return json;
    const reason = json?.reason ?? json?.error ?? response.statusText;
    if (response.status === 401) throw new SyncRequestError('unauthorized', reason, 401);
    if (response.status === 403) throw new SyncRequestError('forbidden', reason, 403);
    throw new SyncRequestError('server', `${response.status} ${reason}`, response.status);
  }
}

/** A body that is not JSON (a proxy's error page) reads as nothing. */
function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
