/**
 * The workstation's replicator (DESIGN.md §9): pushes the outbox, then pulls
 * `_changes` from the stored checkpoint, in batches sized so that a first
 * pull of 100,000 cases is a few hundred transactions; once caught up it
 * long-polls, with its own timeout, and a local change cuts the wait short.
 * While the server cannot be reached it backs off. Everything it does is
 * idempotent by document id and revision, so stopping at any point (a crash,
 * a restart, the server going away mid-push) loses and duplicates nothing.
 */
import Dexie from 'dexie';
import type { Clock } from '../clock';
import type { HomewardDb } from '../db';
import { LockedError } from '../errors';
import type { Recorder } from '../recorder/recorder';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';
import { SyncRequestError, type CouchClient, type SyncFailure } from './couch-client';
import { applyPulledBatch, BatchMovedError } from './pull';
import { pushBatch } from './push';
import { CHECKPOINT_KEY } from './state';

/**
 * Documents per `_changes` batch and per `_bulk_docs`: a first pull of
 * 100,000 cases is a hundred transactions, each batch a few megabytes.
 */
export const SYNC_BATCH_SIZE = 1000;

export type SyncStatus =
  | { state: 'stopped' }
  /** The workstation is locked: nothing can be opened or sealed, so sync waits for the next sign-in. */
  | { state: 'locked'; waiting: number }
  | { state: 'syncing'; waiting: number; pulled: number; pending: number | null }
  | { state: 'upToDate'; at: string; waiting: number }
  | { state: 'offline'; waiting: number; retryInMs: number }
  | { state: 'error'; failure: SyncFailure; message: string; waiting: number; retryInMs: number };

export interface ReplicatorOptions {
  /** Documents per `_changes` batch and per `_bulk_docs`. */
  batchSize?: number;
  /** How long a long-poll waits on the server for a change. */
  longPollMs?: number;
  backoff?: BackoffPolicy;
  random?: () => number;
}

export class Replicator {
  private status: SyncStatus = { state: 'stopped' };
  private readonly listeners = new Set<(status: SyncStatus) => void>();
  private running: AbortController | null = null;
  private wait: AbortController | null = null;
  private loop: Promise<void> | null = null;
  private outboxWatch: (() => void) | null = null;
  private lockWatch: (() => void) | null = null;
  private readonly batchSize: number;
  private readonly longPollMs: number;

  constructor(
    private readonly db: HomewardDb,
    private readonly recorder: Recorder,
    private readonly clock: Clock,
    private readonly client: CouchClient,
    private readonly options: ReplicatorOptions = {},
  ) {
    this.batchSize = options.batchSize ?? SYNC_BATCH_SIZE;
    this.longPollMs = options.longPollMs ?? 25_000;
  }

  get current(): SyncStatus {
    return this.status;
  }

  subscribe(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    listener(this.status);
    return () => this.listeners.delete(listener);
  }

  /** Runs until stopped: push, pull, long-poll; backs off while the server cannot be reached. */
  start(): void {
    if (this.running) return;
    const running = new AbortController();
    this.running = running;
    // A local change (a write to the outbox, in this window or another) ends the long-poll, so it is pushed at once
    // rather than when the poll times out.
    const outbox = `idb://${this.db.name}/syncOutbox/`;
    const onMutated = (parts: Record<string, unknown>) => {
      if (Object.keys(parts).some((part) => part.startsWith(outbox))) this.wait?.abort();
    };
    Dexie.on('storagemutated', onMutated);
    this.outboxWatch = () => Dexie.on('storagemutated').unsubscribe(onMutated);
    // Locking forgets the key: a long-poll waiting then is cut short, and the loop waits for the next unlock.
    const vault = this.recorder.vault;
    this.lockWatch = vault.subscribe(() => {
      if (!vault.unlocked) this.wait?.abort();
    });
    this.loop = this.run(running.signal);
  }

  async stop(): Promise<void> {
    this.running?.abort(new DOMException('Sync stopped', 'AbortError'));
    this.outboxWatch?.();
    this.lockWatch?.();
    await this.loop;
    this.running = null;
    this.loop = null;
    this.outboxWatch = null;
    this.lockWatch = null;
    this.publish({ state: 'stopped' });
  }

  /** One full round without long-polling: push everything, pull until caught up, push what merges left. */
  async syncOnce(signal?: AbortSignal): Promise<void> {
    if (await this.locked()) throw new LockedError();
    await this.pushAll(signal);
    while (!(await this.pullBatch(null, signal))) {
      /* until caught up */
    }
    await this.pushAll(signal);
  }

