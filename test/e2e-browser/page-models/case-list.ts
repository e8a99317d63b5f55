/** Page models of the case list (filters, sort, selection) and of groups, by role and label. */
import { expect, type Page } from '@playwright/test';
import { CaseListPage, NewCaseForm } from './app';

export interface CaseSeed {
  fullName: string;
  otherName?: string;
  nationality: string;
  passportNumber?: string;
  priority: 'Critical' | 'High' | 'Normal';
  situation: string;
}

/** Logs a case through the New case form, as an officer would, and returns to the list. */
export async function createCase(page: Page, seed: CaseSeed): Promise<string> {
  await new CaseListPage(page).openNewCase();
  const form = new NewCaseForm(page);
  await form.field('Full name').fill(seed.fullName);
  if (seed.otherName) {
    await page.getByRole('button', { name: 'Add another name or spelling' }).click();
    await form.field('Other name 1').fill(seed.otherName);
  }
  await form.field('Nationality').fill(seed.nationality);
  if (seed.passportNumber) await form.field('Passport number').fill(seed.passportNumber);
  await form.field('Priority').selectOption({ label: seed.priority });
  await form.field('Current situation').selectOption({ label: seed.situation });
  await form.save();
  const saved = page.getByRole('status').filter({ hasText: /^Case .+ saved\.$/ });
  await expect(saved).toBeVisible();
  return (await saved.innerText()).replace(/^Case (.+) saved\.$/, '$1');
}

export class CaseList {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cases' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  }

  filters() {
    return this.page.getByRole('search', { name: 'Filters' });
  }

  filter(label: string) {
    return this.filters().getByLabel(label, { exact: true });
  }

  async search(text: string) {
    await this.filters().getByRole('searchbox', { name: 'Search' }).fill(text);
  }

  async clearFilters() {
    await this.filters().getByRole('button', { name: 'Clear filters' }).click();
  }

  table() {
    return this.page.getByRole('table');
  }

  /** The body rows (the header row has no row header cell). */
  rows() {
    return this.table().getByRole('row').filter({ has: this.page.getByRole('rowheader') });
  }

  row(reference: string) {
    return this.rows().filter({ has: this.page.getByRole('rowheader', { name: reference }) });
  }

  /** The references shown, top to bottom. */
  async references(): Promise<string[]> {
    return this.table().getByRole('rowheader').allInnerTexts();
  }

  /** The full names shown, top to bottom (the cell after the row's checkbox). */
  async names(): Promise<string[]> {
    const rows = await this.rows().all();
    return Promise.all(rows.map(async (row) => (await row.getByRole('cell').nth(1).innerText()).trim()));
  }

  /** Waits until exactly these cases are shown, in any order. */
  async expectReferences(references: string[]) {
    await expect.poll(async () => (await this.references()).sort()).toEqual([...references].sort());
  }

  columnHeader(name: string) {
    return this.table().getByRole('columnheader', { name });
  }

  async sortBy(column: string) {
    await this.columnHeader(column).getByRole('button').click();
  }

  async select(reference: string) {
    await this.page.getByRole('checkbox', { name: `Select ${reference}`, exact: true }).check();
  }
}

export class GroupPageModel {
  constructor(private readonly page: Page) {}

  async openFromGroups(name: string) {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Groups' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Groups' })).toBeVisible();
    await this.page.getByRole('link', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
  }

  members() {
    return this.page.getByRole('table', { name: 'Cases in this group, by reference' }).getByRole('rowheader');
  }
}
