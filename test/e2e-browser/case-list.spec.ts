import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, FirstRunPage, reloadAndUnlock, SCREENSHOTS } from './page-models/app';
import { CaseList, createCase, type CaseSeed } from './page-models/case-list';

const SEEDS: CaseSeed[] = [
  { fullName: 'Sipho Dlamini', otherName: 'Sipho Dhlamini', nationality: 'South Africa', passportNumber: 'A12345678', priority: 'High', situation: 'Deployed at the front' },
  { fullName: 'Thabo Mokoena', nationality: 'South Africa', passportNumber: 'A87654321', priority: 'Critical', situation: 'Injured or in hospital' },
  { fullName: 'Ramesh Thapa', otherName: 'Ramesh Thappa', nationality: 'Nepal', passportNumber: 'N5550001', priority: 'High', situation: 'Deployed at the front' },
  { fullName: 'Gurpreet Singh', nationality: 'India', passportNumber: 'Z9000001', priority: 'Normal', situation: 'Prisoner of war' },
  { fullName: 'Lwazi Ndlovu', nationality: 'South Africa', passportNumber: 'A12399999', priority: 'High', situation: 'In training' },
  {
    fullName: 'Nomvula Thandeka Precious Mahlangu-Khumalo-Van der Merwe Nkosazana',
    nationality: 'South Africa',
    priority: 'Normal',
    situation: 'Unknown',
  },
  { fullName: 'محمد عبد الله الحسيني', otherName: 'Mohammed Abdullah Al-Husseini', nationality: 'Egypt', priority: 'Critical', situation: 'Detained by authorities' },
];

const ref = (n: number) => `ZA-MOW-2026-000${n}`;

