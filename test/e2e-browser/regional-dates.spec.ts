/**
 * Date fields follow the post, not the browser: this Chromium runs in US
 * English (month first, 12-hour clock), yet a Russian-speaking officer at a
 * post in Russia types "05.03.2026" and means 5 March, an officer in Jordan
 * types Arabic-Indic digits, and a South African post is shown its own
 * year-first dates on a 24-hour clock. Screenshots of the contact form are
 * saved in English and in Arabic.
 */
import { expect, test, type Page } from '@playwright/test';
import { ar } from '../../renderer/src/i18n/ar';
import { ru } from '../../renderer/src/i18n/ru';
import { expectNoSeriousA11yViolations, FirstRunPage, RecoveryKeyStep, SCREENSHOTS, SUPERVISOR_PASSPHRASE } from './page-models/app';
import { CaseRecords, createAndOpenCase } from './page-models/case-records';
import { SettingsPage } from './page-models/profiles';

/** A label as shown: a required field's ends in " *". */
const labelled = (text: string) => new RegExp(`^${text}( \\*)?$`);

type Catalogue = typeof ru | typeof ar;

/** First run in `messages`' language, at a post in `country` (typed as that language names it), and a case opened. */
async function setUpAndOpenCase(page: Page, messages: Catalogue, language: string, country: string, fullName: string) {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: language });
  await page.getByRole('textbox', { name: messages.firstRun.name, exact: true }).fill('Officer');
  await page.getByLabel(labelled(messages.firstRun.passphrase)).fill(SUPERVISOR_PASSPHRASE);
  await page.getByLabel(labelled(messages.firstRun.confirmPassphrase)).fill(SUPERVISOR_PASSPHRASE);
  await page.getByRole('combobox', { name: messages.firstRun.issuingCountry, exact: true }).fill(country);
  await page.getByRole('textbox', { name: messages.firstRun.postCode, exact: true }).fill('MOW');
  await page.getByRole('button', { name: messages.firstRun.submit }).click();
  await new RecoveryKeyStep(page, messages).confirm();
  await page.getByRole('navigation', { name: messages.app.mainNavigation }).getByRole('link', { name: messages.nav.newCase }).click();
  const person = page.getByRole('group', { name: messages.newCase.personLegend, exact: true });
  await person.getByRole('textbox', { name: messages.fields.fullName, exact: true }).fill(fullName);
  await person.getByRole('combobox', { name: messages.fields.nationality, exact: true }).fill(country);
  await page.getByRole('button', { name: messages.newCase.save }).click();
  await page.getByRole('table').getByRole('link', { name: /-MOW-/ }).click();
  await expect(page.getByRole('heading', { name: fullName, level: 1 })).toBeVisible();
}

test('Russian at a post in Russia: "05.03.2026" typed as a follow-up’s due date is 5 March 2026', async ({ page }) => {
  test.setTimeout(120_000);
  await setUpAndOpenCase(page, ru, 'Русский', 'Россия', 'Бахтиёр Усманов');
  await page.getByRole('tab', { name: ru.casePage.tabs.followUps, exact: true }).click();
  const section = page.getByRole('region', { name: ru.caseRecords.followUps.title, exact: true });
  await section.getByRole('button', { name: ru.caseRecords.followUps.add }).click();
  const form = section.getByRole('form', { name: ru.caseRecords.followUps.addTitle });
  const due = form.getByRole('textbox', { name: labelled(ru.caseRecords.followUps.fields.dueOn) });
  await expect(due).toHaveAccessibleDescription('Формат: дд.мм.гггг.');
  await form.getByRole('textbox', { name: labelled(ru.caseRecords.followUps.fields.title) }).fill('Позвонить сестре');

  // 31 February is refused, in Russian, naming the field.
  await due.fill('31.02.2026');
  await form.getByRole('button', { name: ru.caseRecords.followUps.save }).click();
  await expect(due).toHaveAttribute('aria-invalid', 'true');
  await expect(due).toHaveAccessibleDescription(`Формат: дд.мм.гггг. «${ru.caseRecords.followUps.fields.dueOn}»: даты 31.02.2026 нет в календаре.`);

  await due.fill('05.03.2026');
  await form.getByRole('button', { name: ru.caseRecords.followUps.save }).click();
  await expect(form).toBeHidden();
  const row = section.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Позвонить сестре' }) });
  await expect(row).toContainText('5 мар. 2026 г.');

  // Opened again, the stored date is shown as the post writes it, not as ISO or the browser's mm/dd/yyyy.
  await section.getByRole('button', { name: 'Изменить задачу «Позвонить сестре»' }).click();
  const edit = section.getByRole('form', { name: /^Изменить задачу/ });
  await expect(edit.getByRole('textbox', { name: labelled(ru.caseRecords.followUps.fields.dueOn) })).toHaveValue('05.03.2026');
  await expectNoSeriousA11yViolations(page);
});

