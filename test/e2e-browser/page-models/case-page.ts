/** Page model of the case page: its tabs, its sections and their forms, found by role and label. */
import { expect, type Locator, type Page } from '@playwright/test';
import { CaseListPage, FirstRunPage, NewCaseForm } from './app';

export type CaseSectionName =
  | 'Overview'
  | 'Person'
  | 'Reported by'
  | 'Whereabouts'
  | 'Recruitment'
  | 'Contact log'
  | 'Repatriation steps'
  | 'Follow-ups'
  | 'History';

export interface NewCaseDetails {
  fullName: string;
  nationality: string;
  passportNumber?: string;
  dateOfBirth?: string;
  reportedBy?: { name: string; relationship: string; consentToShare: boolean };
}

export class CaseFilePage {
  constructor(readonly page: Page) {}

  /** Sets up the workstation and logs a case through the New case form; returns its reference. */
  static async logCase(page: Page, details: NewCaseDetails): Promise<string> {
    const list = new CaseListPage(page);
    await list.openNewCase();
    const form = new NewCaseForm(page);
    await form.field('Full name').fill(details.fullName);
    if (details.dateOfBirth) await form.field('Date of birth').fill(details.dateOfBirth);
    await form.field('Nationality').fill(details.nationality);
    if (details.passportNumber) await form.field('Passport number').fill(details.passportNumber);
    if (details.reportedBy) {
      await form.field('Name', 'Reported by').fill(details.reportedBy.name);
      await form.field('Relationship', 'Reported by').fill(details.reportedBy.relationship);
      await page.getByRole('checkbox', { name: 'Consent to share updates with this person' }).setChecked(details.reportedBy.consentToShare);
    }
    await form.save();
    const saved = page.getByRole('status').filter({ hasText: /^Case .+ saved\.$/ });
    await expect(saved).toBeVisible();
    return (await saved.textContent())!.replace(/^Case (.+) saved\.$/, '$1');
  }

  static async setUpWorkstation(page: Page) {
    await page.goto('/');
    await new FirstRunPage(page).setUp({ name: 'Thandi Nkosi', country: 'South Africa', postCode: 'MOW' });
  }

  /** Opens a case from the case list by its reference. */
  async openFromList(reference: string) {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cases' }).click();
    await this.page.getByRole('link', { name: reference, exact: true }).click();
    await expect(this.tab('Overview')).toBeVisible();
  }

  title() {
    return this.page.getByRole('heading', { level: 1 });
  }

  header() {
    return this.page.locator('.case-header');
  }

  tab(name: CaseSectionName) {
    return this.page.getByRole('tablist', { name: 'Case sections' }).getByRole('tab', { name, exact: true });
  }

  panel(name: CaseSectionName) {
    return this.page.getByRole('tabpanel', { name, exact: true });
  }

  async open(name: CaseSectionName): Promise<Locator> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
    return this.panel(name);
  }

  /** Opens the section and its form. */
  async edit(name: CaseSectionName): Promise<Locator> {
    const panel = await this.open(name);
    await panel.getByRole('button', { name: `Edit ${name}`, exact: true }).click();
    await expect(panel.getByRole('button', { name: 'Save', exact: true })).toBeVisible();
    return panel;
  }

  /** A text box or drop-down of a section's form by its label. */
  field(panel: Locator, name: string) {
    return panel.getByRole('textbox', { name, exact: true }).or(panel.getByRole('combobox', { name, exact: true }));
  }

  async save(panel: Locator) {
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
  }

  /** The value shown for a term of a section as read. */
  fact(panel: Locator, term: string) {
    return panel.locator('.facts__row').filter({ has: this.page.getByRole('term').filter({ hasText: new RegExp(`^${escape(term)}$`) }) }).getByRole('definition');
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
