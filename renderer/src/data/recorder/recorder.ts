/**
 * The recorder: the one way a stored record changes. Repositories decide what
 * may change (permissions, lifecycle rules) and what belongs in one
 * transaction; the recorder stores it.
 *
 * Two phases:
 * - *prepare* (`create`, `edit`, `remove`, `put`, `drop`, `append`, `newCase`)
 *   runs before any read-write transaction opens: it validates with the
 *   shared schema, sets createdAt/By, updatedAt/By and the version, recomputes
 *   a case's `derived` and builds the history rows. Work that is not an
 *   IndexedDB request (WebCrypto, DESIGN.md §8) belongs here: Dexie commits a
 *   transaction early when it awaits anything else.
 * - *commit* opens one read-write transaction (or joins the caller's) and only
 *   makes IndexedDB requests: it refuses a change whose stored record is no
 *   longer at the version the change was made from (StaleWriteError, nothing
 *   written), issues a new case's reference, writes records and history and
 *   refreshes derived values. It returns the stored changes (table, key,
 *   version, kind): the outbox of §9 is one bulkAdd of them in the same
 *   transaction.
 *
 * Versions. A person's change of a versioned record (case, contact entry,
 * follow-up, group, closure request, profile) bumps its version: an edit made
 * from an older version is refused. A derived refresh — a contact-log or
 * follow-up change recomputing the case's `derived` — is not an edit: version
 * and updatedBy stay, so a form open on the case is not made stale, and it is
 * not a stored change (sync recomputes derived values after a pull, never
 * sends them). It moves the case's updatedAt, as it always has: the case
 * list's "recently updated" order counts a logged contact. Settings, history,
 * the access log and the sign-in attempts counter carry no version.
 */
import Dexie, { type Table } from 'dexie';
import type { z } from 'zod';
import { activityOf, caseActivity, deriveCaseFields, type CaseCore } from '../../../../shared/domain/case-derived';
import { withoutFutureLimit } from '../../../../shared/domain/partial-date';
import { formatReference, sequenceKey } from '../../../../shared/domain/reference';
import { AccessRecordSchema, type AccessKind, type AccessRecord } from '../../../../shared/schemas/access-log';
import { CaseSchema, type Case } from '../../../../shared/schemas/case';
import type { ClosureRequest } from '../../../../shared/schemas/closure-request';
import type { ContactEntry } from '../../../../shared/schemas/contact';
import type { FollowUp } from '../../../../shared/schemas/follow-up';
import type { Group } from '../../../../shared/schemas/group';
import type { HistoryRecord, JsonValue } from '../../../../shared/schemas/history';
import type { RecordMeta } from '../../../../shared/schemas/primitives';
import { WorkstationSettingsSchema } from '../../../../shared/schemas/settings';
import type { Staff } from '../../../../shared/schemas/staff';
import type { Clock } from '../clock';
import { COUNTERS_TABLE, CounterDelta } from '../counters';
import type { HomewardDb, SettingRecord, SignInAttempts, WrappedKey } from '../db';
import { LockedError, NotSetUpError, RecordNotFoundError, StaleWriteError } from '../errors';
import { isSealedTable, sealRecord, staysClear, storedDerived, type SealingOptions } from '../vault/sealed-record';
import { vaultOf, type Vault } from '../vault/vault';
import { withDerived as recomputedCases } from '../recompute-derived';
import { validate } from '../validate';
import { docIdOf, isSyncedTable } from '../../../../shared/sync/documents';
import { syncedFields } from '../sync/documents';
import { OUTBOX_TABLE, outboxRows, queuesWrites, SYNC_STATE_TABLE } from '../sync/outbox';
import { BASE_IS_RECORD, SYNC_DOCS_TABLE } from '../sync/tables';
import { HistoryRows, type ChangeSubject } from './history-rows';

