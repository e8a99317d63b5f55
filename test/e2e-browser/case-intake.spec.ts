import { expect, test } from '@playwright/test';
import { CaseListPage, expectNoSeriousA11yViolations, FirstRunPage, NewCaseForm, openUserMenu, reloadAndUnlock, SCREENSHOTS } from './page-models/app';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('first run, a new case appears in the list and survives a reload', async ({ page }) => {
  await expectNoSeriousA11yViolations(page);
  await new FirstRunPage(page).setUp({ name: 'Thandi Nkosi', country: 'South Africa', postCode: 'mow' });
  await openUserMenu(page);
  await expect(page.getByText('Signed in as Thandi Nkosi (Supervisor)')).toBeVisible();
  await expect(page.getByText('No cases yet.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const list = new CaseListPage(page);
  await list.openNewCase();
  const form = new NewCaseForm(page);
  await form.field('Full name').fill('Sipho Dlamini');
  await page.getByRole('button', { name: 'Add another name or spelling' }).click();
  await form.field('Other name 1').fill('Sipho Dhlamini');
  await form.field('Date of birth').fill('03/1994');
  await form.field('Sex').selectOption({ label: 'Male' });
  await form.field('Nationality').fill('South Africa');
  await form.field('Passport number').fill('a 1234 5678');
  await form.field('Phone', 'Person').fill('+27 82 123 4567');
  await form.field('Messenger handle').fill('@sipho_d');
  await form.field('Priority').selectOption({ label: 'High' });
  await form.field('Current situation').selectOption({ label: 'Deployed at the front' });
  await form.field('Name', 'Reported by').fill('Nomsa Dlamini');
  await form.field('Relationship', 'Reported by').fill('Sister');
  await form.field('Phone', 'Reported by').fill('082 555 1234');
  await form.field('Phone', 'Reported by').blur();
  await expect(form.field('Phone', 'Reported by')).toHaveValue('+27825551234');
  await expectNoSeriousA11yViolations(page);
  await form.save();

  await expect(page.getByRole('status').filter({ hasText: 'Case ZA-MOW-2026-0001 saved.' })).toBeVisible();
  const row = list.row('ZA-MOW-2026-0001');
  await expect(row).toContainText('Sipho Dlamini');
  await expect(row).toContainText('South Africa');
  await expect(row).toContainText('Reported');
  await expect(row).toContainText('High');
  await expectNoSeriousA11yViolations(page);

  await reloadAndUnlock(page);
  await expect(list.row('ZA-MOW-2026-0001')).toContainText('Sipho Dlamini');
  await expect(page.getByText('1 case', { exact: true })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/case-list.png`, fullPage: true });
});

test('bad input is shown at each bad field and nothing is saved', async ({ page }) => {
  await new FirstRunPage(page).setUp({ name: 'Thandi Nkosi', country: 'ZA', postCode: 'MOW' });
  await new CaseListPage(page).openNewCase();
  const form = new NewCaseForm(page);
  const nextYear = new Date().getFullYear() + 1;
  await form.field('Nationality').fill('Narnia');
  await form.field('Date of birth').fill(`15/01/${nextYear}`);
  await form.save();

  await expect(page.getByRole('alert')).toHaveText('There are 3 problems with this form. Each is shown next to its field.');
  await expect(form.field('Full name')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.field('Full name')).toHaveAccessibleDescription('Fill in “Full name”.');
  await expect(form.field('Nationality')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.field('Nationality')).toHaveAccessibleDescription(/Choose a country from the list\./);
  await expect(form.field('Date of birth')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.field('Date of birth')).toHaveAccessibleDescription(/This date is in the future\./);
  await expect(form.field('Passport number')).not.toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/new-case-errors.png`, fullPage: true });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cases' }).click();
  await expect(page.getByText('No cases yet.')).toBeVisible();
  await reloadAndUnlock(page);
  await expect(page.getByText('No cases yet.')).toBeVisible();
});

test('the first-run form refuses a country that does not exist and a bad post code', async ({ page }) => {
  await page.getByLabel('Your name').fill('Thandi Nkosi');
  await page.getByLabel('Issuing country').fill('Atlantis');
  await page.getByLabel('Post short code').fill('M');
  await page.getByRole('button', { name: 'Start using Homeward' }).click();
  await expect(page.getByLabel('Issuing country')).toHaveAccessibleDescription(/Choose a country from the list\./);
  await expect(page.getByLabel('Post short code')).toHaveAccessibleDescription(/Use two to eight letters or digits\./);
  await expect(page.getByRole('heading', { name: 'Who is using this workstation?' })).toBeVisible();
});
