import { describe, expect, it } from 'vitest';
import { RecordNotFoundError, StaleWriteError, TransitionRefusedError, type ValidationError } from '../../../renderer/src/data/errors';
import { caseInput, contactInput as contact, setUpWorkstation, historyOf } from './fixtures';


describe('case sections', () => {
  it('saves one section from the version it was edited from and records each field', async () => {
    const { repos, officer } = await setUpWorkstation();
    const created = await repos.cases.create(caseInput(), officer.id);
    const updated = await repos.cases.updateSection(
      created.id,
      1,
      'whereabouts',
      { situation: 'prisoner_of_war', country: 'UA', place: 'Kharkiv', militaryUnit: '', lastKnownOn: '2026-02-20' },
      officer.id,
    );
    expect(updated.whereabouts).toEqual({ situation: 'prisoner_of_war', country: 'UA', place: 'Kharkiv', militaryUnit: '', lastKnownOn: '2026-02-20' });
    const fields = (await historyOf(repos, created.id)).filter((h) => h.action === 'update').map((h) => [h.field, h.oldValue, h.newValue]);
    expect(fields).toEqual(
      expect.arrayContaining([
        ['whereabouts.situation', 'deployed', 'prisoner_of_war'],
        ['whereabouts.country', null, 'UA'],
        ['whereabouts.place', '', 'Kharkiv'],
        ['whereabouts.lastKnownOn', null, '2026-02-20'],
      ]),
    );
    expect(fields).toHaveLength(4);
  });

  it('re-derives name search tokens and match keys when the person changes', async () => {
    const { repos, officer } = await setUpWorkstation();
    const created = await repos.cases.create(caseInput(), officer.id);
    const updated = await repos.cases.updateSection(created.id, 1, 'person', { ...created.person, otherNames: ['Сипхо Дламини'] }, officer.id);
    expect(updated.derived.nameTokens).toContain('дламини');
    expect(updated.derived.nameTokens).not.toContain('dhlamini');
    expect(updated.version).toBe(2);
  });

  it('refuses a section saved from a stale version and leaves the case and history untouched', async () => {
    const { db, repos, officer } = await setUpWorkstation();
    const created = await repos.cases.create(caseInput(), officer.id);
    await repos.cases.updateSection(created.id, 1, 'overview', { priority: 'critical', flags: [], notes: 'first window' }, officer.id);
    const before = await db.history.count();
    await expect(
      repos.cases.updateSection(created.id, 1, 'overview', { priority: 'normal', flags: [], notes: 'second window' }, officer.id),
    ).rejects.toBeInstanceOf(StaleWriteError);
    expect(await repos.cases.get(created.id)).toMatchObject({ priority: 'critical', notes: 'first window', version: 2 });
    expect(await db.history.count()).toBe(before);
  });

  it('refuses an invalid section with the field path and writes nothing', async () => {
    const { repos, officer } = await setUpWorkstation();
    const created = await repos.cases.create(caseInput(), officer.id);
    const error = await repos.cases
      .updateSection(created.id, 1, 'person', { ...created.person, nationality: 'XX' }, officer.id)
      .catch((e: unknown) => e);
    expect((error as ValidationError).problems).toEqual([{ path: 'nationality', messageKey: 'validation.country' }]);
    expect((await repos.cases.get(created.id))?.version).toBe(1);
  });
});

describe('repatriation steps and status', () => {
  it('derives the next step and refuses Returned until "Arrived home" is done', async () => {
    const { repos, officer, supervisor } = await setUpWorkstation();
    let record = await repos.cases.create(caseInput(), officer.id);
    expect(record.derived.nextStep).toBe('identity_verified');
    const refused = await repos.cases.changeStatus(record.id, 1, { status: 'returned', closureReason: null }, officer.id).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TransitionRefusedError);
    expect((refused as TransitionRefusedError).messageKey).toMatch(/^transition\./);
    expect((await repos.cases.get(record.id))?.status).toBe('reported');

    for (const step of record.steps.slice(0, 10)) {
      record = await repos.cases.updateStep(record.id, record.version, { ...step, state: 'done', date: '2026-03-02' }, officer.id);
    }
    expect(record.derived.nextStep).toBe('referred_for_support');
    record = await repos.cases.changeStatus(record.id, record.version, { status: 'returned', closureReason: null }, officer.id);
    expect(record.status).toBe('returned');

    await expect(repos.cases.changeStatus(record.id, record.version, { status: 'closed', closureReason: null }, supervisor.id)).rejects.toBeInstanceOf(
      TransitionRefusedError,
    );
    record = await repos.cases.changeStatus(record.id, record.version, { status: 'closed', closureReason: 'returned_settled' }, supervisor.id);
    expect(record).toMatchObject({ status: 'closed', closureReason: 'returned_settled', derived: { open: 0 } });
    expect(record.closedAt).not.toBeNull();
    record = await repos.cases.changeStatus(record.id, record.version, { status: 'verifying', closureReason: null }, officer.id);
    expect(record).toMatchObject({ status: 'verifying', closureReason: null, closedAt: null, derived: { open: 1 } });

    const statusChanges = (await historyOf(repos, record.id)).filter((h) => h.field === 'status').map((h) => h.newValue);
    expect(statusChanges).toEqual(['verifying', 'closed', 'returned']);
  });
});

