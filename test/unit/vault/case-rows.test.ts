/**
 * The rows of a page of the list on a protected workstation (vault/case-rows.ts): their names come from the
 * opened name index, so that showing a page decrypts no case; a case whose name the index does not hold is
 * opened instead; a row holds no sealed field but the name; nothing is read without the key.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Case } from '../../../shared/schemas/case';
import { LockedError } from '../../../renderer/src/data/errors';
import { SEARCH_HASHES_KEY } from '../../../renderer/src/data/vault/migration';
import { SEALED_SORT_NAME, sortNameContext } from '../../../renderer/src/data/vault/name-index';
import { SEARCH_HASHES } from '../../../renderer/src/data/vault/sealed-record';
import type { Vault } from '../../../renderer/src/data/vault/vault';
import { caseInput, setUpWorkstation } from '../data/fixtures';

const CONTEXT = { now: '2026-03-01T12:00:00.000Z', today: '2026-03-01', contactLostDays: 14 };
const NEWEST_FIRST = { filter: {}, sort: 'updatedAt', descending: true, offset: 0, limit: 50 } as const;

async function threeCases() {
  const setup = await setUpWorkstation();
  for (const fullName of ['Anele Khumalo', 'Musa Zulu', 'Zola Mthembu']) await setup.repos.cases.create(caseInput({ fullName, passportNumber: 'A1234567' }), setup.officer.id);
  const opens = decryptions(setup.repos.keyring.vault);
  const page = () => setup.repos.caseList.page(NEWEST_FIRST, CONTEXT);
  return { ...setup, opens, page };
}

/** The contexts of every envelope the vault decrypts from here on, one at a time or many together (spies that call through). */
function decryptions(vault: Vault) {
  const one = vi.spyOn(vault, 'open');
  const many = vi.spyOn(vault, 'openMany');
  return {
    contexts: () => [...one.mock.calls.map(([context]) => context), ...many.mock.calls.flatMap(([envelopes]) => envelopes.map(([context]) => context))],
    clear: () => {
      one.mockClear();
      many.mockClear();
    },
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("a page's rows on a protected workstation", () => {
  it('before the name index is opened, are the cases opened; once it is, take their names from it and decrypt nothing', async () => {
    const { repos, opens, page } = await threeCases();
    const before = await page();
    expect(before.rows.map((r) => r.person.fullName)).toEqual(['Zola Mthembu', 'Musa Zulu', 'Anele Khumalo']);
    expect(opens.contexts()).toHaveLength(3);

    await repos.keyring.vault.names();
    opens.clear();
    const after = await page();
    expect(opens.contexts()).toEqual([]);
    expect(after.rows.map((r) => r.person.fullName)).toEqual(['Zola Mthembu', 'Musa Zulu', 'Anele Khumalo']);
    expect(after.rows.map((r) => [r.id, r.reference, r.status, r.priority, r.person.nationality, r.updatedAt])).toEqual(
      before.rows.map((r) => [r.id, r.reference, r.status, r.priority, r.person.nationality, r.updatedAt]),
    );
    // Of the sealed fields a row holds the name alone, and not the envelope either.
    for (const row of after.rows) {
      const fields = row as unknown as Case & { sealed?: string };
      expect(fields.person.passportNumber).toBeUndefined();
      expect(fields.person.homeTown).toBeUndefined();
      expect(fields.notes).toBeUndefined();
      expect(fields.sealed).toBeUndefined();
    }
  });

  it('show a rename at the next page, decrypting only the name entry written', async () => {
    const { repos, officer, opens, page } = await threeCases();
    await repos.keyring.vault.names();
    const musa = (await page()).rows[1]!;
    const stored = (await repos.cases.get(musa.id))!;
    await repos.cases.updateSection(musa.id, stored.version, 'person', { ...stored.person, fullName: 'Musa Ndlovu' }, officer.id);
    opens.clear();
    expect((await page()).rows.map((r) => r.person.fullName)).toEqual(['Musa Ndlovu', 'Zola Mthembu', 'Anele Khumalo']);
    expect(opens.contexts()).toEqual([sortNameContext(musa.id)]);
  });

  it("open the cases whose name entry is of scheme 4 (no full name), until the sealing run writes their entries again", async () => {
    const { db, repos, opens, page } = await threeCases();
    const { vault } = repos.keyring;
    // As scheme 4 stored the entries: the sort name and the name tokens, no full name.
    const older = await Promise.all(
      (await db.cases.toArray()).map(async (c: Case) => {
        const [sortName, tokens] = await vault.open<[string, string[]]>(sortNameContext(c.id), c.derived.sortName.slice(1));
        return { ...c, derived: { ...c.derived, sortName: SEALED_SORT_NAME + (await vault.seal(sortNameContext(c.id), [sortName, tokens])) } };
      }),
    );
    await db.transaction('rw', db.cases, db.settings, async () => {
      await db.cases.bulkPut(older);
      await db.settings.put({ key: SEARCH_HASHES_KEY, value: 4 });
    });
    await vault.names();
    opens.clear();
    expect((await page()).rows.map((r) => r.person.fullName)).toEqual(['Zola Mthembu', 'Musa Zulu', 'Anele Khumalo']);
    expect(opens.contexts().sort()).toEqual(older.map((c) => `cases:${c.id}`).sort());

    expect(await repos.sealer.pending()).toBe(true);
    await repos.sealer.sealAll();
    expect((await db.settings.get(SEARCH_HASHES_KEY))?.value).toBe(SEARCH_HASHES);
    for (const c of older as (Case & { sealed: string })[]) {
      const stored = (await db.cases.get(c.id)) as Case & { sealed: string };
      expect([stored.sealed, stored.version]).toEqual([c.sealed, c.version]);
      const [, , fullName] = await vault.open<[string, string[], string]>(sortNameContext(c.id), stored.derived.sortName.slice(1));
      expect(fullName).toBe((await repos.cases.get(c.id))!.person.fullName);
    }
    // The sealing run's writes are the window's own: the index reads those entries again, and then decrypts no case.
    await page();
    opens.clear();
    expect((await page()).rows.map((r) => r.person.fullName)).toEqual(['Zola Mthembu', 'Musa Zulu', 'Anele Khumalo']);
    expect(opens.contexts()).toEqual([]);
  });

  it('are refused without the key, the name index forgotten with it', async () => {
    const { repos, page } = await threeCases();
    await repos.keyring.vault.names();
    repos.staff.forgetKey();
    await expect(page()).rejects.toThrow(LockedError);
  });

  it('give a case stored before the data key (in the clear until the sealing run) as it is stored', async () => {
    const { db, repos, page } = await threeCases();
    const [newest] = (await page()).rows;
    await db.cases.put((await repos.cases.get(newest!.id))!);
    await repos.keyring.vault.names();
    const [row, ...others] = (await page()).rows;
    expect(row).toEqual(await db.cases.get(newest!.id));
    expect(row).toMatchObject({ person: { fullName: 'Zola Mthembu', passportNumber: 'A1234567' } });
    expect(others.map((r) => r.person.fullName)).toEqual(['Musa Zulu', 'Anele Khumalo']);
  });
});
