/**
 * The officer's day, end to end: one of the 17 South Africans who sent
 * distress signals from Donetsk, from the sister's call to the closed case.
 */
import { expect, test } from '@playwright/test';
import { STEPS_TO_ARRIVAL } from '../fixtures/repatriation-steps';
import { expectNoSeriousA11yViolations, SCREENSHOTS } from './page-models/app';
import { CaseFilePage } from './page-models/case-page';
import { CaseRecords, typedDateTime } from './page-models/case-records';

/** `days` days before today at `time`, as an officer at the (South African) post types it. */
const daysAgo = (days: number, time: string) => typedDateTime(-days, time);

test('an officer logs a Donetsk case, contacts him, works the steps to Returned and closes it', async ({ page }) => {
  await CaseFilePage.setUpWorkstation(page);
  const reference = await CaseFilePage.logCase(page, {
    fullName: 'Lwazi Mthembu',
    nationality: 'South Africa',
    passportNumber: 'A04417731',
    dateOfBirth: '1999',
    reportedBy: { name: 'Zanele Mthembu', relationship: 'Sister', consentToShare: false },
  });
  const casePage = new CaseFilePage(page);
  await casePage.openFromList(reference);

  await test.step('whereabouts: deployed near Donetsk; the family may not be told', async () => {
    const panel = await casePage.edit('Whereabouts');
    await casePage.field(panel, 'Current situation').selectOption({ label: 'Deployed at the front' });
    await casePage.field(panel, 'Country').fill('Ukraine');
    await casePage.field(panel, 'Place').fill('Donetsk');
    await casePage.save(panel);
    await expect(casePage.fact(panel, 'Place')).toHaveText('Donetsk');
    await expect(panel.getByRole('note')).toContainText('Zanele Mthembu, who reported this case, has not consented to receive updates.');
  });

  await test.step('recruitment: a false job offer advertised on Telegram', async () => {
    const panel = await casePage.edit('Recruitment');
    await panel.getByRole('group', { name: 'Recruitment methods' }).getByRole('checkbox', { name: 'False job offer' }).check();
    await casePage.field(panel, 'Recruitment channel').selectOption({ label: 'Online job advert' });
    await casePage.field(panel, 'Platform').selectOption({ label: 'Telegram' });
    await casePage.field(panel, 'Promised job').fill('Warehouse guard');
    await casePage.save(panel);
    await expect(casePage.fact(panel, 'Recruitment methods')).toHaveText('False job offer');
    await expect(casePage.fact(panel, 'Platform')).toHaveText('Telegram');
  });

  const records = new CaseRecords(page);
  await test.step('three contact attempts: no answer, message left, proof of life', async () => {
    await records.openTab('Contact log');
    await expect(records.contactLog().getByRole('note')).toBeVisible();
    await records.logContact({ when: daysAgo(2, '09:30'), channel: 'Phone', with: 'The citizen', outcome: 'No answer', summary: 'Rang twice.' });
    await expect(records.contactStatus()).toContainText('Attempting contact');
    await records.logContact({ when: daysAgo(2, '15:00'), channel: 'WhatsApp', with: 'The citizen', outcome: 'Message left', summary: 'Voice note left.' });
    await records.logContact({ when: daysAgo(1, '08:10'), channel: 'Telegram', with: 'The citizen', outcome: 'Proof of life', summary: 'Photo with date.' });
    await expect(records.contactStatus()).toContainText('In contact');
    await expect(records.contactTable().getByRole('row')).toHaveCount(4);
  });

  await test.step('Returned is refused until he has arrived home', async () => {
    const overview = await casePage.open('Overview');
    const status = overview.getByRole('group', { name: 'Change status' });
    await status.getByLabel('New status').selectOption({ label: 'Returned' });
    await status.getByRole('button', { name: 'Change status' }).click();
    await expect(status.getByRole('alert')).toHaveText('A case can be marked Returned only when the step “Arrived home” is Done.');
  });

  await test.step('the repatriation steps are worked to "Arrived home"', async () => {
    await records.openTab('Repatriation steps');
    for (const step of STEPS_TO_ARRIVAL) await records.setStep(step, 'Done', step.startsWith('Release') ? { reference: 'NV-2026-114' } : {});
    await expect(records.stepRow('Referred for support')).toContainText('Next step');
  });

  await test.step('Returned, then closed as "Returned and settled"', async () => {
    const overview = await casePage.open('Overview');
    const status = overview.getByRole('group', { name: 'Change status' });
    await status.getByLabel('New status').selectOption({ label: 'Returned' });
    await status.getByRole('button', { name: 'Change status' }).click();
    await expect(status.getByRole('status')).toHaveText('Status changed to Returned.');
    await status.getByLabel('New status').selectOption({ label: 'Closed' });
    await status.getByLabel('Closure reason').selectOption({ label: 'Returned and settled' });
    await status.getByRole('button', { name: 'Change status' }).click();
    await expect(casePage.header()).toContainText('Closed: Returned and settled');
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: `${SCREENSHOTS}/officer-scenario-closed.png`, fullPage: true });
  });

  await test.step('history tells the whole story', async () => {
    await records.openTab('History');
    await expect(records.history()).toContainText('Returned and settled');
    await expect(records.history()).toContainText('Proof of life');
    await expect(records.history()).toContainText('Donetsk');
  });
});
