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
    this.version(6).stores(SCHEMA_V6);
  }
}
