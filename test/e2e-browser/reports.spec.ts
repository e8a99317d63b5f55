import { expect, test } from '@playwright/test';
import { goodRow, intake44 } from '../fixtures/intake-csv';
import { expectNoSeriousA11yViolations, FirstRunPage, navLink, SCREENSHOTS } from './page-models/app';
import { CaseList, GroupPageModel } from './page-models/case-list';
import { CaseRecords, typedDateTime } from './page-models/case-records';
import { download, ImportPageModel, nav, parseCsv, pdfText, printCount, printPdf, renderPdfPage, stubPrint } from './page-models/exchange';

/** The first row of the intake file: a reference of its own, last known in Donetsk, reported by a relative without consent. */
const DONETSK = { reference: goodRow(0).reference!, fullName: goodRow(0).full_name! };

test.beforeEach(async ({ page }) => {
  await stubPrint(page);
  await page.goto('/');
  await new FirstRunPage(page).setUp({ name: 'Thandi Nkosi', country: 'South Africa', postCode: 'MOW' });
  await new ImportPageModel(page).importIntake44();
});

test('the case report prints to a real PDF; the family-facing one leaves out the place without consent', async ({ page }) => {
  test.setTimeout(60_000);
  await nav(page, 'Cases').click();
  await page.getByRole('link', { name: DONETSK.reference, exact: true }).click();
  const records = new CaseRecords(page);
  await records.openTab('Contact log');
  await records.logContact({ when: typedDateTime(-1, '10:00'), channel: 'Phone', with: 'The citizen', outcome: 'Reached', summary: 'Called from a hospital in Donetsk.' });

  await page.getByRole('link', { name: 'Case report' }).click();
  const report = page.getByRole('article', { name: `Case ${DONETSK.reference}` });
  await expect(report).toBeVisible();
  await expect(report.getByRole('region', { name: 'Whereabouts' })).toContainText('Donetsk');
  await expect(report.getByRole('region', { name: 'Contact log' })).toContainText('Called from a hospital in Donetsk.');
  await expect(report.getByRole('region', { name: 'Repatriation steps' })).toContainText('Identity and nationality verified');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/case-report.png`, fullPage: true });

  // "Save as PDF" records the report and opens the browser's print dialog (stubbed here).
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  await expect.poll(() => printCount(page)).toBe(1);

  // The PDF the print produces: Chromium's own, in print media (no app header, no toolbar).
  const pdf = await printPdf(page, `${SCREENSHOTS}/case-report.pdf`);
  const printed = await pdfText(pdf);
  expect(printed.pages).toBeGreaterThan(0);
  expect(printed.text).toContain(DONETSK.reference);
  expect(printed.text).toContain(DONETSK.fullName);
  expect(printed.text).toContain('Donetsk');
  expect(printed.text).not.toContain('Save as PDF');
  expect(printed.text).not.toContain('Signed in as');
  await renderPdfPage(pdf, 1, `${SCREENSHOTS}/case-report-pdf-page-1.png`);

  // Family-facing, without consent: no whereabouts, no contact log, no phone; and the page says why.
  await page.getByRole('radio', { name: 'The family (family-facing)' }).click();
  await expect(page.getByRole('radio', { name: 'The family (family-facing)' })).toBeChecked();
  await expect(report.getByRole('note')).toHaveText('Whereabouts and contact details are left out: no consent to share updates is recorded.');
  await expect(report.getByRole('region', { name: 'Whereabouts' })).toHaveCount(0);
  await expect(report.getByRole('region', { name: 'Contact log' })).toHaveCount(0);
  await expect(report).not.toContainText('Donetsk');
  await expect(report).not.toContainText('+27');
  await expectNoSeriousA11yViolations(page);
  const family = await pdfText(await printPdf(page, `${SCREENSHOTS}/case-report-family.pdf`));
  expect(family.pages).toBeGreaterThan(0);
  expect(family.text).toContain(DONETSK.reference);
  expect(family.text).toContain('no consent to share updates is recorded');
  expect(family.text).not.toContain('Donetsk');
  await page.screenshot({ path: `${SCREENSHOTS}/case-report-family.png`, fullPage: true });
});

test('the family-facing report holds the whereabouts once consent is recorded', async ({ page }) => {
  await nav(page, 'Cases').click();
  await page.getByRole('link', { name: DONETSK.reference, exact: true }).click();
  await page.getByRole('tab', { name: 'Reported by', exact: true }).click();
  const section = page.getByRole('region', { name: 'Reported by', exact: true });
  await section.getByRole('button', { name: 'Edit' }).click();
  await section.getByRole('checkbox', { name: 'Consent to share updates with this person' }).check();
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Reported by saved.' })).toBeVisible();

  await page.getByRole('link', { name: 'Case report' }).click();
  await page.getByRole('radio', { name: 'The family (family-facing)' }).click();
  await expect(page.getByRole('radio', { name: 'The family (family-facing)' })).toBeChecked();
  const report = page.getByRole('article', { name: `Case ${DONETSK.reference}` });
  await expect(report.getByRole('region', { name: 'Whereabouts' })).toContainText('Donetsk');
  await expect(report.getByRole('note')).toHaveCount(0);
  // Working notes stay internal whatever the consent.
  await expect(report.getByRole('region', { name: 'Follow-ups' })).toHaveCount(0);
});

test('the caseload report of a filtered list: exact counts, the cases, a real PDF and the same cases as CSV', async ({ page }) => {
  test.setTimeout(60_000);
  const file = intake44();
  const nepali = file.good.filter((r) => r.nationality === 'NP');
  await nav(page, 'Cases').click();
  await page.getByRole('search', { name: 'Filters' }).getByLabel('Nationality', { exact: true }).selectOption({ label: 'Nepal' });
  await page.getByRole('link', { name: 'Caseload report' }).click();

  const report = page.getByRole('article', { name: 'Caseload report' });
  await expect(report).toContainText('Nationality: Nepal');
  const byStatus = report.getByRole('table', { name: 'By status' });
  await expect(byStatus.getByRole('row', { name: `Reported ${nepali.length}` })).toBeVisible();
  const byNationality = report.getByRole('table', { name: 'By nationality' });
  await expect(byNationality.getByRole('row')).toHaveCount(2);
  await expect(byNationality.getByRole('row', { name: `Nepal ${nepali.length}` })).toBeVisible();
  const cases = report.getByRole('table', { name: 'Cases in this report, by reference' });
  await expect(cases.getByRole('rowheader')).toHaveCount(nepali.length);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/caseload-report.png`, fullPage: true });

  await page.getByRole('button', { name: 'Save as PDF' }).click();
  await expect.poll(() => printCount(page)).toBe(1);
  const pdf = await printPdf(page, `${SCREENSHOTS}/caseload-report.pdf`);
  const printed = await pdfText(pdf);
  expect(printed.pages).toBeGreaterThan(0);
  const references = await cases.getByRole('rowheader').allInnerTexts();
  for (const reference of references) expect(printed.text).toContain(reference);
  await renderPdfPage(pdf, 1, `${SCREENSHOTS}/caseload-report-pdf-page-1.png`);

  const exported = await download(page, () => report.getByRole('button', { name: 'Export CSV' }).click());
  expect(parseCsv(exported.bytes).map((r) => r['reference']).sort()).toEqual([...references].sort());

  // The report and the export are in the access log: who, when, how many cases.
  await (await navLink(page, 'Profiles')).click();
  await page.getByRole('link', { name: 'Access log of Thandi Nkosi' }).click();
  await expect(page.getByText(`Made a report of ${nepali.length} cases`)).toBeVisible();
  await expect(page.getByText(`Exported ${nepali.length} cases to a CSV file`)).toBeVisible();
});

