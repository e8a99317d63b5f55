/**
 * Sync as the screens see it (DESIGN.md §9): the workstation's set-up (server
 * origin, post database; stored in syncState, workstation-only), each
 * profile's sign-in to the server, and the one replicator running for the
 * profile signed in to this window, with its status and the first pull's
 * progress.
 *
 * The server password: each staff member has their own server account, and
 * the workstation must resume after a restart or a lock without asking for it
 * every time. It is sealed with the vault's data key (AES-GCM, the profile id
 * as associated data) and stored in syncState; the data key is in memory only
 * while someone is signed in (§8), so at rest the password is as protected as
 * the cases themselves, and it never goes into a file, a log or a backup
 * (sync's tables are not backed up). A session cookie cannot serve: CouchDB's
 * expires in minutes, and a cookie of another site is not sent from app://.
 */
import type { Clock } from '../clock';
import type { HomewardDb } from '../db';
import type { Recorder } from '../recorder/recorder';
import type { Authorizer } from '../authorization';
import type { Vault } from '../vault/vault';
import { CouchClient, basicAuthorization } from '../sync/couch-client';
import { queuesWrites, queueUnsynced } from '../sync/outbox';
import { Replicator, type ReplicatorOptions, type SyncStatus } from '../sync/replicator';
import { CHECKPOINT_KEY, CONNECTION_KEY } from '../sync/state';
import type { ConflictRepository, FieldChoice } from '../sync/conflicts';
import type { SyncConflict, SyncRejection } from '../sync/tables';
import { RecordNotFoundError } from '../errors';
import { testConnection, type ConnectionOutcome } from './connection-test';

export interface SyncCounts {
  /** Changes stored here and not yet on the server. */
  waiting: number;
  refused: number;
  conflicts: number;
}

/** The workstation's sync set-up; never a password. */
export interface SyncSetup {
  /** The server's origin, `https://couch.example:6984` (shared/sync/server-origin.ts). */
  server: string;
  database: string;
  /** Started by a supervisor: the replicator runs whenever a signed-in profile has a server sign-in. */
  enabled: boolean;
}

/** A profile's server account on this workstation, with its password sealed under the data key. */
interface StoredSignIn {
  account: string;
  sealed: string;
}

export interface ConflictToReview extends SyncConflict {
  /** The record's version now; null when it is gone. */
  version: number | null;
}

export interface FirstPull {
  pulled: number;
  /** Documents on the server when the pull began (a little more than records: its design document). */
  total: number | null;
}

export interface SyncView {
  setup: SyncSetup | null;
  /** The signed-in profile's server account on this workstation, when it has one. */
  account: string | null;
  status: SyncStatus;
  firstPull: FirstPull | null;
}

/** Set once the records stored before the outbox existed are queued. */
const QUEUED_BEFORE_SYNC_KEY = 'queuedBeforeSync';
const signInKey = (profileId: string) => `signIn:${profileId}`;
const sealContext = (profileId: string) => `sync-sign-in:${profileId}`;

