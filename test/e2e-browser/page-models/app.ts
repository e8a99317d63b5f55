/** Page models: how a person finds things in Homeward, by role and label. */
import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const SCREENSHOTS = 'test/screenshots';

/** The first profile's passphrase in browser tests. */
export const SUPERVISOR_PASSPHRASE = 'umbrella kettle lantern';

export class FirstRunPage {
  constructor(private readonly page: Page) {}

  /** First run: the supervisor's profile and passphrase, and the workstation; ends signed in on the case list. */
  async setUp({ name, country, postCode, passphrase = SUPERVISOR_PASSPHRASE }: { name: string; country: string; postCode: string; passphrase?: string }) {
    await expect(this.page.getByRole('heading', { name: 'Who is using this workstation?' })).toBeVisible();
    await this.page.getByLabel('Your name').fill(name);
    // The visible label ends in the required marker " *".
    await this.page.getByLabel(/^Passphrase( \*)?$/).fill(passphrase);
    await this.page.getByLabel(/^Passphrase again/).fill(passphrase);
    await this.page.getByLabel('Issuing country').fill(country);
    await this.page.getByLabel('Post short code').fill(postCode);
    await this.page.getByRole('button', { name: 'Start using Homeward' }).click();
    const recoveryKey = await new RecoveryKeyStep(this.page).confirm();
    await expect(this.page.getByRole('heading', { name: 'Cases' })).toBeVisible();
    return recoveryKey;
  }
}

/** The recovery key, shown once when the data key is made: read, confirmed as written down, and gone. */
export class RecoveryKeyStep {
  constructor(private readonly page: Page) {}

  async confirm(): Promise<string> {
    await expect(this.page.getByRole('heading', { name: 'Print the recovery key and keep it in the post’s safe' })).toBeVisible();
    const key = (await this.page.getByRole('status', { name: 'Recovery key' }).textContent()) ?? '';
    const proceed = this.page.getByRole('button', { name: 'Continue' });
    await expect(proceed).toBeDisabled();
    await this.page.getByLabel('I have printed or written down the recovery key and will keep it in the safe').check();
    await proceed.click();
    return key.trim();
  }
}

/** Signs in on the sign-in screen (a new window, or after signing out); `profile` is the option as shown, e.g. "Thandi Nkosi — Supervisor". */
export async function signIn(page: Page, profile?: string, passphrase = SUPERVISOR_PASSPHRASE) {
  await expect(page.getByRole('heading', { name: 'Sign in to Homeward' })).toBeVisible();
  if (profile) await page.getByLabel('Profile').selectOption({ label: profile });
  await page.getByLabel('Passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('banner')).toContainText(/Signed in as/);
}

/**
 * Reloads the window: the data key lived in memory only, so the window asks
 * for the passphrase again (the lock screen of the same profile) and then
 * shows the page it was on.
 */
export async function reloadAndUnlock(page: Page, passphrase = SUPERVISOR_PASSPHRASE) {
  await page.reload();
  const dialog = page.getByRole('dialog', { name: 'Homeward is locked' });
  await dialog.getByLabel('Passphrase').fill(passphrase);
  await dialog.getByRole('button', { name: 'Unlock' }).click();
  await expect(dialog).toBeHidden();
}

export class CaseListPage {
  constructor(private readonly page: Page) {}

  table() {
    return this.page.getByRole('table');
  }

  row(text: string) {
    return this.table().getByRole('row').filter({ hasText: text });
  }

  async openNewCase() {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New case' }).click();
    await expect(this.page.getByRole('heading', { name: 'New case' })).toBeVisible();
  }
}

export class NewCaseForm {
  constructor(private readonly page: Page) {}

  /** A text box or drop-down by its accessible name (the visible label, without the required marker). */
  field(name: string, section?: 'Person' | 'Case' | 'Reported by') {
    const scope = section ? this.page.getByRole('group', { name: section, exact: true }) : this.page;
    return scope.getByRole('textbox', { name, exact: true }).or(scope.getByRole('combobox', { name, exact: true }));
  }

  async save() {
    await this.page.getByRole('button', { name: 'Save case' }).click();
  }
}

/** Fails on serious or critical accessibility violations, listing them. */
export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
