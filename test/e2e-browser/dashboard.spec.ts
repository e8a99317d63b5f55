import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, FirstRunPage, SCREENSHOTS, signIn, SUPERVISOR_PASSPHRASE } from './page-models/app';
import { createCase, type CaseSeed } from './page-models/case-list';
import { CaseFilePage } from './page-models/case-page';
import { CaseRecords, localDate, typedDate, typedDateTime } from './page-models/case-records';
import { Header } from './page-models/profiles';
import { DashboardPage, reassign } from './page-models/supervision';

const CASES: (CaseSeed & { status?: string })[] = [
  { fullName: 'Sipho Dlamini', nationality: 'South Africa', priority: 'High', situation: 'Deployed at the front', status: 'In contact' },
  { fullName: 'Bongani Zulu', nationality: 'South Africa', priority: 'Critical', situation: 'Injured or in hospital' },
  { fullName: 'Ramesh Thapa', nationality: 'Nepal', priority: 'Normal', situation: 'Deployed at the front', status: 'Verifying' },
  { fullName: 'Jean-Baptiste Ngaïkoisset', nationality: 'Central African Republic', priority: 'Normal', situation: 'Prisoner of war', status: 'Closed' },
  { fullName: 'Amit Kumar', nationality: 'India', priority: 'High', situation: 'Unknown' },
];

async function changeStatus(casePage: CaseFilePage, status: string) {
  const control = casePage.panel('Overview').getByRole('group', { name: 'Change status' });
  await control.getByLabel('New status').selectOption({ label: status });
  if (status === 'Closed') await control.getByLabel('Closure reason').selectOption({ label: 'Duplicate' });
  await control.getByRole('button', { name: 'Change status' }).click();
  await expect(control.getByRole('status')).toContainText(status);
}

/** Five cases through the UI: statuses, contacts, an overdue follow-up and an unassigned case chosen so every number is known. */
async function seed(page: Page): Promise<Map<string, string>> {
  const references = new Map<string, string>();
  for (const c of CASES) references.set(c.fullName, await createCase(page, c));
  const casePage = new CaseFilePage(page);
  const records = new CaseRecords(page);
  for (const c of CASES) {
    if (!c.status) continue;
    await casePage.openFromList(references.get(c.fullName)!);
    await changeStatus(casePage, c.status);
  }
  // Sipho: last reached 20 days ago (contact lost, a stale case). Ramesh: reached yesterday.
  for (const [name, days] of [
    ['Sipho Dlamini', -20],
    ['Ramesh Thapa', -1],
  ] as const) {
    await casePage.openFromList(references.get(name)!);
    await records.openTab('Contact log');
    await records.logContact({ when: typedDateTime(days, '10:00'), channel: 'Phone', with: 'The citizen', outcome: 'Reached', summary: 'Spoke briefly.' });
  }
  // Bongani: a follow-up that was due yesterday.
  await casePage.openFromList(references.get('Bongani Zulu')!);
  await records.openTab('Follow-ups');
  await records.addFollowUp('Call the hospital in Rostov', typedDate(-1));
  // Amit: back to nobody.
  await casePage.openFromList(references.get('Amit Kumar')!);
  await casePage.panel('Overview').getByRole('button', { name: 'Reassign…' }).click();
  await reassign(page, { to: 'Unassigned', reason: 'To be picked up by the next officer on duty.' });
  await expect(casePage.panel('Overview').getByRole('status').filter({ hasText: 'unassigned' })).toHaveText('Case is now unassigned.');
  return references;
}

