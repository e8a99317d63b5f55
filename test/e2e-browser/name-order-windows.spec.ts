/**
 * Two windows of one workstation (two tabs of one browser profile, as two
 * Electron windows share one): a rename in one reorders the name-sorted
 * case list already open in the other, without a reload or a new sign-in.
 */
import { expect, test } from '@playwright/test';
import { SCHEMA_V3 } from '../../renderer/src/data/db';
import { PRE_SUPERVISOR, preProtectionRecords } from '../fixtures/pre-protection';
import { RecoveryKeyStep, signIn } from './page-models/app';
import { CaseList } from './page-models/case-list';
import { CaseFilePage } from './page-models/case-page';
import { seedOldDatabase } from './support/seed-old-database';

const PASSPHRASE = 'supervisor umbrella kettle';
const SUPERVISOR = 'Naledi Mokoena — Supervisor';

test('a rename in another window reorders this window’s name-sorted list', async ({ page, context }) => {
  test.setTimeout(120_000);
  const records = await preProtectionRecords({
    profiles: [{ id: PRE_SUPERVISOR, name: 'Naledi Mokoena', role: 'supervisor', passphrase: PASSPHRASE }],
    names: ['Bongani Zulu', 'Mpho Sithole', 'Zanele Khumalo'],
    iterations: 100_000,
  });
  await seedOldDatabase(page, 5, SCHEMA_V3, records);
  await page.goto('/');
  // The first sign-in since the upgrade: the cases are sealed, then the supervisor receives the recovery key.
  await page.getByLabel('Passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await new RecoveryKeyStep(page).confirm();
  const list = new CaseList(page);
  await list.open();
  await list.sortBy('Full name');
  await expect.poll(() => list.names()).toEqual(['Bongani Zulu', 'Mpho Sithole', 'Zanele Khumalo']);

  // The other window: its own sign-in (the key lives in each window's memory), the same database.
  const other = await context.newPage();
  await other.goto('/');
  await signIn(other, SUPERVISOR, PASSPHRASE);
  const casePage = new CaseFilePage(other);
  await casePage.openFromList('ZA-MOW-2026-00003');
  const person = await casePage.edit('Person');
  await casePage.field(person, 'Full name').fill('Amahle Khumalo');
  await casePage.save(person);
  await expect(person.getByRole('status')).toHaveText('Person saved.');

  await expect.poll(() => list.names()).toEqual(['Amahle Khumalo', 'Bongani Zulu', 'Mpho Sithole']);
  await list.sortBy('Full name');
  await expect.poll(() => list.names()).toEqual(['Mpho Sithole', 'Bongani Zulu', 'Amahle Khumalo']);
});
