/**
 * Closure approval: an officer asks to close a case with a reason; a
 * supervisor approves (the case closes) or returns the request with a note.
 * Every step is in the case's history.
 */
import { type z } from 'zod';
import { checkTransition } from '../../../../shared/domain/transitions';
import { ClosureDecisionSchema, ClosureRequestFieldsSchema, ClosureRequestSchema, type ClosureRequest } from '../../../../shared/schemas/closure-request';
import { requiredMultilineText } from '../../../../shared/schemas/primitives';
import type { Case } from '../../../../shared/schemas/case';
import type { Authorizer } from '../authorization';
import type { Clock } from '../clock';
import type { HomewardDb } from '../db';
import { RecordNotFoundError, TransitionRefusedError, ValidationError } from '../errors';
import type { Change, Recorder } from '../recorder/recorder';
import { validate } from '../validate';
import type { CaseRepository } from './cases';
import { checkVersion } from './versioned';
import { opened, openedAll } from '../vault/sealed-record';

const ReturnDecisionSchema = ClosureDecisionSchema.extend({ note: requiredMultilineText(2000) });

export class ClosureRepository {
  constructor(
    private readonly db: HomewardDb,
    private readonly clock: Clock,
    private readonly recorder: Recorder,
    private readonly authorizer: Authorizer,
    private readonly cases: CaseRepository,
  ) {}

  /** The pending request of a case, if any. */
  async pendingFor(caseId: string): Promise<ClosureRequest | undefined> {
    return opened(this.db, 'closureRequests', await this.db.closureRequests.where('[caseId+state]').equals([caseId, 'pending']).first());
  }

  /** The case's most recent request, whatever its state: a returned one tells the officer why. */
  async latestFor(caseId: string): Promise<ClosureRequest | undefined> {
    const all = await openedAll(this.db, 'closureRequests', await this.db.closureRequests.where('caseId').equals(caseId).toArray());
    return all.reduce<ClosureRequest | undefined>((latest, r) => (latest && latest.createdAt >= r.createdAt ? latest : r), undefined);
  }

  /** Pending requests of several cases (a page of the list), by case id. */
  async pendingForCases(caseIds: readonly string[]): Promise<Map<string, ClosureRequest>> {
    const found = await openedAll(this.db, 'closureRequests', await this.db.closureRequests.where('[caseId+state]').anyOf(caseIds.map((id) => [id, 'pending'])).toArray());
    return new Map(found.map((r) => [r.caseId, r]));
  }

  /** Requests waiting for a supervisor, oldest first. */
  async pending(limit = 200): Promise<ClosureRequest[]> {
    return openedAll(this.db, 'closureRequests', await this.db.closureRequests.where('[state+createdAt]').between(['pending', ''], ['pending', '\uffff']).limit(limit).toArray());
  }

  async pendingCount(): Promise<number> {
    return this.db.closureRequests.where('[state+createdAt]').between(['pending', ''], ['pending', '\uffff']).count();
  }

  async request(caseId: string, input: z.input<typeof ClosureRequestFieldsSchema>, actorId: string): Promise<ClosureRequest> {
    const fields = validate(ClosureRequestFieldsSchema, input);
    const target = await this.liveCase(caseId);
    await this.authorizer.require(actorId, 'case.requestClosure', target);
    const nonePending = async () => {
      if (await this.db.closureRequests.where('[caseId+state]').equals([caseId, 'pending']).first()) throw new ValidationError([{ path: 'reason', messageKey: 'validation.closureAlreadyRequested' }]);
    };
    await nonePending();
    const check = checkTransition(target, { status: 'closed', closureReason: fields.reason });
    if (!check.allowed) throw new TransitionRefusedError(check.reason);
    const change = this.recorder.create('closureRequests', ClosureRequestSchema, { caseId, ...fields, state: 'pending', decidedBy: null, decidedAt: null, decisionNote: '' }, actorId, null);
    const event = this.recorder.append(this.recorder.rows.event(this.subject(caseId), actorId, 'closureRequest', null, fields.reason, fields.note || null));
    await this.recorder.commit([change, event], { check: nonePending });
    return change.record!;
  }

  /** Closes the case with the requested reason. */
  async approve(requestId: string, expectedVersion: number, note: string, actorId: string): Promise<Case> {
    const decision = validate(ClosureDecisionSchema, { note });
    await this.authorizer.require(actorId, 'case.approveClosure');
    const request = this.requirePending(await opened(this.db, 'closureRequests', await this.db.closureRequests.get(requestId)), expectedVersion);
    const target = await this.liveCase(request.caseId);
    const closing = await this.cases.prepareStatusChange(target.id, target.version, { status: 'closed', closureReason: request.reason }, actorId, decision.note || null);
    await this.recorder.commit([closing.change, this.decide(request, 'approved', decision.note, actorId)]);
    return closing.change?.record ?? closing.current;
  }

  /** Sends the request back to the officer; the case stays open. */
  async returnToOfficer(requestId: string, expectedVersion: number, note: string, actorId: string): Promise<void> {
    const decision = validate(ReturnDecisionSchema, { note });
    await this.authorizer.require(actorId, 'case.approveClosure');
    const request = this.requirePending(await opened(this.db, 'closureRequests', await this.db.closureRequests.get(requestId)), expectedVersion);
    await this.recorder.commit([this.decide(request, 'returned', decision.note, actorId)]);
  }

  private requirePending(request: ClosureRequest | undefined, expectedVersion: number): ClosureRequest {
    const current = checkVersion('closure request', request, expectedVersion);
    if (current.state !== 'pending') throw new RecordNotFoundError('closure request');
    return current;
  }

  /** The decision and its event in the case's history; the request's own fields are not History's. */
  private decide(request: ClosureRequest, state: 'approved' | 'returned', note: string, actorId: string): Change | null {
    const decided = { ...request, state, decidedBy: actorId, decidedAt: this.clock.now(), decisionNote: note };
    const event = this.recorder.rows.event(this.subject(request.caseId), actorId, 'closureRequest', 'pending', state, note || null);
    return this.recorder.edit('closureRequests', ClosureRequestSchema, request, decided, actorId, { event });
  }

  private async liveCase(caseId: string): Promise<Case> {
    const found = await this.cases.get(caseId);
    if (!found) throw new RecordNotFoundError('case');
    return found;
  }

  private subject(caseId: string) {
    return { entity: 'case' as const, entityId: caseId, caseId };
  }
}
