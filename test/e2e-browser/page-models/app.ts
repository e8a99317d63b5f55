/** Page models: how a person finds things in Homeward, by role and label. */
import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { en } from '../../../renderer/src/i18n/en';

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
  /** `messages`: the catalogue of the language the step is shown in. */
  constructor(
    private readonly page: Page,
    private readonly messages: Pick<typeof en, 'recoveryKey'> = en,
  ) {}

  async confirm(): Promise<string> {
    const { recoveryKey } = this.messages;
    await expect(this.page.getByRole('heading', { name: recoveryKey.title })).toBeVisible();
    const key = (await this.page.getByRole('status', { name: recoveryKey.key }).textContent()) ?? '';
    const proceed = this.page.getByRole('button', { name: recoveryKey.done, exact: true });
    await expect(proceed).toBeDisabled();
    await this.page.getByLabel(recoveryKey.confirm).check();
    await proceed.click();
    return key.trim();
  }
}

/** The header menu each grouped page is in; every other page is a link of its own in the navigation. */
const MENU_OF: Readonly<Record<string, string>> = { Import: 'Data', Backup: 'Data', Profiles: 'Admin', Settings: 'Admin', Sync: 'Admin' };

/** Opens a header menu (Data, Admin, or the signed-in person's) unless it is open already. */
export async function openMenu(page: Page, name: string | RegExp) {
  const button = page.getByRole('banner').getByRole('button', { name, exact: typeof name === 'string' });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
}

/** The signed-in person's menu: My profile, Change my passphrase, Sign out. */
export async function openUserMenu(page: Page) {
  await openMenu(page, /^Profile menu of /);
}

/** The navigation's link to a page, opening the menu it is grouped in first. */
export async function navLink(page: Page, name: string) {
  const menu = MENU_OF[name];
  if (menu) await openMenu(page, menu);
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
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
