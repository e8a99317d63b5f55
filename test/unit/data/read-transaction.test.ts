/** A case's file as the case page reads it, and the read-only transaction that gives its reads without waiting for a commit (read-transaction.ts). */
import { describe, expect, it, vi } from 'vitest';
import { createRepositories } from '../../../renderer/src/data/repositories';
import { LockedError } from '../../../renderer/src/data/errors';
import { readTransaction } from '../../../renderer/src/data/read-transaction';
import { caseInput, contactInput, setUpWorkstation, TEST_KDF_ITERATIONS } from './fixtures';

async function caseWithRecords() {
  const setup = await setUpWorkstation();
  const { repos, officer } = setup;
  const created = await repos.cases.create(caseInput(), officer.id);
  const first = await repos.contactLog.add(created.id, { ...contactInput('2026-02-20T10:00:00.000Z', 'reached'), summary: 'Spoke with his sister' }, officer.id);
  await repos.contactLog.add(created.id, contactInput('2026-02-25T10:00:00.000Z', 'no_answer'), officer.id);
  await repos.contactLog.add(created.id, contactInput('2026-02-27T10:00:00.000Z', 'no_answer'), officer.id);
  await repos.followUps.add(created.id, { title: 'Call the ICRC desk', dueOn: '2026-03-10', assigneeId: officer.id, done: false }, officer.id);
  const done = await repos.followUps.add(created.id, { title: 'Send the form', dueOn: '2026-03-02', assigneeId: officer.id, done: true }, officer.id);
  await repos.followUps.remove(done.id, done.version, officer.id);
  await repos.contactLog.remove(first.id, first.version, officer.id);
  await repos.cases.updateSection(created.id, 1, 'overview', { priority: 'critical', flags: [], notes: 'urgent' }, officer.id);
  return { ...setup, created };
}

describe('a case file (the case page: the case and its records, one read)', () => {
  it('gives the live records, tombstones left out before opening, newest first, as each repository gives them', async () => {
    const { repos, created } = await caseWithRecords();
    const file = (await repos.caseFile.open(created.id))!;
    expect(file.case.notes).toBe('urgent');
    expect(file.contactLog.map((e) => e.at)).toEqual(['2026-02-27T10:00:00.000Z', '2026-02-25T10:00:00.000Z']);
    expect(file.contactLog[0]!.summary).toBe('');
    expect(file.followUps.map((f) => f.title)).toEqual(['Call the ICRC desk']);
    expect(file.contactLog).toEqual(await repos.contactLog.forCase(created.id));
    expect(file.followUps).toEqual(await repos.followUps.forCase(created.id));
    expect(file.case).toEqual(await repos.cases.get(created.id));
    const times = file.history.map((h) => h.at);
    expect(times).toEqual([...times].sort().reverse());
    expect(file.history.some((h) => h.field === 'notes' && h.newValue === 'urgent')).toBe(true);
    expect(file.history.some((h) => h.entity === 'contact' && h.action === 'delete')).toBe(true);
  });

  it('reads the four in one transaction, where the repositories one at a time take four', async () => {
    const { db, repos, created } = await caseWithRecords();
    const transaction = vi.spyOn(db.core, 'transaction');
    await repos.caseFile.open(created.id);
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(transaction.mock.calls[0]![0]).toEqual(expect.arrayContaining(['cases', 'contactLog', 'followUps', 'history']));
    transaction.mockRestore();
  });

  it('is undefined for a case that is not there', async () => {
    const { repos } = await caseWithRecords();
    expect(await repos.caseFile.open('no-such-case')).toBeUndefined();
  });

  it('is refused without the key: the records are sealed', async () => {
    const { db, clock, repos, created } = await caseWithRecords();
    repos.staff.forgetKey();
    const window = createRepositories(db, clock, { kdfIterations: TEST_KDF_ITERATIONS });
    await expect(window.caseFile.open(created.id)).rejects.toBeInstanceOf(LockedError);
    await expect(window.contactLog.forCase(created.id)).rejects.toBeInstanceOf(LockedError);
  });
});

describe('a read transaction', () => {
  it('gives its reads, and the caller reads on outside it (a table it did not hold)', async () => {
    const { db, officer, created } = await caseWithRecords();
    const read = await readTransaction(db, [db.cases], () => db.cases.get(created.id));
    expect(read?.id).toBe(created.id);
    expect((await db.staff.get(officer.id))?.id).toBe(officer.id);
  });

  it('passes on a failed read', async () => {
    const { db } = await caseWithRecords();
    await expect(readTransaction(db, [db.cases], () => db.staff.toArray())).rejects.toThrow();
  });
});
