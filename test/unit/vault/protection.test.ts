/** Protection at rest (DESIGN.md §8): the key hierarchy, sealed records, and the refusal without a key. */
import { describe, expect, it } from 'vitest';
import { createRepositories } from '../../../renderer/src/data/repositories';
import { LockedError } from '../../../renderer/src/data/errors';
import { newRecoveryKey } from '../../../renderer/src/data/vault/data-key';
import { caseInput, contactInput, setUpWorkstation, TEST_KDF_ITERATIONS, TEST_PASSPHRASE } from '../data/fixtures';
import { nameMatchKeys } from '../../../shared/domain/duplicates';

const NEW_PASSPHRASE = { passphrase: 'a brand new passphrase', confirmation: 'a brand new passphrase' };

async function signedOut(setup: Awaited<ReturnType<typeof setUpWorkstation>>) {
  setup.repos.staff.forgetKey();
  // A fresh window on the same database: nothing in memory.
  return createRepositories(setup.db, setup.clock, { kdfIterations: TEST_KDF_ITERATIONS });
}

describe('the key hierarchy', () => {
  it('wraps the data key for the first supervisor and a new profile; each passphrase unwraps it, a wrong one gives no key', async () => {
    const setup = await setUpWorkstation();
    // The recovery key is wrapped only once the supervisor has confirmed writing it down.
    expect((await setup.db.keys.toArray()).map((k) => k.id).sort()).toEqual([`profile:${setup.officer.id}`, `profile:${setup.supervisor.id}`].sort());
    const recovery = newRecoveryKey();
    expect(recovery).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
    await setup.repos.keyring.issueRecoveryKey(recovery, setup.supervisor.id);
    expect((await setup.db.keys.toArray()).map((k) => k.id).sort()).toEqual([`profile:${setup.officer.id}`, `profile:${setup.supervisor.id}`, 'recovery'].sort());
    const created = await setup.repos.cases.create(caseInput(), setup.officer.id);

    const window = await signedOut(setup);
    expect(window.keyring.vault.unlocked).toBe(false);
    expect((await window.staff.signIn(setup.officer.id, 'not the passphrase')).outcome).toBe('wrong-passphrase');
    expect(window.keyring.vault.unlocked).toBe(false);
    expect((await window.staff.signIn(setup.officer.id, TEST_PASSPHRASE)).outcome).toBe('signed-in');
    expect((await window.cases.get(created.id))?.person.fullName).toBe('Sipho Dlamini');
  });

  it('re-wraps a changed passphrase: the new one opens the key, the old one no longer signs in', async () => {
    const setup = await setUpWorkstation();
    const before = (await setup.db.keys.get(`profile:${setup.officer.id}`))!.wrapped;
    await setup.repos.staff.setPassphrase(setup.officer.id, NEW_PASSPHRASE, setup.officer.id);
    expect((await setup.db.keys.get(`profile:${setup.officer.id}`))!.wrapped).not.toBe(before);
    const window = await signedOut(setup);
    expect((await window.staff.signIn(setup.officer.id, TEST_PASSPHRASE)).outcome).toBe('wrong-passphrase');
    expect((await window.staff.signIn(setup.officer.id, NEW_PASSPHRASE.passphrase)).outcome).toBe('signed-in');
    expect(window.keyring.vault.unlocked).toBe(true);
  });

  it('opens with the recovery key and sets a new passphrase; a wrong recovery key changes nothing', async () => {
    const setup = await setUpWorkstation();
    const recovery = newRecoveryKey();
    await setup.repos.keyring.issueRecoveryKey(recovery, setup.supervisor.id);
    const created = await setup.repos.cases.create(caseInput(), setup.officer.id);
    const window = await signedOut(setup);
    const wrong = recovery.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    expect(await window.staff.recover(setup.officer.id, wrong, NEW_PASSPHRASE)).toBeNull();
    expect(window.keyring.vault.unlocked).toBe(false);
    expect(await window.staff.recover(setup.officer.id, recovery.toLowerCase(), NEW_PASSPHRASE)).not.toBeNull();
    expect((await window.cases.get(created.id))?.person.passportNumber).toBe('A12345678');
    const later = await signedOut({ ...setup, repos: window });
    expect((await later.staff.signIn(setup.officer.id, NEW_PASSPHRASE.passphrase)).outcome).toBe('signed-in');
  });
});

