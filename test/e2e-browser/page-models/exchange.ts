/** Page models of import, export, reports and backup, by role and label; and reading what they produce (CSV, PDF). */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { dirname } from 'node:path';
import { expect, type Download, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
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

/** The names of the fonts a PDF's pages draw text with (subset tags such as `ABCDEF+` removed), as pdf.js loads them. */
export async function pdfFonts(bytes: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(bytes) }).promise;
  const names = new Set<string>();
  for (let n = 1; n <= document.numPages; n++) {
    const pdfPage = await document.getPage(n);
    const operators = await pdfPage.getOperatorList();
    operators.fnArray.forEach((fn, i) => {
      if (fn !== OPS.setFont) return;
      const font = pdfPage.commonObjs.get((operators.argsArray[i] as [string])[0]) as { name?: string };
      if (font.name) names.add(font.name.replace(/^[A-Z]{6}\+/, ''));
    });
  }
  await document.destroy();
  return [...names].sort();
}

/**
 * A PDF's text as a reader that honours ActualText reads it (Acrobat, poppler, PDFium): every glyph as its
 * ToUnicode entry says (pdf.js's operator list), runs of white space as one space, except that the glyphs of a shaped cluster marked with
 * ActualText read as that text, and right-to-left runs, drawn in visual order, read in logical order.
 * Chromium's tagged PDFs (Electron's printToPDF with generateTaggedPDF, page.pdf with tagged) mark every
 * cluster whose glyphs cannot say its letters: an Arabic letter drawn as skeleton and dots, a Sinhala vowel
 * sign drawn before its consonant. pdf.js's own text content ignores ActualText and guesses spaces from
 * glyph widths, so it can neither prove nor disprove that the PDF holds a name as typed.
 * The ActualText strings are read from the content streams (Chromium writes them as UTF-16 hex, in page
 * order); pdf.js marks where each one stands (a Span with no MCID).
 */
export async function pdfReadingText(bytes: Buffer): Promise<string> {
  const actualTexts = actualTextsOf(bytes);
  const document = await getDocument({ data: new Uint8Array(bytes) }).promise;
  const tokens: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const operators = await (await document.getPage(n)).getOperatorList();
    let inCluster = 0;
    operators.fnArray.forEach((fn, i) => {
      const args = operators.argsArray[i] as unknown[];
      if (fn === OPS.beginMarkedContentProps && args[0] === 'Span' && typeof args[1] !== 'number') {
        const text = actualTexts.shift();
        if (text === undefined) throw new Error('the PDF marks more ActualText clusters than its content streams hold');
        tokens.push(text);
        inCluster++;
      } else if (fn === OPS.beginMarkedContentProps || fn === OPS.beginMarkedContent) {
        if (inCluster > 0) inCluster++;
      } else if (fn === OPS.endMarkedContent) {
        if (inCluster > 0) inCluster--;
      } else if (fn === OPS.showText && inCluster === 0) {
        for (const glyph of args[0] as Array<{ unicode?: string } | number | null>) {
          if (glyph && typeof glyph === 'object' && glyph.unicode) tokens.push(glyph.unicode);
        }
      }
    });
  }
  await document.destroy();
  if (actualTexts.length > 0) throw new Error(`${actualTexts.length} ActualText strings were not placed`);
  // Chromium draws words as text objects of their own, a space at the end of each: runs of white space read as one.
  return inLogicalOrder(tokens).join('').replace(/\s+/g, ' ');
}

/** The ActualText strings of a PDF's FlateDecode streams, in the order they are written. */
function actualTextsOf(bytes: Buffer): string[] {
  const texts: string[] = [];
  const raw = bytes.toString('latin1');
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    let content: string;
    try {
      content = inflateSync(bytes.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    for (const [, hex] of content.matchAll(/\/ActualText\s*<([0-9A-Fa-f]*)>/g)) {
      texts.push(Buffer.from(hex!.replace(/^FEFF/i, ''), 'hex').swap16().toString('utf16le'));
    }
  }
  return texts;
}

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
/** White space, or a glyph with no text of its own (pdf.js reads it as NUL). */
const isNeutral = (token: string) => token.replaceAll(String.fromCharCode(0), '').trim() === '';

/** Reverses each run of right-to-left tokens (and the spaces between them), token by token: clusters keep their own order. */
function inLogicalOrder(tokens: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!RTL.test(tokens[i]!)) {
      out.push(tokens[i++]!);
      continue;
    }
    let end = i;
    for (let j = i; j < tokens.length && (RTL.test(tokens[j]!) || isNeutral(tokens[j]!)); j++) {
      if (RTL.test(tokens[j]!)) end = j;
    }
    out.push(...tokens.slice(i, end + 1).reverse());
    i = end + 1;
  }
  return out;
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

/** The report as the host would print it: Chromium's own PDF of the page in print media, tagged as the desktop app's (electron/main/ipc.ts). */
export async function printPdf(page: Page, path: string): Promise<Buffer> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true, tagged: true, margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' } });
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
