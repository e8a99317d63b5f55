import { expect, test, type Page } from '@playwright/test';
import { CaseListPage, expectNoSeriousA11yViolations, FirstRunPage, NewCaseForm, reloadAndUnlock, SCREENSHOTS, SUPERVISOR_PASSPHRASE } from './page-models/app';
import { CaseFilePage } from './page-models/case-page';
import { Header, LockScreen } from './page-models/profiles';

/** A part of New case that may be skipped: its heading's button opens and closes it. */
function part(page: Page, name: 'Reported by' | 'Whereabouts' | 'Recruitment') {
  return page.getByRole('heading', { level: 2, name, exact: true }).getByRole('button');
}

function group(page: Page, name: string) {
  return page.getByRole('group', { name, exact: true });
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await new FirstRunPage(page).setUp({ name: 'Thandi Nkosi', country: 'South Africa', postCode: 'MOW' });
});

test('a family’s call in one pass: person, whereabouts and recruitment saved as one case', async ({ page }) => {
  test.setTimeout(90_000);
  await new CaseListPage(page).openNewCase();
  const form = new NewCaseForm(page);
  // As the form opens: the person and who reports are open; where and how are there to open, skipped until then.
  await expect(part(page, 'Reported by')).toHaveAttribute('aria-expanded', 'true');
  await expect(part(page, 'Whereabouts')).toHaveAttribute('aria-expanded', 'false');
  await expect(part(page, 'Recruitment')).toHaveAttribute('aria-expanded', 'false');
  await expect(group(page, 'Whereabouts')).toBeHidden();
  await expect(part(page, 'Whereabouts')).toHaveAccessibleDescription('Optional: open it to fill in what the caller knows.');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/new-case-empty.png`, fullPage: true });

  const longName = 'Bongani Sibusiso Mthunzi Nkosinathi Dlamini-Mahlangu-Zungu';
  await form.field('Full name').fill(longName);
  await form.field('Nationality').fill('South Africa');
  await form.field('Passport number').fill('A04567891');
  await form.field('Current situation').selectOption({ label: 'Deployed at the front' });
  await form.field('Name', 'Reported by').fill('Nomvula Thandeka Precious Dlamini-Mahlangu-Zungu');
  await form.field('Relationship', 'Reported by').fill('Mother');

  await part(page, 'Whereabouts').click();
  await expect(part(page, 'Whereabouts')).toHaveAttribute('aria-expanded', 'true');
  const whereabouts = group(page, 'Whereabouts');
  await whereabouts.getByRole('combobox', { name: 'Country', exact: true }).fill('Ukraine');
  await whereabouts.getByRole('textbox', { name: 'Place', exact: true }).fill('Donetsk, field hospital near the railway station');
  await whereabouts.getByRole('textbox', { name: 'Military unit', exact: true }).fill('Storm-Z assault detachment 1441');
  await whereabouts.getByLabel('Last known on').fill('20/01/2026');
  await whereabouts.getByLabel('Last known on').blur();
  // Typed day first, shown back as a South African post writes it.
  await expect(whereabouts.getByLabel('Last known on')).toHaveValue('2026/01/20');

  await part(page, 'Recruitment').click();
  const recruitment = group(page, 'Recruitment');
  await recruitment.getByRole('group', { name: 'Recruitment methods' }).getByRole('checkbox', { name: 'False job offer' }).check();
  await recruitment.getByRole('combobox', { name: 'Recruitment channel', exact: true }).selectOption({ label: 'Messenger channel' });
  await recruitment.getByRole('textbox', { name: 'Promised job', exact: true }).fill('Security guard at a warehouse');
  await recruitment.getByRole('textbox', { name: 'Amount', exact: true }).fill('2500');
  await recruitment.getByRole('textbox', { name: 'Currency', exact: true }).fill('usd');
  await recruitment.getByRole('button', { name: 'Add a transit country' }).click();
  await recruitment.getByRole('combobox', { name: 'Transit country 1', exact: true }).fill('Türkiye');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/new-case-whole-call.png`, fullPage: true });

  // Closing a part keeps its input, and says so.
  await part(page, 'Recruitment').click();
  await expect(group(page, 'Recruitment')).toBeHidden();
  await expect(part(page, 'Recruitment')).toHaveAccessibleDescription('Holds input, which is saved with the case.');
  await form.save();

  const saved = page.getByRole('status').filter({ hasText: /^Case .+ saved\.$/ });
  await expect(saved).toHaveText('Case ZA-MOW-2026-0001 saved.');
  const casePage = new CaseFilePage(page);
  await casePage.openFromList('ZA-MOW-2026-0001');
  await expect(casePage.title()).toHaveText(longName);
  const shownWhereabouts = await casePage.open('Whereabouts');
  await expect(casePage.fact(shownWhereabouts, 'Current situation')).toHaveText('Deployed at the front');
  await expect(casePage.fact(shownWhereabouts, 'Country')).toHaveText('Ukraine');
  await expect(casePage.fact(shownWhereabouts, 'Place')).toHaveText('Donetsk, field hospital near the railway station');
  await expect(casePage.fact(shownWhereabouts, 'Military unit')).toHaveText('Storm-Z assault detachment 1441');
  const shownRecruitment = await casePage.open('Recruitment');
  await expect(casePage.fact(shownRecruitment, 'Recruitment methods')).toHaveText('False job offer');
  await expect(casePage.fact(shownRecruitment, 'Recruitment channel')).toHaveText('Messenger channel');
  await expect(casePage.fact(shownRecruitment, 'Promised job')).toHaveText('Security guard at a warehouse');
  await expect(casePage.fact(shownRecruitment, 'Promised pay')).toContainText(/2\s500/);
  await expect(casePage.fact(shownRecruitment, 'Route (transit countries)')).toHaveText('Türkiye');
  const shownReporter = await casePage.open('Reported by');
  await expect(casePage.fact(shownReporter, 'Relationship')).toHaveText('Mother');

  // One case opened, in one save: History holds one row.
  const history = await casePage.open('History');
  await expect(history.getByRole('rowheader')).toHaveText(['Case opened']);
});

