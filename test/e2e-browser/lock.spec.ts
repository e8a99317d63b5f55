import { expect, test } from '@playwright/test';
import { CaseListPage, expectNoSeriousA11yViolations, FirstRunPage, NewCaseForm, SCREENSHOTS, SUPERVISOR_PASSPHRASE } from './page-models/app';
import { Header, LockScreen, SettingsPage } from './page-models/profiles';

test('the window locks itself after the idle time a supervisor set, and unlocking returns to the unsaved form', async ({ page }) => {
  // A fake clock, installed before the app loads, so minutes of idleness pass at once.
  await page.clock.install();
  await page.goto('/');
  await new FirstRunPage(page).setUp({ name: 'Thandi Nkosi', country: 'South Africa', postCode: 'MOW' });

  const settings = new SettingsPage(page);
  await settings.open();
  await expect(settings.idleLockMinutes()).toHaveValue('10');
  await expect(settings.contactLostDays()).toHaveValue('14');
  await expect(page.getByRole('main')).toContainText('ZA-MOW-');
  await expectNoSeriousA11yViolations(page);
  await settings.idleLockMinutes().fill('0');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('group', { name: 'Locking' })).toContainText('This value is not valid.');
  await settings.idleLockMinutes().fill('1');
  await settings.save();

  await new CaseListPage(page).openNewCase();
  const form = new NewCaseForm(page);
  await form.field('Full name').fill('Sipho Dlamini');
  await form.field('Passport number').fill('A1234567');
  const lockScreen = new LockScreen(page);

  await page.clock.fastForward('00:50');
  await expect(page.getByRole('heading', { name: 'New case' })).toBeVisible();
  await expect(lockScreen.dialog()).toHaveCount(0);
  // Typing counts as activity: the minute starts again.
  await form.field('Passport number').press('8');
  await page.clock.fastForward('00:30');
  await expect(lockScreen.dialog()).toHaveCount(0);
  await page.clock.fastForward('00:31');
  await expect(lockScreen.dialog()).toBeVisible();
  await expect(lockScreen.dialog()).toContainText('Thandi Nkosi, type your passphrase to continue where you left off.');
  await expect(lockScreen.dialog().getByLabel('Passphrase')).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/lock-screen.png` });

  // Locked, nothing of the case is left in the page: the form is unmounted, its input kept in memory only.
  expect(await page.evaluate(() => document.body.innerText)).not.toContain('Sipho');
  expect(await page.content()).not.toMatch(/Sipho|A12345678/);

  await lockScreen.unlock(SUPERVISOR_PASSPHRASE);
  await expect(page.getByRole('heading', { name: 'New case' })).toBeVisible();
  await expect(form.field('Full name')).toHaveValue('Sipho Dlamini');
  await expect(form.field('Passport number')).toHaveValue('A12345678');
  await expect(form.field('Passport number')).toBeFocused();

  // On demand, from the header: the same, without waiting.
  await new Header(page).lock();
  await expect(lockScreen.dialog()).toBeVisible();
  await lockScreen.dialog().getByLabel('Passphrase').fill('not the passphrase');
  await lockScreen.dialog().getByRole('button', { name: 'Unlock' }).click();
  await expect(lockScreen.dialog().getByRole('alert')).toHaveText('That passphrase is not right. Check it and try again.');
  await lockScreen.unlock(SUPERVISOR_PASSPHRASE);
  await expect(form.field('Full name')).toHaveValue('Sipho Dlamini');
  await expect(page.getByRole('banner').getByRole('button', { name: 'Lock' })).toBeFocused();
});
