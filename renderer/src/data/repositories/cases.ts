/**
 * The case aggregate: creation with a fresh reference and versioned edits,
 * section by section. Every edit is checked against the version the officer
 * started from, validated with the shared schema, and recorded field by field
 * in history within the same transaction.
 */
import { type z } from 'zod';
import type { CaseCore } from '../../../../shared/domain/case-derived';
import type { DuplicateProbe, DuplicateReason } from '../../../../shared/domain/duplicates';
import { buildNewCase, NewCaseInputSchema } from '../../../../shared/domain/new-case';
import { checkTransition } from '../../../../shared/domain/transitions';
import { CaseSchema, StepSchema, type Case, type Step } from '../../../../shared/schemas/case';
import {
  ReassignmentSchema,
  SECTION_SCHEMAS,
  StatusChangeSchema,
  type CaseSection,
  type SectionInput,
  type StatusChange,
} from '../../../../shared/schemas/case-edits';
import type { Action } from '../../../../shared/domain/permissions';
import type { Authorizer } from '../authorization';
import type { Clock } from '../clock';
import type { HomewardDb } from '../db';
import { RecordNotFoundError, StaleWriteError, TransitionRefusedError } from '../errors';
import type { Change, Recorder } from '../recorder/recorder';
import { findDuplicatesOfMany } from './duplicate-lookup';
import { validate } from '../validate';
import { opened, openedAll } from '../vault/sealed-record';

export interface DuplicateCandidate {
  case: Case;
  reason: DuplicateReason;
}

export class CaseRepository {
  constructor(
    private readonly db: HomewardDb,
    private readonly clock: Clock,
    private readonly recorder: Recorder,
    private readonly authorizer: Authorizer,
  ) {}

  /** Opens a case, assigned to the officer who opens it; its reference is issued when it is stored. */
  async create(input: z.input<typeof NewCaseInputSchema>, actorId: string): Promise<Case> {
    const valid = validate(NewCaseInputSchema, input);
    await this.authorizer.require(actorId, 'case.create');
    const built = buildNewCase(valid, { id: this.clock.newId(), reference: '', actorId, now: this.clock.now(), today: this.clock.today() });
    const change = this.recorder.newCase({ ...built, assigneeId: actorId }, actorId);
    await this.recorder.commit([change]);
    return change.record!;
  }

  async get(id: string): Promise<Case | undefined> {
    const found = await opened(this.db, 'cases', await this.db.cases.get(id));
    return found && found.deletedAt === null ? found : undefined;
  }

  async getMany(ids: readonly string[]): Promise<Case[]> {
    const found = (await this.db.cases.bulkGet([...ids])).filter((c): c is Case => c !== undefined && c.deletedAt === null);
    return openedAll(this.db, 'cases', found);
  }

  async byReference(reference: string): Promise<Case | undefined> {
    const found = await opened(this.db, 'cases', await this.db.cases.where('reference').equals(reference).first());
    return found && found.deletedAt === null ? found : undefined;
  }

  /** Saves one section of the case page, edited from the given version. */
  async updateSection<S extends CaseSection>(id: string, expectedVersion: number, section: S, input: SectionInput<S>, actorId: string): Promise<Case> {
    const value = validate(SECTION_SCHEMAS[section], input) as Record<string, unknown>;
    return this.save(await this.prepareEdit(id, expectedVersion, actorId, 'case.edit', (core) => (section === 'overview' ? { ...core, ...value } : { ...core, [section]: value })));
  }

  /** Saves one step of the repatriation checklist. */
  async updateStep(id: string, expectedVersion: number, input: z.input<typeof StepSchema>, actorId: string): Promise<Case> {
    const step: Step = validate(StepSchema, input);
    return this.save(
      await this.prepareEdit(id, expectedVersion, actorId, 'case.edit', (core) => ({
        ...core,
        steps: core.steps.map((s) => (s.step === step.step ? step : s)),
      })),
    );
  }

  /**
   * Moves the case through its lifecycle; a change the rules refuse raises
   * TransitionRefusedError and writes nothing. Closing is a supervisor's
   * decision: officers request it (ClosureRepository).
   */
  async changeStatus(id: string, expectedVersion: number, change: StatusChange, actorId: string, note: string | null = null): Promise<Case> {
    return this.save(await this.prepareStatusChange(id, expectedVersion, change, actorId, note));
  }

