/** Page models of the case records (contact log, repatriation steps, follow-ups, history) and My follow-ups, by role and label. */
import { expect, type Locator, type Page } from '@playwright/test';
import { CaseListPage, NewCaseForm } from './app';

/** Logs a case through the New case form and opens its case page; returns its reference. */
export async function createAndOpenCase(page: Page, person: { fullName: string; nationality: string; reporter?: string }): Promise<string> {
  await new CaseListPage(page).openNewCase();
  const form = new NewCaseForm(page);
  await form.field('Full name').fill(person.fullName);
  await form.field('Nationality').fill(person.nationality);
  if (person.reporter) await form.field('Name', 'Reported by').fill(person.reporter);
  await form.save();
  const saved = page.getByRole('status').filter({ hasText: /^Case .+ saved\.$/ });
  await expect(saved).toBeVisible();
  const reference = (await saved.innerText()).replace(/^Case (.+) saved\.$/, '$1');
  await page.getByRole('table').getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { level: 1, name: person.fullName })).toBeVisible();
  return reference;
}

export interface ContactAttempt {
  /** As the officer types it, e.g. `12/03/2026 10:00` (typedDateTime). */
  when: string;
  channel: string;
  with: string;
  outcome: string;
  summary: string;
}

export class CaseRecords {
  constructor(private readonly page: Page) {}

  async openTab(name: 'Contact log' | 'Repatriation steps' | 'Follow-ups' | 'History') {
    await this.page.getByRole('tab', { name, exact: true }).click();
    await expect(this.section(name)).toBeVisible();
  }

  /** A section of the case page, by its heading. */
  section(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  // Contact log

  contactLog() {
    return this.section('Contact log');
  }

  contactStatus() {
    return this.contactLog().getByRole('status').filter({ hasText: 'Contact status' });
  }

  contactTable() {
    return this.contactLog().getByRole('table', { name: 'Contact log, newest first' });
  }

  async logContact(attempt: ContactAttempt) {
    await this.contactLog().getByRole('button', { name: 'Log a contact' }).click();
    const form = this.contactLog().getByRole('form', { name: 'Log a contact' });
    await form.getByLabel('When').fill(attempt.when);
    await form.getByLabel('Channel').selectOption({ label: attempt.channel });
    await form.getByLabel('With').selectOption({ label: attempt.with });
    await form.getByLabel('Outcome').selectOption({ label: attempt.outcome });
    await form.getByLabel('Summary').fill(attempt.summary);
    await form.getByRole('button', { name: 'Save contact' }).click();
    await expect(form).toBeHidden();
  }

  contactRow(text: string) {
    return this.contactTable().getByRole('row').filter({ hasText: text });
  }

  /** Removes the entry whose row shows `text`, through the confirm step; returns the time it was logged for. */
  async removeContact(text: string): Promise<string> {
    const when = await this.contactRow(text).getByRole('rowheader').innerText();
    const name = `Remove contact on ${when}`;
    await this.contactTable().getByRole('button', { name, exact: true }).click();
    await this.contactLog().getByRole('group', { name, exact: true }).getByRole('button', { name: 'Yes, remove' }).click();
    return when;
  }

  // Repatriation steps

  steps() {
    return this.section('Repatriation steps');
  }

  stepRow(step: string) {
    return this.steps().getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${escape(step)}`) }) });
  }

  async setStep(step: string, state: string, fields: { reference?: string; note?: string } = {}) {
    await this.steps().getByRole('button', { name: `Edit step “${step}”` }).click();
    const form = this.steps().getByRole('form', { name: new RegExp(`^Edit step \\d+: ${escape(step)}$`) });
    await form.getByLabel('State').selectOption({ label: state });
    if (fields.reference !== undefined) await form.getByLabel('Reference').fill(fields.reference);
    if (fields.note !== undefined) await form.getByLabel('Note').fill(fields.note);
    await form.getByRole('button', { name: 'Save step' }).click();
    await expect(form).toBeHidden();
  }

  // Follow-ups

  followUps() {
    return this.section('Follow-ups');
  }

  followUpRow(title: string) {
    return this.followUps().getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: title }) });
  }

  /** `dueOn` as the officer types it (typedDate). */
  async addFollowUp(title: string, dueOn: string) {
    await this.followUps().getByRole('button', { name: 'Add a follow-up' }).click();
    const form = this.followUps().getByRole('form', { name: 'Add a follow-up' });
    await form.getByLabel('Follow-up').fill(title);
    await form.getByLabel('Due on').fill(dueOn);
    await form.getByRole('button', { name: 'Save follow-up' }).click();
    await expect(form).toBeHidden();
  }

  // History

  history() {
    return this.section('History');
  }

  historyRows(what: string | RegExp) {
    return this.history().getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: what }) });
  }
}

export class MyFollowUps {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My follow-ups' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'My follow-ups' })).toBeVisible();
  }

  row(title: string) {
    return this.page.getByRole('table').getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: title }) });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The calendar date `days` from today on this machine, as `YYYY-MM-DD`. */
export function localDate(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The day `days` from today as an officer at a day-first post (South Africa) types it: `dd/mm/yyyy`. */
export function typedDate(days: number): string {
  const [year, month, day] = localDate(days).split('-');
  return `${day}/${month}/${year}`;
}

/** `time` (`HH:mm`) on the day `days` from today, as an officer at a day-first post types it: `dd/mm/yyyy HH:mm`. */
export function typedDateTime(days: number, time: string): string {
  return `${typedDate(days)} ${time}`;
}
