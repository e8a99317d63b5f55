/** The case file read at once (repositories/case-file.ts) and the read-only transaction it runs in (read-transaction.ts). */
import { describe, expect, it } from 'vitest';
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

describe('the case file', () => {
  it('gives the case and its live records, opened and in the order each repository gives them', async () => {
    const { repos, created } = await caseWithRecords();
    const file = await repos.caseFile.open(created.id);
    expect(file).toEqual({
      case: await repos.cases.get(created.id),
      contactLog: await repos.contactLog.forCase(created.id),
      followUps: await repos.followUps.forCase(created.id),
      history: await repos.history.forCase(created.id),
    });
    expect(file!.case.notes).toBe('urgent');
    expect(file!.contactLog.map((e) => e.at)).toEqual(['2026-02-27T10:00:00.000Z', '2026-02-25T10:00:00.000Z']);
    expect(file!.followUps.map((f) => f.title)).toEqual(['Call the ICRC desk']);
    const times = file!.history.map((h) => h.at);
    expect(times).toEqual([...times].sort().reverse());
    expect(file!.history.some((h) => h.field === 'notes' && h.newValue === 'urgent')).toBe(true);
  });

  it('gives nothing for a case that does not exist', async () => {
    const { repos } = await caseWithRecords();
    expect(await repos.caseFile.open('no-such-case')).toBeUndefined();
  });

  it('is refused without the key: the records are sealed', async () => {
    const { db, clock, repos, created } = await caseWithRecords();
    repos.staff.forgetKey();
    const window = createRepositories(db, clock, { kdfIterations: TEST_KDF_ITERATIONS });
    await expect(window.caseFile.open(created.id)).rejects.toBeInstanceOf(LockedError);
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