test('the dashboard counts a seeded caseload exactly, and every number opens those cases', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await new FirstRunPage(page).setUp({ name: 'Thandi Nkosi', country: 'South Africa', postCode: 'MOW' });
  const dashboard = new DashboardPage(page);
  // An empty workstation: the dashboard says so rather than drawing empty charts.
  await dashboard.open();
  expect(await dashboard.tileCount('Open cases')).toBe('0');
  await expect(dashboard.chart('Cases by nationality')).toContainText('No cases yet.');
  await expectNoSeriousA11yViolations(page);

  const references = await seed(page);
  // Signing in again: a supervisor's home is the dashboard.
  await new Header(page).signOut();
  await signIn(page, 'Thandi Nkosi — Supervisor', SUPERVISOR_PASSPHRASE);
  await dashboard.expectShown();

  expect(await dashboard.tileCount('Open cases')).toBe('4');
  await expect(dashboard.tile('Open cases')).toContainText('of 5 cases in all');
  expect(await dashboard.tileCount('Stale cases')).toBe('1');
  await expect(dashboard.tile('Stale cases')).toContainText('Open, no successful contact for more than 14 days');
  expect(await dashboard.tileCount('Overdue follow-ups')).toBe('1');
  expect(await dashboard.tileCount('Closure requests waiting')).toBe('0');
  await expect(dashboard.waiting()).toContainText('No closure requests are waiting.');

  const bars = async (title: string) => dashboard.chart(title).getByRole('listitem').getByRole('link').evaluateAll((links) => links.map((l) => l.getAttribute('aria-label')));
  expect(await bars('Cases by status')).toEqual([
    'Reported: 2 cases',
    'Verifying: 1 case',
    'Locating: 0 cases',
    'In contact: 1 case',
    'Repatriation in progress: 0 cases',
    'Returned: 0 cases',
    'Closed: 1 case',
  ]);
  expect(await bars('Cases by contact status')).toEqual([
    'Not yet contacted: 3 cases',
    'Attempting contact: 0 cases',
    'In contact: 1 case',
    'Contact lost: 1 case',
    'Declines assistance: 0 cases',
    'Deceased: 0 cases',
  ]);
  expect(await bars('Cases by nationality')).toEqual(['South Africa: 2 cases', 'Central African Republic: 1 case', 'India: 1 case', 'Nepal: 1 case']);
  expect(await bars('Cases by current situation')).toEqual([
    'Deployed at the front: 2 cases',
    'Injured or in hospital: 1 case',
    'Prisoner of war: 1 case',
    'Unknown: 1 case',
  ]);
  await expect(dashboard.chart('Cases by recruitment method')).toContainText('No recruitment methods recorded yet.');
  expect(await bars('Open cases per officer')).toEqual(['Thandi Nkosi: 3 cases', 'Unassigned: 1 case']);

  // The same numbers as tables.
  expect(await dashboard.tableRows('Cases by nationality')).toEqual([
    ['South Africa', '2'],
    ['Central African Republic', '1'],
    ['India', '1'],
    ['Nepal', '1'],
  ]);
  const thisMonth = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${localDate(0).slice(0, 7)}-01T00:00:00Z`));
  const months = await dashboard.tableRows('Cases opened and closed per month');
  expect(months).toHaveLength(12);
  expect(months.at(-1)).toEqual([thisMonth, '5', '1']);
  expect(months.slice(0, -1).every(([, opened, closed]) => opened === '0' && closed === '0')).toBe(true);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/dashboard.png`, fullPage: true });

  // Every number opens the case list with its filter.
  const list = page.getByRole('table', { name: /^Cases, sorted by/ });
  const listCount = page.getByRole('status').filter({ hasText: /^\d+ cases?$|^Counting/ });
  await dashboard.bar('Cases by nationality', 'South Africa: 2 cases').click();
  await expect(page.getByRole('heading', { name: 'Cases', level: 1 })).toBeVisible();
  await expect(page.getByRole('search', { name: 'Filters' }).getByLabel('Nationality', { exact: true })).toHaveValue('ZA');
  await expect(listCount).toHaveText('2 cases');

  await dashboard.open();
  await dashboard.tile('Stale cases').click();
  await expect(page.getByRole('checkbox', { name: 'Stale: no successful contact for more than 14 days' })).toBeChecked();
  await expect(listCount).toHaveText('1 case');
  await expect(list).toContainText(references.get('Sipho Dlamini')!);
  await page.screenshot({ path: `${SCREENSHOTS}/case-list-stale.png`, fullPage: true });

  await dashboard.open();
  await dashboard.bar('Open cases per officer', 'Unassigned: 1 case').click();
  await expect(listCount).toHaveText('1 case');
  await expect(list).toContainText('Amit Kumar');

  await dashboard.open();
  await dashboard.bar('Cases opened and closed per month', `${thisMonth}: 1 case closed`).click();
  // The month filter is a month and a year select (issue 10, item 11): both show the linked month.
  const closedIn = page.getByRole('search', { name: 'Filters' }).getByRole('group', { name: 'Closed in' });
  await expect(closedIn.getByRole('combobox', { name: 'Year' })).toHaveValue(localDate(0).slice(0, 4));
  await expect(closedIn.getByRole('combobox', { name: 'Month' })).toHaveValue(localDate(0).slice(5, 7));
  await expect(listCount).toHaveText('1 case');
  await expect(list).toContainText('Jean-Baptiste Ngaïkoisset');

  await dashboard.open();
  await dashboard.tile('Overdue follow-ups').click();
  await expect(listCount).toHaveText('1 case');
  await expect(list).toContainText('Bongani Zulu');
});
