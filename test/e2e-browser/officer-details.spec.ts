/**
 * Issue 10, items 6 and 11 in the browser: typed text is isolated for
 * bidirectional display, so a right-to-left override in a name cannot reorder
 * what is around it; the month filters are readable selects that keep the URL
 * format; imported cases are assigned (item 9).
 */
import { expect, test, type Locator } from '@playwright/test';
import { intakeLarge } from '../fixtures/intake-csv';
import { FirstRunPage, openUserMenu, reloadAndUnlock } from './page-models/app';
import { CaseList, createCase } from './page-models/case-list';
import { csvFile, ImportPageModel } from './page-models/exchange';
import { ProfilesPage } from './page-models/profiles';
import { selectOfficer } from './page-models/supervision';

/** A name with a right-to-left override (U+202E) in the middle and no closing pop. */
const OVERRIDDEN = 'Sipho \u202EDlamini';

/** The element's own text is wholly inside one element that isolates it (a <bdi>, or `unicode-bidi: isolate`). */
async function expectIsolated(container: Locator, text: string) {
  const isolating = container.locator('bdi, [style*="isolate"]').filter({ hasText: text });
  await expect(isolating).toHaveCount(1);
  expect(await isolating.evaluate((el) => [el.textContent, getComputedStyle(el).unicodeBidi])).toEqual([text, 'isolate']);
}

test('a name with a right-to-left override stays inside its own isolated element in the list, the case page and the header', async ({ page }) => {
  await page.goto('/');
  const profileName = 'Thandi \u202ENkosi';
  await new FirstRunPage(page).setUp({ name: profileName, country: 'South Africa', postCode: 'MOW' });
  // Signed in as <name> (Supervisor): the role after the name stays where it is.
  await openUserMenu(page);
  const signedIn = page.locator('.session-controls__user');
  await expectIsolated(signedIn, profileName);
  await expect(signedIn).toHaveText(`Signed in as ${profileName} (Supervisor)`);
  const reference = await createCase(page, { fullName: OVERRIDDEN, nationality: 'South Africa', priority: 'High', situation: 'Deployed at the front' });
  const list = new CaseList(page);

  const row = list.row(reference);
  await expect(row).toBeVisible();
  await expectIsolated(row, OVERRIDDEN);
  // The other cells keep their own text and order: the override does not reach past the name.
  const cells = await row.locator('th, td').allInnerTexts();
  const nameAt = cells.findIndex((c) => c.includes('Dlamini'));
  expect(cells[nameAt - 1]).toContain(reference);
  expect(cells[nameAt + 1]).toBe('South Africa');

  await row.getByRole('link', { name: reference }).click();
  const heading = page.getByRole('heading', { level: 1 });
  await expectIsolated(heading, OVERRIDDEN);
  // The facts after the name read as before.
  await expect(page.getByRole('definition').filter({ hasText: reference })).toHaveText(reference);
  await expect(page.getByRole('definition').filter({ hasText: 'Reported' }).first()).toHaveText('Reported');
});

test('the month filters are a month and a year select, and keep the URL format', async ({ page }) => {
  await page.goto('/');
  await new FirstRunPage(page).setUp({ name: 'Thandi Nkosi', country: 'South Africa', postCode: 'MOW' });
  const reference = await createCase(page, { fullName: 'Ramesh Thapa', nationality: 'Nepal', priority: 'Normal', situation: 'Unknown' });
  const list = new CaseList(page);
  const opened = list.filters().getByRole('group', { name: 'Opened in' });
  const month = opened.getByRole('combobox', { name: 'Month' });
  const year = opened.getByRole('combobox', { name: 'Year' });
  await expect(month).toHaveValue('');
  await expect(month.locator('option:checked')).toHaveText('Month');
  await expect(year.locator('option:checked')).toHaveText('Year');
  await expect(list.filters()).not.toContainText('----');

  const now = new Date();
  const [y, m] = [String(now.getFullYear()), String(now.getMonth() + 1).padStart(2, '0')];
  await month.selectOption(m);
  // Half a month filters nothing yet.
  expect(page.url()).not.toContain('opened=');
  await year.selectOption(y);
  await expect(page).toHaveURL(new RegExp(`opened=${y}-${m}`));
  await list.expectReferences([reference]);

  await year.selectOption(String(now.getFullYear() - 1));
  await expect(page).toHaveURL(new RegExp(`opened=${now.getFullYear() - 1}-${m}`));
  await list.expectReferences([]);

  // From the address back into the selects.
  await reloadAndUnlock(page);
  await expect(list.filters().getByRole('group', { name: 'Opened in' }).getByRole('combobox', { name: 'Year' })).toHaveValue(String(now.getFullYear() - 1));
  await list.clearFilters();
  await expect(month).toHaveValue('');
  await expect(year).toHaveValue('');
  await list.expectReferences([reference]);
});

test('a supervisor imports cases for another officer, who then holds them', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  await new FirstRunPage(page).setUp({ name: 'Thandi Nkosi', country: 'South Africa', postCode: 'MOW' });
  const profiles = new ProfilesPage(page);
  await profiles.open();
  await profiles.add({ name: 'Pieter Botha', role: 'Consular officer', passphrase: 'granite orchard violin' });

  const importPage = new ImportPageModel(page);
  await importPage.open();
  await importPage.choose(csvFile('three.csv', intakeLarge(3)));
  const assignee = page.getByRole('combobox', { name: 'Assign the cases to' });
  // The importer takes the cases unless they choose someone else.
  await expect(assignee.locator('option:checked')).toHaveText('\u2068Thandi Nkosi\u2069 (you)');
  await selectOfficer(assignee, 'Pieter Botha');
  await importPage.commitButton().click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 3 cases.' })).toBeVisible();

  await page.getByRole('link', { name: 'Show them in the case list' }).click();
  const list = new CaseList(page);
  await selectOfficer(list.filter('Assigned officer'), 'Pieter Botha');
  await expect(page.getByText('3 cases', { exact: true })).toBeVisible();
});