describe('contact log', () => {
  it('derives the contact status from the log and records additions, edits and removals', async () => {
    const { repos, officer } = await setUpWorkstation();
    const created = await repos.cases.create(caseInput(), officer.id);
    const first = await repos.contactLog.add(created.id, contact('2026-03-01T10:00:00.000Z', 'no_answer'), officer.id);
    expect((await repos.cases.get(created.id))?.derived.contactBasis).toBe('attempting');
    await repos.contactLog.add(created.id, contact('2026-03-01T11:00:00.000Z', 'message_left'), officer.id);
    const proof = await repos.contactLog.add(created.id, contact('2026-03-01T12:00:00.000Z', 'proof_of_life', 'family'), officer.id);
    let record = await repos.cases.get(created.id);
    expect(record?.derived).toMatchObject({ contactBasis: 'in_contact', lastContactAt: '2026-03-01T12:00:00.000Z' });
    expect(record?.version).toBe(1);

    await repos.contactLog.update(first.id, 1, { ...contact('2026-03-01T10:00:00.000Z', 'wrong_number'), summary: 'number belongs to someone else' }, officer.id);
    await repos.contactLog.remove(proof.id, 1, officer.id);
    record = await repos.cases.get(created.id);
    expect(record?.derived).toMatchObject({ contactBasis: 'attempting', lastContactAt: null });
    expect((await repos.contactLog.forCase(created.id)).map((e) => e.outcome)).toEqual(['message_left', 'wrong_number']);

    const contactHistory = (await historyOf(repos, created.id)).filter((h) => h.entity === 'contact');
    expect(contactHistory.map((h) => [h.action, h.field])).toEqual(
      expect.arrayContaining([
        ['create', null],
        ['update', 'outcome'],
        ['update', 'summary'],
        ['delete', null],
      ]),
    );
    expect(contactHistory.find((h) => h.action === 'delete')?.oldValue).toMatchObject({ outcome: 'proof_of_life' });
  });

  it('refuses an entry edit from a stale version', async () => {
    const { repos, officer } = await setUpWorkstation();
    const created = await repos.cases.create(caseInput(), officer.id);
    const entry = await repos.contactLog.add(created.id, contact('2026-03-01T10:00:00.000Z', 'no_answer'), officer.id);
    await repos.contactLog.update(entry.id, 1, contact('2026-03-01T10:00:00.000Z', 'message_left'), officer.id);
    await expect(repos.contactLog.update(entry.id, 1, contact('2026-03-01T10:00:00.000Z', 'reached'), officer.id)).rejects.toBeInstanceOf(StaleWriteError);
    expect((await repos.contactLog.forCase(created.id))[0]?.outcome).toBe('message_left');
  });

  it('refuses an entry for a case that does not exist', async () => {
    const { repos, officer } = await setUpWorkstation();
    await expect(repos.contactLog.add(crypto.randomUUID(), contact('2026-03-01T10:00:00.000Z', 'no_answer'), officer.id)).rejects.toBeInstanceOf(RecordNotFoundError);
  });
});

