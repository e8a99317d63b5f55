import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, FirstRunPage, SCREENSHOTS, signIn } from './page-models/app';
import { CaseList } from './page-models/case-list';
import { BackupPageModel, ImportPageModel, nav, RestoreModel, type FilePayload } from './page-models/exchange';

const BACKUP_PASSPHRASE = 'harbour violet compass nine';
const WRONG_PASSPHRASE = 'harbour violet compass ten';

/** One byte of the file changed, or its end cut off. */
const tampered = (file: FilePayload): FilePayload => {
  const buffer = Buffer.from(file.buffer);
  buffer[buffer.length - 100] = buffer[buffer.length - 100]! ^ 0x01;
  return { ...file, name: 'tampered.hwbackup', buffer };
};
const truncated = (file: FilePayload): FilePayload => ({ ...file, name: 'truncated.hwbackup', buffer: file.buffer.subarray(0, file.buffer.length - 500) });

test('a backup is refused with a wrong passphrase, when changed or cut off, and restored before first run into an empty workstation', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await new FirstRunPage(page).setUp({ name: 'Thandi Nkosi', country: 'South Africa', postCode: 'MOW' });
  await new ImportPageModel(page).importIntake44();
  await nav(page, 'Cases').click();
  // The list fills in after the page shows: read it once every imported case is on it.
  await expect(new CaseList(page).table().getByRole('rowheader')).toHaveCount(40);
  const before = (await new CaseList(page).references()).sort();

  const backupPage = new BackupPageModel(page);
  await backupPage.open();
  await expect(page.getByText('Not available in browser mode.')).toBeVisible();
  // Too short a passphrase, or two that differ, are refused at their fields.
  const form = page.getByRole('group', { name: 'Encrypt the backup with a passphrase' });
  await form.getByLabel(/^Backup passphrase( \*)?$/).fill('too short');
  await form.getByLabel(/^Backup passphrase again/).fill('too shorter');
  await form.getByRole('button', { name: 'Make a backup' }).click();
  await expect(form.getByLabel(/^Backup passphrase( \*)?$/)).toHaveAccessibleDescription(/Use at least 12 characters\./);
  await expect(form.getByLabel(/^Backup passphrase again/)).toHaveAccessibleDescription('The two passphrases are not the same.');
  const file = await backupPage.make(BACKUP_PASSPHRASE);
  expect(file.name).toMatch(/\.hwbackup$/);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/backup-page.png`, fullPage: true });

  // A new browser context has an empty IndexedDB: a new workstation. Restore is offered before first run.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/');
  await expect(other.getByRole('heading', { name: 'Who is using this workstation?' })).toBeVisible();
  await other.getByRole('button', { name: 'Restore from a backup' }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Restore from a backup' })).toBeVisible();
  const restore = new RestoreModel(other);

  await restore.choose(file);
  await restore.open(WRONG_PASSPHRASE);
  await expect(other.getByRole('alert')).toContainText('The passphrase is wrong, or the file was changed after it was made.');
  await restore.choose(tampered(file));
  await restore.open(BACKUP_PASSPHRASE);
  await expect(other.getByRole('alert')).toContainText('The passphrase is wrong, or the file was changed after it was made.');
  await restore.choose(truncated(file));
  await restore.open(BACKUP_PASSPHRASE);
  await expect(other.getByRole('alert')).toHaveText('This backup file is incomplete: it was cut off, perhaps while it was copied. Use another copy.');
  await restore.choose({ ...file, name: 'not-a-backup.hwbackup', buffer: Buffer.from('full_name,nationality\r\n') });
  await restore.open(BACKUP_PASSPHRASE);
  await expect(other.getByRole('alert')).toHaveText('This file is not a Homeward backup.');
  // Nothing was written by any refusal: still a workstation to set up.
  await other.reload();
  await expect(other.getByRole('heading', { name: 'Who is using this workstation?' })).toBeVisible();

  await other.getByRole('button', { name: 'Restore from a backup' }).click();
  await restore.choose(file);
  await restore.open(BACKUP_PASSPHRASE);
  await expect(restore.contents().getByRole('row', { name: 'Cases 40' })).toBeVisible();
  await expect(restore.contents().getByRole('row', { name: 'Profiles 1' })).toBeVisible();
  await expect(other.getByText(/^Restoring REPLACES everything on this workstation/)).toBeVisible();
  await expect(other.getByLabel('You are')).toHaveValue(/.+/);
  await expectNoSeriousA11yViolations(other);
  await other.screenshot({ path: `${SCREENSHOTS}/restore-first-run.png`, fullPage: true });
  await restore.replaceEverything();

  // The backup's profiles sign in again, and the cases are back.
  await signIn(other);
  await nav(other, 'Cases').click();
  await expect.poll(async () => (await new CaseList(other).references()).sort()).toEqual(before);
  await fresh.close();
});

test('a supervisor restores over this workstation, confirms that it replaces everything, and signs in again', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await new FirstRunPage(page).setUp({ name: 'Thandi Nkosi', country: 'South Africa', postCode: 'MOW' });
  const backupPage = new BackupPageModel(page);
  await backupPage.open();
  const file = await backupPage.make(BACKUP_PASSPHRASE);

  // A case made after the backup is gone once the backup is restored.
  await new ImportPageModel(page).importIntake44();

  await backupPage.open();
  const restore = new RestoreModel(page);
  await restore.choose(file);
  await restore.open(BACKUP_PASSPHRASE);
  await expect(restore.contents().getByRole('row', { name: 'Cases 0' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Replace everything with this backup' })).toBeDisabled();
  await restore.replaceEverything();
  await signIn(page);
  await nav(page, 'Cases').click();
  await expect(page.getByText('No cases yet.')).toBeVisible();
});

test('a supervisor sets the automatic-backup passphrase', async ({ page }) => {
  await page.goto('/');
  await new FirstRunPage(page).setUp({ name: 'Thandi Nkosi', country: 'South Africa', postCode: 'MOW' });
  const backupPage = new BackupPageModel(page);
  await backupPage.open();
  const form = page.getByRole('group', { name: 'Set the backup passphrase' });
  await form.getByLabel(/^Backup passphrase( \*)?$/).fill(BACKUP_PASSPHRASE);
  await form.getByLabel(/^Backup passphrase again/).fill(BACKUP_PASSPHRASE);
  await form.getByRole('button', { name: 'Save the backup passphrase' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Backup passphrase saved.' })).toBeVisible();
  await expect(page.getByText(/^The backup passphrase was set on /)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Change the backup passphrase' })).toBeVisible();
});