export class SyncSession {
  private view: SyncView = { setup: null, account: null, status: { state: 'stopped' }, firstPull: null };
  private readonly listeners = new Set<() => void>();
  private replicator: Replicator | null = null;
  private unsubscribe: (() => void) | null = null;
  private profileId: string | null = null;
  private password: string | null = null;
  /** Starting and stopping one at a time: a sign-in, a lock and a click on Stop may come close together. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: HomewardDb,
    private readonly recorder: Recorder,
    private readonly clock: Clock,
    private readonly authorizer: Authorizer,
    private readonly vault: Vault,
    private readonly conflicts: ConflictRepository,
    private readonly options: { fetcher?: typeof fetch; replicator?: ReplicatorOptions } = {},
  ) {}

  /** For useSyncExternalStore: the same object until something changes. */
  get current(): SyncView {
    return this.view;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A profile signed in to this window (or unlocked it): its server sign-in is opened and sync resumes if it was started. */
  begin(profileId: string): Promise<void> {
    return this.serial(() => this.doBegin(profileId));
  }

  private async doBegin(profileId: string): Promise<void> {
    if (this.profileId !== profileId) await this.doEnd();
    this.profileId = profileId;
    const setup = await this.readSetup();
    const stored = await this.readSignIn(profileId);
    this.password = null;
    if (stored && this.vault.unlocked) {
      try {
        this.password = await this.vault.open<string>(sealContext(profileId), stored.sealed);
      } catch {
        // Sealed under a key this database no longer has (a restore): the person signs in to the server again.
        this.password = null;
      }
    }
    this.publish({ setup, account: stored?.account ?? null });
    if (setup?.enabled && stored && this.password !== null) await this.run(setup, stored.account, this.password);
  }

  /** Lock, sign-out, another profile: the replicator stops and the password leaves memory. */
  end(): Promise<void> {
    return this.serial(() => this.doEnd());
  }

  private async doEnd(): Promise<void> {
    await this.halt();
    this.profileId = null;
    this.password = null;
    this.publish({ account: null });
  }

  /** Saves the server and database (a supervisor); the caller has the host allow the origin first. */
  saveSetup(setup: Omit<SyncSetup, 'enabled'>, actorId: string): Promise<SyncSetup> {
    return this.serial(() => this.doSaveSetup(setup, actorId));
  }

  private async doSaveSetup(setup: Omit<SyncSetup, 'enabled'>, actorId: string): Promise<SyncSetup> {
    await this.authorizer.require(actorId, 'settings.change');
    const before = await this.readSetup();
    const changed = before?.server !== setup.server || before?.database !== setup.database;
    // Another server or database: what this workstation knew of the old one means nothing there.
    const next: SyncSetup = { ...setup, enabled: changed ? false : (before?.enabled ?? false) };
    if (changed) await this.halt();
    await this.db.transaction('rw', this.db.syncState, this.db.syncDocs, async () => {
      if (changed) {
        await this.db.syncState.bulkDelete([CHECKPOINT_KEY, QUEUED_BEFORE_SYNC_KEY]);
        await this.db.syncDocs.clear();
      }
      await this.db.syncState.put({ key: CONNECTION_KEY, value: next });
    });
    this.publish({ setup: next });
    return next;
  }

  /** Tries an account on the saved server, without keeping anything. */
  async test(account: string, password: string, postCode: string): Promise<ConnectionOutcome> {
    const setup = await this.readSetup();
    if (!setup) throw new Error('Sync is not set up on this workstation.');
    return testConnection({ server: setup.server, database: setup.database, account, password, postCode }, this.options.fetcher);
  }

  /** Signs the profile in to the server: tested first, then kept sealed; sync resumes if it was started. */
  signIn(profileId: string, account: string, password: string, postCode: string): Promise<ConnectionOutcome> {
    return this.serial(() => this.doSignIn(profileId, account, password, postCode));
  }

  private async doSignIn(profileId: string, account: string, password: string, postCode: string): Promise<ConnectionOutcome> {
    const outcome = await this.test(account, password, postCode);
    if (outcome.outcome !== 'ok') return outcome;
    const sealed = await this.vault.seal(sealContext(profileId), password);
    await this.db.syncState.put({ key: signInKey(profileId), value: { account, sealed } satisfies StoredSignIn });
    if (this.profileId === profileId) {
      await this.halt();
      this.password = password;
      this.publish({ account });
      const setup = await this.readSetup();
      if (setup?.enabled) await this.run(setup, account, password);
    }
    return outcome;
  }

  /** Forgets the profile's server sign-in on this workstation. */
  signOut(profileId: string): Promise<void> {
    return this.serial(() => this.doSignOut(profileId));
  }

  private async doSignOut(profileId: string): Promise<void> {
    await this.db.syncState.delete(signInKey(profileId));
    if (this.profileId === profileId) {
      await this.halt();
      this.password = null;
      this.publish({ account: null });
    }
  }

  /** Start (a supervisor): the workstation syncs from now on, whenever someone signed in to the server uses it. */
  start(actorId: string): Promise<void> {
    return this.serial(() => this.doStart(actorId));
  }

  private async doStart(actorId: string): Promise<void> {
    await this.authorizer.require(actorId, 'settings.change');
    const setup = await this.readSetup();
    if (!setup) throw new Error('Sync is not set up on this workstation.');
    const next = { ...setup, enabled: true };
    await this.db.syncState.put({ key: CONNECTION_KEY, value: next });
    this.publish({ setup: next });
    const account = this.view.account;
    if (account && this.password !== null) await this.run(next, account, this.password);
  }

  /** Stop (a supervisor): nothing is sent or received until started again; changes keep waiting in the outbox. */
  stop(actorId: string): Promise<void> {
    return this.serial(() => this.doStop(actorId));
  }

  private async doStop(actorId: string): Promise<void> {
    await this.authorizer.require(actorId, 'settings.change');
    const setup = await this.readSetup();
    await this.halt();
    if (!setup) return;
    const next = { ...setup, enabled: false };
    await this.db.syncState.put({ key: CONNECTION_KEY, value: next });
    this.publish({ setup: next });
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * What waits, what the server refused and what a person must resolve: for the header and the Sync page (live
   * queries). Until sync is set up (`queuesWrites`) nothing waits: writes do not queue then, and rows an earlier
   * version queued are sent with everything else at the first run. Their count is not read: IndexedDB counts by
   * walking every row, hundreds of thousands on a workstation that never synced, as the header mounts after sign-in.
   */
  async counts(): Promise<SyncCounts> {
    const queuing = await queuesWrites(this.db);
    const [waiting, refused, conflicts] = await Promise.all([queuing ? this.db.syncOutbox.count() : 0, this.db.syncRejections.count(), this.db.syncConflicts.count()]);
    return { waiting, refused, conflicts };
  }

  /** Changes the server refused, newest first, with its reason. */
  refusals(): Promise<SyncRejection[]> {
    return this.db.syncRejections.orderBy('at').reverse().toArray();
  }

  /** Ids of the cases with a conflict to review: their badge in the list and on the case. */
  async casesWithConflicts(): Promise<Set<string>> {
    const conflicts = await this.db.syncConflicts.toArray();
    return new Set(conflicts.flatMap((c) => (c.caseId ? [c.caseId] : [])));
  }

  /** Conflicts to review, oldest first, each with the version of its record now (a choice is an edit of that version). */
  async conflictsToReview(): Promise<ConflictToReview[]> {
    const conflicts = await this.conflicts.list();
    const versions = await Promise.all(conflicts.map(async (c) => ((await this.db.table(c.table).get(c.key)) as { version?: number } | undefined)?.version ?? null));
    return conflicts.map((conflict, n) => ({ ...conflict, version: versions[n] ?? null }));
  }

  /** A person's choice for each field of a conflict: the engine writes it as an edit, and the value not kept stays in History. */
  resolveConflict(conflict: ConflictToReview, choices: Readonly<Record<string, FieldChoice>>, actorId: string): Promise<void> {
    if (conflict.version === null) throw new RecordNotFoundError(conflict.table);
    return this.conflicts.resolve(conflict.docId, conflict.version, choices, actorId);
  }

  private async run(setup: SyncSetup, account: string, password: string): Promise<void> {
    await this.halt();
    const client = new CouchClient({ server: setup.server, database: setup.database, account, authorization: basicAuthorization(account, password) }, this.options.fetcher);
    // What the workstation held before the outbox existed goes up too: looked for once, since every later write queues itself.
    if (!(await this.db.syncState.get(QUEUED_BEFORE_SYNC_KEY))) {
      await queueUnsynced(this.db);
      await this.db.syncState.put({ key: QUEUED_BEFORE_SYNC_KEY, value: true });
    }
    const firstPull = (await this.db.syncState.get(CHECKPOINT_KEY)) === undefined;
    const replicator = new Replicator(this.db, this.recorder, this.clock, client, this.options.replicator);
    this.replicator = replicator;
    this.publish({ firstPull: firstPull ? { pulled: 0, total: null } : null });
    if (firstPull) {
      // The total is for the progress bar only: without it the bar shows activity, not a share.
      client
        .databaseInfo()
        .then((info) => {
          if (this.replicator === replicator && this.view.firstPull) this.publish({ firstPull: { ...this.view.firstPull, total: info.doc_count } });
        })
        .catch(() => undefined);
    }
    this.unsubscribe = replicator.subscribe((status) => {
      if (this.replicator !== replicator) return;
      const pull = this.view.firstPull;
      // The server's count of what is still to come, where it gives one, is exact; the database's document count was an estimate.
      const firstPullNow =
        !pull || status.state === 'upToDate'
          ? null
          : status.state === 'syncing'
            ? { pulled: status.pulled, total: status.pending !== null ? status.pulled + status.pending : pull.total }
            : pull;
      this.publish({ status, firstPull: firstPullNow });
    });
    replicator.start();
  }

  private async halt(): Promise<void> {
    const replicator = this.replicator;
    this.replicator = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (replicator) await replicator.stop();
    this.publish({ status: { state: 'stopped' }, firstPull: null });
  }

  private async readSetup(): Promise<SyncSetup | null> {
    return ((await this.db.syncState.get(CONNECTION_KEY))?.value as SyncSetup | undefined) ?? null;
  }

  private async readSignIn(profileId: string): Promise<StoredSignIn | null> {
    return ((await this.db.syncState.get(signInKey(profileId)))?.value as StoredSignIn | undefined) ?? null;
  }

  private publish(change: Partial<SyncView>): void {
    this.view = { ...this.view, ...change };
    for (const listener of this.listeners) listener();
  }
}
