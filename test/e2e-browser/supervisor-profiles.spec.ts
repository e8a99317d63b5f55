import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, FirstRunPage, navLink, openUserMenu, SCREENSHOTS, signIn, SUPERVISOR_PASSPHRASE } from './page-models/app';
import { CaseFilePage } from './page-models/case-page';
import { accessLogRows, Header, ProfilesPage, SignInScreen } from './page-models/profiles';

const OFFICER = 'Pieter Botha';
const OFFICER_OPTION = 'Pieter Botha — Consular officer';
const FIRST_PASSPHRASE = 'granite orchard violin';
const NEW_PASSPHRASE = 'copper meadow lantern';
const LONG_NAME = 'Nomvula Mahlangu-Vilakazi van der Westhuizen-Ndlovu Oosthuizen';

test('a supervisor adds an officer; the officer signs in, cannot manage, and the supervisor reads who opened a case', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await new FirstRunPage(page).setUp({ name: 'Thandi Nkosi', country: 'South Africa', postCode: 'MOW' });
  const header = new Header(page);
  await expect(await navLink(page, 'Profiles')).toBeVisible();
  await expect(await navLink(page, 'Settings')).toBeVisible();
  await expect(await navLink(page, 'Backup')).toBeVisible();

  const profiles = new ProfilesPage(page);
  await profiles.open();
  await expect(profiles.row('Thandi Nkosi')).toContainText('Supervisor');
  await expect(profiles.row('Thandi Nkosi')).toContainText('(you)');
  await expectNoSeriousA11yViolations(page);

  // The only supervisor cannot give the role up: someone must be able to manage profiles.
  await page.getByRole('button', { name: 'Make officer: Thandi Nkosi' }).click();
  await expect(profiles.alert()).toHaveText('This is the last active supervisor: add or activate another supervisor first.');
  await page.getByRole('button', { name: 'Deactivate: Thandi Nkosi' }).click();
  await expect(profiles.alert()).toHaveText('This is the last active supervisor: add or activate another supervisor first.');

  // Form errors are shown at their fields.
  await page.getByRole('button', { name: 'Add profile' }).click();
  await expect(page.getByRole('group', { name: 'Add a profile' })).toContainText('Fill in “Full name”.');
  await expect(page.getByRole('group', { name: 'Add a profile' })).toContainText('Use at least 10 characters.');

  await profiles.add({ name: OFFICER, role: 'Consular officer', passphrase: FIRST_PASSPHRASE });
  await expect(profiles.row(OFFICER)).toContainText('Consular officer');
  await expect(profiles.row(OFFICER)).toContainText('Active');
  await profiles.add({ name: LONG_NAME, role: 'Consular officer', passphrase: FIRST_PASSPHRASE });
  await page.getByRole('button', { name: `Make supervisor: ${LONG_NAME}` }).click();
  await expect(profiles.status()).toHaveText(`The role of ${LONG_NAME} is now Supervisor.`);
  await page.getByRole('button', { name: `Deactivate: ${LONG_NAME}` }).click();
  await expect(profiles.status()).toHaveText(`${LONG_NAME} is deactivated and can no longer sign in.`);
  await expect(profiles.row(LONG_NAME)).toContainText('Deactivated');
  await expect(page.getByRole('button', { name: `Reactivate: ${LONG_NAME}` })).toBeVisible();

  // Pieter forgot the first passphrase: the supervisor sets a new one.
  await profiles.setPassphrase(OFFICER, NEW_PASSPHRASE);
  await expect(page.getByRole('button', { name: `Set a new passphrase: ${OFFICER}` })).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/profiles.png`, fullPage: true });

  await header.signOut();
  // Deactivated profiles are not offered.
  const profileOptions = page.getByLabel('Profile').getByRole('option');
  await expect(profileOptions).toHaveText(['Pieter Botha — Consular officer', 'Thandi Nkosi — Supervisor']);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/sign-in.png` });

  // Wrong passphrases are refused; after three in a row, the next attempt must wait.
  const signInScreen = new SignInScreen(page);
  await signInScreen.attempt(OFFICER_OPTION, FIRST_PASSPHRASE);
  await expect(signInScreen.alert()).toHaveText('That passphrase is not right. Check it and try again.');
  await signInScreen.attempt(OFFICER_OPTION, 'not my passphrase');
  await expect(signInScreen.alert()).toHaveText('That passphrase is not right. Check it and try again.');
  await signInScreen.attempt(OFFICER_OPTION, 'still not my passphrase');
  await expect(signInScreen.alert()).toHaveText(/^That passphrase is not right\. You can try again in \d+ seconds?\.$/);
  // Whether this one comes within the wait or just after it, the screen asks for a longer one.
  await signInScreen.attempt(OFFICER_OPTION, 'a fourth wrong passphrase');
  await expect(signInScreen.alert()).toHaveText(/(Too many wrong passphrases\. Try again|You can try again) in \d+ seconds?\.$/);
  await expect(page.getByRole('heading', { name: 'Sign in to Homeward' })).toBeVisible();
  // The wait is short after three; the right passphrase then signs in.
  await expect(async () => {
    await signInScreen.attempt(OFFICER_OPTION, NEW_PASSPHRASE);
    await expect(page.getByRole('banner')).toContainText(`Signed in as ${OFFICER} (Consular officer)`, { timeout: 3_000 });
  }).toPass({ timeout: 15_000 });

  // The officer sees neither Profiles, Settings nor Backup, and the pages refuse in plain words.
  await expect(header.nav().getByRole('button', { name: 'Admin' })).toHaveCount(0);
  await expect(header.nav().getByRole('link', { name: 'Profiles' })).toHaveCount(0);
  await expect(header.nav().getByRole('link', { name: 'Settings' })).toHaveCount(0);
  await expect(header.nav().getByRole('link', { name: 'Backup' })).toHaveCount(0);
  await page.goto('/#/profiles');
  await expect(page.getByRole('heading', { name: 'For supervisors only' })).toBeVisible();
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { name: 'For supervisors only' })).toBeVisible();
  await page.goto('/#/backup');
  await expect(page.getByRole('heading', { name: 'For supervisors only' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Make a backup' })).toHaveCount(0);
  // Lists stay exportable as CSV.
  await page.goto('/#/');
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeVisible();

  // The officer logs a case and opens it: the opening is recorded.
  const reference = await CaseFilePage.logCase(page, { fullName: 'Sipho Dlamini', nationality: 'South Africa' });
  const casePage = new CaseFilePage(page);
  await casePage.openFromList(reference);
  await expect(page.getByRole('tab', { name: 'Access log' })).toHaveCount(0);

  await header.signOut();
  await signIn(page, 'Thandi Nkosi — Supervisor', SUPERVISOR_PASSPHRASE);
  await casePage.openFromList(reference);
  await page.getByRole('tab', { name: 'Access log' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Access log' });
  await expect(panel.getByRole('heading', { name: 'Access log' })).toBeVisible();
  const caseRows = await accessLogRows(page, 'Access log of this case, newest first');
  expect(caseRows.map(([, who, what]) => [who, what])).toEqual([
    ['Thandi Nkosi', 'Opened the case'],
    [OFFICER, 'Opened the case'],
  ]);
  await expectNoSeriousA11yViolations(page);

  await profiles.open();
  await profiles.openAccessLog(OFFICER);
  const officerRows = await accessLogRows(page, `Access log of ${OFFICER}, newest first`);
  expect(officerRows).toHaveLength(1);
  expect(officerRows[0]?.slice(1)).toEqual([OFFICER, 'Opened the case', reference]);
  await page.getByRole('link', { name: reference }).click();
  await expect(casePage.title()).toHaveText('Sipho Dlamini');
});

test('everyone changes their own passphrase after giving the current one', async ({ page }) => {
  await page.goto('/');
  await new FirstRunPage(page).setUp({ name: 'Thandi Nkosi', country: 'South Africa', postCode: 'MOW' });
  await openUserMenu(page);
  await page.getByRole('banner').getByRole('link', { name: 'Change my passphrase' }).click();
  await expect(page.getByRole('heading', { name: 'Change my passphrase', level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel(/^Current passphrase/).fill('not the current one');
  await page.getByLabel(/^New passphrase( \*)?$/).fill(NEW_PASSPHRASE);
  await page.getByLabel(/^New passphrase again/).fill(NEW_PASSPHRASE);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByRole('alert')).toHaveText('That is not your current passphrase. Nothing was changed.');

  await page.getByLabel(/^Current passphrase/).fill(SUPERVISOR_PASSPHRASE);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByRole('status').filter({ hasText: /\S/ })).toHaveText('Your passphrase is changed. Use the new one from now on.');

  await new Header(page).signOut();
  await signIn(page, undefined, NEW_PASSPHRASE);
});
