import { describe, expect, it } from 'vitest';
import { StaleWriteError, ValidationError } from '../../../renderer/src/data/errors';
import { caseInput, setUpWorkstation, historyOf } from './fixtures';
import { opened } from '../../../renderer/src/data/vault/sealed-record';

describe('case repository', () => {
  it('issues references per post and year, and keys cases by UUID', async () => {
    const { repos, officer } = await setUpWorkstation();
    const first = await repos.cases.create(caseInput(), officer.id);
    const second = await repos.cases.create(caseInput({ fullName: 'Bongani Zulu', passportNumber: 'B99' }), officer.id);
    expect(first.reference).toBe('ZA-MOW-2026-0001');
    expect(second.reference).toBe('ZA-MOW-2026-0002');
    expect(first.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(first.id).not.toBe(second.id);
  });

  it('stores the validated, normalised case and its creation in history in the same transaction', async () => {
    const { db, repos, officer } = await setUpWorkstation();
    const created = await repos.cases.create(caseInput(), officer.id);
    const stored = await opened(db, 'cases', await db.cases.get(created.id));
    expect(stored?.person.passportNumber).toBe('A12345678');
    expect(stored?.derived.nameTokens).toEqual(expect.arrayContaining(['sipho', 'dlamini', 'dhlamini']));
    const history = await historyOf(repos, created.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: 'create', actorId: officer.id, entity: 'case', newValue: { reference: created.reference } });
  });

  it('refuses invalid input with field paths and writes nothing, not even a reference number', async () => {
    const { db, repos, officer } = await setUpWorkstation();
    const bad = caseInput({ fullName: ' ', nationality: 'XX', dateOfBirth: `${new Date().getFullYear() + 1}` });
    const error = await repos.cases.create(bad, officer.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems).toEqual(
      expect.arrayContaining([
        { path: 'person.fullName', messageKey: 'validation.required' },
        { path: 'person.nationality', messageKey: 'validation.country' },
        { path: 'person.dateOfBirth', messageKey: 'validation.dateInFuture' },
      ]),
    );
    expect(await db.cases.count()).toBe(0);
    const next = await repos.cases.create(caseInput(), officer.id);
    expect(next.reference).toBe('ZA-MOW-2026-0001');
  });

  it('records each changed field with old and new value when a case is updated', async () => {
    const { repos, officer } = await setUpWorkstation();
    const created = await repos.cases.create(caseInput(), officer.id);
    const renamed = await repos.cases.updateSection(created.id, created.version, 'person', { ...created.person, fullName: 'Sipho M. Dlamini' }, officer.id);
    const updated = await repos.cases.updateSection(renamed.id, renamed.version, 'overview', { priority: 'critical', flags: [], notes: '' }, officer.id);
    expect(updated.version).toBe(3);
    expect(updated.derived.nameTokens).toContain('m');
    const changes = (await historyOf(repos, created.id)).filter((h) => h.action === 'update');
    expect(changes.map((c) => [c.field, c.oldValue, c.newValue]).sort()).toEqual([
      ['person.fullName', 'Sipho Dlamini', 'Sipho M. Dlamini'],
      ['priority', 'high', 'critical'],
    ]);
  });

  it('refuses a write based on an older version and changes nothing', async () => {
    const { db, repos, officer } = await setUpWorkstation();
    const created = await repos.cases.create(caseInput(), officer.id);
    await repos.cases.updateSection(created.id, 1, 'overview', { priority: 'critical', flags: [], notes: '' }, officer.id);
    const historyBefore = await db.history.count();

    const stale = await repos.cases
      .updateSection(created.id, 1, 'overview', { priority: 'normal', flags: [], notes: 'from a stale window' }, officer.id)
      .catch((e: unknown) => e);

    expect(stale).toBeInstanceOf(StaleWriteError);
    expect(stale).toMatchObject({ expectedVersion: 1, actualVersion: 2, messageKey: 'errors.staleWrite' });
    const after = await opened(db, 'cases', await db.cases.get(created.id));
    expect(after).toMatchObject({ version: 2, priority: 'critical', notes: '' });
    expect(await db.history.count()).toBe(historyBefore);
  });

  it('writes neither the case nor history when the history record cannot be written', async () => {
    const { db, repos, supervisor } = await setUpWorkstation();
    const created = await repos.cases.create(caseInput(), supervisor.id);
    const historyBefore = await db.history.count();
    // The case itself is valid; its history record is not (a note over 2,000 characters), so neither is written.
    const error = await repos.cases.changeStatus(created.id, 1, { status: 'verifying', closureReason: null }, supervisor.id, 'x'.repeat(2001)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(await opened(db, 'cases', await db.cases.get(created.id))).toMatchObject({ version: 1, status: 'reported' });
    expect(await db.history.count()).toBe(historyBefore);
  });
});
