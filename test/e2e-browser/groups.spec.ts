import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, FirstRunPage, SCREENSHOTS } from './page-models/app';
import { CaseList, createCase, GroupPageModel } from './page-models/case-list';

const GROUP = '17 South Africans — Donetsk distress signals';

test('cases selected in the list go into a new group; the group page shows them and their progress', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await new FirstRunPage(page).setUp({ name: 'Thandi Nkosi', country: 'South Africa', postCode: 'MOW' });
  const sipho = await createCase(page, { fullName: 'Sipho Dlamini', nationality: 'South Africa', priority: 'High', situation: 'Deployed at the front' });
  const long = await createCase(page, {
    fullName: 'Nomvula Thandeka Precious Mahlangu-Khumalo-Van der Merwe Nkosazana',
    nationality: 'South Africa',
    priority: 'Normal',
    situation: 'Unknown',
  });
  const ramesh = await createCase(page, { fullName: 'Ramesh Thapa', nationality: 'Nepal', priority: 'High', situation: 'In training' });

  const list = new CaseList(page);
  await list.select(sipho);
  await list.select(long);
  await expect(page.getByText('2 cases selected')).toBeVisible();
  await page.getByRole('button', { name: 'Add to group…' }).click();
  const form = page.getByRole('group', { name: 'Add 2 selected cases to a group' });
  // No group exists yet, so a new one is proposed; its name is required.
  await expect(form.getByLabel('Group', { exact: true })).toHaveValue('new');
  await form.getByRole('button', { name: 'Add to group' }).click();
  await expect(form.getByRole('textbox', { name: 'Name of the new group' })).toHaveAccessibleDescription('Fill in “Name of the new group”.');
  await form.getByRole('textbox', { name: 'Name of the new group' }).fill(GROUP);
  await form.getByRole('textbox', { name: 'Note' }).fill('Distress messages forwarded by families in March; most were promised security jobs.');
  await form.getByRole('button', { name: 'Add to group' }).click();
  await expect(page.getByRole('status').filter({ hasText: `The 2 selected cases are now in the group “${GROUP}”.` })).toBeVisible();
  await expect(page.getByText('2 cases selected')).toBeHidden();

  // The group page: its cases, the progress as text, and a way back to the list.
  const group = new GroupPageModel(page);
  await group.openFromGroups(GROUP);
  await expect(group.members()).toHaveText([sipho, long]);
  await expect(page.getByText('2 cases — 2 Reported', { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/group-page.png`, fullPage: true });

  // "Open in case list" shows the group's cases; taking one out of the group there updates the page live.
  await page.getByRole('link', { name: 'Open in case list' }).click();
  await expect(list.filter('Group')).toHaveValue(/.+/);
  await list.expectReferences([sipho, long]);
  await list.select(long);
  await page.getByRole('button', { name: `Remove from group “${GROUP}”` }).click();
  await expect(page.getByRole('status').filter({ hasText: `The selected case is no longer in the group “${GROUP}”.` })).toBeVisible();
  await list.expectReferences([sipho]);

  // Adding to an existing group from an unfiltered list.
  await list.clearFilters();
  await list.select(ramesh);
  await page.getByRole('button', { name: 'Add to group…' }).click();
  await page.getByRole('group', { name: 'Add 1 selected case to a group' }).getByLabel('Group', { exact: true }).selectOption({ label: GROUP });
  await page.getByRole('button', { name: 'Add to group', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `The selected case is now in the group “${GROUP}”.` })).toBeVisible();

  await group.openFromGroups(GROUP);
  await expect(group.members()).toHaveText([sipho, ramesh]);
  await page.getByRole('button', { name: `Remove ${ramesh} from this group` }).click();
  await expect(page.getByRole('status').filter({ hasText: `${ramesh} removed from this group.` })).toBeVisible();
  await expect(group.members()).toHaveText([sipho]);
  await expect(page.getByText('1 case — 1 Reported', { exact: true })).toBeVisible();
});

test('groups are created with a name and note, and edited', async ({ page }) => {
  await page.goto('/');
  await new FirstRunPage(page).setUp({ name: 'Thandi Nkosi', country: 'South Africa', postCode: 'MOW' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Groups' }).click();
  await expect(page.getByText('No groups yet.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const create = page.getByRole('group', { name: 'Create a group' });
  await create.getByRole('button', { name: 'Create group' }).click();
  await expect(create.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Fill in “Name”.');
  await create.getByRole('textbox', { name: 'Name' }).fill('Nepali citizens — Rostov training camp');
  await create.getByRole('textbox', { name: 'Note' }).fill('Reported by the embassy in Moscow.');
  await create.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Group “Nepali citizens — Rostov training camp” created.' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'Nepali citizens — Rostov training camp' });
  await expect(row).toContainText('Reported by the embassy in Moscow.');
  await expect(row).toContainText('No cases in this group yet.');
  await expect(create.getByRole('textbox', { name: 'Name' })).toHaveValue('');

  const group = new GroupPageModel(page);
  await group.openFromGroups('Nepali citizens — Rostov training camp');
  await expect(page.getByText('No cases in this group yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Edit name and note' }).click();
  const edit = page.getByRole('group', { name: 'Edit name and note' });
  await edit.getByRole('textbox', { name: 'Name' }).fill('Nepali citizens — Rostov and Donetsk');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Group saved.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Nepali citizens — Rostov and Donetsk' })).toBeVisible();
  await expect(page.getByText('Reported by the embassy in Moscow.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