export interface StoredRecords {
  cases: Case;
  contactLog: ContactEntry;
  followUps: FollowUp;
  groups: Group;
  closureRequests: ClosureRequest;
  staff: Staff;
  settings: SettingRecord;
  history: HistoryRecord;
  accessLog: AccessRecord;
  signInAttempts: SignInAttempts;
  keys: WrappedKey;
}
export type RecordTable = keyof StoredRecords;
export type VersionedTable = 'cases' | 'contactLog' | 'followUps' | 'groups' | 'closureRequests' | 'staff';

/** The names StaleWriteError and RecordNotFoundError give a versioned record. */
const ENTITY: Record<VersionedTable, string> = {
  cases: 'case',
  contactLog: 'contact entry',
  followUps: 'follow-up',
  groups: 'group',
  closureRequests: 'closure request',
  staff: 'staff',
};

export type ChangeKind = 'create' | 'update' | 'put' | 'delete';

/** What a commit stored: one per change, for the sync outbox (§9). */
export interface StoredChange {
  table: RecordTable;
  key: string;
  /** The version now stored; null for records without one. */
  version: number | null;
  kind: ChangeKind;
}

/** A change prepared outside the transaction, for `commit` to store. */
export interface Change<T extends RecordTable = RecordTable> {
  table: T;
  kind: ChangeKind;
  key: string;
  /** What is stored; absent for a delete. */
  record?: StoredRecords[T];
  /** The version the change was made from; the commit refuses it when the stored record has another. */
  basedOn: number | null;
  history: HistoryRecord[];
  /** A new case: its reference is issued by the commit, from this year's sequence. */
  referenceYear?: number;
}

export interface CommitOptions {
  /** Conditions that must still hold when the change is stored; IndexedDB reads only. */
  check?: () => Promise<void>;
  /** Tables `check` reads beyond those written. */
  reads?: readonly RecordTable[];
  /** Cases whose contact log or follow-ups this commit changes: their derived values are refreshed. */
  refresh?: readonly string[];
  /**
   * Sync: the changes were pulled from the server. Stored as they came, one
   * bulkPut per table, with no outbox rows; the cases of `refresh` get their
   * derived values recomputed in the same write, their update time kept (it
   * is the server's, a synced field).
   */
  pulled?: boolean;
  /** Sync's bookkeeping, in the same transaction: `after` writes its `tables` once the records are stored. */
  sync?: SyncBookkeeping;
}

export interface SyncBookkeeping {
  tables: readonly string[];
  after: () => Promise<void>;
}

/** The writes of a bulk transaction: new records by the chunk, one bulkAdd per table. */
export interface BulkWriter {
  /** Adds records; with `created`, also one "create" history record each, by `actorId`. */
  add<T extends VersionedTable>(table: T, records: readonly StoredRecords[T][], created?: BulkHistory<StoredRecords[T]>): Promise<void>;
  /** Reads settings (counters) inside the transaction. */
  settings(keys: readonly string[]): Promise<(SettingRecord | undefined)[]>;
  putSettings(records: readonly SettingRecord[]): Promise<void>;
}

export interface BulkHistory<R> {
  actorId: string;
  subject: (record: R) => ChangeSubject;
  summary: (record: R) => JsonValue;
}

export interface BulkOptions {
  /** Aborting before the transaction commits writes nothing; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

export class Recorder {
  readonly rows: HistoryRows;

  constructor(
    private readonly db: HomewardDb,
    private readonly clock: Clock,
    readonly vault: Vault = vaultOf(db),
  ) {
    this.rows = new HistoryRows(clock);
  }

  // Prepare: no IndexedDB request, nothing stored.

  /** A new versioned record; `fields` may bring its id (a profile that creates itself). */
  create<T extends VersionedTable>(
    table: T,
    schema: z.ZodType<StoredRecords[T]>,
    fields: { id?: string; [field: string]: unknown },
    actorId: string,
    summary: { subject: Omit<ChangeSubject, 'entityId'>; value: JsonValue } | null,
  ): Change<T> {
    const now = this.clock.now();
    const id = fields.id ?? this.clock.newId();
    const meta: RecordMeta = { id, createdAt: now, createdBy: actorId, updatedAt: now, updatedBy: actorId, version: 1, deletedAt: null };
    const record = validate(schema, { ...fields, ...meta });
    const history = summary ? [this.rows.created({ ...summary.subject, entityId: id }, actorId, summary.value)] : [];
    return { table, kind: 'create', key: id, record, basedOn: null, history };
  }

