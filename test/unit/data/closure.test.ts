/**
 * Closure approval: an officer requests, a supervisor approves (the case
 * closes with the requested reason) or returns it with a note; each step in
 * History, readable as History shows it.
 */
import i18next from 'i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { PermissionDeniedError, RecordNotFoundError, StaleWriteError, TransitionRefusedError, ValidationError } from '../../../renderer/src/data/errors';
import type { HomewardDb } from '../../../renderer/src/data/db';
import type { Repositories } from '../../../renderer/src/data/repositories';
import { historyRows } from '../../../renderer/src/features/case/records/history-rows';
import { en } from '../../../renderer/src/i18n/en';
import { createFormatters } from '../../../renderer/src/i18n/format';
import type { Case } from '../../../shared/schemas/case';
import { caseInput, setUpWorkstation, historyOf } from './fixtures';
import { openedAll } from '../../../renderer/src/data/vault/sealed-record';

let db: HomewardDb;
let repos: Repositories;
let supervisorId: string;
let officerId: string;
let caseRecord: Case;

beforeEach(async () => {
  const setup = await setUpWorkstation();
  ({ db, repos } = setup);
  supervisorId = setup.supervisor.id;
  officerId = setup.officer.id;
  caseRecord = await repos.cases.create(caseInput(), officerId);
});

async function snapshot() {
  return {
    cases: await db.cases.toArray(),
    closureRequests: await openedAll(db, 'closureRequests', await db.closureRequests.toArray()),
    history: await db.history.count(),
  };
}

async function closureHistory(caseId: string) {
  const records = await openedAll(db, 'history', await db.history.where('[caseId+at]').between([caseId, ''], [caseId, '\uffff']).toArray());
  return records.filter((r) => r.field === 'closureRequest').map((r) => ({ actorId: r.actorId, from: r.oldValue, to: r.newValue, note: r.note }));
}

describe('an officer requests closure', () => {
  it('records a pending request and its history; the case itself does not change', async () => {
    const request = await repos.closure.request(caseRecord.id, { reason: 'declined_assistance', note: 'He said so on the phone.' }, officerId);
    expect(request).toMatchObject({ caseId: caseRecord.id, reason: 'declined_assistance', note: 'He said so on the phone.', state: 'pending', createdBy: officerId, decidedBy: null });
    expect(await repos.closure.pendingFor(caseRecord.id)).toEqual(request);
    expect(await repos.closure.latestFor(caseRecord.id)).toEqual(request);
    expect([...(await repos.closure.pendingForCases([caseRecord.id])).keys()]).toEqual([caseRecord.id]);
    expect(await repos.closure.pendingCount()).toBe(1);
    expect(await repos.cases.get(caseRecord.id)).toEqual(caseRecord);
    expect(await closureHistory(caseRecord.id)).toEqual([{ actorId: officerId, from: null, to: 'declined_assistance', note: 'He said so on the phone.' }]);
  });

  it('refuses a second request while one waits, a missing reason, and a reason the rules refuse, writing nothing', async () => {
    await repos.closure.request(caseRecord.id, { reason: 'declined_assistance', note: '' }, officerId);
    const before = await snapshot();
    const again = await repos.closure.request(caseRecord.id, { reason: 'duplicate', note: '' }, officerId).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(ValidationError);
    expect((again as ValidationError).problems).toEqual([{ path: 'reason', messageKey: 'validation.closureAlreadyRequested' }]);

    const other = await repos.cases.create(caseInput({ fullName: 'Bongani Zulu', passportNumber: '' }), officerId);
    const beforeOther = await snapshot();
    // @ts-expect-error: the form sends what was chosen, possibly nothing.
    const noReason = await repos.closure.request(other.id, { reason: '', note: '' }, officerId).catch((e: unknown) => e);
    expect((noReason as ValidationError).problems).toEqual([{ path: 'reason', messageKey: 'validation.choose' }]);
    const notArrived = await repos.closure.request(other.id, { reason: 'returned_settled', note: '' }, officerId).catch((e: unknown) => e);
    expect(notArrived).toBeInstanceOf(TransitionRefusedError);
    expect((notArrived as TransitionRefusedError).messageKey).toBe('transition.returned_settled_needs_arrival');
    expect(await snapshot()).toEqual({ ...beforeOther });
    expect(before.closureRequests).toHaveLength(1);
  });
});

