/**
 * Names in every script of the caseload, on a workstation without their fonts:
 * this machine's Chromium has no Devanagari, Arabic, Bengali or Sinhala font
 * of its own, so what shows and prints is the app's bundled Noto.
 */
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, FirstRunPage, NewCaseForm, SCREENSHOTS } from './page-models/app';
import { CaseFilePage } from './page-models/case-page';
import { pdfFonts, pdfReadingText, printCount, printPdf, renderPdfPage, stubPrint } from './page-models/exchange';

const NAMES = {
  devanagari: 'राम बहादुर थापा',
  arabic: 'محمد الحسن',
  bengali: 'রহিম উদ্দিন',
  sinhala: 'සුනිල් පෙරේරා',
  cyrillic: 'Иван Петрович Сидоров',
};

test('names in Devanagari, Arabic, Bengali, Sinhala and Cyrillic show in Noto and print into the PDF as typed', async ({ page }) => {
  test.setTimeout(90_000);
  await stubPrint(page);
  await page.goto('/');
  await new FirstRunPage(page).setUp({ name: 'Thandi Nkosi', country: 'Nepal', postCode: 'MOW' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New case' }).click();
  const form = new NewCaseForm(page);
  await form.field('Full name').fill(NAMES.devanagari);
  const others = [NAMES.arabic, NAMES.bengali, NAMES.sinhala, NAMES.cyrillic];
  for (const [i, name] of others.entries()) {
    await page.getByRole('button', { name: 'Add another name or spelling' }).click();
    await form.field(`Other name ${i + 1}`).fill(name);
  }
  await form.field('Nationality').fill('Nepal');
  await form.field('Name', 'Reported by').fill(NAMES.arabic);
  await form.save();
  await expect(page.getByRole('status').filter({ hasText: /^Case .+ saved\.$/ })).toBeVisible();

  const casePage = new CaseFilePage(page);
  await casePage.openFromList('NP-MOW-2026-0001');
  await expect(casePage.title()).toHaveText(NAMES.devanagari);
  const person = await casePage.open('Person');
  await expect(person).toContainText(NAMES.sinhala);
  // Each script is drawn with the bundled face made for it, not a fallback.
  const faces = await page.evaluate(() => [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family.replace(/"/g, '')));
  expect(new Set(faces)).toEqual(new Set(['Noto Sans', 'Noto Sans Arabic', 'Noto Sans Bengali', 'Noto Sans Sinhala']));
  await page.screenshot({ path: `${SCREENSHOTS}/scripts-case-page.png`, fullPage: true });

  await page.getByRole('link', { name: 'Case report' }).click();
  const report = page.getByRole('article', { name: 'Case NP-MOW-2026-0001' });
  await expect(report).toContainText(NAMES.devanagari);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/scripts-case-report.png`, fullPage: true });

  // "Save as PDF" waits for the faces the report's text needs, then prints.
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  await expect.poll(() => printCount(page)).toBe(1);
  const pdf = await printPdf(page, `${SCREENSHOTS}/scripts-case-report.pdf`);
  const printed = await pdfReadingText(pdf);
  for (const name of Object.values(NAMES)) expect(printed).toContain(name);
  const fonts = await pdfFonts(pdf);
  expect(fonts).toEqual(expect.arrayContaining([expect.stringMatching(/^NotoSans-/), expect.stringMatching(/^NotoSansArabic-/)]));
  expect(fonts.every((font) => font.startsWith('NotoSans')), `fonts in the PDF: ${fonts.join(', ')}`).toBe(true);
  await renderPdfPage(pdf, 1, `${SCREENSHOTS}/scripts-case-report-pdf-page-1.png`);

  // The caseload report lists the case by its name, and prints it as typed too.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cases' }).click();
  await page.getByRole('link', { name: 'Caseload report' }).click();
  const caseload = page.getByRole('article', { name: 'Caseload report' });
  await expect(caseload.getByRole('table', { name: 'Cases in this report, by reference' })).toContainText(NAMES.devanagari);
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  await expect.poll(() => printCount(page)).toBe(2);
  const caseloadPdf = await printPdf(page, `${SCREENSHOTS}/scripts-caseload-report.pdf`);
  expect(await pdfReadingText(caseloadPdf)).toContain(NAMES.devanagari);
  expect((await pdfFonts(caseloadPdf)).every((font) => font.startsWith('NotoSans'))).toBe(true);
});
