import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { ValidationError } from '../../../renderer/src/data/errors';
import type { ImportProgress, ImportRecord } from '../../../renderer/src/data/repositories/case-import';
import { generateDataset } from '../../../scripts/seed/generate';
import { sequenceKey } from '../../../shared/domain/reference';
import { caseInput, setUpWorkstation } from './fixtures';

/** Generated cases (with contact logs and follow-ups) as an import brings them. */
function records(count: number, seed = 11): ImportRecord[] {
  return generateDataset({ seed, today: '2026-03-01', cases: count }).cases.map((c) => ({ case: c.case, contacts: c.contacts, followUps: c.followUps }));
}

function withoutReference(record: ImportRecord): ImportRecord {
  return { ...record, case: { ...record.case, reference: '' } };
}

async function counter(db: Awaited<ReturnType<typeof setUpWorkstation>>['db'], year: number): Promise<unknown> {
  return (await db.settings.get(sequenceKey(year)))?.value;
}

describe('case import', () => {
  it('writes every case with its contact log, follow-ups and a "create" history record, reporting progress', async () => {
    const { db, repos, officer } = await setUpWorkstation();
    const input = records(12);
    const progress: ImportProgress[] = [];
    const result = await repos.caseImport.commit(input, officer.id, { chunkSize: 5, onProgress: (p) => progress.push(p) });

    expect(result.count).toBe(12);
    expect(result.references).toEqual(input.map((r) => r.case.reference));
    expect(await db.cases.count()).toBe(12);
    expect(await db.contactLog.count()).toBe(input.reduce((n, r) => n + (r.contacts?.length ?? 0), 0));
    expect(await db.followUps.count()).toBe(input.reduce((n, r) => n + (r.followUps?.length ?? 0), 0));
    const created = await db.history.where('[entity+entityId]').anyOf(input.map((r) => ['case', r.case.id])).toArray();
    expect(created).toHaveLength(12);
    expect(created.every((h) => h.action === 'create' && h.actorId === officer.id && h.caseId === h.entityId)).toBe(true);
    expect(progress.filter((p) => p.phase === 'writing').map((p) => p.done)).toEqual([5, 10, 12]);
    expect(progress.at(-1)).toEqual({ phase: 'writing', done: 12, total: 12 });
  });

  it('recomputes derived values instead of trusting the ones given', async () => {
    const { repos, officer } = await setUpWorkstation();
    const record = generateDataset({ seed: 5, today: '2026-03-01', cases: 30 }).cases.find((c) => c.contacts.length > 0)!;
    const expected = record.case.derived;
    const tampered = { ...record, case: { ...record.case, derived: { ...expected, contactBasis: 'deceased' as const, sortName: 'zzz' } } };
    await repos.caseImport.commit([tampered], officer.id);
    expect((await repos.cases.get(record.case.id))?.derived).toEqual(expected);
  });

  it('issues missing references in order from the year counter, reading and writing it once', async () => {
    const { db, repos, officer } = await setUpWorkstation();
    await repos.cases.create(caseInput(), officer.id);
    expect(await counter(db, 2026)).toBe(1);
    const input = records(4).map(withoutReference);
    const bulkGet = vi.spyOn(db.settings, 'bulkGet');
    const bulkPut = vi.spyOn(db.settings, 'bulkPut');
    const put = vi.spyOn(db.settings, 'put');

    const result = await repos.caseImport.commit(input, officer.id);

    expect(result.references).toEqual(['ZA-MOW-2026-0002', 'ZA-MOW-2026-0003', 'ZA-MOW-2026-0004', 'ZA-MOW-2026-0005']);
    expect(await counter(db, 2026)).toBe(5);
    expect([bulkGet.mock.calls.length, bulkPut.mock.calls.length, put.mock.calls.length]).toEqual([1, 1, 0]);
    expect((await repos.cases.get(input[2]!.case.id))?.reference).toBe('ZA-MOW-2026-0004');
    expect((await repos.cases.create(caseInput({ passportNumber: 'B1' }), officer.id)).reference).toBe('ZA-MOW-2026-0006');
  });

  it("moves a year's counter past references of this workstation's series that the import brings", async () => {
    const { db, repos, officer } = await setUpWorkstation();
    const [own, foreign, issued] = records(3);
    await repos.caseImport.commit(
      [
        { ...own!, case: { ...own!.case, reference: 'ZA-MOW-2025-0040' } },
        { ...foreign!, case: { ...foreign!.case, reference: 'KE-NBO-2025-0900' } },
        withoutReference(issued!),
      ],
      officer.id,
    );
    expect(await counter(db, 2025)).toBe(40);
    expect(await counter(db, 2026)).toBe(1);
  });

  it('refuses the whole import when one record is invalid, naming the record and field, and writes nothing', async () => {
    const { db, repos, officer } = await setUpWorkstation();
    const input = records(5);
    const bad = [...input];
    bad[3] = { ...input[3]!, case: { ...input[3]!.case, person: { ...input[3]!.case.person, nationality: 'XX' } } };
    bad[1] = { ...input[1]!, contacts: [{ ...input[0]!.contacts![0]!, caseId: input[0]!.case.id }] };
    const before = await db.history.count();

    const error = await repos.caseImport.commit(bad, officer.id).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems).toEqual([
      { path: '1.contacts.0.caseId', messageKey: 'validation.invalid' },
      { path: '3.case.person.nationality', messageKey: 'validation.country' },
    ]);
    expect(await db.cases.count()).toBe(0);
    expect(await db.contactLog.count()).toBe(0);
    expect(await db.history.count()).toBe(before);
  });

  it('refuses two records with the same reference', async () => {
    const { repos, officer } = await setUpWorkstation();
    const [a, b] = records(2);
    const error = await repos.caseImport.commit([a!, { ...b!, case: { ...b!.case, reference: a!.case.reference } }], officer.id).catch((e: unknown) => e);
    expect((error as ValidationError).problems).toEqual([{ path: '1.case.reference', messageKey: 'validation.invalid' }]);
  });

  it('writes nothing when a record clashes with a stored case', async () => {
    const { db, repos, officer } = await setUpWorkstation();
    const input = records(6);
    await repos.caseImport.commit([input[4]!], officer.id);
    await expect(repos.caseImport.commit(input, officer.id, { chunkSize: 2 })).rejects.toThrow();
    expect(await db.cases.count()).toBe(1);
  });

  it('writes nothing when cancelled while writing', async () => {
    const { db, repos, officer } = await setUpWorkstation();
    const controller = new AbortController();
    const before = await db.history.count();
    const onProgress = (p: ImportProgress) => {
      if (p.phase === 'writing') controller.abort();
    };

    const error = await repos.caseImport
      .commit(records(6).map(withoutReference), officer.id, { chunkSize: 2, signal: controller.signal, onProgress })
      .catch((e: unknown) => e);

    expect((error as Error).name).toBe('AbortError');
    expect(await db.cases.count()).toBe(0);
    expect(await db.contactLog.count()).toBe(0);
    expect(await db.history.count()).toBe(before);
    expect(await counter(db, 2026)).toBeUndefined();
  });

  it('says it is cancelled only once the cases can be read again, so the list shown next does not wait on the undoing', async () => {
    const { db, repos, officer } = await setUpWorkstation();
    const controller = new AbortController();
    const order: string[] = [];
    let reading: Promise<void> = Promise.resolve();
    const onProgress = (p: ImportProgress) => {
      if (p.phase !== 'writing' || controller.signal.aborted) return;
      controller.abort();
      // Asked for as the cancel is: IndexedDB runs this read once the import's transaction is undone.
      reading = Dexie.ignoreTransaction(() => db.transaction('r', db.cases, () => db.cases.count())).then((count) => void order.push(`read ${count}`));
    };

    await repos.caseImport
      .commit(records(6).map(withoutReference), officer.id, { chunkSize: 2, signal: controller.signal, onProgress })
      .catch((e: unknown) => order.push((e as Error).name));
    await reading;

    expect(order).toEqual(['read 0', 'AbortError']);
  });

  it('writes nothing when cancelled while validating', async () => {
    const { db, repos, officer } = await setUpWorkstation();
    const controller = new AbortController();
    const commit = repos.caseImport.commit(records(6), officer.id, {
      chunkSize: 2,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(commit).rejects.toMatchObject({ name: 'AbortError' });
    expect(await db.cases.count()).toBe(0);
  });
});