  /**
   * A new case, whose reference the commit issues: inside the transaction
   * that stores the case, so a failed save does not use up a number. Its
   * "create" history value holds the reference, completed by the commit: a
   * reference is a code, stored in the clear (it is indexed), so this value
   * needs no encryption (§8) and the commit no WebCrypto.
   */
  newCase(input: object, actorId: string): Change<'cases'> {
    const record: Case = { ...validate(CaseSchema.omit({ reference: true }), input), reference: '' };
    const history = [this.rows.created({ entity: 'case', entityId: record.id, caseId: record.id }, actorId, { reference: '' })];
    return { table: 'cases', kind: 'create', key: record.id, record, basedOn: null, history, referenceYear: Number(this.clock.today().slice(0, 4)) };
  }

  /**
   * An edit of `current` into `changed`: a new version, and in history one
   * record per changed field (of `shown`, when History must not see a value)
   * or, for a change History tells as one event, that event. Null when no
   * field changed. A case's derived values are recomputed.
   */
  edit<T extends VersionedTable>(
    table: T,
    schema: z.ZodType<StoredRecords[T]>,
    current: StoredRecords[T],
    changed: StoredRecords[T],
    actorId: string,
    history: { subject: ChangeSubject; note?: string | null; shown?: (record: StoredRecords[T]) => object } | { event: HistoryRecord },
  ): Change<T> | null {
    const meta = { ...this.nextMeta(current, actorId), deletedAt: current.deletedAt };
    const candidate = table === 'cases' ? withDerived({ ...(changed as Case), ...meta }, (current as Case).derived) : { ...changed, ...meta };
    // The edited part was checked as typed (dates in the future refused) by the repository; the whole record is
    // checked as stored, so a date stored before that rule does not block an edit of another section.
    const next = withoutFutureLimit(() => validate(schema, candidate));
    let rows: HistoryRecord[];
    if ('event' in history) rows = [history.event];
    else {
      const shown = history.shown ?? ((r: StoredRecords[T]) => r);
      rows = this.rows.updated(history.subject, actorId, shown(current), shown(next), history.note ?? null);
    }
    if (rows.length === 0) return null;
    return { table, kind: 'update', key: current.id, record: next, basedOn: current.version, history: rows };
  }

  /** Removes a record: kept as a tombstone at a new version, its summary in history. */
  remove<T extends 'contactLog' | 'followUps'>(table: T, current: StoredRecords[T], actorId: string, subject: ChangeSubject, summary: JsonValue): Change<T> {
    const record = { ...current, ...this.nextMeta(current, actorId), deletedAt: this.clock.now() };
    return { table, kind: 'update', key: current.id, record, basedOn: current.version, history: [this.rows.deleted(subject, actorId, summary)] };
  }

  /** A record without a version (a setting, the sign-in attempts of a profile, a wrapped key), with the history the caller built. */
  put<T extends 'settings' | 'signInAttempts' | 'keys'>(table: T, record: StoredRecords[T], history: HistoryRecord[] = []): Change<T> {
    const key = table === 'settings' ? (record as SettingRecord).key : table === 'keys' ? (record as WrappedKey).id : (record as SignInAttempts).profileId;
    return { table, kind: 'put', key, record, basedOn: null, history };
  }