test('the officer may skip every part but the person; a problem in a closed part opens it', async ({ page }) => {
  await new CaseListPage(page).openNewCase();
  const form = new NewCaseForm(page);
  await form.field('Full name').fill('Sipho Dlamini');
  await form.field('Nationality').fill('South Africa');

  await part(page, 'Whereabouts').click();
  await group(page, 'Whereabouts').getByRole('combobox', { name: 'Country', exact: true }).fill('Narnia');
  await part(page, 'Whereabouts').click();
  await part(page, 'Reported by').click();
  await expect(group(page, 'Reported by')).toBeHidden();
  await form.save();
  await expect(page.getByRole('alert')).toHaveText('There is 1 problem with this form. Each is shown next to its field.');
  await expect(part(page, 'Whereabouts')).toHaveAttribute('aria-expanded', 'true');
  const country = group(page, 'Whereabouts').getByRole('combobox', { name: 'Country', exact: true });
  await expect(country).toHaveAccessibleDescription(/Choose a country from the list\./);
  await page.screenshot({ path: `${SCREENSHOTS}/new-case-closed-part-error.png`, fullPage: true });

  await country.fill('');
  await form.save();
  await expect(page.getByRole('status').filter({ hasText: 'Case ZA-MOW-2026-0001 saved.' })).toBeVisible();
  const casePage = new CaseFilePage(page);
  await casePage.openFromList('ZA-MOW-2026-0001');
  const whereabouts = await casePage.open('Whereabouts');
  await expect(casePage.fact(whereabouts, 'Country')).toHaveText('Not recorded');
  const recruitment = await casePage.open('Recruitment');
  await expect(casePage.fact(recruitment, 'Promised job')).toHaveText('Not recorded');
});

test('the unsaved form survives a lock and a walk to another screen, and the window asks before a reload loses it', async ({ page }) => {
  await new CaseListPage(page).openNewCase();
  const form = new NewCaseForm(page);
  await form.field('Full name').fill('Sipho Dlamini');
  await part(page, 'Whereabouts').click();
  const place = group(page, 'Whereabouts').getByRole('textbox', { name: 'Place', exact: true });
  await place.fill('Rostov-on-Don');

  const lockScreen = new LockScreen(page);
  await new Header(page).lock();
  await expect(lockScreen.dialog()).toBeVisible();
  await lockScreen.unlock(SUPERVISOR_PASSPHRASE);
  await expect(form.field('Full name')).toHaveValue('Sipho Dlamini');
  await expect(place).toHaveValue('Rostov-on-Don');

  // Off to the case list by mistake, and back: the draft returns, its open parts too.
  await new Header(page).go('Cases');
  await new Header(page).go('New case');
  await expect(page.getByRole('status').filter({ hasText: 'The input you had not saved yet is back.' })).toBeVisible();
  await expect(form.field('Full name')).toHaveValue('Sipho Dlamini');
  await expect(place).toHaveValue('Rostov-on-Don');

  // A reload would lose it: the page asks first (the browser's "Leave site?"); staying keeps everything.
  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  });
  await page.evaluate(() => {
    window.location.reload();
  });
  await expect.poll(() => asked).toEqual(['beforeunload']);
  await expect(form.field('Full name')).toHaveValue('Sipho Dlamini');

  // Clearing the form leaves nothing to ask about: a reload goes through without a question.
  await page.getByRole('button', { name: 'Clear the form' }).click();
  await expect(form.field('Full name')).toHaveValue('');
  await expect(part(page, 'Whereabouts')).toHaveAttribute('aria-expanded', 'false');
  page.on('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  });
  // The data key lived in this window's memory only: the reloaded window asks for the passphrase first.
  await reloadAndUnlock(page);
  await expect(page.getByRole('heading', { name: 'New case' })).toBeVisible();
  expect(asked).toEqual(['beforeunload']);
});
