/**
 * The Dexie database: the only code that touches IndexedDB. Schema changes
 * are new versions with upgrade functions, each with its own test.
 */
import Dexie, { type EntityTable } from 'dexie';
import { recomputeDerived } from './recompute-derived';
import { upgradeToV2 } from './upgrades/v2';
import { upgradeToV3 } from './upgrades/v3';
import { upgradeToV5 } from './upgrades/v5';
import { addDayCounters, recount, type CounterRecord } from './counters';
import type { AccessRecord } from '../../../shared/schemas/access-log';
import type { ClosureRequest } from '../../../shared/schemas/closure-request';
import type { Case } from '../../../shared/schemas/case';
import type { ContactEntry } from '../../../shared/schemas/contact';
import type { FollowUp } from '../../../shared/schemas/follow-up';
import type { Group } from '../../../shared/schemas/group';
import type { HistoryRecord } from '../../../shared/schemas/history';
import type { Staff } from '../../../shared/schemas/staff';
import type { SyncConflict, SyncDocState, SyncOutboxRow, SyncRejection, SyncStateRecord } from './sync/tables';

export interface SettingRecord {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'homeward';

/** Version 1: the Foundation's tables and indexes. Kept so that its upgrade can be tested. */
export const SCHEMA_V1 = {
  cases:
    'id, &reference, status, priority, assigneeId, updatedAt, openedOn, person.fullName, person.nationality, person.passportNumber, whereabouts.situation, lastContactAt, *nameTokens, *groupIds, *recruitment.methods',
  contactLog: 'id, caseId, [caseId+at], at',
  followUps: 'id, caseId, assigneeId, dueOn',
  groups: 'id, name',
  history: 'id, caseId, [caseId+at], [entity+entityId], actorId, at',
  staff: 'id, name, role',
  settings: 'key',
};

/**
 * Version 2: derived values move into `derived` and gain indexes for every
 * list filter, sort and search of the case file; follow-ups are found per
 * assignee in due order.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  cases: [
    'id, &reference, updatedAt, openedOn, status, priority, assigneeId, person.nationality, person.passportNumber',
    'whereabouts.situation, *groupIds, *recruitment.methods',
    'derived.sortName, derived.statusRank, derived.contactBasis, derived.lastContactAt, derived.nextFollowUpDue',
    '*derived.nameTokens, *derived.matchKeys',
    '[status+updatedAt], [person.nationality+updatedAt], [priority+updatedAt], [derived.contactBasis+derived.lastContactAt]',
  ].join(', '),
  followUps: 'id, caseId, [assigneeId+dueOn], dueOn',
};

/**
 * Version 3 (Supervisors): the access log, closure requests, sign-in
 * attempts; case indexes for the supervisor dashboard (open cases per
 * officer, stale cases, cases closed per month).
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  cases: [
    SCHEMA_V2.cases,
    'closedAt, [assigneeId+derived.open], [derived.open+derived.activityAt]',
  ].join(', '),
  accessLog: 'id, at, [caseId+at], [actorId+at]',
  closureRequests: 'id, caseId, [state+createdAt], [caseId+state]',
  signInAttempts: 'profileId',
};

/**
 * Version 8 (issue 13, speed): the caseload counters the dashboard reads
 * (counters.ts), and the case indexes that make each list filter, alone and
 * with the status filter, one walk in the list's order (the table of which
 * index serves which filter is FILTER_INDEX in indexes.ts). Dropped, as no
 * query reads them: on cases the single status, assignee and situation
 * indexes (their compounds with status and update time serve them), the
 * compounds of nationality and priority with update time (now with status
 * between), [assigneeId+derived.open] (the dashboard counts open cases per
 * officer in counters) and derived.lastContactAt; on history every index but
 * [caseId+at] (the case's history) and [entity+entityId] (a record's): three
 * fewer index entries for each history row an import writes.
 */
export const SCHEMA_V8 = {
  cases: [
    'id, &reference, updatedAt, openedOn, priority, person.nationality, person.passportNumber',
    '*groupIds, *recruitment.methods',
    'derived.sortName, derived.statusRank, derived.contactBasis, derived.nextFollowUpDue',
    '*derived.nameTokens, *derived.matchKeys',
    '[status+updatedAt], [derived.contactBasis+derived.lastContactAt]',
    'closedAt, [derived.open+derived.activityAt]',
    '[person.nationality+status+updatedAt], [whereabouts.situation+status+updatedAt], [assigneeId+status+updatedAt], [priority+status+updatedAt]',
    '[updatedAt+derived.nextFollowUpDue], [updatedAt+derived.contactBasis+derived.lastContactAt]',
  ].join(', '),
  history: 'id, [caseId+at], [entity+entityId]',
  counters: 'key',
};

/** Wrong passphrases in a row for one profile; kept apart from the profile so failures create no history. */
export interface SignInAttempts {
  profileId: string;
  failures: number;
  lastFailureAt: string;
}

/**
 * The workstation's data key, wrapped (DESIGN.md §8): `profile:<id>` under
 * that profile's passphrase-derived key, `recovery` under the recovery key.
 * Workstation-only: never synced, never in a CSV.
 */
export interface WrappedKey {
  id: string;
  wrapped: string;
  at: string;
}

/** Version 6 (protection at rest): the wrapped data keys. The sealing of existing records needs the key, so it runs at sign-in (vault/migration.ts). */
export const SCHEMA_V6 = { keys: 'id' };

/**
 * The first version whose records have today's shapes: a backup made by it or
 * a later version restores with its cases' derived values recomputed (the
 * versions since changed how those are computed, and version 5 added fields
 * whose empty value the restore's case schema gives, exchange/table-schemas.ts).
 */
export const SAME_RECORD_SHAPES_SINCE = 3;

/**
 * Version 9 (sync, DESIGN.md §9): only the tables it adds. The outbox (a row
 * per synced change, written in the change's transaction), each document's
 * last synced revision and body (the base of a three-way merge), the
 * replicator's state (checkpoint, server address), conflicts a person must
 * resolve and writes the server refused.
 */
export const SCHEMA_V9_SYNC = {
  // A reference is no longer a unique index: cases made before two workstations joined one post may share one, and a
  // pull must still store both (new references carry the station code, shared/domain/reference.ts).
  cases: SCHEMA_V8.cases.replace('&reference', 'reference'),
  syncOutbox: '++seq, docId',
  syncDocs: 'docId',
  syncState: 'key',
  syncConflicts: 'docId, at',
  syncRejections: 'docId, at',
};

export class HomewardDb extends Dexie {
  cases!: EntityTable<Case, 'id'>;
  contactLog!: EntityTable<ContactEntry, 'id'>;
  followUps!: EntityTable<FollowUp, 'id'>;
  groups!: EntityTable<Group, 'id'>;
  history!: EntityTable<HistoryRecord, 'id'>;
  staff!: EntityTable<Staff, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  accessLog!: EntityTable<AccessRecord, 'id'>;
  closureRequests!: EntityTable<ClosureRequest, 'id'>;
  signInAttempts!: EntityTable<SignInAttempts, 'profileId'>;
  keys!: EntityTable<WrappedKey, 'id'>;
  counters!: EntityTable<CounterRecord, 'key'>;
  syncOutbox!: EntityTable<SyncOutboxRow, 'seq'>;
  syncDocs!: EntityTable<SyncDocState, 'docId'>;
  syncState!: EntityTable<SyncStateRecord, 'key'>;
  syncConflicts!: EntityTable<SyncConflict, 'docId'>;
  syncRejections!: EntityTable<SyncRejection, 'docId'>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
    // Version 4 changes no table: names are keyed by new rules (Arabic articles and particles written joined or
    // apart, invisible format characters), so every case's match keys and search tokens are computed again.
    this.version(4).stores(SCHEMA_V3);
    // Version 5 changes no table: recruitment gains the text an open list's Other stands for (upgrades/v5.ts).
    this.version(5).stores(SCHEMA_V3).upgrade(upgradeToV5);
    // Version 6 (protection at rest) adds the wrapped keys; sealing the records needs the key, so it runs at sign-in.
    this.version(6).stores(SCHEMA_V6);
    // Version 8's upgrade runs whenever a database older than it upgrades (in the same transaction, after the earlier
    // ones): it ends with the one recompute of derived values by today's rules, and the counters counted from the
    // result (version 8 adds them; it reshapes no record, so it has no upgrades/v8.ts). A version that changes a rule
    // of the derived values moves these calls to its own upgrade.
    this.version(8)
      .stores(SCHEMA_V8)
      .upgrade(async (tx) => {
        await recomputeDerived(tx);
        await recount(tx);
      });
    // Version 9 only adds the sync tables and needs no upgrade: the records already stored are queued for their
    // first push when sync is set up (sync/outbox.ts).
    this.version(9).stores(SCHEMA_V9_SYNC);
    // Version 10 changes no table: the counters gain a count per day of what moves with the clock (counters.ts).
    this.version(10).stores(SCHEMA_V9_SYNC).upgrade(addDayCounters);
  }
}
