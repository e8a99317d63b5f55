import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, FirstRunPage, SCREENSHOTS, signIn, SUPERVISOR_PASSPHRASE } from './page-models/app';
import { CaseFilePage } from './page-models/case-page';
import { Header, ProfilesPage } from './page-models/profiles';
import { ClosurePanel, DashboardPage, reassign } from './page-models/supervision';

const SUPERVISOR = 'Thandi Nkosi';
const SUPERVISOR_OPTION = 'Thandi Nkosi — Supervisor';
const OFFICER = 'Pieter Botha';
const OFFICER_OPTION = 'Pieter Botha — Consular officer';
const OFFICER_PASSPHRASE = 'granite orchard violin';

/** First run as the supervisor, who adds an officer and signs out. */
async function setUpWithOfficer(page: Page) {
  await page.goto('/');
  await new FirstRunPage(page).setUp({ name: SUPERVISOR, country: 'South Africa', postCode: 'MOW' });
  const profiles = new ProfilesPage(page);
  await profiles.open();
  await profiles.add({ name: OFFICER, role: 'Consular officer', passphrase: OFFICER_PASSPHRASE });
  await new Header(page).signOut();
}

async function switchTo(page: Page, option: string, passphrase: string) {
  await new Header(page).signOut();
  await signIn(page, option, passphrase);
}