test('filters, search and sort find exactly the expected cases, and the filters live in the URL', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await new FirstRunPage(page).setUp({ name: 'Thandi Nkosi', country: 'South Africa', postCode: 'MOW' });
  for (const seed of SEEDS) await createCase(page, seed);
  const list = new CaseList(page);
  await expect(page.getByText('7 cases', { exact: true })).toBeVisible();

  // Nationality and priority together.
  await list.filter('Nationality').selectOption({ label: 'South Africa' });
  await list.filter('Priority').selectOption({ label: 'High' });
  await list.expectReferences([ref(1), ref(5)]);
  await expect(page.getByText('2 cases', { exact: true })).toBeVisible();
  await expect(list.row(ref(1))).toContainText('Sipho Dlamini');
  await expect(list.row(ref(1))).toContainText('Not yet contacted');
  await expect(list.row(ref(1))).toContainText('Reported');

  // The filters are in the address, so they survive a reload.
  expect(page.url()).toContain('nationality=ZA');
  expect(page.url()).toContain('priority=high');
  await reloadAndUnlock(page);
  await expect(list.filter('Nationality')).toHaveValue('ZA');
  await expect(list.filter('Priority')).toHaveValue('high');
  await list.expectReferences([ref(1), ref(5)]);
  await expectNoSeriousA11yViolations(page);

  // Current situation narrows further; a filter nothing matches shows its own empty state.
  await list.filter('Current situation').selectOption({ label: 'In training' });
  await list.expectReferences([ref(5)]);
  // The box reflects the address once the filter is applied, so click and wait rather than check() at once.
  await list.filter('Overdue follow-ups').click();
  await expect(list.filter('Overdue follow-ups')).toBeChecked();
  await expect(page.getByText('No case matches these filters.')).toBeVisible();
  await expect(page.getByText('0 cases', { exact: true })).toBeVisible();
  await list.clearFilters();
  await expect(list.filter('Nationality')).toHaveValue('');
  await expect(list.filter('Overdue follow-ups')).not.toBeChecked();
  await expect(page.getByText('7 cases', { exact: true })).toBeVisible();

  // Search: other names, passport prefix, reference, and combined with a filter.
  await list.search('Dhlamini');
  await list.expectReferences([ref(1)]);
  await list.search('thappa');
  await list.expectReferences([ref(3)]);
  await list.search('Mohammed');
  await list.expectReferences([ref(7)]);
  await list.search('A123');
  await list.expectReferences([ref(1), ref(5)]);
  await list.filter('Current situation').selectOption({ label: 'Deployed at the front' });
  await list.expectReferences([ref(1)]);
  await list.clearFilters();
  await expect(list.filters().getByRole('searchbox', { name: 'Search' })).toHaveValue('');
  await list.search(ref(3));
  await list.expectReferences([ref(3)]);
  await list.search('');
  await expect(page.getByText('7 cases', { exact: true })).toBeVisible();

  // Sort by full name, both ways, announced through aria-sort.
  await list.sortBy('Full name');
  await expect(list.columnHeader('Full name')).toHaveAttribute('aria-sort', 'ascending');
  await expect(list.columnHeader('Last updated')).not.toHaveAttribute('aria-sort');
  const ascending = [
    'Gurpreet Singh',
    'Lwazi Ndlovu',
    'Nomvula Thandeka Precious Mahlangu-Khumalo-Van der Merwe Nkosazana',
    'Ramesh Thapa',
    'Sipho Dlamini',
    'Thabo Mokoena',
    'محمد عبد الله الحسيني',
  ];
  await expect.poll(() => list.names()).toEqual(ascending);
  await list.sortBy('Full name');
  await expect(list.columnHeader('Full name')).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(() => list.names()).toEqual([...ascending].reverse());
  await reloadAndUnlock(page);
  await expect(list.columnHeader('Full name')).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(() => list.names()).toEqual([...ascending].reverse());

  await list.sortBy('Priority');
  await expect(list.columnHeader('Priority')).toHaveAttribute('aria-sort', 'ascending');
  await expect.poll(async () => (await list.references()).slice(0, 2).sort()).toEqual([ref(2), ref(7)]);

  // The screenshot: a filtered list with long and right-to-left names, one row selected.
  await list.filter('Status').selectOption({ label: 'Reported' });
  await list.filter('Contact status').selectOption({ label: 'Not yet contacted' });
  await list.select(ref(6));
  await expect(page.getByText('1 case selected')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/case-list-filters.png`, fullPage: true });
});

test('a list with no cases says so, and links to a filtered list keep working', async ({ page }) => {
  await page.goto('/');
  await new FirstRunPage(page).setUp({ name: 'Thandi Nkosi', country: 'South Africa', postCode: 'MOW' });
  await expect(page.getByText('No cases yet.')).toBeVisible();
  await page.goto('/#/?status=locating&priority=critical&nationality=NOWHERE');
  const list = new CaseList(page);
  await expect(page.getByText('No case matches these filters.')).toBeVisible();
  await expect(list.filter('Status')).toHaveValue('locating');
  await expect(list.filter('Priority')).toHaveValue('critical');
  // A value that is not a country is ignored rather than refused.
  await expect(list.filter('Nationality')).toHaveValue('');
  await expectNoSeriousA11yViolations(page);
});

/** A calendar date `days` from today in this browser's time zone, as an officer at a South African post types it. */
function typedDate(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
}

test('overdue and due-soon follow-ups stand out in the list, and the overdue filter finds them', async ({ page }) => {
  await page.goto('/');
  await new FirstRunPage(page).setUp({ name: 'Thandi Nkosi', country: 'South Africa', postCode: 'MOW' });
  for (const [fullName, days] of [['Sipho Dlamini', -2], ['Thabo Mokoena', 2], ['Lwazi Ndlovu', 30]] as const) {
    const reference = await createCase(page, { fullName, nationality: 'South Africa', priority: 'High', situation: 'Deployed at the front' });
    await page.getByRole('link', { name: reference }).click();
    await page.getByRole('tab', { name: 'Follow-ups' }).click();
    await page.getByRole('button', { name: 'Add a follow-up' }).click();
    await page.getByRole('textbox', { name: 'Follow-up' }).fill('Call the sister back');
    await page.getByLabel('Due on').fill(typedDate(days));
    await page.getByRole('button', { name: 'Save follow-up' }).click();
    await expect(page.getByText('Follow-up “Call the sister back” added.')).toBeVisible();
    await new CaseList(page).open();
  }
  const list = new CaseList(page);
  await expect(list.row(ref(1))).toContainText('Overdue');
  await expect(list.row(ref(2))).toContainText('Due soon');
  await expect(list.row(ref(3))).not.toContainText(/Overdue|Due soon/);
  // The box reflects the address once the filter is applied, so click and wait rather than check() at once.
  await list.filter('Overdue follow-ups').click();
  await expect(list.filter('Overdue follow-ups')).toBeChecked();
  await list.expectReferences([ref(1)]);
  expect(page.url()).toContain('overdue=1');
});
