import { describe, expect, it } from 'vitest';
import { PermissionDeniedError, ValidationError } from '../../../renderer/src/data/errors';
import { createRepositories } from '../../../renderer/src/data/repositories';
import { openedAll } from '../../../renderer/src/data/vault/sealed-record';
import { openTestDb, setUpWorkstation, TEST_KDF_ITERATIONS, TEST_PASSPHRASE, testClock } from './fixtures';

describe('first-run set-up', () => {
  it('creates the profile and workstation settings, each recorded in history', async () => {
    const db = openTestDb();
    const repos = createRepositories(db, testClock(), { kdfIterations: TEST_KDF_ITERATIONS });
    const profile = await repos.staff.setUpWorkstation({
      profile: { name: 'Thandi Nkosi' },
      workstation: { issuingCountry: 'ZA', postCode: 'mow' },
      passphrase: { passphrase: TEST_PASSPHRASE, confirmation: TEST_PASSPHRASE },
    });
    expect(profile).toMatchObject({ name: 'Thandi Nkosi', role: 'supervisor', active: true, version: 1 });
    expect(await repos.settings.workstation()).toEqual({ issuingCountry: 'ZA', postCode: 'MOW', locale: 'en', clock: '24h', contactLostDays: 14, idleLockMinutes: 10, stationCode: null });
    const history = await db.history.toArray();
    expect(history.map((h) => [h.entity, h.action, h.actorId])).toEqual(
      expect.arrayContaining([
        ['staff', 'create', profile.id],
        ['settings', 'create', profile.id],
      ]),
    );
  });

  it('writes nothing when the workstation settings are invalid', async () => {
    const db = openTestDb();
    const repos = createRepositories(db, testClock(), { kdfIterations: TEST_KDF_ITERATIONS });
    const error = await repos.staff
      .setUpWorkstation({
        profile: { name: 'Thandi Nkosi' },
        workstation: { issuingCountry: 'Narnia', postCode: 'M' },
        passphrase: { passphrase: 'short', confirmation: 'short' },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems.map((p) => p.path).sort()).toEqual(['passphrase.passphrase', 'workstation.issuingCountry', 'workstation.postCode']);
    expect(await db.staff.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
    expect(await db.history.count()).toBe(0);
  });
});

describe('the language of a profile', () => {
  it('is chosen at first run for the workstation and the first profile', async () => {
    const db = openTestDb();
    const repos = createRepositories(db, testClock(), { kdfIterations: TEST_KDF_ITERATIONS });
    const profile = await repos.staff.setUpWorkstation({
      profile: { name: 'Amira Haddad' },
      workstation: { issuingCountry: 'JO', postCode: 'MOW', locale: 'ar' },
      passphrase: { passphrase: TEST_PASSPHRASE, confirmation: TEST_PASSPHRASE },
    });
    expect(profile.language).toBe('ar');
    expect((await repos.settings.workstation())?.locale).toBe('ar');
  });

  it('is changed by the person, or by a supervisor, and recorded in history; a profile stored without one reads the workstation default', async () => {
    const { db, repos, supervisor, officer } = await setUpWorkstation();
    expect(officer.language).toBeUndefined();
    const changed = await repos.staff.setLanguage(officer.id, 'ru', officer.id);
    expect(changed).toMatchObject({ language: 'ru', version: officer.version + 1 });
    expect((await openedAll(db, 'history', await db.history.where('[entity+entityId]').equals(['staff', officer.id]).toArray())).some((h) => h.field === 'language' && h.newValue === 'ru')).toBe(true);
    await expect(repos.staff.setLanguage(supervisor.id, 'fr', officer.id)).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(repos.staff.setLanguage(officer.id, 'fr', supervisor.id)).resolves.toMatchObject({ language: 'fr' });
    // @ts-expect-error: not a language Homeward speaks
    await expect(repos.staff.setLanguage(officer.id, 'xx', officer.id)).rejects.toBeInstanceOf(ValidationError);
    expect((await repos.staff.get(officer.id))?.language).toBe('fr');
  });
});

describe('signing in', () => {
  it('writes nothing for a right passphrase when no wrong one came before, and clears the wrong ones when it does', async () => {
    const { db, repos, officer } = await setUpWorkstation();
    const historyBefore = await db.history.count();
    expect((await repos.staff.signIn(officer.id, TEST_PASSPHRASE)).outcome).toBe('signed-in');
    expect(await db.signInAttempts.count()).toBe(0);
    expect(await db.history.count()).toBe(historyBefore);

    expect((await repos.staff.signIn(officer.id, 'not the passphrase')).outcome).toBe('wrong-passphrase');
    expect(await db.signInAttempts.get(officer.id)).toMatchObject({ failures: 1 });
    expect((await repos.staff.signIn(officer.id, TEST_PASSPHRASE)).outcome).toBe('signed-in');
    expect(await db.signInAttempts.count()).toBe(0);
  });
});