  drop<T extends 'signInAttempts' | 'keys'>(table: T, key: string): Change<T> {
    return { table, kind: 'delete', key, basedOn: null, history: [] };
  }

  /** An append-only record of its own: a history record that changes no other record. */
  append(row: HistoryRecord): Change<'history'> {
    return { table: 'history', kind: 'create', key: row.id, record: row, basedOn: null, history: [] };
  }

  /** A record pulled from the sync server, stored as it came (with the history of a merge, when one was made). */
  pulled<T extends RecordTable>(table: T, record: StoredRecords[T], history: HistoryRecord[] = []): Change<T> {
    return { table, kind: 'put', key: (record as { id: string }).id, record, basedOn: null, history };
  }

  access(kind: AccessKind, actorId: string, caseId: string | null, detail = ''): Change<'accessLog'> {
    const record = validate(AccessRecordSchema, { id: this.clock.newId(), at: this.clock.now(), actorId, kind, caseId, detail });
    return { table: 'accessLog', kind: 'create', key: record.id, record, basedOn: null, history: [] };
  }

  // Commit: IndexedDB requests only.

  /**
   * Seals the records and history rows of the changes (DESIGN.md §8), before
   * any transaction opens: WebCrypto is not an IndexedDB request. On a
   * workstation without a data key yet they stay in the clear (the commit
   * checks that none appeared meanwhile); with one, LockedError without it.
   */
  async seal(changes: readonly Change[]): Promise<{ sealed: Change[]; clear: boolean }> {
    const sealing = changes.some(
      (c) => (isSealedTable(c.table) && c.record && !staysClear(c.table, c.record)) || c.history.some((row) => !staysClear('history', row)),
    );
    if (!sealing) return { sealed: [...changes], clear: false };
    if (!this.vault.unlocked) {
      if (await this.vault.protectedDb()) throw new LockedError();
      return { sealed: [...changes], clear: true };
    }
    const sealed = await Promise.all(
      changes.map(async (change) => ({
        ...change,
        record: change.record && isSealedTable(change.table) ? await sealRecord(this.vault, change.table, change.record as never) : change.record,
        history: await Promise.all(change.history.map((row) => sealRecord(this.vault, 'history', row))),
      })),
    );
    return { sealed, clear: false };
  }

  /** Seals records for a bulk write (the CSV import), before its transaction. */
  async sealAll<T extends VersionedTable>(table: T, records: readonly StoredRecords[T][], options?: SealingOptions): Promise<StoredRecords[T][]> {
    if (!isSealedTable(table)) return [...records];
    if (!this.vault.unlocked) {
      if (await this.vault.protectedDb()) throw new LockedError();
      return [...records];
    }
    return Promise.all(records.map((record) => sealRecord(this.vault, table, record as never, options) as Promise<StoredRecords[T]>));
  }

