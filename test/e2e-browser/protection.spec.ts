/**
 * Protection at rest, as someone holding the disk or the window would test
 * it: the browser profile's files hold none of a saved case's identifying
 * text; a session flag copied into another window opens nothing; a locked
 * window holds no case text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { CaseListPage, FirstRunPage, NewCaseForm, SUPERVISOR_PASSPHRASE } from './page-models/app';
import { Header, LockScreen } from './page-models/profiles';
import { test } from './support/disk-profile';

const NAME = 'Zanele Khumalo';
const PASSPORT = 'Q77889911';
const REPORTER = 'Lindiwe Mthembu';

function filesUnder(dir: string): string[] {
  let found: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    found = statSync(path).isDirectory() ? [...found, ...filesUnder(path)] : [...found, path];
  }
  return found;
}

/** Each secret as UTF-8, UTF-16LE and Latin-1 bytes, for a search of raw files. */
function encodings(text: string): Buffer[] {
  return [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le'), Buffer.from(text, 'latin1')];
}

test('a saved case leaves no name, passport or reporter in the profile’s files; a copied session opens nothing; a lock leaves no case text', async ({ diskProfile: { dir: profileDir, context, page } }) => {
  await page.goto('/');
  await new FirstRunPage(page).setUp({ name: 'Thandi Nkosi', country: 'South Africa', postCode: 'MOW' });
  await new CaseListPage(page).openNewCase();
  const form = new NewCaseForm(page);
  await form.field('Full name').fill(NAME);
  await form.field('Nationality').fill('South Africa');
  await form.field('Passport number').fill(PASSPORT);
  await form.field('Name', 'Reported by').fill(REPORTER);
  await form.field('Relationship', 'Reported by').fill('Cousin');
  await form.save();
  await expect(page.getByRole('status').filter({ hasText: 'Case ZA-MOW-2026-0001 saved.' })).toBeVisible();
  await expect(new CaseListPage(page).row('ZA-MOW-2026-0001')).toContainText(NAME);

  // A session flag copied into a fresh window: it asks for the passphrase and shows no case.
  const storage = await page.evaluate(() => ({ session: { ...sessionStorage }, local: { ...localStorage } }));
  expect(Object.keys(storage.session).length).toBeGreaterThan(0);
  const copy = await context.newPage();
  await copy.addInitScript((copied) => {
    for (const [key, value] of Object.entries(copied.session)) sessionStorage.setItem(key, value);
    for (const [key, value] of Object.entries(copied.local)) localStorage.setItem(key, value);
  }, storage);
  await copy.goto('/');
  await expect(copy.getByRole('dialog', { name: 'Homeward is locked' }).or(copy.getByRole('heading', { name: 'Sign in to Homeward' }))).toBeVisible();
  await expect(copy.getByRole('dialog', { name: 'Homeward is locked' }).getByLabel('Passphrase')).toBeVisible();
  expect(await copy.content()).not.toContain(NAME);
  expect(await copy.content()).not.toContain('ZA-MOW-2026-0001');
  await copy.close();

  // Locked: the pages are unmounted, an unsaved form's input is kept in memory and comes back.
  await new CaseListPage(page).openNewCase();
  await form.field('Full name').fill('Unsaved Person');
  await new Header(page).lock();
  const lock = new LockScreen(page);
  await expect(lock.dialog()).toBeVisible();
  const text = await page.evaluate(() => document.body.innerText);
  const html = await page.content();
  for (const secret of [NAME, PASSPORT, REPORTER, 'Unsaved Person', 'ZA-MOW-2026-0001']) {
    expect(text).not.toContain(secret);
    expect(html).not.toContain(secret);
  }
  await lock.unlock(SUPERVISOR_PASSPHRASE);
  await expect(page.getByRole('heading', { name: 'New case' })).toBeVisible();
  await expect(form.field('Full name')).toHaveValue('Unsaved Person');

  await context.close();

  const files = ['IndexedDB', 'Local Storage', 'Session Storage'].flatMap((part) => {
    const dir = join(profileDir, 'Default', part);
    return statSync(dir, { throwIfNoEntry: false })?.isDirectory() ? filesUnder(dir) : [];
  });
  expect(files.some((f) => f.includes('IndexedDB'))).toBe(true);
  for (const file of files) {
    const bytes = readFileSync(file);
    for (const secret of [NAME, 'Khumalo', PASSPORT, REPORTER, 'Mthembu']) {
      for (const encoded of encodings(secret)) expect(bytes.includes(encoded), `${secret} in ${file}`).toBe(false);
    }
  }
});
