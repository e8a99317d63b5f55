/**
 * A workstation upgraded from before protection (version 5, cases in the
 * clear, an officer and a supervisor whose profiles hold no copy of any key):
 * the officer signs in first and protection switches on at once (the records
 * are sealed with a progress bar; the recovery key waits for a supervisor);
 * then the supervisor signs in, is admitted on the same screen by the
 * officer's passphrase, and receives the recovery key. In English and in
 * Arabic (right to left), with screenshots of each screen for a person to
 * look at, under test-results/protection-screens.
 */
import { expect, type Page } from '@playwright/test';
import { SCHEMA_V3 } from '../../renderer/src/data/db';
import { PBKDF2_ITERATIONS } from '../../renderer/src/data/auth/passphrase';
import { ar } from '../../renderer/src/i18n/ar';
import { en } from '../../renderer/src/i18n/en';
import { PRE_OFFICER, PRE_SUPERVISOR, preProtectionRecords } from '../fixtures/pre-protection';
import { expectNoSeriousA11yViolations, RecoveryKeyStep } from './page-models/app';
import { ProfilesPage } from './page-models/profiles';
import { rawStore, seedOldDatabase } from './support/seed-old-database';
import { test } from './support/disk-profile';

const SCREENS = 'test-results/protection-screens';
const OFFICER_PASSPHRASE = 'officer lantern river';
const SUPERVISOR_PASSPHRASE = 'supervisor umbrella kettle';
/** Enough cases that sealing takes a moment: the progress bar is on screen to be seen. */
const CASES = 3000;

const RUNS = [
  { language: 'en', messages: en, officer: 'Thandiwe Nomvula Nkosi-Mahlangu van der Merwe', supervisor: 'Naledi Mokoena' },
  { language: 'ar', messages: ar, officer: 'عبد الرحمن بن محمد بن عبد الله الدوسري', supervisor: 'أمل الحداد' },
] as const;

type Messages = (typeof RUNS)[number]['messages'];

async function signIn(page: Page, m: Messages, profile: string, role: 'officer' | 'supervisor', passphrase: string) {
  await expect(page.getByRole('heading', { name: m.signIn.title })).toBeVisible();
  await page.getByRole('combobox', { name: m.signIn.profile }).selectOption({ label: `${profile} — ${m.taxonomy.staffRole[role]}` });
  await page.getByLabel(m.signIn.passphrase, { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: m.signIn.submit }).click();
}

