/**
 * The Dexie database: the only code that touches IndexedDB. Schema changes
 * are new versions with upgrade functions, each with its own test.
 */
import Dexie, { type EntityTable } from 'dexie';
import { upgradeToV2 } from './upgrades/v2';
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

export class HomewardDb extends Dexie {
  cases!: EntityTable<Case, 'id'>;
  contactLog!: EntityTable<ContactEntry, 'id'>;
  followUps!: EntityTable<FollowUp, 'id'>;
  groups!: EntityTable<Group, 'id'>;
  history!: EntityTable<HistoryRecord, 'id'>;
  staff!: EntityTable<Staff, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  }
}
