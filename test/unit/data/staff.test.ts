import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../renderer/src/data/errors';
import { createRepositories } from '../../../renderer/src/data/repositories';
import { openTestDb, TEST_KDF_ITERATIONS, TEST_PASSPHRASE, testClock } from './fixtures';

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
    expect(await repos.settings.workstation()).toEqual({ issuingCountry: 'ZA', postCode: 'MOW', locale: 'en', contactLostDays: 14, idleLockMinutes: 10, stationCode: null });
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
