/**
 * The officer scenario's main steps in Russian (see officer-scenario.spec.ts):
 * the first-run screen in Russian, a case from a family's call, whereabouts,
 * a contact attempt, a status change the lifecycle refuses, and the case
 * report. Labels come from the Russian catalogue, so a screen left in English
 * fails here.
 */
import { expect, test } from '@playwright/test';
import { ru } from '../../renderer/src/i18n/ru';
import { expectNoSeriousA11yViolations, RecoveryKeyStep, SCREENSHOTS, SUPERVISOR_PASSPHRASE } from './page-models/app';

/** A label as shown: a required field's ends in " *". */
const labelled = (text: string) => new RegExp(`^${text}( \\*)?$`);

/** Yesterday at `time` (`HH:mm`), as a Russian-speaking officer types it: `dd.mm.yyyy HH:mm`. */
function yesterdayAt(time: string): string {
  const date = new Date(Date.now() - 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()} ${time}`;
}

test('Russian: an officer logs a case from Tashkent, records where he is, contacts him, and Returned is refused until he is home', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Русский' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { name: ru.firstRun.title })).toBeVisible();
  await page.getByRole('textbox', { name: ru.firstRun.name, exact: true }).fill('Дилноза Каримова');
  await page.getByLabel(labelled(ru.firstRun.passphrase)).fill(SUPERVISOR_PASSPHRASE);
  await page.getByLabel(labelled(ru.firstRun.confirmPassphrase)).fill(SUPERVISOR_PASSPHRASE);
  await page.getByRole('combobox', { name: ru.firstRun.issuingCountry, exact: true }).fill('Узбекистан');
  await page.getByRole('textbox', { name: ru.firstRun.postCode, exact: true }).fill('MOW');
  await page.getByRole('button', { name: ru.firstRun.submit }).click();
  await new RecoveryKeyStep(page, ru).confirm();
  await expect(page.getByRole('heading', { name: ru.caseList.title, level: 1 })).toBeVisible();

  await test.step('New case from the sister’s call', async () => {
    await page.getByRole('navigation', { name: ru.app.mainNavigation }).getByRole('link', { name: ru.nav.newCase }).click();
    const person = page.getByRole('group', { name: ru.newCase.personLegend, exact: true });
    await person.getByRole('textbox', { name: ru.fields.fullName, exact: true }).fill('Бахтиёр Усманов');
    await person.getByRole('combobox', { name: ru.fields.nationality, exact: true }).fill('Узбекистан');
    await person.getByRole('textbox', { name: ru.fields.passportNumber, exact: true }).fill('FA1234567');
    const reporter = page.getByRole('group', { name: ru.newCase.reportedByLegend, exact: true });
    await reporter.getByRole('textbox', { name: ru.fields.reportedByName, exact: true }).fill('Гульнора Усманова');
    await reporter.getByRole('textbox', { name: ru.fields.relationship, exact: true }).fill('Сестра');
    await page.getByRole('button', { name: ru.newCase.save }).click();
    await expect(page.getByRole('status').filter({ hasText: /^Дело UZ-MOW-\d{4}-\d{4} сохранено\.$/ })).toBeVisible();
  });

  await test.step('the list counts it in Russian, and the case opens', async () => {
    await page.getByRole('navigation', { name: ru.app.mainNavigation }).getByRole('link', { name: ru.nav.cases, exact: true }).click();
    await expect(page.getByText('1 дело', { exact: true })).toBeVisible();
    await page.getByRole('table').getByRole('link', { name: /^UZ-MOW-/ }).click();
    await expect(page.getByRole('heading', { name: 'Бахтиёр Усманов', level: 1 })).toBeVisible();
  });

  await test.step('whereabouts: at the front, near Donetsk', async () => {
    const tab = page.getByRole('tablist', { name: ru.casePage.sections }).getByRole('tab', { name: ru.casePage.tabs.whereabouts, exact: true });
    await tab.click();
    const panel = page.getByRole('tabpanel', { name: ru.casePage.tabs.whereabouts, exact: true });
    await panel.getByRole('button', { name: `${ru.casePage.edit} ${ru.casePage.tabs.whereabouts}` }).click();
    await panel.getByRole('combobox', { name: ru.fields.currentSituation, exact: true }).selectOption({ label: ru.taxonomy.currentSituation.deployed });
    await panel.getByRole('textbox', { name: ru.fields.place, exact: true }).fill('Донецк');
    await panel.getByRole('button', { name: ru.casePage.save, exact: true }).click();
    await expect(panel.getByRole('status')).toHaveText(`Раздел «${ru.casePage.tabs.whereabouts}» сохранён.`);
    await expect(panel).toContainText(ru.taxonomy.currentSituation.deployed);
    // The sister has not consented: the privacy notice says so in Russian.
    await expect(panel.getByRole('note')).toContainText('не дал(а) согласия на получение сведений');
  });

  await test.step('a contact attempt: proof of life on Telegram', async () => {
    await page.getByRole('tab', { name: ru.casePage.tabs.contactLog, exact: true }).click();
    const log = page.getByRole('region', { name: ru.caseRecords.contactLog.title });
    await log.getByRole('button', { name: ru.caseRecords.contactLog.add }).click();
    const form = log.getByRole('form', { name: ru.caseRecords.contactLog.addTitle });
    await form.getByLabel(ru.caseRecords.contactLog.fields.at).fill(yesterdayAt('08:10'));
    await form.getByLabel(ru.caseRecords.contactLog.fields.channel).selectOption({ label: ru.taxonomy.contactChannel.telegram });
    await form.getByLabel(ru.caseRecords.contactLog.fields.with, { exact: true }).selectOption({ label: ru.taxonomy.contactWith.citizen });
    await form.getByLabel(ru.caseRecords.contactLog.fields.outcome).selectOption({ label: ru.taxonomy.contactOutcome.proof_of_life });
    await form.getByLabel(ru.caseRecords.contactLog.fields.summary).fill('Фото с датой.');
    await form.getByRole('button', { name: ru.caseRecords.contactLog.save }).click();
    await expect(form).toBeHidden();
    await expect(log.getByRole('status').filter({ hasText: ru.caseRecords.contactLog.statusLabel })).toContainText(ru.taxonomy.contactStatus.in_contact);
    // 24-hour clock, day first.
    await expect(log.getByRole('table')).toContainText(/\d{1,2} [а-я]+\. \d{4} г\., 08:10/);
  });

  await test.step('Returned is refused until he has arrived home, in Russian', async () => {
    await page.getByRole('tab', { name: ru.casePage.tabs.overview, exact: true }).click();
    const status = page.getByRole('group', { name: ru.casePage.status.legend });
    await status.getByLabel(ru.casePage.status.newStatus).selectOption({ label: ru.taxonomy.caseStatus.returned });
    await status.getByRole('button', { name: ru.casePage.status.change }).click();
    await expect(status.getByRole('alert')).toHaveText(ru.transition.returned_needs_arrival);
    await page.screenshot({ path: `${SCREENSHOTS}/ru-case-overview.png`, fullPage: true });
    await expectNoSeriousA11yViolations(page);
  });

  await test.step('the case report is in Russian', async () => {
    await page.getByRole('link', { name: ru.reports.case.open }).click();
    const report = page.locator('article.report');
    await expect(report).toHaveAttribute('lang', 'ru');
    await expect(report).toContainText(ru.reports.case.kickerInternal);
    await expect(report).toContainText(ru.reports.confidential);
    await page.screenshot({ path: `${SCREENSHOTS}/ru-case-report.png`, fullPage: true });
  });
});