describe('a supervisor decides', () => {
  it('approves: the case closes with the requested reason, and History says so', async () => {
    const request = await repos.closure.request(caseRecord.id, { reason: 'declined_assistance', note: '' }, officerId);
    // The officer keeps working after asking: approval closes the case as it is now.
    const edited = await repos.cases.changeStatus(caseRecord.id, caseRecord.version, { status: 'verifying', closureReason: null }, officerId);
    const closed = await repos.closure.approve(request.id, request.version, 'Confirmed with the family.', supervisorId);
    expect(closed).toMatchObject({ status: 'closed', closureReason: 'declined_assistance', version: edited.version + 1 });
    expect(closed.closedAt).not.toBeNull();
    expect(await repos.closure.pendingFor(caseRecord.id)).toBeUndefined();
    expect(await repos.closure.pendingCount()).toBe(0);
    expect(await repos.closure.latestFor(caseRecord.id)).toMatchObject({ state: 'approved', decidedBy: supervisorId, decisionNote: 'Confirmed with the family.' });
    expect(await closureHistory(caseRecord.id)).toEqual([
      { actorId: officerId, from: null, to: 'declined_assistance', note: null },
      { actorId: supervisorId, from: 'pending', to: 'approved', note: 'Confirmed with the family.' },
    ]);
    const statusChange = (await openedAll(db, 'history', await db.history.where('[caseId+at]').between([caseRecord.id, ''], [caseRecord.id, '\uffff']).toArray())).filter(
      (r) => r.field === 'status' && r.newValue === 'closed',
    );
    expect(statusChange).toMatchObject([{ actorId: supervisorId, oldValue: 'verifying', note: 'Confirmed with the family.' }]);
  });

  it('returns with a required note: the case stays open and the officer may ask again', async () => {
    const request = await repos.closure.request(caseRecord.id, { reason: 'declined_assistance', note: '' }, officerId);
    const before = await snapshot();
    const noNote = await repos.closure.returnToOfficer(request.id, request.version, '  ', supervisorId).catch((e: unknown) => e);
    expect((noNote as ValidationError).problems).toEqual([{ path: 'note', messageKey: 'validation.required' }]);
    expect(await snapshot()).toEqual(before);

    await repos.closure.returnToOfficer(request.id, request.version, 'Call him once more first.', supervisorId);
    expect(await repos.cases.get(caseRecord.id)).toMatchObject({ status: 'reported', version: caseRecord.version });
    expect(await repos.closure.latestFor(caseRecord.id)).toMatchObject({ state: 'returned', decisionNote: 'Call him once more first.' });
    expect(await closureHistory(caseRecord.id)).toEqual([
      { actorId: officerId, from: null, to: 'declined_assistance', note: null },
      { actorId: supervisorId, from: 'pending', to: 'returned', note: 'Call him once more first.' },
    ]);
    const second = await repos.closure.request(caseRecord.id, { reason: 'declined_assistance', note: 'Called again.' }, officerId);
    expect(await repos.closure.latestFor(caseRecord.id)).toEqual(second);
  });

  it('refuses a decision on a stale or already decided request', async () => {
    const request = await repos.closure.request(caseRecord.id, { reason: 'declined_assistance', note: '' }, officerId);
    await expect(repos.closure.approve(request.id, request.version + 1, '', supervisorId)).rejects.toBeInstanceOf(StaleWriteError);
    await repos.closure.returnToOfficer(request.id, request.version, 'Not yet.', supervisorId);
    const decided = (await repos.closure.latestFor(caseRecord.id))!;
    await expect(repos.closure.approve(decided.id, decided.version, '', supervisorId)).rejects.toBeInstanceOf(RecordNotFoundError);
    expect((await repos.cases.get(caseRecord.id))!.status).toBe('reported');
  });

  it('is a supervisor’s: an officer can neither approve nor return, and nothing is written', async () => {
    const request = await repos.closure.request(caseRecord.id, { reason: 'declined_assistance', note: '' }, officerId);
    const before = await snapshot();
    await expect(repos.closure.approve(request.id, request.version, '', officerId)).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(repos.closure.returnToOfficer(request.id, request.version, 'No.', officerId)).rejects.toBeInstanceOf(PermissionDeniedError);
    expect(await snapshot()).toEqual(before);
    const denied = await openedAll(db, 'accessLog', await db.accessLog.where('[actorId+at]').between([officerId, ''], [officerId, '\uffff']).toArray());
    expect(denied.map((d) => [d.kind, d.detail])).toEqual([
      ['denied', 'case.approveClosure'],
      ['denied', 'case.approveClosure'],
    ]);
  });
});

describe('History shows the closure steps and reasons in words', () => {
  it('request, return, request again, approval, and a reassignment’s reason', async () => {
    const first = await repos.closure.request(caseRecord.id, { reason: 'declined_assistance', note: 'He said so on the phone.' }, officerId);
    await repos.closure.returnToOfficer(first.id, first.version, 'Call him once more first.', supervisorId);
    const second = await repos.closure.request(caseRecord.id, { reason: 'declined_assistance', note: '' }, officerId);
    await repos.closure.approve(second.id, second.version, '', supervisorId);
    await repos.cases.reassign([caseRecord.id], supervisorId, 'Officer on leave', supervisorId);

    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'en', resources: { en: { translation: en } }, interpolation: { escapeValue: false } });
    const records = (await historyOf(repos, caseRecord.id)).filter((r) => r.action === 'update');
    const staff = new Map((await repos.staff.list()).map((s) => [s.id, s]));
    const rows = historyRows(
      records,
      { format: createFormatters('en'), staff, groups: new Map(), cases: new Map() },
      { t: i18n.t.bind(i18n) },
    );
    const table = rows.filter((r) => r.what !== 'Closed on').map((r) => [r.what, r.before, r.after]);
    // Newest first, as History lists them.
    expect(table).toEqual([
      ['Assigned officer — reason: Officer on leave', 'Thandi Nkosi', 'Naledi Mokoena'],
      ['Closure approved', 'Waiting for a supervisor', 'Approved'],
      ['Closure reason', '—', 'Declined assistance'],
      ['Status', 'Reported', 'Closed'],
      ['Closure requested: Declined assistance', '—', 'Waiting for a supervisor'],
      ['Closure returned: Call him once more first.', 'Waiting for a supervisor', 'Returned to the officer'],
      ['Closure requested: Declined assistance — note: He said so on the phone.', '—', 'Waiting for a supervisor'],
    ]);
    expect(rows.find((r) => r.what === 'Closed on')?.before).toBe('—');
  });
});
