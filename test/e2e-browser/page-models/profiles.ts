/** Page models of profiles, settings, the access log, signing out and the lock screen, by role and label. */
import { expect, type Page } from '@playwright/test';
import { navLink, openUserMenu } from './app';

export class Header {
  constructor(private readonly page: Page) {}

  nav() {
    return this.page.getByRole('navigation', { name: 'Main' });
  }

  async go(link: 'Cases' | 'New case' | 'Profiles' | 'Settings') {
    await (await navLink(this.page, link)).click();
  }

  async signOut() {
    await openUserMenu(this.page);
    await this.page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await expect(this.page.getByRole('heading', { name: 'Sign in to Homeward' })).toBeVisible();
  }

  async lock() {
    await this.page.getByRole('banner').getByRole('button', { name: 'Lock' }).click();
  }
}

export class SignInScreen {
  constructor(private readonly page: Page) {}

  /** One attempt, right or wrong; the caller checks what the screen says. */
  async attempt(profile: string, passphrase: string) {
    await this.page.getByLabel('Profile').selectOption({ label: profile });
    await this.page.getByLabel('Passphrase').fill(passphrase);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }

  alert() {
    return this.page.getByRole('alert');
  }
}

export class LockScreen {
  constructor(private readonly page: Page) {}

  dialog() {
    return this.page.getByRole('dialog', { name: 'Homeward is locked' });
  }

  async unlock(passphrase: string) {
    await this.dialog().getByLabel('Passphrase').fill(passphrase);
    await this.dialog().getByRole('button', { name: 'Unlock' }).click();
    await expect(this.dialog()).toBeHidden();
  }
}

export class ProfilesPage {
  constructor(private readonly page: Page) {}

  async open() {
    await new Header(this.page).go('Profiles');
    await expect(this.page.getByRole('heading', { name: 'Profiles', level: 1 })).toBeVisible();
  }

  table() {
    return this.page.getByRole('table', { name: 'Profiles of this workstation' });
  }

  row(name: string) {
    return this.table().getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
  }

  status() {
    return this.page.getByRole('status').filter({ hasText: /\S/ });
  }

  alert() {
    return this.page.getByRole('alert');
  }

  async add({ name, role, passphrase }: { name: string; role: 'Consular officer' | 'Supervisor'; passphrase: string }) {
    const form = this.page.getByRole('group', { name: 'Add a profile' });
    await form.getByRole('textbox', { name: 'Full name' }).fill(name);
    await form.getByRole('combobox', { name: 'Role' }).selectOption({ label: role });
    await form.getByLabel(/^Passphrase( \*)?$/).fill(passphrase);
    await form.getByLabel(/^Passphrase again/).fill(passphrase);
    await form.getByRole('button', { name: 'Add profile' }).click();
    await expect(this.status()).toHaveText(`Profile “${name}” added. They can sign in now.`);
  }

  async setPassphrase(name: string, passphrase: string) {
    await this.page.getByRole('button', { name: `Set a new passphrase: ${name}` }).click();
    const form = this.page.getByRole('group', { name: `New passphrase for ${name}` });
    await form.getByLabel(/^New passphrase( \*)?$/).fill(passphrase);
    await form.getByLabel(/^New passphrase again/).fill(passphrase);
    await form.getByRole('button', { name: 'Save passphrase' }).click();
    await expect(this.status()).toHaveText(`${name} has a new passphrase.`);
  }

  async openAccessLog(name: string) {
    await this.page.getByRole('link', { name: `Access log of ${name}` }).click();
    await expect(this.page.getByRole('heading', { name: `Access log of ${name}`, level: 1 })).toBeVisible();
  }
}

export class SettingsPage {
  constructor(private readonly page: Page) {}

  async open() {
    await new Header(this.page).go('Settings');
    await expect(this.page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  }

  idleLockMinutes() {
    return this.page.getByRole('spinbutton', { name: 'Lock after no activity for (minutes)' });
  }

  contactLostDays() {
    return this.page.getByRole('spinbutton', { name: 'Contact lost after (days)' });
  }

  async save() {
    await this.page.getByRole('button', { name: 'Save settings' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
  }
}

/** The rows of an access-log table, each as its cells' text. */
export async function accessLogRows(page: Page, caption: string | RegExp): Promise<string[][]> {
  const table = page.getByRole('table', { name: caption });
  await expect(table).toBeVisible();
  return table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') })
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())));
}
