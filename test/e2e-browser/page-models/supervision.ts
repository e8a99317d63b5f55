/** Page models of the supervisor dashboard, closure requests and reassignment, by role and label. */
import { expect, type Locator, type Page } from '@playwright/test';

export class DashboardPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard', exact: true }).click();
    await this.expectShown();
  }

  async expectShown() {
    await expect(this.page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  }

  /** A tile of the "At a glance" row, e.g. "Stale cases". */
  tile(label: string): Locator {
    return this.page.getByRole('list', { name: 'At a glance' }).getByRole('link').filter({ hasText: label });
  }

  async tileCount(label: string): Promise<string> {
    return (await this.tile(label).locator('.tile__count').innerText()).trim();
  }

  chart(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  /** A bar by its label and count as read aloud, e.g. "South Africa: 3 cases". */
  bar(title: string, name: string): Locator {
    return this.chart(title).getByRole('link', { name, exact: true });
  }

  /** The numbers of a chart as its table gives them: [label, count, …] per row. */
  async tableRows(title: string): Promise<string[][]> {
    const chart = this.chart(title);
    // Bar charts keep their table folded away; the monthly chart is a table already.
    const details = chart.locator('details');
    if ((await details.count()) > 0 && !(await details.evaluate((d: HTMLDetailsElement) => d.open))) await chart.getByText('Show these numbers as a table').click();
    const table = chart.getByRole('table', { name: title });
    await expect(table).toBeVisible();
    return table
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader') })
      .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())));
  }

  waiting(): Locator {
    return this.page.getByRole('region', { name: 'Closure requests waiting' });
  }

  waitingRow(reference: string): Locator {
    return this.waiting().getByRole('row').filter({ has: this.page.getByRole('link', { name: reference, exact: true }) });
  }

  async approve(reference: string, note = '') {
    await this.waiting().getByRole('button', { name: `Approve closure of ${reference}` }).click();
    const form = this.waiting().getByRole('group', { name: `Approve closure of ${reference}` });
    if (note) await form.getByRole('textbox', { name: 'Note (optional)' }).fill(note);
    await form.getByRole('button', { name: 'Approve and close the case' }).click();
    await expect(this.waiting().getByRole('status')).toHaveText(`Closure approved: ${reference} is closed.`);
  }
}

/** The closure request on a case's Overview. */
export class ClosurePanel {
  constructor(private readonly page: Page) {}

  panel(): Locator {
    return this.page.getByRole('region', { name: 'Closure request' });
  }

  async request(reason: string, note = '') {
    await this.page.getByRole('button', { name: 'Request closure…' }).click();
    const form = this.page.getByRole('group', { name: 'Request closure' });
    await form.getByRole('combobox', { name: 'Closure reason' }).selectOption({ label: reason });
    if (note) await form.getByRole('textbox', { name: 'Note for the supervisor' }).fill(note);
    await form.getByRole('button', { name: 'Request closure' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Closure requested.' })).toHaveText(
      'Closure requested. A supervisor will approve it or return it to you.',
    );
  }
}

/** The reassignment form, on a case's Overview (one case) or on the case list (the selected cases). */
export async function reassign(page: Page, { to, reason }: { to: string; reason: string }) {
  const form = page.getByRole('group', { name: /^Reassign/ });
  await selectOfficer(form.getByRole('combobox', { name: 'New assigned officer' }), to);
  await form.getByRole('textbox', { name: 'Reason' }).fill(reason);
  await form.getByRole('button', { name: 'Reassign', exact: true }).click();
}

/**
 * Picks an officer by name in a list of officers. An option's label isolates the typed name in it
 * (U+2068…U+2069, renderer/src/i18n/bidi.ts): an <option> cannot hold a <bdi>.
 */
export async function selectOfficer(select: Locator, name: string) {
  const value = await select.evaluate((s: HTMLSelectElement, label) => [...s.options].find((o) => o.text.replace(/[\u2068\u2069]/g, '') === label)?.value, name);
  if (value === undefined) throw new Error(`no officer “${name}” to choose`);
  await select.selectOption(value);
}