describe('sealed records', () => {
  it('leaves none of the identifying or free-text values in any table, and still finds the case by name and passport', async () => {
    const { db, repos, officer } = await setUpWorkstation();
    const created = await repos.cases.create(
      { ...caseInput({ fullName: 'Zanele Khumalo', otherNames: ['Занеле Кхумало'], passportNumber: 'Q 778 899 11', homeTown: 'Bloemfontein' }), notes: 'Seen near Rostov barracks' },
      officer.id,
    );
    await repos.contactLog.add(created.id, { ...contactInput('2026-02-28T10:00:00.000Z', 'reached'), summary: 'Spoke with cousin Lindiwe' }, officer.id);
    await repos.followUps.add(created.id, { title: 'Call Lindiwe back', dueOn: '2026-03-20', assigneeId: officer.id, done: false }, officer.id);
    const current = (await repos.cases.get(created.id))!;
    await repos.cases.updateSection(created.id, current.version, 'person', { ...current.person, homeTown: 'Mangaung' }, officer.id);

    const dump = JSON.stringify(await Promise.all(db.tables.map((t) => t.toArray())));
    for (const secret of ['Zanele', 'Khumalo', 'Занеле', 'Q77889911', '778 899', 'Bloemfontein', 'Mangaung', 'Rostov', 'Lindiwe', 'Nomsa', 'Soweto']) {
      expect(dump, secret).not.toContain(secret);
    }
    expect(dump).toContain(current.reference);

    const found = await repos.caseList.page({ filter: { search: 'zan khu' }, sort: 'updated', direction: 'desc', offset: 0, limit: 50 } as never, { now: '2026-03-01T12:00:00.000Z', today: '2026-03-01', contactLostDays: 14, profileId: officer.id } as never);
    expect(found.rows.map((c) => c.id)).toEqual([created.id]);
    const byPassport = await repos.caseList.page({ filter: { search: 'Q7788' }, sort: 'updated', direction: 'desc', offset: 0, limit: 50 } as never, { now: '2026-03-01T12:00:00.000Z', today: '2026-03-01', contactLostDays: 14, profileId: officer.id } as never);
    expect(byPassport.rows.map((c) => c.id)).toEqual([created.id]);
  });

  it('hashes search tokens the same way in every session', async () => {
    const setup = await setUpWorkstation();
    const created = await setup.repos.cases.create(caseInput(), setup.officer.id);
    const stored = (await setup.db.cases.get(created.id))!;
    const window = await signedOut(setup);
    await window.staff.signIn(setup.officer.id, TEST_PASSPHRASE);
    const { vault } = window.keyring;
    expect(stored.derived.nameTokens).toContain(vault.hash('p', 'A123'));
    expect([...stored.derived.matchKeys].sort()).toEqual(nameMatchKeys(['Sipho Dlamini', 'Sipho Dhlamini']).map((k) => vault.hash('m', k)).sort());
  });

  it('refuses to read or write a sealed record without the key', async () => {
    const setup = await setUpWorkstation();
    const created = await setup.repos.cases.create(caseInput(), setup.officer.id);
    await setup.repos.contactLog.add(created.id, contactInput('2026-02-28T10:00:00.000Z', 'reached'), setup.officer.id);
    const window = await signedOut(setup);
    await expect(window.cases.get(created.id)).rejects.toBeInstanceOf(LockedError);
    await expect(window.cases.create(caseInput(), setup.officer.id)).rejects.toBeInstanceOf(LockedError);
    await expect(window.contactLog.forCase(created.id)).rejects.toBeInstanceOf(LockedError);
    await expect(window.caseFile.open(created.id)).rejects.toBeInstanceOf(LockedError);
    expect(await setup.db.cases.count()).toBe(1);
  });
});
