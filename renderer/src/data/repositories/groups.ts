/**
 * Groups of cases handled together. Membership lives on the case (`groupIds`,
 * indexed), so adding a case is a versioned, recorded change of that case.
 */
import type { z } from 'zod';
import { CaseStatus } from '../../../../shared/taxonomy';
import { GroupFieldsSchema, GroupSchema, type Group } from '../../../../shared/schemas/group';
import type { Case } from '../../../../shared/schemas/case';
import type { Clock } from '../clock';
import type { HomewardDb } from '../db';
import { RecordNotFoundError } from '../errors';
import type { Authorizer } from '../authorization';
import type { HistoryWriter } from '../history-writer';
import { validate } from '../validate';
import type { CaseRepository } from './cases';
import { checkVersion, newMeta, nextMeta } from './versioned';

type GroupInput = z.input<typeof GroupFieldsSchema>;
type CaseStatusCode = (typeof CaseStatus.codes)[number];

export interface GroupProgress {
  total: number;
  byStatus: { status: CaseStatusCode; count: number }[];
}

export class GroupRepository {
  constructor(
    private readonly db: HomewardDb,
    private readonly clock: Clock,
    private readonly history: HistoryWriter,
    private readonly cases: CaseRepository,
    private readonly authorizer: Authorizer,
  ) {}

  async list(): Promise<Group[]> {
    const groups = await this.db.groups.orderBy('name').toArray();
    return groups.filter((g) => g.deletedAt === null);
  }

  async get(id: string): Promise<Group | undefined> {
    const group = await this.db.groups.get(id);
    return group && group.deletedAt === null ? group : undefined;
  }

  async create(input: GroupInput, actorId: string): Promise<Group> {
    const fields = validate(GroupFieldsSchema, input);
    return this.db.transaction('rw', [this.db.groups, this.db.history, this.db.staff, this.db.accessLog], async () => {
      await this.authorizer.require(actorId, 'group.manage');
      const group = validate(GroupSchema, { ...newMeta(this.clock, actorId), ...fields });
      await this.db.groups.add(group);
      await this.history.created({ entity: 'group', entityId: group.id, caseId: null }, actorId, { name: group.name });
      return group;
    });
  }

  async update(id: string, expectedVersion: number, input: GroupInput, actorId: string): Promise<Group> {
    const fields = validate(GroupFieldsSchema, input);
    return this.db.transaction('rw', [this.db.groups, this.db.history, this.db.staff, this.db.accessLog], async () => {
      await this.authorizer.require(actorId, 'group.manage');
      const current = checkVersion('group', await this.db.groups.get(id), expectedVersion);
      const next = validate(GroupSchema, { ...current, ...fields, ...nextMeta(current, this.clock, actorId) });
      const changed = await this.history.updated({ entity: 'group', entityId: id, caseId: null }, actorId, current, next);
      if (changed === 0) return current;
      await this.db.groups.put(next);
      return next;
    });
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
    return members.filter((c) => c.deletedAt === null).sort((a, b) => a.reference.localeCompare(b.reference));
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
    await this.db.transaction('rw', [this.db.groups, this.db.cases, this.db.history, this.db.staff, this.db.accessLog], async () => {
      if (!(await this.get(groupId))) throw new RecordNotFoundError('group');
      for (const caseId of new Set(caseIds)) {
        const current = await this.cases.get(caseId);
        if (!current) throw new RecordNotFoundError('case');
        const next = change(current.groupIds);
        if (next.length !== current.groupIds.length) await this.cases.setGroups(caseId, next, actorId);
      }
    });
  }
}
