/**
 * Groups of cases handled together. Membership lives on the case (`groupIds`,
 * indexed), so adding a case is a versioned, recorded change of that case.
 */
import type { z } from 'zod';
import { CaseStatus } from '../../../../shared/taxonomy';
import { GroupFieldsSchema, GroupSchema, type Group } from '../../../../shared/schemas/group';
import type { Case } from '../../../../shared/schemas/case';
import type { HomewardDb } from '../db';
import { RecordNotFoundError } from '../errors';
import type { Authorizer } from '../authorization';
import type { Change, Recorder } from '../recorder/recorder';
import { validate } from '../validate';
import type { CaseRepository } from './cases';
import { checkVersion } from './versioned';
import { opened, openedAll } from '../vault/sealed-record';

type GroupInput = z.input<typeof GroupFieldsSchema>;
type CaseStatusCode = (typeof CaseStatus.codes)[number];

export interface GroupProgress {
  total: number;
  byStatus: { status: CaseStatusCode; count: number }[];
}

export class GroupRepository {
  constructor(
    private readonly db: HomewardDb,
    private readonly recorder: Recorder,
    private readonly cases: CaseRepository,
    private readonly authorizer: Authorizer,
  ) {}

  async list(): Promise<Group[]> {
    // Names are sealed, so the index cannot order them: sorted once opened.
    const groups = await openedAll(this.db, 'groups', (await this.db.groups.toArray()).filter((g) => g.deletedAt === null));
    return groups.sort((a, b) => a.name.localeCompare(b.name));
  }

  async get(id: string): Promise<Group | undefined> {
    const group = await opened(this.db, 'groups', await opened(this.db, 'groups', await this.db.groups.get(id)));
    return group && group.deletedAt === null ? group : undefined;
  }

  async create(input: GroupInput, actorId: string): Promise<Group> {
    const fields = validate(GroupFieldsSchema, input);
    await this.authorizer.require(actorId, 'group.manage');
    const change = this.recorder.create('groups', GroupSchema, fields, actorId, { subject: { entity: 'group', caseId: null }, value: { name: fields.name } });
    await this.recorder.commit([change]);
    return change.record!;
  }

  async update(id: string, expectedVersion: number, input: GroupInput, actorId: string): Promise<Group> {
    const fields = validate(GroupFieldsSchema, input);
    await this.authorizer.require(actorId, 'group.manage');
    const current = checkVersion('group', await opened(this.db, 'groups', await this.db.groups.get(id)), expectedVersion);
    const change = this.recorder.edit('groups', GroupSchema, current, { ...current, ...fields }, actorId, { subject: { entity: 'group', entityId: id, caseId: null } });
    if (!change) return current;
    await this.recorder.commit([change]);
    return change.record!;
  }

  /** Adds several cases at once: all of them or, if any is refused, none. */
  async addCases(groupId: string, caseIds: readonly string[], actorId: string): Promise<void> {
    await this.changeMembership(groupId, caseIds, actorId, (ids) => (ids.includes(groupId) ? ids : [...ids, groupId]));
  }

  async removeCases(groupId: string, caseIds: readonly string[], actorId: string): Promise<void> {
    await this.changeMembership(groupId, caseIds, actorId, (ids) => ids.filter((id) => id !== groupId));
  }

  /** The group's cases, by reference; a group is a handful to a few hundred cases. */
  async casesOf(groupId: string): Promise<Case[]> {
    const members = await this.db.cases.where('groupIds').equals(groupId).toArray();
    const live = await openedAll(this.db, 'cases', members.filter((c) => c.deletedAt === null));
    return live.sort((a, b) => a.reference.localeCompare(b.reference));
  }

  /** "17 cases — 3 Returned, 9 In contact, 5 Locating", as numbers. */
  async progress(groupId: string): Promise<GroupProgress> {
    const members = await this.casesOf(groupId);
    const counts = new Map<CaseStatusCode, number>();
    for (const c of members) counts.set(c.status, (counts.get(c.status) ?? 0) + 1);
    return {
      total: members.length,
      byStatus: CaseStatus.codes.filter((s) => counts.has(s)).map((status) => ({ status, count: counts.get(status) ?? 0 })),
    };
  }

  private async changeMembership(groupId: string, caseIds: readonly string[], actorId: string, change: (ids: string[]) => string[]): Promise<void> {
    // Also run inside the commit's transaction: reads the stored record only, nothing to open.
    const groupLive = async () => {
      const stored = await this.db.groups.get(groupId);
      if (!stored || stored.deletedAt !== null) throw new RecordNotFoundError('group');
    };
    await groupLive();
    const changes: Change[] = [];
    for (const caseId of new Set(caseIds)) {
      const current = await this.cases.get(caseId);
      if (!current) throw new RecordNotFoundError('case');
      const next = change(current.groupIds);
      if (next.length === current.groupIds.length) continue;
      const edit = await this.cases.prepareGroups(caseId, next, actorId);
      if (edit.change) changes.push(edit.change);
    }
    await this.recorder.commit(changes, { check: groupLive, reads: ['groups'] });
  }
}