test('English at a South African post: the contact form asks for year/month/day on a 24-hour clock, and reads day-first typing', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await new FirstRunPage(page).setUp({ name: 'Thandi Nkosi', country: 'South Africa', postCode: 'MOW' });
  await createAndOpenCase(page, { fullName: 'Sipho Dlamini', nationality: 'South Africa' });
  const records = new CaseRecords(page);
  await records.openTab('Contact log');
  await records.contactLog().getByRole('button', { name: 'Log a contact' }).click();
  const form = records.contactLog().getByRole('form', { name: 'Log a contact' });
  const when = form.getByRole('textbox', { name: labelled('When') });
  await expect(when).toHaveAccessibleDescription('Your computer’s local time. Format: yyyy/mm/dd hh:mm.');
  // Today's date and time, as the form offers them: in the post's format, not the browser's.
  await expect(when).toHaveValue(/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}$/);
  await when.fill('5 March 2026 2:30 pm');
  await when.blur();
  await expect(when).toHaveValue('2026/03/05 14:30');
  const followUpDue = form.getByRole('textbox', { name: 'Follow-up due' });
  await followUpDue.fill('7 Mar 2026');
  await followUpDue.blur();
  await expect(followUpDue).toHaveValue('2026/03/07');
  // The calendar button follows the box in keyboard order, and a day picked on it is shown in the post's format.
  const box = followUpDue.locator('xpath=..');
  await followUpDue.focus();
  await page.keyboard.press('Tab');
  await expect(box.getByRole('button', { name: 'Choose on a calendar' })).toBeFocused();
  await expect(box.getByRole('button', { name: 'Choose on a calendar' })).toHaveAccessibleDescription('Follow-up due');
  // The browser's calendar popup cannot be driven from a test: pick as it does, through the hidden date input it fills.
  await box.locator('input[type="date"]').evaluate((input: HTMLInputElement) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, '2026-03-09');
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect(followUpDue).toHaveValue('2026/03/09');
  await form.getByLabel('Outcome').selectOption({ label: 'Reached' });
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/en-contact-form-dates.png`, fullPage: true });
  await form.getByRole('button', { name: 'Save contact' }).click();
  await expect(form).toBeHidden();
  await expect(records.contactRow('Reached')).toContainText('5 Mar 2026');
});

test('a post in the Philippines on a 12-hour clock: month first, and the time with AM or PM', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await new FirstRunPage(page).setUp({ name: 'Thandi Nkosi', country: 'South Africa', postCode: 'MNL' });
  const settings = new SettingsPage(page);
  await settings.open();
  await page.getByRole('combobox', { name: 'Country of the post' }).fill('Philippines');
  await page.getByRole('combobox', { name: 'Clock' }).selectOption({ label: '12-hour (4:25 PM)' });
  await settings.save();
  await createAndOpenCase(page, { fullName: 'Jose Ramos', nationality: 'Philippines' });
  const records = new CaseRecords(page);
  await records.openTab('Contact log');
  await records.contactLog().getByRole('button', { name: 'Log a contact' }).click();
  const form = records.contactLog().getByRole('form', { name: 'Log a contact' });
  const when = form.getByRole('textbox', { name: labelled('When') });
  await expect(when).toHaveAccessibleDescription('Your computer’s local time. Format: mm/dd/yyyy hh:mm AM/PM.');
  await when.fill('3/5/2026 2:30 PM');
  await when.blur();
  await expect(when).toHaveValue('03/05/2026 2:30 PM');
  await form.getByLabel('Outcome').selectOption({ label: 'Reached' });
  await form.getByRole('button', { name: 'Save contact' }).click();
  await expect(form).toBeHidden();
  await expect(records.contactRow('Reached')).toContainText(/Mar 5, 2026,? 2:30\sPM/);
});

test('Arabic at a post in Jordan: dates read left to right in the right-to-left form, typed in Arabic-Indic digits', async ({ page }) => {
  test.setTimeout(120_000);
  await setUpAndOpenCase(page, ar, 'العربية', 'الأردن', 'محمد عبد الله الخطيب');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('tab', { name: ar.casePage.tabs.contactLog, exact: true }).click();
  const log = page.getByRole('region', { name: ar.caseRecords.contactLog.title, exact: true });
  await log.getByRole('button', { name: ar.caseRecords.contactLog.add }).click();
  const form = log.getByRole('form', { name: ar.caseRecords.contactLog.addTitle });
  const when = form.getByRole('textbox', { name: labelled(ar.caseRecords.contactLog.fields.at) });
  await expect(when).toHaveAttribute('dir', 'ltr');
  await when.fill('٠٥/٠٣/٢٠٢٦ ١٤:٣٠');
  await when.blur();
  // A LEFT-TO-RIGHT MARK keeps the time after the date: Arabic-Indic numbers parted by a space would otherwise swap places.
  await expect(when).toHaveValue('٠٥/٠٣/٢٠٢٦\u200e ١٤:٣٠');
  const followUpDue = form.getByRole('textbox', { name: ar.caseRecords.contactLog.fields.followUpDue, exact: true });
  await followUpDue.fill('31/02/2026');
  await form.getByLabel(ar.caseRecords.contactLog.fields.outcome).selectOption({ label: ar.taxonomy.contactOutcome.reached });
  await form.getByRole('button', { name: ar.caseRecords.contactLog.save }).click();
  await expect(followUpDue).toHaveAttribute('aria-invalid', 'true');
  await expect(followUpDue).toHaveAccessibleDescription(/التاريخ [\u2066-\u2069]*31\/02\/2026[\u2066-\u2069]* غير موجود في التقويم/);
  // The date box starts where the right-to-left form starts: on the right.
  const box = await when.boundingBox();
  const formBox = await form.boundingBox();
  expect(box && formBox && box.x + box.width > formBox.x + formBox.width / 2).toBe(true);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/ar-contact-form-dates.png`, fullPage: true });
  await followUpDue.fill('٠٧/٠٣/٢٠٢٦');
  await form.getByRole('button', { name: ar.caseRecords.contactLog.save }).click();
  await expect(form).toBeHidden();
});