  /** The status change, prepared for a commit that may store more (a closure request's decision). */
  async prepareStatusChange(id: string, expectedVersion: number, change: StatusChange, actorId: string, note: string | null = null): Promise<PreparedEdit> {
    const target = validate(StatusChangeSchema, change);
    const action = target.status === 'closed' ? 'case.close' : 'case.edit';
    return this.prepareEdit(
      id,
      expectedVersion,
      actorId,
      action,
      (core) => {
        const check = checkTransition(core, target);
        if (!check.allowed) throw new TransitionRefusedError(check.reason);
        const closing = target.status === 'closed';
        return { ...core, status: target.status, closureReason: closing ? target.closureReason : null, closedAt: closing ? this.clock.now() : null };
      },
      note,
    );
  }

  /** Gives cases to another officer (or to nobody), all or none, with the reason kept in history. */
  async reassign(ids: readonly string[], assigneeId: string | null, reason: string, actorId: string): Promise<void> {
    const valid = validate(ReassignmentSchema, { assigneeId, reason });
    const assigneeActive = async () => {
      if (valid.assigneeId === null) return;
      const assignee = await this.db.staff.get(valid.assigneeId);
      if (!assignee?.active) throw new RecordNotFoundError('staff');
    };
    await assigneeActive();
    const changes: Change[] = [];
    for (const id of new Set(ids)) {
      const current = await this.require(id);
      if (current.assigneeId === valid.assigneeId) continue;
      const edit = await this.prepareEdit(id, current.version, actorId, 'case.reassign', (core) => ({ ...core, assigneeId: valid.assigneeId }), valid.reason);
      if (edit.change) changes.push(edit.change);
    }
    await this.recorder.commit(changes, { check: assigneeActive, reads: ['staff'] });
  }

  /** Adds or removes the case from groups (membership is part of the case, so it is versioned and in history). */
  async setGroups(id: string, groupIds: readonly string[], actorId: string): Promise<Case> {
    return this.save(await this.prepareGroups(id, groupIds, actorId));
  }

  /** The membership change, prepared for a commit of many cases (a group's members, all or none). */
  async prepareGroups(id: string, groupIds: readonly string[], actorId: string): Promise<PreparedEdit> {
    const current = await this.require(id);
    return this.prepareEdit(id, current.version, actorId, 'case.edit', (core) => ({ ...core, groupIds: [...new Set(groupIds)] }));
  }

  /**
   * Marks two cases as possibly the same person: a link both ways, in both
   * histories. Nothing is merged.
   */
  async markPossibleDuplicate(id: string, otherId: string, actorId: string): Promise<void> {
    if (id === otherId) return;
    const changes: Change[] = [];
    for (const [a, b] of [
      [id, otherId],
      [otherId, id],
    ] as const) {
      const current = await this.require(a);
      if (current.possibleDuplicateOf.includes(b)) continue;
      const edit = await this.prepareEdit(a, current.version, actorId, 'case.edit', (core) => ({
        ...core,
        possibleDuplicateOf: [...core.possibleDuplicateOf, b],
        flags: core.flags.includes('possible_duplicate') ? core.flags : [...core.flags, 'possible_duplicate'],
      }));
      if (edit.change) changes.push(edit.change);
    }
    await this.recorder.commit(changes);
  }

  /**
   * Cases that may be the same person: the same passport number, or the same
   * nationality with a similar name and a compatible birth year. Found through
   * the passport and name-key indexes, never by reading every case.
   */
  async findDuplicates(probe: DuplicateProbe): Promise<DuplicateCandidate[]> {
    return (await findDuplicatesOfMany(this.db, [probe]))[0]!;
  }

  private async require(id: string): Promise<Case> {
    const current = await this.get(id);
    if (!current) throw new RecordNotFoundError('case');
    return current;
  }

  /**
   * The one way a case changes: refuses a stale version, lets the recorder
   * validate the result, re-derive indexed values and record each changed
   * field. `change` is null when nothing changed.
   */
  private async prepareEdit(
    id: string,
    expectedVersion: number,
    actorId: string,
    action: Action,
    change: (core: CaseCore) => CaseCore,
    note: string | null = null,
  ): Promise<PreparedEdit> {
    const current = await this.require(id);
    await this.authorizer.require(actorId, action, current);
    if (current.version !== expectedVersion) throw new StaleWriteError('case', expectedVersion, current.version);
    const { derived, ...core } = current;
    const changed: Case = { ...change(core), reference: current.reference, derived };
    const prepared = this.recorder.edit('cases', CaseSchema, current, changed, actorId, { subject: { entity: 'case', entityId: id, caseId: id }, note });
    return { current, change: prepared };
  }

  private async save(edit: PreparedEdit): Promise<Case> {
    if (!edit.change) return edit.current;
    await this.recorder.commit([edit.change]);
    return edit.change.record!;
  }
}

/** A case edit ready to commit; `change` is null when it changes nothing. */
export interface PreparedEdit {
  current: Case;
  change: Change<'cases'> | null;
}