  /** Stores the changes (null: nothing changed) and their history in one transaction: all or none. */
  async commit(changes: readonly (Change | null)[], options: CommitOptions = {}): Promise<StoredChange[]> {
    const given = changes.filter((c): c is Change => c !== null);
    const { sealed: list, clear } = await this.seal(given);
    const refresh = [...new Set(options.refresh ?? [])];
    const scope = new Set<RecordTable>([...list.map((c) => c.table), ...(options.reads ?? [])]);
    if (clear) scope.add('keys');
    if (list.some((c) => c.history.length > 0)) scope.add('history');
    if (list.some((c) => c.referenceYear !== undefined)) scope.add('settings');
    if (refresh.length > 0) for (const t of ['cases', 'contactLog', 'followUps'] as const) scope.add(t);
    if (scope.size === 0) return [];
    const counters = new CounterDelta();
    const syncTables = [...(options.pulled ? [] : [OUTBOX_TABLE, SYNC_STATE_TABLE, SYNC_DOCS_TABLE]), ...(options.sync?.tables ?? [])];
    const result = await this.db.transaction('rw', this.withCounters(scope, syncTables), async () => {
      if (clear && (await this.db.keys.count()) > 0) throw new LockedError();
      await options.check?.();
      const stored: StoredChange[] = [];
      // Sync: a pulled batch is many records of a few tables, stored as they came: one bulkPut per table.
      if (options.pulled) stored.push(...(await this.storePulled(list, refresh, counters)));
      else for (const change of list) {
        await this.checkBase(change);
        await this.keepMergeBase(change);
        if (change.referenceYear !== undefined) stored.push(await this.issueReference(change as Change<'cases'>, change.referenceYear));
        stored.push(await this.store(change, counters));
      }
      const history = list.flatMap((c) => c.history);
      if (history.length > 0) await this.db.history.bulkAdd(history);
      if (!options.pulled) for (const caseId of refresh) await this.refreshDerived(caseId, counters);
      await counters.applyTo(this.db.counters);
      // Sync (§9): what this workstation changed waits in the outbox; what was pulled is bookkept by the replicator.
      if (!options.pulled && (await queuesWrites(this.db))) await this.appendOutbox(stored, history);
      await options.sync?.after();
      return stored;
    });
    // A new case's reference, issued in the transaction on the sealed copy, is a code: the caller's record gets it too.
    list.forEach((sealed, i) => {
      const original = given[i]!;
      if (sealed === original) return;
      if (original.referenceYear === undefined) return;
      const { reference } = sealed.record as Case;
      original.record = { ...(original.record as Case), reference };
      original.history = original.history.map((row) => ({ ...row, newValue: { reference } }));
    });
    return result;
  }

  /**
   * Records a refused attempt in the access log outside the caller's
   * transaction, so that it survives the refused action's rollback.
   */
  async denied(actorId: string, caseId: string | null, action: string): Promise<void> {
    // Not validated: whoever is refused may not even be a profile.
    const record: AccessRecord = { id: this.clock.newId(), at: this.clock.now(), actorId, kind: 'denied', caseId, detail: action };
    await Dexie.ignoreTransaction(() => this.commit([{ table: 'accessLog', kind: 'create', key: record.id, record, basedOn: null, history: [] }]));
  }