  private async run(signal: AbortSignal): Promise<void> {
    let failures = 0;
    let caughtUp = false;
    while (!signal.aborted) {
      try {
        if (await this.untilUnlocked(signal)) continue;
        const queuedBefore = await this.lastQueued();
        await this.pushAll(signal);
        if (caughtUp) this.publish({ state: 'upToDate', at: this.clock.now(), waiting: await this.waiting() });
        const wait = new AbortController();
        this.wait = wait;
        // A change queued once the push had read the outbox, and before this wait could hear of it, is pushed now: not after the long-poll.
        const poll = caughtUp && !(await this.queuedSince(queuedBefore));
        try {
          caughtUp = await this.pullBatch(poll ? this.longPollMs : null, AbortSignal.any([signal, wait.signal]));
        } catch (error) {
          // Cut short by a local change, or a long-poll our own timeout ended (a server may ignore its timeout): no failure.
          const pollEnded = caughtUp && error instanceof SyncRequestError && error.failure === 'timeout';
          if (!pollEnded && !(wait.signal.aborted && !signal.aborted)) throw error;
        } finally {
          this.wait = null;
        }
        failures = 0;
      } catch (error) {
        if (signal.aborted) return;
        // Locked mid-round: nothing was half-written (each batch is one transaction); the next unlock resumes.
        if (error instanceof LockedError) continue;
        failures += 1;
        const retryInMs = backoffDelay(failures, this.options.backoff ?? DEFAULT_BACKOFF, this.options.random);
        const waiting = await this.waiting();
        if (error instanceof SyncRequestError && (error.failure === 'unreachable' || error.failure === 'timeout')) this.publish({ state: 'offline', waiting, retryInMs });
        else this.publish({ state: 'error', failure: error instanceof SyncRequestError ? error.failure : 'server', message: (error as Error).message, waiting, retryInMs });
        await sleep(retryInMs, signal);
      }
    }
  }

  /** A protected workstation without its data key in memory: nothing can be opened or sealed. */
  private async locked(): Promise<boolean> {
    const vault = this.recorder.vault;
    return !vault.unlocked && (await vault.protectedDb());
  }

  /**
   * Waits while the workstation is locked (a protected database without its
   * key in memory): true when it waited, so the round starts again.
   */
  private async untilUnlocked(signal: AbortSignal): Promise<boolean> {
    const vault = this.recorder.vault;
    // Listening before anything is read: an unlock or a stop that comes while the lock is checked and the outbox
    // counted is not missed (the loop would wait for one that already happened).
    const woken = new AbortController();
    const unsubscribe = vault.subscribe(() => {
      if (vault.unlocked) woken.abort();
    });
    const stopped = () => woken.abort();
    signal.addEventListener('abort', stopped);
    try {
      if (!(await this.locked())) return false;
      this.publish({ state: 'locked', waiting: await this.waiting() });
      if (woken.signal.aborted) return true;
      await new Promise<void>((resolve) => woken.signal.addEventListener('abort', () => resolve()));
      return true;
    } finally {
      unsubscribe();
      signal.removeEventListener('abort', stopped);
    }
  }

  private async waiting(): Promise<number> {
    return this.db.syncOutbox.count();
  }

  /** The outbox's last sequence number (0 when empty). */
  private async lastQueued(): Promise<number> {
    return (await this.db.syncOutbox.orderBy('seq').last())?.seq ?? 0;
  }

  /** Whether a change was queued after `seq` and is still waiting (a row the push could not send stays, but is older). */
  private async queuedSince(seq: number): Promise<boolean> {
    return (await this.db.syncOutbox.where('seq').above(seq).count()) > 0;
  }

  private async pushAll(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const outcome = await pushBatch(this.db, this.recorder, this.clock, this.client, this.batchSize, signal);
      if (!outcome.more && outcome.conflicts === 0) return;
      if (outcome.pushed === 0 && outcome.conflicts === 0 && outcome.refused === 0) return;
    }
  }

  /** Pulls and stores one batch; true when the server had no more. */
  private async pullBatch(waitMs: number | null, signal?: AbortSignal): Promise<boolean> {
    const since = (await this.db.syncState.get(CHECKPOINT_KEY))?.value ?? 0;
    const batch = await this.client.changes(since, this.batchSize, waitMs, signal);
    if (batch.results.length === 0) {
      if (JSON.stringify(batch.last_seq) !== JSON.stringify(since)) await this.db.syncState.put({ key: CHECKPOINT_KEY, value: batch.last_seq });
      return true;
    }
    for (let attempt = 0; ; attempt += 1) {
      try {
        await applyPulledBatch(this.db, this.recorder, this.clock, batch.results, batch.last_seq);
        break;
      } catch (error) {
        if (!(error instanceof BatchMovedError) || attempt >= 3) throw error;
      }
    }
    const previous = this.status.state === 'syncing' ? this.status.pulled : 0;
    this.publish({ state: 'syncing', waiting: await this.waiting(), pulled: previous + batch.results.length, pending: batch.pending ?? null });
    return batch.results.length < this.batchSize;
  }

  private publish(status: SyncStatus): void {
    this.status = status;
    for (const listener of this.listeners) listener(status);
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    // Stopped while the failure was being reported: an abort that has happened fires no event.
    if (signal.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