test('the caseload report of the whole caseload counts every case from the indexes', async ({ page }) => {
  await nav(page, 'Cases').click();
  await page.getByRole('link', { name: 'Caseload report' }).click();
  const report = page.getByRole('article', { name: 'Caseload report' });
  await expect(report).toContainText('All cases');
  await expect(report.getByRole('table', { name: 'By status' }).getByRole('row', { name: 'Reported 40' })).toBeVisible();
  await expect(report.getByRole('table', { name: 'By contact status' }).getByRole('row', { name: 'Not yet contacted 40' })).toBeVisible();
  await expect(report.getByRole('table', { name: 'By recruitment method' }).getByRole('row', { name: 'Documents withheld 40' })).toBeVisible();
  await expect(report.getByRole('table', { name: 'Cases in this report, by reference' }).getByRole('rowheader')).toHaveCount(40);
});

test('the caseload report of a group counts its cases and leads back to the group', async ({ page }) => {
  const GROUP = '17 South Africans — Donetsk distress signals';
  await nav(page, 'Cases').click();
  const list = new CaseList(page);
  await list.select(DONETSK.reference);
  await list.select(goodRow(2).reference!);
  await page.getByRole('button', { name: 'Add to group…' }).click();
  const form = page.getByRole('group', { name: 'Add 2 selected cases to a group' });
  await form.getByRole('textbox', { name: 'Name of the new group' }).fill(GROUP);
  await form.getByRole('button', { name: 'Add to group' }).click();
  await expect(page.getByRole('status').filter({ hasText: `The 2 selected cases are now in the group “${GROUP}”.` })).toBeVisible();

  await new GroupPageModel(page).openFromGroups(GROUP);
  await page.getByRole('link', { name: 'Caseload report' }).click();
  const report = page.getByRole('article', { name: 'Caseload report' });
  await expect(report).toContainText(`Group: ${GROUP}`);
  await expect(report.getByRole('table', { name: 'Cases in this report, by reference' }).getByRole('rowheader')).toHaveText([DONETSK.reference, goodRow(2).reference!]);
  await expect(report.getByRole('table', { name: 'By status' }).getByRole('row', { name: 'Reported 2' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the group' }).click();
  await expect(page.getByRole('heading', { level: 1, name: GROUP })).toBeVisible();
});
