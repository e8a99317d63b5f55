/**
 * An officer's day in Arabic: the first-run screen in Arabic, a case with an
 * Arabic name and a Latin passport number, the list, the case page and the
 * case report, all right to left, with references and passport numbers kept
 * left to right inside the Arabic text. Labels come from the Arabic catalogue.
 */
import { expect, test, type Page } from '@playwright/test';
import { ar } from '../../renderer/src/i18n/ar';
import { expectNoSeriousA11yViolations, RecoveryKeyStep, SCREENSHOTS, SUPERVISOR_PASSPHRASE } from './page-models/app';

const NAME = 'محمد عبد الله الخطيب';
// Stored and shown without spaces, as the shared schema normalises it.
const PASSPORT = 'N04127731';

/** A label as shown: a required field's ends in " *". */
const labelled = (text: string) => new RegExp(`^${text}( \\*)?$`);

async function expectRightToLeft(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
}

test('Arabic: first run, a case with an Arabic name and a Latin passport number, the list, the case page and the report', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  // The language select names each language in itself, whatever the screen is in.
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'العربية' });
  await expectRightToLeft(page);
  await expect(page.getByRole('heading', { name: ar.firstRun.title })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/ar-first-run.png`, fullPage: true });
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('textbox', { name: ar.firstRun.name, exact: true }).fill('أمل الحداد');
  await page.getByLabel(labelled(ar.firstRun.passphrase)).fill(SUPERVISOR_PASSPHRASE);
  await page.getByLabel(labelled(ar.firstRun.confirmPassphrase)).fill(SUPERVISOR_PASSPHRASE);
  await page.getByRole('combobox', { name: ar.firstRun.issuingCountry, exact: true }).fill('الأردن');
  await page.getByRole('textbox', { name: ar.firstRun.postCode, exact: true }).fill('AMM');
  await page.getByRole('button', { name: ar.firstRun.submit }).click();
  await new RecoveryKeyStep(page, ar).confirm();
  await expect(page.getByRole('heading', { name: ar.caseList.title, level: 1 })).toBeVisible();
  await expectRightToLeft(page);

  await page.getByRole('navigation', { name: ar.app.mainNavigation }).getByRole('link', { name: ar.nav.newCase }).click();
  await expect(page.getByRole('heading', { name: ar.newCase.title, level: 1 })).toBeVisible();
  const person = page.getByRole('group', { name: ar.newCase.personLegend, exact: true });
  await person.getByRole('textbox', { name: ar.fields.fullName, exact: true }).fill(NAME);
  await person.getByRole('textbox', { name: ar.fields.dateOfBirth, exact: true }).fill('٠٣/١٩٩٤');
  await person.getByRole('combobox', { name: ar.fields.nationality, exact: true }).fill('الأردن');
  await person.getByRole('textbox', { name: ar.fields.passportNumber, exact: true }).fill(PASSPORT);
  await page.screenshot({ path: `${SCREENSHOTS}/ar-new-case.png`, fullPage: true });
  await page.getByRole('button', { name: ar.newCase.save }).click();
  const saved = page.getByRole('status').filter({ hasText: /JO-AMM-\d{4}-\d{4}/ });
  await expect(saved).toBeVisible();
  const reference = /JO-AMM-\d{4}-\d{4}/.exec((await saved.textContent()) ?? '')![0];
  // The reference sits inside the Arabic sentence as its own left-to-right run.
  expect(await saved.textContent()).toBe(`تم حفظ الملف \u2068${reference}\u2069.`);

  await page.getByRole('navigation', { name: ar.app.mainNavigation }).getByRole('link', { name: ar.nav.cases, exact: true }).click();
  const row = page.getByRole('table').getByRole('row').filter({ hasText: reference });
  await expect(row).toContainText(NAME);
  await expect(row).toContainText('الأردن');
  await expect(page.getByText('ملف واحد', { exact: true })).toBeVisible();
  // The table reads from the right: the reference column, first in the table, is at the right edge.
  const referenceCell = row.getByRole('link', { name: reference });
  const nameCell = row.getByText(NAME);
  expect((await referenceCell.boundingBox())!.x).toBeGreaterThan((await nameCell.boundingBox())!.x);
  await expect(referenceCell.locator('bdi')).toHaveAttribute('dir', 'ltr');
  await page.screenshot({ path: `${SCREENSHOTS}/ar-case-list.png`, fullPage: true });
  await expectNoSeriousA11yViolations(page);

  await referenceCell.click();
  await expect(page.getByRole('heading', { name: NAME, level: 1 })).toBeVisible();
  await expectRightToLeft(page);
  await page.screenshot({ path: `${SCREENSHOTS}/ar-case-page.png`, fullPage: true });
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('tablist', { name: ar.casePage.sections }).getByRole('tab', { name: ar.casePage.tabs.person, exact: true }).click();
  const personPanel = page.getByRole('tabpanel', { name: ar.casePage.tabs.person, exact: true });
  const passport = personPanel.locator('.facts__row').filter({ hasText: ar.fields.passportNumber }).getByRole('definition');
  await expect(passport).toHaveText(PASSPORT);
  // Kept left to right inside the right-to-left page.
  await expect(passport.locator('bdi')).toHaveAttribute('dir', 'ltr');
  // A date of birth known to the month reads as the month, in Arabic (Jordan's month names).
  await expect(personPanel.locator('.facts__row').filter({ hasText: ar.fields.dateOfBirth }).getByRole('definition')).toHaveText('آذار ١٩٩٤');
  await page.screenshot({ path: `${SCREENSHOTS}/ar-case-person.png`, fullPage: true });

  await page.getByRole('link', { name: ar.reports.case.open }).click();
  const report = page.locator('article.report');
  await expect(report).toHaveAttribute('dir', 'rtl');
  await expect(report).toHaveAttribute('lang', 'ar');
  await expect(report.getByRole('heading', { level: 1 })).toContainText(reference);
  await expect(report).toContainText(ar.reports.case.kickerInternal);
  await page.screenshot({ path: `${SCREENSHOTS}/ar-case-report.png`, fullPage: true });
  await expectNoSeriousA11yViolations(page);
});

test('Arabic: every other screen reads right to left with no serious accessibility violation', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'العربية' });
  await page.getByRole('textbox', { name: ar.firstRun.name, exact: true }).fill('أمل الحداد');
  await page.getByLabel(labelled(ar.firstRun.passphrase)).fill(SUPERVISOR_PASSPHRASE);
  await page.getByLabel(labelled(ar.firstRun.confirmPassphrase)).fill(SUPERVISOR_PASSPHRASE);
  await page.getByRole('combobox', { name: ar.firstRun.issuingCountry, exact: true }).fill('JO');
  await page.getByRole('textbox', { name: ar.firstRun.postCode, exact: true }).fill('AMM');
  await page.getByRole('button', { name: ar.firstRun.submit }).click();
  await new RecoveryKeyStep(page, ar).confirm();
  await expect(page.getByRole('heading', { name: ar.caseList.title, level: 1 })).toBeVisible();

  const screens: [string, string, string][] = [
    ['dashboard', '/#/dashboard', ar.dashboard.title],
    ['follow-ups', '/#/follow-ups', ar.caseRecords.myFollowUps.title],
    ['groups', '/#/groups', ar.groups.title],
    ['import', '/#/import', ar.exchangeUi.import.title],
    ['backup', '/#/backup', ar.exchangeUi.backup.title],
    ['profiles', '/#/profiles', ar.profiles.title],
    ['settings', '/#/settings', ar.workstationSettings.title],
    ['my-profile', '/#/profile', ar.myProfile.title],
    ['my-passphrase', '/#/passphrase', ar.myPassphrase.title],
    ['caseload-report', '/#/reports/caseload', ar.reports.caseload.title],
  ];
  for (const [name, path, heading] of screens) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    await expectRightToLeft(page);
    await page.screenshot({ path: `${SCREENSHOTS}/ar-${name}.png`, fullPage: true });
    await expectNoSeriousA11yViolations(page);
  }

  // The person's menu, open, and the sign-in screen after signing out.
  await page.getByRole('banner').getByRole('button', { name: /^قائمة الملف الشخصي/ }).click();
  await page.screenshot({ path: `${SCREENSHOTS}/ar-profile-menu.png` });
  await page.getByRole('banner').getByRole('button', { name: ar.session.signOut }).click();
  await expect(page.getByRole('heading', { name: ar.signIn.title })).toBeVisible();
  await expectRightToLeft(page);
  await page.screenshot({ path: `${SCREENSHOTS}/ar-sign-in.png`, fullPage: true });
  await expectNoSeriousA11yViolations(page);
});
