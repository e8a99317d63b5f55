import { expect, test } from '@playwright/test';
import { STEPS_TO_ARRIVAL } from '../fixtures/repatriation-steps';
import { expectNoSeriousA11yViolations, FirstRunPage, SCREENSHOTS, signIn } from './page-models/app';
import { CaseRecords, createAndOpenCase, typedDate, typedDateTime, MyFollowUps } from './page-models/case-records';

const LONG_NOTE =
  'Exchange list handed over by the Coordination Headquarters; the family asked that the mother is called before anyone else. ' +
  'Release confirmed by the host authorities in a second diplomatic note after the first one went unanswered for eleven days.';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await new FirstRunPage(page).setUp({ name: 'Thandi Nkosi', country: 'South Africa', postCode: 'MOW' });
});

test('an officer logs contacts, works the steps, tracks follow-ups and reads the history', async ({ page }) => {
  const reference = await createAndOpenCase(page, { fullName: 'Sipho Dlamini', nationality: 'South Africa', reporter: 'Nomsa Dlamini' });
  const records = new CaseRecords(page);

  // Contact log: without consent to share, the privacy notice heads the log.
  await records.openTab('Contact log');
  await expect(records.contactLog().getByRole('note')).toContainText('No consent to share updates');
  await expect(records.contactStatus()).toHaveText('Contact status: Not yet contacted');
  await expect(records.contactLog().getByText(/^No contact logged yet\./)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await records.logContact({ when: typedDateTime(-3, '09:30'), channel: 'Phone', with: 'The citizen', outcome: 'No answer', summary: 'Number rang out twice.' });
  await expect(records.contactStatus()).toHaveText('Contact status: Attempting contact');
  await records.logContact({
    when: typedDateTime(-2, '14:05'),
    channel: 'WhatsApp',
    with: 'The citizen',
    outcome: 'Message left',
    summary: 'Voice note asking him to call the embassy; delivered, not read.',
  });
  await expect(records.contactStatus()).toHaveText('Contact status: Attempting contact');
  await records.logContact({
    when: typedDateTime(-1, '11:00'),
    channel: 'Via ICRC',
    with: 'Authority',
    outcome: 'Proof of life',
    summary: 'ICRC delegate saw him in a detention facility near Donetsk; he asked for his sister to be told he is alive.',
  });
  await expect(records.contactStatus()).toHaveText('Contact status: In contact');

  // Newest first.
  const rows = records.contactTable().getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('Proof of life');
  await expect(rows.nth(3)).toContainText('No answer');

  // Removing an entry asks first, then is recorded, never silent.
  const removedWhen = await records.removeContact('No answer');
  await expect(records.contactLog().getByRole('status').filter({ hasText: 'removed' })).toHaveText(
    `Contact on ${removedWhen} removed. The removal is recorded in History.`,
  );
  await expect(records.contactTable()).not.toContainText('No answer');
  await expect(records.contactStatus()).toHaveText('Contact status: In contact');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/case-records.png`, fullPage: true });

  // Repatriation steps, Done up to "Arrived home".
  await records.openTab('Repatriation steps');
  await expect(records.steps().getByText('Next step: Identity and nationality verified')).toBeVisible();
  await expect(records.steps().getByRole('row')).toHaveCount(13);
  for (const step of STEPS_TO_ARRIVAL) {
    const fields = step.startsWith('Discharge') ? { reference: 'DN 114/2026', note: LONG_NOTE } : {};
    await records.setStep(step, 'Done', fields);
    await expect(records.stepRow(step)).toContainText('Done');
  }
  await expect(records.steps().getByText('Next step: Referred for support (medical, psychosocial, trafficking-victim services, police statement)')).toBeVisible();
  await expect(records.stepRow('Referred for support')).toContainText('Next step');
  await expect(records.stepRow('Discharge, release or prisoner exchange confirmed')).toContainText('DN 114/2026');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/case-records-steps.png`, fullPage: true });

  // Follow-ups: one overdue, one due soon.
  await records.openTab('Follow-ups');
  await expect(records.followUps().getByText('No follow-ups on this case.')).toBeVisible();
  await records.addFollowUp('Call ICRC about the exchange list', typedDate(-1));
  await records.addFollowUp('Book the flight home', typedDate(2));
  await expect(records.followUpRow('Call ICRC about the exchange list')).toContainText('Overdue');
  await expect(records.followUpRow('Call ICRC about the exchange list')).toContainText('Thandi Nkosi');
  await expect(records.followUpRow('Book the flight home')).toContainText('Due soon');
  await expect(records.followUps().getByText('2 open follow-ups · 1 overdue')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/case-records-follow-ups.png`, fullPage: true });

  // History: the removal, the step changes and the follow-ups, in words.
  await records.openTab('History');
  const removal = records.historyRows('Contact entry removed');
  await expect(removal).toHaveCount(1);
  await expect(removal).toContainText('No answer');
  await expect(removal).toContainText('Phone');
  await expect(removal).toContainText('Thandi Nkosi');
  await expect(records.historyRows('Step “Arrived home”: State')).toContainText(/Not started\s*→?\s*Done/);
  await expect(records.historyRows('Follow-up added').first()).toContainText('Book the flight home');
  await expect(records.historyRows('Case opened')).toContainText(reference);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/case-records-history.png`, fullPage: true });

  // My follow-ups: the officer's open follow-ups across cases, each linking to its case.
  const mine = new MyFollowUps(page);
  await mine.open();
  await expect(mine.row('Call ICRC about the exchange list')).toContainText('Overdue');
  await expect(mine.row('Book the flight home')).toContainText('Due soon');
  const tableRows = page.getByRole('table').getByRole('row');
  await expect(tableRows.nth(1)).toContainText('Call ICRC about the exchange list');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/my-follow-ups.png`, fullPage: true });
  await mine.row('Call ICRC about the exchange list').getByRole('link', { name: `${reference} — Sipho Dlamini` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sipho Dlamini' })).toBeVisible();
});

test('marking a follow-up done takes it off My follow-ups; the empty state says so', async ({ page }) => {
  await createAndOpenCase(page, { fullName: 'Lindiwe Mokoena', nationality: 'South Africa' });
  const records = new CaseRecords(page);
  await records.openTab('Follow-ups');
  await records.addFollowUp('Ask the host authorities for consular access', typedDate(10));
  const row = records.followUpRow('Ask the host authorities for consular access');
  await expect(row).toContainText('Open');
  await row.getByRole('button', { name: 'Mark done: “Ask the host authorities for consular access”' }).click();
  await expect(row).toContainText('Done');
  await expect(row.getByRole('button', { name: 'Reopen “Ask the host authorities for consular access”' })).toBeVisible();

  const mine = new MyFollowUps(page);
  await mine.open();
  await expect(page.getByText('You have no open follow-ups.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('a follow-up is edited, then removed through a confirm step, and both show in History', async ({ page }) => {
  await createAndOpenCase(page, { fullName: 'Kagiso Molefe', nationality: 'South Africa' });
  const records = new CaseRecords(page);
  await records.openTab('Follow-ups');
  await records.addFollowUp('Call ICRC', typedDate(5));

  await records.followUps().getByRole('button', { name: 'Edit follow-up “Call ICRC”' }).click();
  const form = records.followUps().getByRole('form', { name: 'Edit follow-up “Call ICRC”' });
  await form.getByLabel('Follow-up').fill('Call ICRC Moscow delegation');
  await form.getByLabel('Due on').fill('');
  await form.getByRole('button', { name: 'Save follow-up' }).click();
  await expect(form.getByLabel('Due on')).toHaveAccessibleDescription(/^Format: yyyy\/mm\/dd\. Fill in “Due on”\.$/);
  // A South African post writes year/month/day, and its officers also type day/month/year; 31 February is neither.
  await form.getByLabel('Due on').fill('31/02/2026');
  await form.getByRole('button', { name: 'Save follow-up' }).click();
  await expect(form.getByLabel('Due on')).toHaveAccessibleDescription(/“Due on”: 31\/02\/2026 is not a date on the calendar\.$/);
  await form.getByLabel('Due on').fill(typedDate(1));
  await form.getByRole('button', { name: 'Save follow-up' }).click();
  await expect(form).toBeHidden();
  await expect(records.followUpRow('Call ICRC Moscow delegation')).toContainText('Due soon');

  await records.followUps().getByRole('button', { name: 'Remove follow-up “Call ICRC Moscow delegation”' }).click();
  const confirm = records.followUps().getByRole('group', { name: 'Remove follow-up “Call ICRC Moscow delegation”' });
  await expect(confirm).toContainText('the removal stays in History');
  await confirm.getByRole('button', { name: 'No, keep it' }).click();
  await expect(records.followUpRow('Call ICRC Moscow delegation')).toBeVisible();
  await records.followUps().getByRole('button', { name: 'Remove follow-up “Call ICRC Moscow delegation”' }).click();
  await confirm.getByRole('button', { name: 'Yes, remove' }).click();
  await expect(records.followUps().getByText('No follow-ups on this case.')).toBeVisible();

  await records.openTab('History');
  await expect(records.historyRows('Follow-up removed')).toContainText('Call ICRC Moscow delegation');
  await expect(records.historyRows('Follow-up “Call ICRC Moscow delegation”: Title')).toContainText(/Call ICRC\s*→?\s*Call ICRC Moscow delegation/);
});

test('editing a contact entry is recorded field by field', async ({ page }) => {
  await createAndOpenCase(page, { fullName: 'Thabo Nkosi', nationality: 'South Africa' });
  const records = new CaseRecords(page);
  await records.openTab('Contact log');
  await records.logContact({ when: typedDateTime(-1, '08:15'), channel: 'Phone', with: 'Family', outcome: 'Reached', summary: 'Spoke to his mother.' });
  // Reaching the family is not contact with the citizen.
  await expect(records.contactStatus()).toHaveText('Contact status: Attempting contact');

  const when = await records.contactRow('Spoke to his mother.').getByRole('rowheader').innerText();
  await records.contactTable().getByRole('button', { name: `Edit contact on ${when}`, exact: true }).click();
  const form = records.contactLog().getByRole('form', { name: `Edit contact on ${when}` });
  await form.getByLabel('With').selectOption({ label: 'The citizen' });
  await form.getByRole('button', { name: 'Save contact' }).click();
  await expect(form).toBeHidden();
  await expect(records.contactStatus()).toHaveText('Contact status: In contact');

  await records.openTab('History');
  await expect(records.historyRows(`Contact on ${when}: With`)).toContainText(/Family\s*→?\s*The citizen/);
});

test('a step saved from a stale copy in a second tab is refused, and reloading shows the other edit', async ({ page }) => {
  await createAndOpenCase(page, { fullName: 'Bongani Zulu', nationality: 'South Africa' });
  const first = new CaseRecords(page);
  await first.openTab('Repatriation steps');

  const other = await page.context().newPage();
  await other.goto(page.url());
  await signIn(other);
  const second = new CaseRecords(other);
  await expect(second.steps()).toBeVisible();

  // Both tabs open the same step; the second opens another one too.
  await first.steps().getByRole('button', { name: 'Edit step “Departed”' }).click();
  await second.steps().getByRole('button', { name: 'Edit step “Departed”' }).click();
  await second.setStep('Identity and nationality verified', 'Done');

  const form = first.steps().getByRole('form', { name: 'Edit step 9: Departed' });
  await form.getByLabel('Note').fill('Flight TK 42 via Istanbul');
  await form.getByRole('button', { name: 'Save step' }).click();
  await expect(form.getByRole('alert')).toContainText('This case was changed in another window after you opened it.');
  await expect(first.stepRow('Identity and nationality verified')).toContainText('Done');
  await expectNoSeriousA11yViolations(page);

  await form.getByRole('button', { name: 'Reload the latest version' }).click();
  await expect(form.getByLabel('Note')).toHaveValue('');
  await form.getByLabel('Note').fill('Flight TK 42 via Istanbul');
  await form.getByRole('button', { name: 'Save step' }).click();
  await expect(form).toBeHidden();
  await expect(first.stepRow('Departed')).toContainText('Flight TK 42 via Istanbul');
  await expect(second.stepRow('Departed')).toContainText('Flight TK 42 via Istanbul');
  await other.close();
});

test('a follow-up title with a right-to-left override is isolated: the words around it keep their order in the toast and in History', async ({ page }) => {
  await createAndOpenCase(page, { fullName: 'Lwazi Ndlovu', nationality: 'South Africa' });
  const records = new CaseRecords(page);
  await records.openTab('Follow-ups');
  // U+202E RIGHT-TO-LEFT OVERRIDE: without isolation, everything after it in the line is laid out right to left.
  const title = '\u202ECall ICRC';
  await records.addFollowUp(title, typedDate(5));

  const toast = records.followUps().getByRole('status').filter({ hasText: 'added.' });
  await expect(toast).toHaveText(`Follow-up “${title}” added.`);
  await expect(toast.locator('bdi')).toHaveText(title);
  // Laid out: the text after the title stays after it (to its right), as in any left-to-right sentence.
  const [bdiRight, restLeft] = await toast.evaluate((p) => {
    const bdi = p.querySelector('bdi')!;
    const range = document.createRange();
    range.selectNodeContents(bdi.nextSibling!);
    return [bdi.getBoundingClientRect().right, range.getBoundingClientRect().left];
  });
  expect(restLeft).toBeGreaterThanOrEqual(bdiRight - 1);

  await records.followUps().getByRole('button', { name: `Mark done: “${title}”` }).click();
  await expect(records.followUps().getByRole('status')).toHaveText(`Follow-up “${title}” marked done.`);
  await records.openTab('History');
  const what = records.history().getByRole('rowheader', { name: new RegExp(`^Follow-up “${title}”: Done`) }).first();
  await expect(what.locator('bdi')).toHaveText(title);
});
