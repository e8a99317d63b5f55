/**
 * Enforces the permission rules (shared/domain/permissions.ts) inside the
 * data layer. A refusal is written to the access log outside the refused
 * action's transaction, so the record survives the action's rollback.
 */
import { permits, type Action, type CaseOwnership } from '../../../shared/domain/permissions';
import type { Staff } from '../../../shared/schemas/staff';
import type { HomewardDb } from './db';
import { PermissionDeniedError, RecordNotFoundError } from './errors';
import type { Recorder } from './recorder/recorder';

export class Authorizer {
  constructor(
    private readonly db: HomewardDb,
    private readonly recorder: Recorder,
  ) {}

  /** Returns the acting profile when it may do `action` (on `target`), else records the attempt and throws. */
  async require(actorId: string, action: Action, target?: CaseOwnership & { id?: string }): Promise<Staff> {
    const actor = await this.db.staff.get(actorId);
    if (actor && permits(actor, action, target)) return actor;
    await this.recorder.denied(actor?.id ?? actorId, target?.id ?? null, action);
    throw new PermissionDeniedError(action);
  }

  /** Work on a case's records (contact log, follow-ups) is work on the case: the same permission. */
  async requireOnCase(actorId: string, caseId: string): Promise<Staff> {
    const target = await this.db.cases.get(caseId);
    if (!target || target.deletedAt !== null) throw new RecordNotFoundError('case');
    return this.require(actorId, 'case.edit', target);
  }
}