describe('follow-ups', () => {
  it('keeps the earliest open due date on the case and records done and removal', async () => {
    const { repos, officer } = await setUpWorkstation();
    const created = await repos.cases.create(caseInput(), officer.id);
    const call = await repos.followUps.add(created.id, { title: 'Call ICRC Moscow', dueOn: '2026-03-05', assigneeId: officer.id, done: false }, officer.id);
    await repos.followUps.add(created.id, { title: 'Send diplomatic note', dueOn: '2026-03-10', assigneeId: officer.id, done: false }, officer.id);
    expect((await repos.cases.get(created.id))?.derived.nextFollowUpDue).toBe('2026-03-05');

    const done = await repos.followUps.update(call.id, 1, { title: 'Call ICRC Moscow', dueOn: '2026-03-05', assigneeId: officer.id, done: true }, officer.id);
    expect(done.doneAt).not.toBeNull();
    expect((await repos.cases.get(created.id))?.derived.nextFollowUpDue).toBe('2026-03-10');
    expect((await repos.followUps.openFor(officer.id)).map((f) => f.title)).toEqual(['Send diplomatic note']);

    const history = (await historyOf(repos, created.id)).filter((h) => h.entity === 'followUp');
    expect(history.map((h) => [h.action, h.field, h.newValue])).toEqual(expect.arrayContaining([['update', 'done', true]]));
  });
});

describe('groups', () => {
  it('adds several cases at once, reports progress, and records membership on each case', async () => {
    const { repos, officer } = await setUpWorkstation();
    const a = await repos.cases.create(caseInput({ fullName: 'Sipho Dlamini', passportNumber: 'A1' }), officer.id);
    const b = await repos.cases.create(caseInput({ fullName: 'Bongani Zulu', passportNumber: 'B2' }), officer.id);
    const group = await repos.groups.create({ name: '17 South Africans — Donetsk distress signals', note: '' }, officer.id);
    await repos.groups.addCases(group.id, [a.id, b.id], officer.id);
    await repos.cases.changeStatus(a.id, 2, { status: 'verifying', closureReason: null }, officer.id);

    expect((await repos.groups.casesOf(group.id)).map((c) => c.reference)).toEqual([a.reference, b.reference]);
    expect(await repos.groups.progress(group.id)).toEqual({
      total: 2,
      byStatus: [
        { status: 'reported', count: 1 },
        { status: 'verifying', count: 1 },
      ],
    });
    expect((await historyOf(repos, b.id)).some((h) => h.field === 'groupIds')).toBe(true);

    await repos.groups.removeCases(group.id, [b.id], officer.id);
    expect((await repos.groups.casesOf(group.id)).map((c) => c.id)).toEqual([a.id]);
  });

  it('adds none of the cases when one of them does not exist', async () => {
    const { repos, officer } = await setUpWorkstation();
    const a = await repos.cases.create(caseInput(), officer.id);
    const group = await repos.groups.create({ name: 'Kenyan cases', note: '' }, officer.id);
    await expect(repos.groups.addCases(group.id, [a.id, crypto.randomUUID()], officer.id)).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await repos.groups.casesOf(group.id)).toEqual([]);
    expect((await repos.cases.get(a.id))?.version).toBe(1);
  });
});

describe('duplicates', () => {
  it('finds the same passport and a transliterated name with swapped word order, and links cases both ways', async () => {
    const { repos, officer } = await setUpWorkstation();
    const existing = await repos.cases.create(
      caseInput({ fullName: 'Mohammed Rahimov', otherNames: [], passportNumber: 'AA123456', nationality: 'TJ', dateOfBirth: '1990' }),
      officer.id,
    );
    const byPassport = await repos.cases.findDuplicates({ fullName: 'Someone Else', otherNames: [], nationality: 'ZA', dateOfBirth: null, passportNumber: 'aa 123456' });
    expect(byPassport.map((d) => [d.case.id, d.reason])).toEqual([[existing.id, 'passport']]);

    const byName = await repos.cases.findDuplicates({ fullName: 'Rahimov Muhammad', otherNames: [], nationality: 'TJ', dateOfBirth: '1991-05', passportNumber: '' });
    expect(byName.map((d) => [d.case.id, d.reason])).toEqual([[existing.id, 'name']]);

    const otherCountry = await repos.cases.findDuplicates({ fullName: 'Muhammad Rahimov', otherNames: [], nationality: 'UZ', dateOfBirth: null, passportNumber: '' });
    expect(otherCountry).toEqual([]);

    const second = await repos.cases.create(caseInput({ fullName: 'Muhammad Rahimov', otherNames: [], passportNumber: '', nationality: 'TJ', dateOfBirth: '1990' }), officer.id);
    await repos.cases.markPossibleDuplicate(second.id, existing.id, officer.id);
    expect((await repos.cases.get(existing.id))?.possibleDuplicateOf).toEqual([second.id]);
    expect((await repos.cases.get(second.id))?.possibleDuplicateOf).toEqual([existing.id]);
    expect((await repos.cases.findDuplicates({ id: second.id, ...second.person })).map((d) => d.case.id)).toEqual([existing.id]);
  });
});
