/**
 * Two workstations of one post share the caseload through a CouchDB-compatible
 * server (DESIGN.md §9): PouchDB Server on 127.0.0.1 (test/support/sync-server.ts),
 * set up with the project's own server set-up (scripts/sync), one server
 * account per staff member. Each workstation is its own browser context (its
 * own IndexedDB), served by its own `vite preview` whose policy names exactly
 * the test server's origin in connect-src (HOMEWARD_SYNC_ORIGIN), and is set
 * up through Sync the way a supervisor would.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { preview, type PreviewServer } from 'vite';
import { postDatabase } from '../../shared/sync/documents';
import { basicAuthorization } from '../../renderer/src/data/sync/couch-client';
import { startSyncServer, TEST_ACCOUNT_PASSWORD, type SyncTestServer } from '../support/sync-server';
import { expectNoSeriousA11yViolations, FirstRunPage, navLink, signIn } from './page-models/app';
import { CaseFilePage } from './page-models/case-page';
import { Header, ProfilesPage } from './page-models/profiles';
import { ar } from '../../renderer/src/i18n/ar';

const STAND_IN = resolve('test/sync-server/node_modules/pouchdb-server/bin/pouchdb-server');
const OFFICER_PASSPHRASE = 'granite orchard violin';
const PETER_PASSPHRASE = 'copper meadow lantern';

test.skip(!process.env.COUCHDB_URL && !existsSync(STAND_IN), 'PouchDB Server is not installed: run `npm ci --prefix test/sync-server --ignore-scripts` (.ci/run does)');

let server: SyncTestServer;
let site: PreviewServer;
let baseURL: string;

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startSyncServer();
  await server.setUpPost('MOW');
  await server.addUser('MOW', 'thandi', 'supervisor');
  await server.addUser('MOW', 'peter', 'supervisor');
  await server.addUser('MOW', 'olga', 'officer');
  // The built renderer, under a policy that names this server: the variable is read when the config is.
  process.env.HOMEWARD_SYNC_ORIGIN = new URL(server.url).origin;
  const port = await freePort();
  site = await preview({
    configFile: resolve('vite.web.config.ts'),
    logLevel: 'error',
    preview: { port, strictPort: true, host: '127.0.0.1' },
    build: { outDir: resolve(process.env.E2E_OUT ?? 'out/renderer') },
  });
  baseURL = `http://127.0.0.1:${port}/`;
});

test.afterAll(async () => {
  await site?.close();
  await server?.stop();
  delete process.env.HOMEWARD_SYNC_ORIGIN;
});

async function workstation(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
  return { context, page: await context.newPage() };
}

function syncStatus(page: Page) {
  return page.getByRole('banner').getByRole('link', { name: /^Sync status: / });
}

/** A supervisor sets up Sync on a fresh workstation: the server, the post database, its code; starts it; signs in to the server. */
async function setUpSync(page: Page, { station, account }: { station: string; account: string }) {
  await (await navLink(page, 'Sync')).click();
  await expect(page.getByRole('heading', { name: 'Sync', level: 1 })).toBeVisible();
  const setup = page.getByRole('region', { name: 'Server of the post' });
  await setup.getByRole('textbox', { name: 'Server address' }).fill(server.url);
  await expect(setup.getByRole('textbox', { name: 'Post database' })).toHaveValue(postDatabase('MOW'));
  await setup.getByRole('textbox', { name: 'Code of this workstation' }).fill(station);
  await setup.getByRole('button', { name: 'Save server' }).click();
  await expect(setup.getByRole('status').filter({ hasText: /\S/ })).toHaveText('Server saved.');
  await setup.getByRole('button', { name: 'Start sync' }).click();
  await expect(setup).toContainText('Sync is started on this workstation.');
  await signInToServer(page, account);
}

