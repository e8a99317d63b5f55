import { describe, expect, it } from 'vitest';
import { PermissionDeniedError, ValidationError } from '../../../renderer/src/data/errors';
import { formatRegion } from '../../../shared/schemas/settings';
import { setUpWorkstation } from './fixtures';
import { openedAll } from '../../../renderer/src/data/vault/sealed-record';

describe('workstation settings: the idle lock', () => {
  it('reads settings stored before the idle lock existed with the 10-minute default', async () => {
    const { db, repos } = await setUpWorkstation();
    await db.settings.put({ key: 'workstation', value: { issuingCountry: 'ZA', postCode: 'MOW', locale: 'en', contactLostDays: 14 } });
    // Nor a clock or a post's country: the 24-hour clock, and formats follow the issuing country.
    const settings = await repos.settings.workstation();
    expect(settings).toEqual({ issuingCountry: 'ZA', postCode: 'MOW', locale: 'en', clock: '24h', contactLostDays: 14, idleLockMinutes: 10, stationCode: null });
    expect(formatRegion(settings!)).toBe('ZA');
  });

  it('lets a supervisor change it, and records the change in history', async () => {
    const { db, repos, supervisor } = await setUpWorkstation();
    const current = (await repos.settings.workstation())!;
    await repos.settings.changeWorkstation({ ...current, idleLockMinutes: 1 }, supervisor.id);
    expect((await repos.settings.workstation())?.idleLockMinutes).toBe(1);
    const changes = await openedAll(db, 'history', await db.history.filter((h) => h.entity === 'settings' && h.action === 'update').toArray());
    expect(changes.map((h) => [h.field, h.oldValue, h.newValue, h.actorId])).toEqual([['idleLockMinutes', 10, 1, supervisor.id]]);
  });

  it('refuses an officer, changes nothing, and records the refusal', async () => {
    const { db, repos, officer } = await setUpWorkstation();
    const current = (await repos.settings.workstation())!;
    const error = await repos.settings.changeWorkstation({ ...current, idleLockMinutes: 240 }, officer.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((await repos.settings.workstation())?.idleLockMinutes).toBe(10);
    const denied = await openedAll(db, 'accessLog', await db.accessLog.filter((r) => r.kind === 'denied').toArray());
    expect(denied.map((r) => [r.actorId, r.detail])).toEqual([[officer.id, 'settings.change']]);
  });

  it.each([0, 241, 1.5])('refuses %j minutes', async (minutes) => {
    const { repos, supervisor } = await setUpWorkstation();
    const current = (await repos.settings.workstation())!;
    const error = await repos.settings.changeWorkstation({ ...current, idleLockMinutes: minutes }, supervisor.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems.map((p) => p.path)).toEqual(['idleLockMinutes']);
  });
});
