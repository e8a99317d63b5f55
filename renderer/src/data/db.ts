/**
 * The Dexie database: the only code that touches IndexedDB. Schema changes
 * are new versions with upgrade functions, each with its own test.
 */
import Dexie, { type EntityTable } from 'dexie';
import { recomputeDerived } from './recompute-derived';
import { upgradeToV2 } from './upgrades/v2';
import { upgradeToV3 } from './upgrades/v3';
import { upgradeToV5 } from './upgrades/v5';
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

/** Wrong passphrases in a row for one profile; kept apart from the profile so failures create no history. */
export interface SignInAttempts {
  profileId: string;
  failures: number;
  lastFailureAt: string;
}

/**
 * The first version whose records have today's shapes: a backup made by it or
 * a later version restores with its cases' derived values recomputed (the
 * versions since changed how those are computed, and version 5 added fields
 * whose empty value the restore's case schema gives, exchange/table-schemas.ts).
 */
export const SAME_RECORD_SHAPES_SINCE = 3;

/**
 * Version 7 (sync, DESIGN.md §9): only the tables it adds. The outbox (a row
 * per synced change, written in the change's transaction), each document's
 * last synced revision and body (the base of a three-way merge), the
 * replicator's state (checkpoint, server address), conflicts a person must
 * resolve and writes the server refused.
 */
export const SCHEMA_V7_SYNC = {
  // A reference is no longer a unique index: cases made before two workstations joined one post may share one, and a
  // pull must still store both (new references carry the station code, shared/domain/reference.ts).
  cases: SCHEMA_V3.cases.replace('&reference', 'reference'),
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
    // The latest version's upgrade runs whenever any does (in the same transaction, after the earlier ones): it
    // ends with the one recompute of derived values by today's rules. A new version moves this call to its own.
    this.version(5)
      .stores(SCHEMA_V3)
      .upgrade(async (tx) => {
        await upgradeToV5(tx);
        await recomputeDerived(tx);
      });
    // Version 6 belongs to another change (keys at rest); version 7 only adds the sync tables and needs no upgrade:
    // the records already stored are queued for their first push when sync is set up (sync/outbox.ts).
    this.version(7).stores(SCHEMA_V7_SYNC);
  }
}
