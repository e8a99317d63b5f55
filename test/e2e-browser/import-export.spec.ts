import { expect, test } from '@playwright/test';
import { BAD_FILES, BAD_ROWS, intake44, intakeLarge } from '../fixtures/intake-csv';
import { expectNoSeriousA11yViolations, FirstRunPage, SCREENSHOTS } from './page-models/app';
import { chooseFile, csvFile, download, ImportPageModel, nav, parseCsv } from './page-models/exchange';
import { test as diskTest } from './support/disk-profile';

test('a 44-row intake file: errors by row and column, the 40 valid rows imported, the list exported and imported again', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await new FirstRunPage(page).setUp({ name: 'Thandi Nkosi', country: 'South Africa', postCode: 'MOW' });
  const file = intake44();
  const importPage = new ImportPageModel(page);
  await importPage.open();
  await importPage.choose(csvFile('distress-list-44.csv', file.text));

  await expect(importPage.summary('Rows in the file')).toHaveText('44');
  await expect(importPage.summary('Rows to import')).toHaveText('40');
  await expect(importPage.summary('Rows with errors')).toHaveText('4');
  // Rows that need a look come first: here the four with errors.
  await expect(importPage.rows().filter({ has: page.getByRole('rowheader') })).toHaveCount(4);
  await expect(importPage.row(BAD_ROWS.badDate)).toContainText(
    'Row 8, date_of_birth: “1994-02-30” is not a date. Use a year (1994), a year and month (1994-03) or a full date (1994-03-07).',
  );
  await expect(importPage.row(BAD_ROWS.unknownNationality)).toContainText(
    'Row 17, nationality: “Atlantis” is not a country. Use a two-letter code (ZA) or the country’s English name (South Africa).',
  );
  await expect(importPage.row(BAD_ROWS.tooManyCells)).toContainText(
    'Row 29: This row has 22 cells; the header row has 21. A comma inside a cell must be enclosed in quotation marks.',
  );
  await expect(importPage.row(BAD_ROWS.emptyName)).toContainText('Row 40, full_name: This cell is required.');
  for (const rowNumber of Object.values(BAD_ROWS)) await expect(importPage.row(rowNumber)).toContainText('Not imported: fix the file');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/import-preview.png`, fullPage: true });

  await importPage.show('All rows');
  await expect(importPage.rows().filter({ has: page.getByRole('rowheader') })).toHaveCount(44);
  await expect(importPage.row(2)).toContainText('Will be imported');

  await importPage.commitButton().click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 40 cases.' })).toBeVisible();
  await page.getByRole('link', { name: 'Show them in the case list' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  await expect(page.getByText('40 cases', { exact: true })).toBeVisible();

  // Export the whole list and compare it with the rows that went in.
  const exported = await download(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
  expect(exported.name).toMatch(/^ZA-MOW-cases-\d{4}-\d{2}-\d{2}\.csv$/);
  await expect(page.getByRole('status').filter({ hasText: `Exported 40 cases to ${exported.name}.` })).toBeVisible();
  expect(exported.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const rows = parseCsv(exported.bytes);
  expect(rows.map((r) => r['full_name']).sort()).toEqual(file.good.map((r) => r.full_name).sort());
  // References given in the file are kept; rows without one were issued this workstation's next ones.
  const byName = new Map(rows.map((r) => [r['full_name'], r]));
  for (const row of file.good) {
    const out = byName.get(row.full_name)!;
    if (row.reference) expect(out['reference']).toBe(row.reference);
    else expect(out['reference']).toMatch(/^ZA-MOW-\d{4}-\d{4}$/);
    expect(out['nationality']).toBe(row.nationality);
    expect(out['location_place']).toBe(row.location_place);
  }
  // Formula-like cells are neutralised on export, and phone numbers (which begin with "+") with them.
  expect(rows.some((r) => r['notes']!.startsWith("'=HYPERLINK"))).toBe(true);
  expect(rows.every((r) => r['phone']!.startsWith("'+"))).toBe(true);

  // The export imported again: every row is recognised as already here, and nothing is imported twice.
  await importPage.open();
  await importPage.choose(csvFile(exported.name, exported.bytes.toString('utf8')));
  await expect(importPage.summary('Already in this workstation')).toHaveText('40');
  await expect(importPage.summary('Rows to import')).toHaveText('0');
  await expect(importPage.commitButton()).toBeDisabled();
});

test('a tab-separated file is refused with its reason, and nothing can be imported', async ({ page }) => {
  await page.goto('/');
  await new FirstRunPage(page).setUp({ name: 'Thandi Nkosi', country: 'South Africa', postCode: 'MOW' });
  const importPage = new ImportPageModel(page);
  await importPage.open();
  await importPage.choose({ name: 'intake-tabs.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD_FILES.tabSeparated()) });
  await expect(page.getByRole('alert')).toContainText('This file separates its cells with tabs. Save it again as CSV with commas (“CSV UTF-8”) and try again.');
  await expect(importPage.commitButton()).toHaveCount(0);
});

test('the preview warns of a platform kept as Other, and shows a repeated passport on both rows, a refused one too', async ({ page }) => {
  await page.goto('/');
  await new FirstRunPage(page).setUp({ name: 'Thandi Nkosi', country: 'South Africa', postCode: 'MOW' });
  const importPage = new ImportPageModel(page);
  await importPage.open();
  await importPage.choose({ name: 'intake-youtube.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD_FILES.unknownPlatform()) });
  await expect(importPage.summary('Rows to import')).toHaveText('3');
  await expect(importPage.row(3)).toContainText('Row 3, platform: “YouTube” is not one of the options for this column: it is imported as “Other” with “YouTube” kept as written.');
  await expect(importPage.row(3)).toContainText('Will be imported');

  await importPage.choose({ name: 'intake-passport.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD_FILES.duplicatePassportInBadRow()) });
  await expect(importPage.summary('Rows with errors')).toHaveText('1');
  await expect(importPage.row(2)).toContainText('May be the same person as row 4: same passport number.');
  await expect(importPage.row(4)).toContainText('Row 4, date_of_birth:');
  await expect(importPage.row(4)).toContainText('May be the same person as row 2: same passport number.');
  await expectNoSeriousA11yViolations(page);
});

test('a filtered list exports only its cases', async ({ page }) => {
  await page.goto('/');
  await new FirstRunPage(page).setUp({ name: 'Thandi Nkosi', country: 'South Africa', postCode: 'MOW' });
  const importPage = new ImportPageModel(page);
  await importPage.open();
  const file = intake44();
  const nepali = file.good.filter((r) => r.nationality === 'NP').length;
  await importPage.choose(csvFile('intake.csv', file.text));
  await importPage.commitButton().click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 40 cases.' })).toBeVisible();

  await nav(page, 'Cases').click();
  await page.getByRole('search', { name: 'Filters' }).getByLabel('Nationality', { exact: true }).selectOption({ label: 'Nepal' });
  await expect(page.getByText(`${nepali} cases`, { exact: true })).toBeVisible();
  const exported = await download(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
  const rows = parseCsv(exported.bytes);
  expect(rows).toHaveLength(nepali);
  expect(new Set(rows.map((r) => r['nationality']))).toEqual(new Set(['NP']));
});

// On disk, as the desktop app keeps its database: the runner's in-memory profile would time its own storage, not the app.
diskTest('10,000 rows: the import shows progress and can be cancelled with nothing written; then imported and exported (timings)', async ({ diskProfile: { page } }) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await new FirstRunPage(page).setUp({ name: 'Thandi Nkosi', country: 'South Africa', postCode: 'MOW' });
  const importPage = new ImportPageModel(page);
  await importPage.open();
  const file = csvFile('bulk-10000.csv', intakeLarge(10_000));

  // Cancel while the file is checked: the outcome is said where Cancel was, with focus on it, and nothing is kept of the file.
  await chooseFile(page, () => page.getByRole('button', { name: 'Choose a CSV file…' }).click(), file);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Cancelled. Nothing was written.' })).toBeInViewport();
  await expect(page.locator(':focus')).toContainText('Cancelled. Nothing was written.');
  await expect(page.getByRole('heading', { name: 'Preview of bulk-10000.csv' })).toHaveCount(0);

  let started = Date.now();
  await importPage.choose(file, { timeout: 60_000 });
  const previewMs = Date.now() - started;
  console.log(`preview ${previewMs} ms`);
  // Numbers are written as at the post: a South African post groups thousands with a space.
  await expect(importPage.summary('Rows to import')).toHaveText('10\u00a0000');

  // Cancel while it runs: nothing is written.
  await importPage.commitButton().click();
  await expect(page.getByRole('progressbar')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  console.log(`cancelled after ${Date.now() - started} ms`);
  // IndexedDB takes seconds to undo a chunk of thousands of cases: the page says so, and says "cancelled" once it is done.
  await expect(page.getByRole('status').filter({ hasText: 'Cancelled. Nothing was written.' }).or(page.getByText('Cancelling the import…'))).toBeVisible();
  const cancelled = page.getByRole('status').filter({ hasText: 'Cancelled. Nothing was written.' });
  await expect(cancelled).toBeVisible({ timeout: 60_000 });
  // Said where the officer pressed Cancel, at the foot of the preview, and focus moved there from the Cancel button that went.
  await expect(cancelled).toBeInViewport();
  await expect(page.locator(':focus')).toContainText('Cancelled. Nothing was written.');
  await expect(importPage.commitButton()).toBeVisible();
  await nav(page, 'Cases').click();
  await expect(page.getByText('No cases yet.')).toBeVisible();

  await importPage.open();
  await importPage.choose(file, { timeout: 60_000 });
  started = Date.now();
  await importPage.commitButton().click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 10\u00a0000 cases.' })).toBeVisible({ timeout: 120_000 });
  const commitMs = Date.now() - started;

  await nav(page, 'Cases').click();
  await expect(page.getByText(/^10,?000 cases$/)).toBeVisible();
  started = Date.now();
  const exported = await download(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
  const exportMs = Date.now() - started;
  const exportedRows = parseCsv(exported.bytes);
  expect(exportedRows).toHaveLength(10_000);

  // The caseload report of 10,000 cases: exact counts, a table of the first 500 only.
  await page.getByRole('link', { name: 'Caseload report' }).click();
  const report = page.getByRole('article', { name: 'Caseload report' });
  await expect(report.getByText('The table lists the first 500 of 10\u00a0000 cases, by reference; the counts above include every case.', { exact: false })).toBeVisible();
  await expect(report.getByRole('table', { name: 'Cases in this report, by reference' }).getByRole('rowheader')).toHaveCount(500);
  const reported = exportedRows.filter((r) => r['status'] === 'reported').length;
  await expect(report.getByRole('table', { name: 'By status' }).getByRole('row', { name: `Reported ${reported.toLocaleString('en-ZA')}` })).toBeVisible();
  // A filter no single page can hold is counted in one pass over the cases, and agrees with the file.
  await nav(page, 'Cases').click();
  await page.getByRole('search', { name: 'Filters' }).getByLabel('Status', { exact: true }).selectOption({ label: 'Reported' });
  started = Date.now();
  await page.getByRole('link', { name: 'Caseload report' }).click();
  // Counting a filter of thousands of sealed cases takes seconds on a loaded two-core machine: wait for the count itself.
  const byNationality = report.getByRole('table', { name: 'By nationality' });
  await expect(byNationality).toBeVisible({ timeout: 60_000 });
  const countMs = Date.now() - started;
  const nationalities = new Map<string, number>();
  for (const row of exportedRows.filter((r) => r['status'] === 'reported')) nationalities.set(row['nationality']!, (nationalities.get(row['nationality']!) ?? 0) + 1);
  const [topCode, topCount] = [...nationalities].sort((a, b) => b[1] - a[1])[0]!;
  const topName = new Intl.DisplayNames(['en'], { type: 'region' }).of(topCode)!;
  await expect(byNationality.getByRole('row', { name: `${topName} ${topCount.toLocaleString('en-ZA')}`, exact: true })).toBeVisible();
  test.info().annotations.push({ type: 'timings', description: `10,000 rows: preview ${previewMs} ms, commit ${commitMs} ms, export ${exportMs} ms, filtered report ${countMs} ms` });
  console.log(`10,000 rows through the UI: preview ${previewMs} ms, commit ${commitMs} ms, export ${exportMs} ms, filtered report ${countMs} ms`);
});