test('an officer requests closure and cannot reassign; the supervisor approves it from the dashboard', async ({ page }) => {
  test.setTimeout(90_000);
  await setUpWithOfficer(page);
  await signIn(page, OFFICER_OPTION, OFFICER_PASSPHRASE);
  const nav = page.getByRole('navigation', { name: 'Main' });
  // Officers start on the case list; the dashboard is a supervisor's.
  await expect(page.getByRole('heading', { name: 'Cases', level: 1 })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Dashboard' })).toHaveCount(0);

  const reference = await CaseFilePage.logCase(page, { fullName: 'Sipho Dlamini', nationality: 'South Africa' });
  // No bulk reassignment for officers.
  await page.getByRole('checkbox', { name: `Select ${reference}` }).check();
  await expect(page.getByRole('button', { name: 'Add to group…' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reassign…' })).toHaveCount(0);

  const casePage = new CaseFilePage(page);
  await casePage.openFromList(reference);
  const overview = casePage.panel('Overview');
  // No reassignment, and Closed is not a status an officer sets: they request closure.
  await expect(overview.getByRole('button', { name: 'Reassign…' })).toHaveCount(0);
  const newStatus = overview.getByRole('group', { name: 'Change status' }).getByLabel('New status');
  await expect(newStatus.getByRole('option', { name: 'Closed' })).toHaveCount(0);
  await expect(newStatus.getByRole('option', { name: 'Verifying' })).toHaveCount(1);

  const closure = new ClosurePanel(page);
  // The reason is required; the data layer's message is shown at the field.
  await page.getByRole('button', { name: 'Request closure…' }).click();
  await page.getByRole('group', { name: 'Request closure' }).getByRole('button', { name: 'Request closure' }).click();
  await expect(page.getByRole('combobox', { name: 'Closure reason' })).toHaveAccessibleDescription('Choose one of the options.');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await closure.request('Declined assistance', 'He told his sister he wants to stay.');
  await expect(casePage.header()).toContainText('Closure requested');
  await expect(closure.panel()).toContainText('Waiting for a supervisor’s decision.');
  await expect(closure.panel()).toContainText('He told his sister he wants to stay.');
  await expect(page.getByRole('button', { name: 'Request closure…' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await nav.getByRole('link', { name: 'Cases', exact: true }).click();
  await expect(page.getByRole('row').filter({ has: page.getByRole('link', { name: reference, exact: true }) })).toContainText('Closure requested');

  // The supervisor signs in: the dashboard is home, and the request waits there.
  await switchTo(page, SUPERVISOR_OPTION, SUPERVISOR_PASSPHRASE);
  const dashboard = new DashboardPage(page);
  await dashboard.expectShown();
  await expect.poll(() => dashboard.tileCount('Closure requests waiting')).toBe('1');
  const row = dashboard.waitingRow(reference);
  await expect(row).toContainText('Sipho Dlamini');
  await expect(row).toContainText(OFFICER);
  await expect(row).toContainText('Declined assistance');
  await expect(row).toContainText('He told his sister he wants to stay.');
  await expectNoSeriousA11yViolations(page);
  await dashboard.waiting().getByRole('button', { name: `Return closure request of ${reference}` }).click();
  await page.screenshot({ path: `${SCREENSHOTS}/dashboard-closure-waiting.png` });
  await dashboard.waiting().getByRole('button', { name: 'Cancel' }).click();

  await dashboard.approve(reference, 'Confirmed with the family.');
  await expect(dashboard.waiting()).toContainText('No closure requests are waiting.');
  // The tile and the waiting list are separate live queries: the tile may update a moment after the list.
  await expect.poll(() => dashboard.tileCount('Closure requests waiting')).toBe('0');

  await casePage.openFromList(reference);
  await expect(casePage.header()).toContainText('Closed: Declined assistance');
  await expect(casePage.header()).not.toContainText('Closure requested');
  const history = await casePage.open('History');
  await expect(history.getByRole('rowheader', { name: 'Closure approved — note: Confirmed with the family.' })).toBeVisible();
  await expect(history.getByRole('rowheader', { name: 'Closure requested: Declined assistance — note: He told his sister he wants to stay.' })).toBeVisible();
  await expect(history.getByRole('row').filter({ hasText: 'Closure approved' })).toContainText(SUPERVISOR);
});

test('a returned request tells the officer why; the supervisor reassigns one case, then several, each with a reason', async ({ page }) => {
  test.setTimeout(90_000);
  await setUpWithOfficer(page);
  await signIn(page, OFFICER_OPTION, OFFICER_PASSPHRASE);
  const first = await CaseFilePage.logCase(page, { fullName: 'Ramesh Thapa', nationality: 'Nepal' });
  const second = await CaseFilePage.logCase(page, { fullName: 'Gurpreet Singh', nationality: 'India' });
  const casePage = new CaseFilePage(page);
  await casePage.openFromList(first);
  const closure = new ClosurePanel(page);
  await closure.request('Referred elsewhere');

  await switchTo(page, SUPERVISOR_OPTION, SUPERVISOR_PASSPHRASE);
  await casePage.openFromList(first);
  await expect(casePage.header()).toContainText('Closure requested');
  // While a request waits, the supervisor decides on it rather than closing around it.
  const newStatus = casePage.panel('Overview').getByRole('group', { name: 'Change status' }).getByLabel('New status');
  await expect(newStatus.getByRole('option', { name: 'Closed' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/case-closure-requested.png`, fullPage: true });
  await closure.panel().getByRole('button', { name: `Return closure request of ${first}` }).click();
  const form = closure.panel().getByRole('group', { name: `Return the closure request of ${first}` });
  await form.getByRole('button', { name: 'Return to the officer' }).click();
  await expect(form.getByRole('textbox', { name: 'Why it is returned' })).toHaveAccessibleDescription('Fill in “Why it is returned”.');
  await form.getByRole('textbox', { name: 'Why it is returned' }).fill('Ask the ICRC first whether he is still detained.');
  await form.getByRole('button', { name: 'Return to the officer' }).click();
  await expect(closure.panel().getByRole('status')).toHaveText(`The closure request of ${first} was returned to the officer.`);
  await expect(casePage.header()).not.toContainText('Closure requested');

  // Reassign this case: the reason is required and kept in History.
  const overview = casePage.panel('Overview');
  await overview.getByRole('button', { name: 'Reassign…' }).click();
  await reassign(page, { to: `${SUPERVISOR} — Supervisor`, reason: '' });
  await expect(page.getByRole('textbox', { name: 'Reason' })).toHaveAccessibleDescription(/Fill in “Reason”\./);
  await reassign(page, { to: `${SUPERVISOR} — Supervisor`, reason: 'Pieter is on leave until May.' });
  await expect(overview.getByRole('status').filter({ hasText: 'reassigned' })).toHaveText(`Case reassigned to ${SUPERVISOR}.`);
  await expect(overview.getByRole('region', { name: 'Assigned officer' })).toContainText(SUPERVISOR);
  const history = await casePage.open('History');
  await expect(history.getByRole('row').filter({ hasText: 'Assigned officer — reason: Pieter is on leave until May.' })).toContainText(`${OFFICER}${SUPERVISOR}`);
  await expect(history.getByRole('rowheader', { name: 'Closure returned: Ask the ICRC first whether he is still detained.' })).toBeVisible();

  // Several at once from the list: both go back to the officer.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cases', exact: true }).click();
  await page.getByRole('checkbox', { name: `Select ${first}` }).check();
  await page.getByRole('checkbox', { name: `Select ${second}` }).check();
  await page.getByRole('button', { name: 'Reassign…' }).click();
  await expect(page.getByRole('group', { name: 'Reassign 2 selected cases' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await reassign(page, { to: `${OFFICER} — Consular officer`, reason: 'Back from leave.' });
  await expect(page.getByRole('status').filter({ hasText: 'reassigned' })).toHaveText(`2 cases reassigned to ${OFFICER}.`);

  // The officer sees why the request came back, and may ask again.
  await switchTo(page, OFFICER_OPTION, OFFICER_PASSPHRASE);
  await casePage.openFromList(first);
  await expect(closure.panel()).toContainText(`The last closure request was returned by ${SUPERVISOR}`);
  await expect(closure.panel()).toContainText('Ask the ICRC first whether he is still detained.');
  await expect(page.getByRole('button', { name: 'Request closure…' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/closure-returned.png`, fullPage: true });
});