/** The whereabouts' place of the case with this reference, as the post's database on the server holds it. */
async function placeOnServer(reference: string): Promise<string | null> {
  const { server: origin, user, password } = server.admin;
  const response = await fetch(`${origin}/${encodeURIComponent(postDatabase('MOW'))}/_all_docs?include_docs=true`, {
    headers: { authorization: basicAuthorization(user, password) },
  });
  if (!response.ok) throw new Error(`The server answered ${response.status}`);
  const { rows } = (await response.json()) as { rows: { doc?: { reference?: string; whereabouts?: { place?: string | null } } }[] };
  return rows.find((row) => row.doc?.reference === reference)?.doc?.whereabouts?.place ?? null;
}

async function signInToServer(page: Page, account: string) {
  const mine = page.getByRole('region', { name: 'Your server account' });
  await mine.getByRole('textbox', { name: 'Server account name' }).fill(account);
  await mine.getByLabel('Server password').fill(TEST_ACCOUNT_PASSWORD);
  await mine.getByRole('button', { name: 'Sign in to the server' }).click();
  await expect(mine).toContainText(`Signed in to the server as ${account}.`);
}

test('two workstations of a post: set up through Sync, an officer’s new case reaches the supervisor, a conflict is resolved by a person', async ({ browser }, testInfo) => {
  test.setTimeout(300_000);
  const a = await workstation(browser);
  const b = await workstation(browser);
  try {
    await test.step('the supervisor’s workstation: set up, a wrong password said in plain words, then signed in', async () => {
      const { page } = a;
      await page.goto('/');
      await expect.poll(async () => (await page.request.head('/')).headers()['content-security-policy']).toContain(`connect-src 'self' ${new URL(server.url).origin};`);
      await new FirstRunPage(page).setUp({ name: 'Thandi Nkosi', country: 'South Africa', postCode: 'MOW' });
      await expect(syncStatus(page)).toHaveText('Not syncing');
      await (await navLink(page, 'Sync')).click();
      const mine = page.getByRole('region', { name: 'Your server account' });
      await expect(mine).toContainText('A supervisor sets up the server first.');
      const setup = page.getByRole('region', { name: 'Server of the post' });
      await setup.getByRole('textbox', { name: 'Server address' }).fill('http://couch.example.org:5984');
      await setup.getByRole('textbox', { name: 'Code of this workstation' }).fill('A');
      await setup.getByRole('button', { name: 'Save server' }).click();
      await expect(setup.getByRole('textbox', { name: 'Server address' })).toHaveAccessibleDescription(/must begin with https:\/\//);

      await setup.getByRole('textbox', { name: 'Server address' }).fill(server.url);
      await setup.getByRole('button', { name: 'Save server' }).click();
      await expect(setup.getByRole('status').filter({ hasText: /\S/ })).toHaveText('Server saved.');
      await setup.getByRole('button', { name: 'Start sync' }).click();
      await expect(syncStatus(page)).toHaveText('Sign in to the server');

      await mine.getByRole('textbox', { name: 'Server account name' }).fill('thandi');
      await mine.getByLabel('Server password').fill('not the password');
      await mine.getByRole('button', { name: 'Test connection' }).click();
      await expect(mine.getByRole('alert')).toHaveText('The server does not accept this account name and password.');
      await mine.getByLabel('Server password').fill(TEST_ACCOUNT_PASSWORD);
      await mine.getByRole('button', { name: 'Test connection' }).click();
      await expect(mine.getByRole('status').filter({ hasText: /\S/ })).toHaveText(/^Connected\. The server knows you as thandi, a supervisor of this post\./);
      await mine.getByRole('button', { name: 'Sign in to the server' }).click();
      await expect(mine).toContainText('Signed in to the server as thandi.');
      await expect(syncStatus(page)).toHaveText(/^Up to date at \d{2}:\d{2}$/, { timeout: 30_000 });
      await expectNoSeriousA11yViolations(page);
      await page.screenshot({ path: testInfo.outputPath('sync-settings.png'), fullPage: true });
    });

    await test.step('the second workstation: its supervisor sets it up and adds an officer, who signs in to the server', async () => {
      const { page } = b;
      await page.goto('/');
      await new FirstRunPage(page).setUp({ name: 'Peter Sithole', country: 'South Africa', postCode: 'MOW', passphrase: PETER_PASSPHRASE });
      await setUpSync(page, { station: 'B', account: 'peter' });
      const profiles = new ProfilesPage(page);
      await profiles.open();
      // Thandi's profile came from the other workstation.
      await expect(profiles.row('Thandi Nkosi')).toContainText('Supervisor', { timeout: 30_000 });
      await profiles.add({ name: 'Olga Ivanova', role: 'Consular officer', passphrase: OFFICER_PASSPHRASE });
      await expect(syncStatus(page)).toHaveText(/^Up to date at/, { timeout: 30_000 });
      await new Header(page).signOut();
      await signIn(page, 'Olga Ivanova — Consular officer', OFFICER_PASSPHRASE);
      await expect(syncStatus(page)).toHaveText('Sign in to the server');
      await syncStatus(page).click();
      await signInToServer(page, 'olga');
      await expect(syncStatus(page)).toHaveText(/^Up to date at/, { timeout: 30_000 });
    });

    let reference = '';
    await test.step('the officer logs a case; it appears at the supervisor’s', async () => {
      reference = await CaseFilePage.logCase(b.page, { fullName: 'Ivan Sergeyevich Petrov', nationality: 'South Africa' });
      expect(reference).toMatch(/^ZA-MOW-\d{4}-B-\d{4}$/);
      await a.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cases' }).click();
      await expect(a.page.getByRole('link', { name: reference, exact: true })).toBeVisible({ timeout: 45_000 });
      await expect(a.page.getByRole('row').filter({ hasText: reference })).toContainText('Ivan Sergeyevich Petrov');
    });

    await test.step('the same field changed on both while the supervisor is offline becomes a conflict', async () => {
      await a.context.setOffline(true);
      await expect(syncStatus(a.page)).toHaveText(/^Offline/, { timeout: 60_000 });
      await a.page.getByRole('banner').screenshot({ path: testInfo.outputPath('sync-header-offline.png') });
      const atA = new CaseFilePage(a.page);
      await atA.openFromList(reference);
      const whereA = await atA.edit('Whereabouts');
      await atA.field(whereA, 'Place').fill('Donetsk');
      await atA.save(whereA);
      await expect(whereA.getByRole('status')).toHaveText('Whereabouts saved.');
      await expect(syncStatus(a.page)).toHaveText(/^Offline · 1 change waiting$|^Offline · \d+ changes waiting$/);

      const atB = new CaseFilePage(b.page);
      await atB.openFromList(reference);
      const whereB = await atB.edit('Whereabouts');
      await atB.field(whereB, 'Place').fill('Luhansk');
      await atB.save(whereB);
      await expect(whereB.getByRole('status')).toHaveText('Whereabouts saved.');
      // The header may still say "Up to date" before its count of waiting changes catches up with the save: the
      // server is asked. Were the supervisor's change to reach it first, the conflict would be the officer's to review.
      await expect.poll(() => placeOnServer(reference), { timeout: 30_000 }).toBe('Luhansk');
      await expect(syncStatus(b.page)).toHaveText(/^Up to date at/, { timeout: 30_000 });

      await a.context.setOffline(false);
      await expect(syncStatus(a.page)).toHaveText('1 conflict to review', { timeout: 90_000 });
      await expect(atA.header().getByText(/^Conflict\b/)).toBeVisible();
      await expect(atA.header()).toContainText('This case was changed on two workstations at once.');
      await a.page.getByRole('banner').screenshot({ path: testInfo.outputPath('sync-header-conflict.png') });
    });

    await test.step('the supervisor resolves it in the review view; the value not kept stays in History', async () => {
      const { page } = a;
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cases' }).click();
      await expect(page.getByRole('row').filter({ hasText: reference })).toContainText('Conflict');
      await syncStatus(page).click();
      await expect(page.getByRole('heading', { name: 'Conflicts to review', level: 1 })).toBeVisible();
      const conflict = page.getByRole('article', { name: new RegExp(`^Case ${reference}`) });
      const place = conflict.getByRole('group', { name: 'Place' });
      await expect(place.getByRole('radio', { name: /Keep this workstation’s value Donetsk Thandi Nkosi/ })).toBeChecked();
      await expect(place.getByRole('radio', { name: /Take the other workstation’s value Luhansk Olga Ivanova/ })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      await page.screenshot({ path: testInfo.outputPath('sync-conflicts.png'), fullPage: true });
      await place.getByRole('radio', { name: /Take the other workstation’s value/ }).check();
      await conflict.getByRole('button', { name: 'Resolve' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Conflict resolved.' })).toBeVisible();
      await expect(page.getByText('No conflicts to review.')).toBeVisible();

      const atA = new CaseFilePage(page);
      await atA.openFromList(reference);
      await expect(atA.fact(await atA.open('Whereabouts'), 'Place')).toHaveText('Luhansk');
      await expect(await atA.open('History')).toContainText('Donetsk');
      await expect(syncStatus(page)).toHaveText(/^Up to date at/, { timeout: 30_000 });

      // The officer's workstation agrees.
      const atB = new CaseFilePage(b.page);
      await atB.openFromList(reference);
      await expect(atB.fact(await atB.open('Whereabouts'), 'Place')).toHaveText('Luhansk');
    });
  } finally {
    await a.context.close();
    await b.context.close();
  }
});

test('Sync in Arabic, for a supervisor with a long name: the page reads right to left and the header keeps one line', async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  const { context, page } = await workstation(browser);
  try {
    await page.goto('/');
    await new FirstRunPage(page).setUp({ name: 'Nomvula Mahlangu-Vilakazi van der Westhuizen', country: 'South Africa', postCode: 'MOW' });
    await page.goto('/#/profile');
    await page.getByRole('combobox', { name: 'Language of Homeward', exact: true }).selectOption('ar');
    await page.getByRole('button', { name: 'Save language' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const m = ar.sync;
    await page.goto('/#/sync');
    await expect(page.getByRole('heading', { name: m.title, level: 1 })).toBeVisible();
    const setup = page.getByRole('region', { name: m.setup.title });
    await setup.getByRole('textbox', { name: m.setup.server }).fill(server.url);
    await setup.getByRole('textbox', { name: m.setup.stationCode }).fill('C');
    await setup.getByRole('button', { name: m.setup.save }).click();
    await expect(setup.getByRole('status').filter({ hasText: /\S/ })).toHaveText(m.setup.saved);
    await setup.getByRole('button', { name: m.setup.start }).click();
    const mine = page.getByRole('region', { name: m.account.title });
    await mine.getByRole('textbox', { name: m.account.name }).fill('thandi');
    await mine.getByLabel(m.account.password).fill(TEST_ACCOUNT_PASSWORD);
    await mine.getByRole('button', { name: m.account.signIn }).click();
    const status = page.getByRole('banner').getByRole('link', { name: new RegExp(`^${m.status.label}: `) });
    await expect(status).toContainText(m.status.upToDate.split(' {{')[0]!, { timeout: 30_000 });
    const header = await page.getByRole('banner').evaluate((el) => ({ height: el.getBoundingClientRect().height, line: el.querySelector('.app-nav a')!.getBoundingClientRect().height }));
    expect(header.height).toBeLessThan(header.line * 2 + 8);
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: testInfo.outputPath('sync-settings-ar.png'), fullPage: true });
  } finally {
    await context.close();
  }
});

test('a change the server refuses is listed with its reason, and the header says so', async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  const { context, page } = await workstation(browser);
  try {
    await page.goto('/');
    await new FirstRunPage(page).setUp({ name: 'Pieter Botha', country: 'South Africa', postCode: 'MOW' });
    // A supervisor here, but signed in to the server with an officer's account: the server refuses his profile.
    await setUpSync(page, { station: 'D', account: 'olga' });
    await expect(syncStatus(page)).toHaveText(/^\d+ changes? refused$/, { timeout: 30_000 });
    const refused = page.getByRole('region', { name: 'Changes the server refused' });
    const row = refused.getByRole('row').filter({ hasText: 'Staff profile' });
    await expect(row).toContainText('Only a supervisor may write staff profiles.');
    await expect(page.getByRole('status').filter({ hasText: 'Sync status: Changes the server refused' })).toBeAttached();
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: testInfo.outputPath('sync-refused.png'), fullPage: true });
  } finally {
    await context.close();
  }
});