  /**
   * Many new records in one transaction (the CSV intake import, the
   * benchmark), written by `write` chunk by chunk with one bulkAdd per table
   * and no await per record. Callers validate every record in their own
   * prepare step first, reporting all problems of a file at once. (Sync's
   * outbox rows, one per record, belong in `add`, beside the history rows.)
   */
  async bulk<R>(tables: readonly RecordTable[], write: (writer: BulkWriter) => Promise<R>, { signal }: BulkOptions = {}): Promise<R> {
    let abortTransaction: (() => void) | null = null;
    const onAbort = () => abortTransaction?.();
    signal?.addEventListener('abort', onAbort);
    const counters = new CounterDelta();
    // Read once, at the start of the transaction (below): whether the rows written queue for sync.
    let queues = false;
    const queue = (stored: readonly Pick<StoredChange, 'table' | 'key'>[], history: readonly HistoryRecord[]) => (queues ? this.appendOutbox(stored, history) : undefined);
    const writer: BulkWriter = {
      add: async (table, records, created) => {
        const target = this.db.table(table) as Table<StoredRecords[typeof table], string>;
        if (table === 'cases') for (const record of records) counters.change(undefined, record as Case);
        if (!created) return void (await Promise.all([target.bulkAdd([...records]), queue(records.map((r) => ({ table, key: r.id })), [])]));
        const at = this.clock.now();
        // Built without a schema parse per row: thousands of rows, all of one trusted shape.
        const rows = records.map(
          (r): HistoryRecord => ({ id: this.clock.newId(), ...created.subject(r), action: 'create', field: null, oldValue: null, newValue: created.summary(r), at, actorId: created.actorId, note: null }),
        );
        await Promise.all([target.bulkAdd([...records]), this.db.history.bulkAdd(rows), queue(records.map((r) => ({ table, key: r.id })), rows)]);
      },
      settings: (keys) => this.db.settings.bulkGet([...keys]),
      putSettings: async (records) => void (await this.db.settings.bulkPut([...records])),
    };
    const scope = this.withCounters(new Set<RecordTable>([...tables, 'history']), [OUTBOX_TABLE, SYNC_STATE_TABLE]);
    try {
      return await this.db.transaction('rw', scope, async (tx) => {
        abortTransaction = () => tx.abort();
        throwIfAborted(signal);
        queues = await queuesWrites(this.db);
        const result = await write(writer);
        // Once, after every chunk: the counters' read and write are not interleaved with another's.
        await counters.applyTo(this.db.counters);
        return result;
      });
    } catch (error) {
      if (!signal?.aborted) throw error;
      // The abort event comes before IndexedDB has undone thousands of writes, and every read of these tables waits
      // for that: "cancelled" is said once a read of them runs again, so the list shown next is not held on "Loading".
      await Dexie.ignoreTransaction(() => this.db.transaction('r', scope, () => Promise.all(scope.map((table) => table.limit(1).primaryKeys()))));
      throw abortReason(signal);
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }

  /** The tables of a transaction (with sync's of `also`); one that writes cases keeps the caseload counters too (counters.ts). */
  private withCounters(scope: ReadonlySet<RecordTable>, also: readonly string[] = []): Table[] {
    const names = new Set<string>([...scope, ...also]);
    if (scope.has('cases')) names.add(COUNTERS_TABLE);
    return [...names].map((t) => this.db.table(t));
  }

  /**
   * A pulled batch: one bulkPut per table. Cases go last, with the derived
   * values of every case the batch touched (its own, and those of its contact
   * entries and follow-ups) recomputed from the stored log and follow-ups —
   * each case read once and written once, counted as it was and as it is;
   * the update time stays the server's. A case not here (its entries may come
   * before it) is skipped.
   */
  private async storePulled(list: readonly Change[], touched: readonly string[], counters: CounterDelta): Promise<StoredChange[]> {
    const byTable = new Map<RecordTable, Change[]>();
    for (const change of list) byTable.set(change.table, [...(byTable.get(change.table) ?? []), change]);
    for (const [table, changes] of byTable) if (table !== 'cases') await this.db.table(table).bulkPut(changes.map((c) => c.record));
    const pulled = new Map((byTable.get('cases') ?? []).map((c) => [c.key, c.record as Case]));
    const ids = [...new Set([...pulled.keys(), ...touched])];
    if (ids.length > 0) {
      const [before, entries, followUps] = await Promise.all([
        this.db.cases.bulkGet(ids),
        this.db.contactLog.where('caseId').anyOf(ids).toArray(),
        this.db.followUps.where('caseId').anyOf(ids).toArray(),
      ]);
      const present = ids.flatMap((id, n) => {
        const record = pulled.get(id) ?? before[n];
        return record ? [{ record, before: before[n] }] : [];
      });
      const after = recomputedCases(present.map((p) => p.record), entries, followUps);
      after.forEach((record, n) => counters.change(present[n]!.before, record));
      await this.db.cases.bulkPut(after);
    }
    return list.map((c) => ({ table: c.table, key: c.key, version: (c.record as Partial<RecordMeta> | undefined)?.version ?? null, kind: c.kind }));
  }

  /**
   * Sync (§9): a record pulled as the server sent it is its own merge base
   * (sync/tables.ts, BASE_IS_RECORD) until it changes here: the first change
   * copies it, as stored (sealed), into its base before overwriting it.
   */
  private async keepMergeBase(change: Change): Promise<void> {
    if (change.kind === 'create' || !isSyncedTable(change.table)) return;
    const state = await this.db.syncDocs.get(docIdOf(change.table, change.key));
    if (state?.base !== BASE_IS_RECORD) return;
    const before = (await this.db.table(change.table).get(change.key)) as object | undefined;
    await this.db.syncDocs.put({ ...state, base: before ? syncedFields(change.table, before) : null });
  }

  private async appendOutbox(stored: readonly Pick<StoredChange, 'table' | 'key'>[], history: readonly HistoryRecord[]): Promise<void> {
    const rows = outboxRows(stored, history);
    if (rows.length > 0) await this.db.syncOutbox.bulkAdd(rows);
  }

  private nextMeta(current: RecordMeta, actorId: string): Omit<RecordMeta, 'deletedAt'> {
    const { id, createdAt, createdBy } = current;
    return { id, createdAt, createdBy, updatedAt: this.clock.now(), updatedBy: actorId, version: current.version + 1 };
  }

  private async checkBase(change: Change): Promise<void> {
    if (change.basedOn === null) return;
    const entity = ENTITY[change.table as VersionedTable];
    const stored = (await this.db.table(change.table).get(change.key)) as RecordMeta | undefined;
    if (!stored) throw new RecordNotFoundError(entity);
    if (stored.version !== change.basedOn) throw new StaleWriteError(entity, change.basedOn, stored.version);
  }

  private async store(change: Change, counters?: CounterDelta): Promise<StoredChange> {
    const table = this.db.table(change.table);
    if (change.table === 'cases' && counters) {
      const before = change.kind === 'create' ? undefined : ((await table.get(change.key)) as Case | undefined);
      counters.change(before, change.kind === 'delete' ? undefined : (change.record as Case));
    }
    if (change.kind === 'create') await table.add(change.record);
    else if (change.kind === 'delete') await table.delete(change.key);
    else await table.put(change.record);
    const version = (change.record as Partial<RecordMeta> | undefined)?.version ?? null;
    return { table: change.table, key: change.key, version, kind: change.kind };
  }

  /** Completes a new case with the next reference of the year, and moves the counter on. */
  private async issueReference(change: Change<'cases'>, year: number): Promise<StoredChange> {
    const workstation = await this.db.settings.get('workstation');
    if (!workstation) throw new NotSetUpError();
    const settings = validate(WorkstationSettingsSchema, workstation.value);
    const key = sequenceKey(year);
    const current = await this.db.settings.get(key);
    const sequence = (typeof current?.value === 'number' ? current.value : 0) + 1;
    const reference = formatReference({ country: settings.issuingCountry, postCode: settings.postCode, year, sequence, station: settings.stationCode ?? undefined });
    change.record = { ...change.record!, reference };
    change.history = change.history.map((row) => ({ ...row, newValue: { reference } }));
    return this.store(this.put('settings', { key, value: sequence }));
  }

  /** A derived refresh: the case's activity values follow its log and follow-ups; version and updatedBy stay. */
  private async refreshDerived(caseId: string, counters: CounterDelta): Promise<void> {
    const record = await this.db.cases.get(caseId);
    if (!record || record.deletedAt !== null) throw new RecordNotFoundError('case');
    const [entries, followUps] = await Promise.all([
      this.db.contactLog.where('caseId').equals(caseId).toArray(),
      this.db.followUps.where('caseId').equals(caseId).toArray(),
    ]);
    const refreshed: Case = { ...record, derived: storedDerived(record, (core) => caseActivity(core, entries, followUps)), updatedAt: this.clock.now() };
    // The counted values (status, nationality, situation, contact basis…) are kept in the clear in a sealed case too.
    counters.change(record, refreshed);
    await this.db.cases.put(refreshed);
  }
}

function withDerived(core: CaseCore & { derived?: unknown }, previous: Case['derived']): Case {
  const { derived: _stale, ...rest } = core;
  return { ...rest, derived: deriveCaseFields(rest, activityOf(previous)) };
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortReason(signal);
}

export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The import was cancelled.', 'AbortError');
}
