/** Page models of import, export, reports and backup, by role and label; and reading what they produce (CSV, PDF). */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect, type Download, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { intake44 } from '../../fixtures/intake-csv';
import { navLink } from './app';

export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export const csvFile = (name: string, text: string): FilePayload => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

/** Picks `file` in the file chooser that `open` causes (the browser bridge's file input). */
export async function chooseFile(page: Page, open: () => Promise<void>, file: FilePayload) {
  const chooser = page.waitForEvent('filechooser');
  await open();
  await (await chooser).setFiles(file);
}

/** Runs `action`, which saves a file through the browser bridge (a download), and returns the file. */
export async function download(page: Page, action: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const started = page.waitForEvent('download');
  await action();
  const file: Download = await started;
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

export function nav(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
}

export class ImportPageModel {
  constructor(private readonly page: Page) {}

  async open() {
    await (await navLink(this.page, 'Import')).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Import cases from a CSV file' })).toBeVisible();
  }

  /** Imports the 40 good rows of the 44-row intake file, the data most scenarios start from. */
  async importIntake44() {
    await this.open();
    await this.choose(csvFile('intake.csv', intake44().text));
    await this.commitButton().click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Imported 40 cases.' })).toBeVisible();
  }

  /** Chooses the file and waits for its preview; a large file takes a while to check. */
  async choose(file: FilePayload, { timeout = 5000 } = {}) {
    const button = this.page.getByRole('button', { name: /^Choose (a CSV file…|another file)$/ }).first();
    await chooseFile(this.page, () => button.click(), file);
    await expect(this.page.getByRole('heading', { name: `Preview of ${file.name}` })).toBeVisible({ timeout });
  }

  /** A figure of the preview's summary, by its term. */
  summary(term: string) {
    return this.page
      .locator('dl > div')
      .filter({ has: this.page.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }) })
      .getByRole('definition');
  }

  /** Chooses which rows the preview lists, by the start of the option's label (the label ends in a count). */
  async show(label: string) {
    const select = this.page.getByLabel('Show', { exact: true });
    const option = select.getByRole('option', { name: new RegExp(`^${label} \\(`) });
    await select.selectOption({ label: (await option.textContent()) ?? '' });
  }

  rows() {
    return this.page.getByRole('table', { name: 'Rows of the file, with what will become of each' }).getByRole('row');
  }

  row(rowNumber: number) {
    return this.rows().filter({ has: this.page.getByRole('rowheader', { name: String(rowNumber), exact: true }) });
  }

  commitButton() {
    return this.page.getByRole('button', { name: /^Import [\d,\s]+ cases?$/ });
  }
}

/** The rows of a CSV file as objects by header (the byte-order mark dropped). */
export function parseCsv(bytes: Buffer): Record<string, string>[] {
  const text = bytes.toString('utf8');
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** The text of every page of a PDF, and the number of pages. */
export async function pdfText(bytes: Buffer): Promise<{ pages: number; text: string }> {
  const document = await getDocument({ data: new Uint8Array(bytes) }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  const pages = document.numPages;
  await document.destroy();
  return { pages, text: texts.join('\n').replace(/\s+/g, ' ') };
}

/** Renders one page of a PDF to a PNG file (pdf.js on @napi-rs/canvas), for looking at the printed result. */
export async function renderPdfPage(bytes: Buffer, pageNumber: number, path: string) {
  const document = await getDocument({ data: new Uint8Array(bytes) }).promise;
  const pdfPage = await document.getPage(pageNumber);
  const viewport = pdfPage.getViewport({ scale: 1.5 });
  // In Node, pdf.js draws on @napi-rs/canvas; its canvas factory is typed loosely.
  const factory = document.canvasFactory as {
    create(width: number, height: number): { canvas: { toBuffer(type: 'image/png'): Buffer }; context: CanvasRenderingContext2D };
  };
  const { canvas, context } = factory.create(viewport.width, viewport.height);
  await pdfPage.render({ canvasContext: context, viewport, canvas: canvas as unknown as HTMLCanvasElement }).promise;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, canvas.toBuffer('image/png'));
  await document.destroy();
}

/** The report as the host would print it: Chromium's own PDF of the page in print media. */
export async function printPdf(page: Page, path: string): Promise<Buffer> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true, margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' } });
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, pdf);
  return pdf;
}

/** window.print is replaced by a counter: the browser bridge's "Save as PDF" opens the print dialog, which a test cannot use. */
export async function stubPrint(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
}

export async function printCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { printed: number }).printed);
}

export class BackupPageModel {
  constructor(private readonly page: Page) {}

  async open() {
    await (await navLink(this.page, 'Backup')).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Backup and restore' })).toBeVisible();
  }

  /** Makes a backup with this passphrase and returns the downloaded file. */
  async make(passphrase: string): Promise<FilePayload> {
    const form = this.page.getByRole('group', { name: 'Encrypt the backup with a passphrase' });
    await form.getByLabel(/^Backup passphrase( \*)?$/).fill(passphrase);
    await form.getByLabel(/^Backup passphrase again/).fill(passphrase);
    const file = await download(this.page, () => form.getByRole('button', { name: 'Make a backup' }).click());
    await expect(this.page.getByRole('status').filter({ hasText: `Backup saved as ${file.name}.` })).toBeVisible();
    return { name: file.name, mimeType: 'application/octet-stream', buffer: file.bytes };
  }
}

/** The restore steps, on the Backup page or before first run: choose the file, type the passphrase, open it. */
export class RestoreModel {
  constructor(private readonly page: Page) {}

  async choose(file: FilePayload) {
    await chooseFile(this.page, () => this.page.getByRole('button', { name: /^Choose (a backup file…|another file)$/ }).click(), file);
    await expect(this.page.getByText(`Backup file: ${file.name}`)).toBeVisible();
  }

  async open(passphrase: string) {
    await this.page.getByLabel('Passphrase of this backup').fill(passphrase);
    await this.page.getByRole('button', { name: 'Open the backup' }).click();
  }

  contents() {
    return this.page.getByRole('table', { name: 'Records in this backup' });
  }

  async replaceEverything() {
    await this.page.getByRole('checkbox', { name: 'I understand that this replaces everything on this workstation.' }).check();
    await this.page.getByRole('button', { name: 'Replace everything with this backup' }).click();
  }
}