for (const { language, messages: m, officer, supervisor } of RUNS) {
  test(`${language}: the officer’s first sign-in after the upgrade seals the cases; the supervisor is admitted by the officer and receives the recovery key`, async ({ diskProfile: { page } }) => {
    // On disk, as the app keeps its database: sealing 3,000 cases in the runner's in-memory profile takes minutes.
    test.setTimeout(240_000);
    const records = await preProtectionRecords({
      profiles: [
        { id: PRE_OFFICER, name: officer, role: 'officer', passphrase: OFFICER_PASSPHRASE },
        { id: PRE_SUPERVISOR, name: supervisor, role: 'supervisor', passphrase: SUPERVISOR_PASSPHRASE },
      ],
      names: Array.from({ length: CASES }, (_, i) => `Person${i} Familyname${i % 37}`),
      iterations: PBKDF2_ITERATIONS,
      locale: language,
    });
    await seedOldDatabase(page, 5, SCHEMA_V3, records);
    await page.goto('/');
    // The upgrade to today's version recomputes every case first: a few seconds on two busy cores.
    await expect(page.getByRole('heading', { name: m.signIn.title })).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('html')).toHaveAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');

    // The officer first: no recovery key exists yet, so the sign-in screen offers none.
    await expect(page.getByRole('button', { name: m.signIn.useRecoveryKey })).toHaveCount(0);
    await signIn(page, m, officer, 'officer', OFFICER_PASSPHRASE);
    await expect(page.getByRole('heading', { name: m.sealing.title })).toBeVisible();
    await expect(page.getByRole('progressbar', { name: m.sealing.title })).toBeVisible();
    await expect(page.getByText(m.sealing.recoveryWaits)).toBeVisible();
    await page.screenshot({ path: `${SCREENS}/${language}-sealing.png`, fullPage: true });
    // An officer is never shown the recovery key: the case list comes next.
    await expect(page.getByRole('heading', { name: m.caseList.title, level: 1 })).toBeVisible({ timeout: 120_000 });
    await expect(page.getByRole('heading', { name: m.recoveryKey.title })).toHaveCount(0);
    const cases = await rawStore(page, 'cases');
    expect(cases).toContain('ZA-MOW-2026-00001');
    expect(cases).not.toMatch(/Person\d|Familyname|Soweto|Nomsa|P0000042/);

    // Locked, the officer's long name wraps inside the card.
    await page.getByRole('banner').getByRole('button', { name: m.session.lock }).click();
    const lock = page.getByRole('dialog', { name: m.signIn.lockedTitle });
    await expect(lock).toBeVisible();
    await expect(lock).toContainText(officer);
    await page.screenshot({ path: `${SCREENS}/${language}-lock.png`, fullPage: true });
    await expectNoSeriousA11yViolations(page);
    await lock.getByRole('button', { name: m.signIn.switchProfile }).click();

    // The supervisor: a right passphrase, but no copy of the key: the officer admits them on this screen.
    await signIn(page, m, supervisor, 'supervisor', SUPERVISOR_PASSPHRASE);
    await expect(page.getByRole('heading', { name: m.signIn.admissionTitle })).toBeVisible();
    await expect(page.getByRole('main')).toContainText(supervisor);
    // No supervisor holds the key yet: the officer who switched protection on is the one who can admit.
    const admitters = page.getByRole('group', { name: m.signIn.admitter });
    await expect(admitters.getByRole('radio')).toHaveCount(1);
    await expect(admitters.getByRole('radio', { name: `${officer} — ${m.taxonomy.staffRole.officer}` })).toBeChecked();
    await page.screenshot({ path: `${SCREENS}/${language}-admission.png`, fullPage: true });
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel(m.signIn.admitterPassphrase).fill('not the officer’s passphrase');
    await page.getByRole('button', { name: m.signIn.admit }).click();
    await expect(page.getByRole('alert')).toContainText(officer);
    await expect(page.getByLabel(m.signIn.admitterPassphrase)).toHaveValue('');
    await page.screenshot({ path: `${SCREENS}/${language}-admission-wrong.png`, fullPage: true });
    await page.getByLabel(m.signIn.admitterPassphrase).fill(OFFICER_PASSPHRASE);
    await page.getByRole('button', { name: m.signIn.admit }).click();

    // Admitted, the supervisor receives the recovery key, and is told they keep it.
    await expect(page.getByRole('heading', { name: m.recoveryKey.title })).toBeVisible();
    await expect(page.getByRole('main')).toContainText(supervisor);
    await page.screenshot({ path: `${SCREENS}/${language}-recovery-key.png`, fullPage: true });
    await expectNoSeriousA11yViolations(page);
    // The sheet printed for the safe: the key and who keeps it, without the buttons.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: m.recoveryKey.print })).toBeHidden();
    await expect(page.getByLabel(m.recoveryKey.confirm)).toBeHidden();
    await page.screenshot({ path: `${SCREENS}/${language}-recovery-key-print.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    const recoveryKey = await new RecoveryKeyStep(page, m).confirm();
    expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
    // A supervisor's home: the dashboard.
    await expect(page.getByRole('heading', { name: m.dashboard.title, level: 1 })).toBeVisible();

    if (language === 'en') {
      // The access log says who admitted whom.
      const profiles = new ProfilesPage(page);
      await profiles.open();
      await profiles.openAccessLog(officer);
      await expect(page.getByRole('table')).toContainText(`Admitted ${supervisor} to the protected case files`);
      await expect(page.getByRole('table')).toContainText('Switched protection on: made the workstation’s key');
    }
  });
}
